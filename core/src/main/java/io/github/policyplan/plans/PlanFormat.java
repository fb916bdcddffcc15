package io.github.policyplan.plans;

import java.util.Locale;

/** The text formats a plan is read from and written to. */
public enum PlanFormat {
    /** YAML: the format people write plans in. */
    YAML,
    /** JSON: the format other programs exchange plans in. */
    JSON;

    /**
     * Chooses the format by a file name: {@code .json} is JSON, anything else YAML.
     *
     * @param fileName a file or source name
     * @return the format
     */
    public static PlanFormat forFileName(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".json") ? JSON : YAML;
    }
}
