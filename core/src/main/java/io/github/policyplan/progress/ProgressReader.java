package io.github.policyplan.progress;

import io.github.policyplan.core.Loaded;
import io.github.policyplan.internal.read.ReadLimits;
import io.github.policyplan.internal.read.ReadPipeline;
import io.github.policyplan.internal.read.TreeReader;
import io.github.policyplan.model.Plan;
import io.github.policyplan.model.ReportVersion;
import io.github.policyplan.plans.PlanReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads progress files — YAML, JSON or CSV — and checks every report against a plan. A read
 * returns a complete {@link ProgressLog} or throws {@link ProgressException} with every problem of
 * the file (up to {@linkplain #withMaxProblems a limit}), each located by file, line, column and
 * path; a file with any problem yields nothing, not even its good reports.
 *
 * <p>Immutable and thread-safe: share one reader; each {@code with…} method returns a new reader.
 *
 * <pre>{@code
 * ProgressReader reader = Progress.reader().withMaxBytes(64 << 20);
 * ProgressLog log = reader.read(Path.of("progress/2023-Q2.csv"), plan);
 * }</pre>
 *
 * <h2>What is checked</h2>
 * Each report must have a target, a date and a value, and no other keys than source, note and
 * evidence (in CSV: the header is exactly {@code target,date,value,source,note}, optionally followed
 * by {@code evidence}, and every row has as many fields). The target must be one of the plan's (the
 * nearest id is suggested); the date one of the plan date forms ({@code 2023}, {@code 2023-Q1},
 * {@code 2023-06}, {@code 2023-12-31}, read as the last day of the span) within the plan period;
 * the value a number for a numeric measure, or one of the target's stages or grades for a
 * milestone or grade. Two reports on one target and date with different values are a conflict,
 * reported at the second with the line of the first; with the same value they are one report (the
 * first is kept). A YAML or JSON file may name its plan ({@code plan: county-2023}); it must be
 * the plan read with. Reports on targets whose goal is unset are read like any other. A value
 * written with a percent sign ({@code 5.2%}, {@code 5.2％}) is read as the number on a target whose
 * unit is %, with a note ({@link #load(Path, Plan)} returns the notes), as a plan's goal is; on a
 * target of another unit it is a problem. A file that names at least three targets, none of them
 * the plan's, gets one problem saying it is for another plan, not one per report.
 *
 * <h2>Limits</h2>
 * The same as {@link PlanReader}'s: input larger than {@link #DEFAULT_MAX_BYTES} (16 MiB) is
 * refused; at most {@link #DEFAULT_MAX_PROBLEMS} (100) problems are kept and the exception says how
 * many there were in all. YAML tags, anchors, aliases and documents nested deeper than
 * {@link PlanReader#DEFAULT_MAX_DEPTH} levels are refused.
 */
public final class ProgressReader {

    /** The default size limit: 16 MiB, as for plans. */
    public static final long DEFAULT_MAX_BYTES = PlanReader.DEFAULT_MAX_BYTES;
    /** The default number of problems kept, as for plans. */
    public static final int DEFAULT_MAX_PROBLEMS = PlanReader.DEFAULT_MAX_PROBLEMS;

    private static final ProgressReader DEFAULT = new ProgressReader(ReadLimits.DEFAULTS);

    private final ReadLimits limits;
    private final long maxBytes;
    private final int maxProblems;
    private final ReadPipeline pipeline;

    private ProgressReader(ReadLimits limits) {
        this.limits = limits;
        this.maxBytes = limits.maxBytes();
        this.maxProblems = limits.maxProblems();
        this.pipeline = limits.pipeline();
    }

    /**
     * Returns the reader with the default limits.
     *
     * @return the default reader
     */
    public static ProgressReader standard() {
        return DEFAULT;
    }

    /**
     * Returns a reader that is strict, or not: a strict reader refuses an input with warnings (input that
     * is legal but almost surely wrong, such as a name with a trailing space), each a problem; by default
     * warnings are returned with the value ({@link io.github.policyplan.core.Loaded#warnings()}).
     *
     * @param strict true to make every warning a problem
     * @return the new reader
     */
    public ProgressReader withStrict(boolean strict) {
        return new ProgressReader(limits.withStrict(strict));
    }

    /**
     * Returns a reader with another size limit.
     *
     * @param bytes the largest input accepted, in bytes (characters for text and readers), at least 1
     * @return the new reader
     */
    public ProgressReader withMaxBytes(long bytes) {
        return new ProgressReader(limits.withMaxBytes(bytes));
    }

    /**
     * Returns a reader with another limit on one value's length, for YAML and JSON files, checked before the
     * text is parsed: in YAML no line, in JSON no string, may be longer.
     *
     * @param chars the most characters one value may hold, at least 100; by default 100,000
     * @return the new reader
     */
    public ProgressReader withMaxValueLength(int chars) {
        return new ProgressReader(limits.withMaxValueChars(chars));
    }

    /**
     * Returns a reader with another nesting limit, for YAML and JSON files.
     *
     * @param depth the deepest nesting of maps and lists accepted, from 8 to 1000
     * @return the new reader
     */
    public ProgressReader withMaxDepth(int depth) {
        return new ProgressReader(limits.withMaxDepth(depth));
    }

    /**
     * Returns a reader with another limit on the number of values in a YAML or JSON document.
     *
     * @param nodes the most values (maps, lists, scalars) a document may hold, at least 1,000
     * @return the new reader
     */
    public ProgressReader withMaxNodes(int nodes) {
        return new ProgressReader(limits.withMaxNodes(nodes));
    }

    /**
     * Returns a reader that keeps another number of problems.
     *
     * @param count how many problems to keep, at least 1
     * @return the new reader
     */
    public ProgressReader withMaxProblems(int count) {
        return new ProgressReader(limits.withMaxProblems(count));
    }

    /**
     * Returns the size limit.
     *
     * @return the largest input accepted, in bytes
     */
    public long maxBytes() {
        return maxBytes;
    }

    /**
     * Returns how many problems a read keeps.
     *
     * @return the limit
     */
    public int maxProblems() {
        return maxProblems;
    }

    /**
     * Reads a progress file: UTF-8 (a byte-order mark is skipped), CSV, JSON or YAML by its
     * extension ({@code .csv}, {@code .json}, anything else YAML).
     *
     * @param path the file
     * @param plan the plan the reports are on
     * @return the log, complete
     * @throws ProgressException when the file has any problem; it lists them all
     * @throws IOException       when the file cannot be read
     */
    public ProgressLog read(Path path, Plan plan) throws IOException {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(plan, "plan");
        return pipeline.read(path, binder(ProgressFormat.forFileName(path.toString()), plan), ProgressException::new)
                .value();
    }

    /**
     * Reads a progress file as {@link #read(Path, Plan)} does, with notes on the forms accepted that are
     * not canonical ({@code 5.2%} for the number 5.2 on a target in %).
     *
     * <pre>{@code
     * Loaded<ProgressLog> loaded = Progress.reader().load(Path.of("progress/2023-Q2.csv"), plan);
     * loaded.notes().forEach(System.out::println);
     * }</pre>
     *
     * @param path the file
     * @param plan the plan the reports are on
     * @return the log, complete, and the notes
     * @throws ProgressException when the file has any problem; it lists them all
     * @throws IOException       when the file cannot be read
     */
    public Loaded<ProgressLog> load(Path path, Plan plan) throws IOException {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(plan, "plan");
        return pipeline.read(path, binder(ProgressFormat.forFileName(path.toString()), plan), ProgressException::new);
    }

    /**
     * Reads progress reports from text as {@link #parse(String, String, Plan)} does, with notes on the
     * forms accepted that are not canonical.
     *
     * @param text   the document
     * @param source the name problems report; its extension picks the format
     * @param plan   the plan the reports are on
     * @return the log, complete, and the notes
     * @throws ProgressException when the text has any problem
     */
    public Loaded<ProgressLog> load(String text, String source, Plan plan) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(plan, "plan");
        return pipeline.parse(text, source, binder(ProgressFormat.forFileName(source), plan), ProgressException::new);
    }

    /**
     * Reads progress reports from a reader; the format follows the source name's extension.
     *
     * @param reader the text; not closed
     * @param source the name problems report, such as a file name
     * @param plan   the plan the reports are on
     * @return the log, complete
     * @throws ProgressException when the text has any problem
     * @throws IOException       when the reader fails
     */
    public ProgressLog read(Reader reader, String source, Plan plan) throws IOException {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(plan, "plan");
        return pipeline.read(reader, source, binder(ProgressFormat.forFileName(source), plan), ProgressException::new)
                .value();
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
    public ProgressLog parse(String text, String source, Plan plan) {
        Objects.requireNonNull(source, "source");
        return parse(text, source, ProgressFormat.forFileName(source), plan);
    }

    /**
     * Reads progress reports from text in a given format.
     *
     * @param text   the document
     * @param source the name problems report
     * @param format YAML, JSON or CSV
     * @param plan   the plan the reports are on
     * @return the log, complete
     * @throws ProgressException when the text has any problem
     */
    public ProgressLog parse(String text, String source, ProgressFormat format, Plan plan) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(plan, "plan");
        return pipeline.parse(text, source, binder(format, plan), ProgressException::new).value();
    }

    /**
     * Binds a progress file's text: its reports, read by the format's tokenizer or tree, then checked
     * against the plan.
     */
    /**
     * Reads a file of corrections (更正) of a log: each report in it is recorded in the log as a new
     * version of the report with the same target and date ({@link ProgressLog#record(ReportVersion)}),
     * at the time in its {@code recorded} column or key. A correction of a report the log does not have
     * is added, and noted (a warning, located at its value). Within the file the rules of a progress file
     * hold: two values for one target and date are a problem.
     *
     * <pre>{@code
     * Loaded<ProgressLog> corrected = Progress.reader().loadCorrections(Path.of("progress/2023-07-fixes.csv"), log);
     * corrected.notes();                           // corrections of reports that did not exist
     * }</pre>
     *
     * @param path the file, in the format its name says
     * @param log  the log corrected; its reports are checked against the plan it was made for
     * @return the corrected log, with the warnings as notes
     * @throws IOException       when the file cannot be read
     * @throws ProgressException listing every problem
     */
    public Loaded<ProgressLog> loadCorrections(Path path, ProgressLog log) throws IOException {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(log, "log");
        ProgressFormat format = ProgressFormat.forFileName(path.toString());
        return pipeline.read(path, binder(format, log.plan, log), ProgressException::new);
    }

    /**
     * Parses corrections of a log from text, as {@link #loadCorrections(Path, ProgressLog)} reads them.
     *
     * @param text   the text
     * @param source the name problems give, whose extension says the format
     * @param log    the log corrected
     * @return the corrected log, with the warnings as notes
     * @throws ProgressException listing every problem
     */
    public Loaded<ProgressLog> loadCorrections(String text, String source, ProgressLog log) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(log, "log");
        return pipeline.parse(text, source, binder(ProgressFormat.forFileName(source), log.plan, log),
                ProgressException::new);
    }

    private ReadPipeline.TextBinder<ProgressLog> binder(ProgressFormat format, Plan plan) {
        return binder(format, plan, null);
    }

    private ReadPipeline.TextBinder<ProgressLog> binder(ProgressFormat format, Plan plan, ProgressLog base) {
        ReadPipeline.TextBinder<List<RawReport>> reports = switch (format) {
            case CSV -> (text, problems) -> Optional.of(CsvReports.read(text, problems));
            case YAML -> pipeline.tree(TreeReader.Format.YAML, (root, problems) -> Optional.of(TreeReports.read(root,
                    plan, problems)), true);
            case JSON -> pipeline.tree(TreeReader.Format.JSON, (root, problems) -> Optional.of(TreeReports.read(root,
                    plan, problems)), true);
        };
        return (text, problems) -> {
            if (text.isBlank()) {
                problems.add(1, 1, "", "the file is empty", Optional.of(format == ProgressFormat.CSV
                        ? "a progress CSV file starts with the header " + CsvReports.HEADER
                        : "a progress file is a map with the key reports: a list of reports, each with target, date"
                                + " and value"));
                return Optional.empty();
            }
            return reports.bind(text, problems).flatMap(raws -> ReportRules.assemble(plan, raws, problems,
                    maxProblems, base));
        };
    }
}
