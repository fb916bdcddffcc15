package io.github.policyplan.plans;

import io.github.policyplan.internal.read.ReadLimits;
import io.github.policyplan.internal.read.ReadPipeline;
import io.github.policyplan.internal.read.TreeReader;
import io.github.policyplan.model.Plan;
import io.github.policyplan.core.Loaded;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads goal sheets (目标任务分解表) from YAML or JSON and checks each against the plan it fills. A
 * read returns a complete {@link GoalSheet} or throws {@link GoalSheetException} with every problem
 * (up to {@linkplain #withMaxProblems a limit}); nothing is ever half-loaded. The limits and their
 * defaults are those of {@link PlanReader}.
 *
 * <p>Immutable and thread-safe: share one reader; each {@code with…} method returns a new reader.
 *
 * <pre>{@code
 * GoalSheet sheet = GoalSheets.reader().withMaxProblems(500).read(Path.of("plans/county-2023-illustrative.yaml"), plan);
 * }</pre>
 */
public final class GoalSheetReader {

    private static final GoalSheetReader DEFAULT = new GoalSheetReader(ReadLimits.DEFAULTS);
    private static final ReadPipeline.Refusal REFUSAL = GoalSheetException::new;

    private final ReadLimits limits;
    private final ReadPipeline pipeline;

    GoalSheetReader(ReadLimits limits) {
        this.limits = limits;
        this.pipeline = limits.pipeline();
    }

    /**
     * Returns the reader with the default limits.
     *
     * @return the default reader
     */
    public static GoalSheetReader standard() {
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
    public GoalSheetReader withStrict(boolean strict) {
        return new GoalSheetReader(limits.withStrict(strict));
    }

    /**
     * Returns a reader with another size limit.
     *
     * @param bytes the largest input accepted, in bytes (characters for text and readers), at least 1
     * @return the new reader
     */
    public GoalSheetReader withMaxBytes(long bytes) {
        return new GoalSheetReader(limits.withMaxBytes(bytes));
    }

    /**
     * Returns a reader with another limit on one value's length, for YAML and JSON files, checked before the
     * text is parsed: in YAML no line, in JSON no string, may be longer.
     *
     * @param chars the most characters one value may hold, at least 100; by default 100,000
     * @return the new reader
     */
    public GoalSheetReader withMaxValueLength(int chars) {
        return new GoalSheetReader(limits.withMaxValueChars(chars));
    }

    /**
     * Returns a reader with another nesting limit.
     *
     * @param depth the deepest nesting of maps and lists accepted, from 8 to 1000
     * @return the new reader
     */
    public GoalSheetReader withMaxDepth(int depth) {
        return new GoalSheetReader(limits.withMaxDepth(depth));
    }

    /**
     * Returns a reader with another limit on the number of values in a document.
     *
     * @param nodes the most values (maps, lists, scalars) a document may hold, at least 1,000
     * @return the new reader
     */
    public GoalSheetReader withMaxNodes(int nodes) {
        return new GoalSheetReader(limits.withMaxNodes(nodes));
    }

    /**
     * Returns a reader that keeps another number of problems.
     *
     * @param count how many problems to keep, at least 1
     * @return the new reader
     */
    public GoalSheetReader withMaxProblems(int count) {
        return new GoalSheetReader(limits.withMaxProblems(count));
    }

    /**
     * Reads a file as {@link #read(Path, Plan)} does, and returns the sheet with the notes on the forms
     * accepted that are not canonical and the warnings on what looks wrong, each located.
     *
     * @param path the file, UTF-8
     * @param plan the plan
     * @return the sheet, its notes and its warnings
     * @throws GoalSheetException when the file has any problem (or, in strict mode, any warning)
     * @throws IOException when the file cannot be read
     */
    public Loaded<GoalSheet> load(Path path, Plan plan) throws IOException {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(plan, "plan");
        return pipeline.read(path, binder(path.toString(), plan), REFUSAL);
    }

    /**
     * Reads a goal sheet file, YAML or JSON by its extension ({@code .json} is JSON).
     *
     * @param path the file, UTF-8
     * @param plan the plan the sheet fills
     * @return the sheet
     * @throws GoalSheetException when the sheet has any problem; it lists them all
     * @throws IOException        when the file cannot be read
     */
    public GoalSheet read(Path path, Plan plan) throws IOException {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(plan, "plan");
        return pipeline.read(path, binder(path.toString(), plan), REFUSAL).value();
    }

    /**
     * Reads a goal sheet from a reader; the format follows the source name's extension.
     *
     * @param reader the text; not closed
     * @param source the name problems report, such as a file name
     * @param plan   the plan the sheet fills
     * @return the sheet
     * @throws GoalSheetException when the text has any problem
     * @throws IOException        when the reader fails
     */
    public GoalSheet read(Reader reader, String source, Plan plan) throws IOException {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(plan, "plan");
        return pipeline.read(reader, source, binder(source, plan), REFUSAL).value();
    }

    /**
     * Reads a goal sheet from text; the format follows the source name's extension.
     *
     * @param text   the document
     * @param source the name problems report, such as {@code sheet.yaml}
     * @param plan   the plan the sheet fills
     * @return the sheet
     * @throws GoalSheetException when the text has any problem
     */
    public GoalSheet parse(String text, String source, Plan plan) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(plan, "plan");
        return pipeline.parse(text, source, binder(source, plan), REFUSAL).value();
    }

    private ReadPipeline.TextBinder<GoalSheet> binder(String source, Plan plan) {
        TreeReader.Format format = switch (PlanFormat.forFileName(source)) {
            case YAML -> TreeReader.Format.YAML;
            case JSON -> TreeReader.Format.JSON;
        };
        return pipeline.tree(format, (root, problems) -> new GoalSheetBinder(problems).bind(root, plan));
    }
}
