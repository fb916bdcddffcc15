package io.github.policyplan.progress;

import java.util.Locale;

/** The text formats progress reports are read from and written to. */
public enum ProgressFormat {
    /** YAML: a map with {@code plan} (optional) and {@code reports}, a list of reports. */
    YAML,
    /** JSON: the same shape as YAML. */
    JSON,
    /**
     * CSV, as spreadsheets export it: the header {@code target,date,value,source,note}, optionally
     * followed by {@code evidence}, then one report a row.
     */
    CSV;

    /**
     * Chooses the format by a file name: {@code .csv} is CSV, {@code .json} JSON, anything else YAML.
     *
     * @param fileName a file or source name
     * @return the format
     */
    public static ProgressFormat forFileName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return lower.endsWith(".csv") ? CSV : lower.endsWith(".json") ? JSON : YAML;
    }
}
