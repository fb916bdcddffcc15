package io.github.policyplan.progress;

import io.github.policyplan.model.Plan;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;

/**
 * The entry point for progress reports (进度报送): read them from CSV, YAML or JSON, checked
 * against a plan, and write a log back.
 *
 * <pre>{@code
 * Plan plan = Plans.read(Path.of("plans/county-2023.yaml"));
 * ProgressLog log = Progress.read(Path.of("progress/2023.csv"), plan);   // throws ProgressException with every problem
 * log.latest("s1.i1.t1", LocalDate.of(2023, 6, 30));                     // Optional<Report>
 * Progress.write(log, Path.of("out/2023.yaml"));
 * }</pre>
 *
 * <p>A CSV file, as a spreadsheet exports it (UTF-8):
 * <pre>
 * target,date,value,source,note
 * s1.i1.t1,2023-Q1,3,县科技局,
 * s2.i2.t3,2023-06-30,开工,县工信局,"主体工程开工, 进度正常"
 * </pre>
 * The same in YAML (JSON has the same shape):
 * <pre>
 * plan: county-2023            # optional; when given, it must be the plan's id
 * reports:
 *   - {target: s1.i1.t1, date: 2023-Q1, value: 3, source: 县科技局}
 *   - {target: s2.i2.t3, date: 2023-06-30, value: 开工, source: 县工信局, note: 主体工程开工, evidence: 工信〔2023〕12号}
 * </pre>
 * A value is the measure's value as of the date: for a count the running total since the plan
 * period began, for a per-year rate the total so far in that year, for a growth rate the
 * cumulative year-on-year rate, for a level, share or rank the level at that date, for a milestone
 * the stage reached, for a grade the grade given. {@link ProgressReader} says what is checked.
 *
 * <p>The static methods use {@link ProgressReader#standard()}; call {@link #reader()} and its
 * {@code with…} methods for other limits.
 */
public final class Progress {

    private Progress() {
    }

    /**
     * Returns the standard reader, for configuring.
     *
     * @return the reader with default limits
     */
    public static ProgressReader reader() {
        return ProgressReader.standard();
    }

    /**
     * Reads a progress file: UTF-8, CSV, JSON or YAML by its extension ({@code .csv}, {@code .json},
     * anything else YAML).
     *
     * @param path the file
     * @param plan the plan the reports are on
     * @return the log, complete
     * @throws ProgressException when the file has any problem; it lists them all
     * @throws IOException       when the file cannot be read
     */
    public static ProgressLog read(Path path, Plan plan) throws IOException {
        return ProgressReader.standard().read(path, plan);
    }

    /**
     * Reads progress reports from a reader; the format follows the source name's extension.
     *
     * @param reader the text; not closed
     * @param source the name problems report, such as the file name
     * @param plan   the plan the reports are on
     * @return the log, complete
     * @throws ProgressException when the text has any problem
     * @throws IOException       when the reader fails
     */
    public static ProgressLog read(Reader reader, String source, Plan plan) throws IOException {
        return ProgressReader.standard().read(reader, source, plan);
    }

    /**
     * Reads progress reports from text; the format follows the source name's extension.
     *
     * @param text   the document
     * @param source the name problems report, such as {@code 2023-Q2.csv}
     * @param plan   the plan the reports are on
     * @return the log, complete
     * @throws ProgressException when the text has any problem
     */
    public static ProgressLog parse(String text, String source, Plan plan) {
        return ProgressReader.standard().parse(text, source, plan);
    }

    /**
     * Writes a log as CSV: the header {@code target,date,value,source,note} (and {@code evidence}
     * when some report has it), then one report a row in log order.
     *
     * @param log the log
     * @return canonical CSV that reads back, against the plan, as an equal log
     */
    public static String toCsv(ProgressLog log) {
        return ProgressWriter.write(log, ProgressFormat.CSV);
    }

    /**
     * Writes a log as YAML.
     *
     * @param log the log
     * @return canonical YAML that reads back, against the plan, as an equal log
     */
    public static String toYaml(ProgressLog log) {
        return ProgressWriter.write(log, ProgressFormat.YAML);
    }

    /**
     * Writes a log as JSON.
     *
     * @param log the log
     * @return canonical JSON that reads back, against the plan, as an equal log
     */
    public static String toJson(ProgressLog log) {
        return ProgressWriter.write(log, ProgressFormat.JSON);
    }

    /**
     * Writes a log to a file, CSV, JSON or YAML by its extension, in UTF-8, replacing it
     * atomically: the text goes to a temporary file in the same folder that is then moved into
     * place, so an interrupted write never leaves a truncated file behind.
     *
     * @param log  the log
     * @param path the file
     * @throws IOException when the file cannot be written
     */
    public static void write(ProgressLog log, Path path) throws IOException {
        ProgressWriter.write(log, path);
    }
}
