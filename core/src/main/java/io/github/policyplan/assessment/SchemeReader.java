package io.github.policyplan.assessment;

import io.github.policyplan.internal.read.ReadLimits;
import io.github.policyplan.internal.read.ReadPipeline;
import io.github.policyplan.internal.read.TreeReader;
import io.github.policyplan.model.Plan;
import io.github.policyplan.plans.PlanFormat;
import io.github.policyplan.scoring.Scoring;
import io.github.policyplan.core.Loaded;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads assessment schemes (考核办法) from YAML or JSON for a plan, with limits and the scoring
 * engine the assessment scores with. A read returns an {@link Assessment} ready to assess any
 * period, or throws {@link SchemeException} with every problem (up to
 * {@linkplain #withMaxProblems a limit}); nothing is ever half-loaded. The limits and their defaults
 * are those of {@link io.github.policyplan.plans.PlanReader}.
 *
 * <p>Immutable and thread-safe: share one reader; each {@code with…} method returns a new reader.
 *
 * <pre>{@code
 * Scoring scoring = Scoring.standard().withRule("mine", rule);
 * Assessment contest = Assessments.reader().withScoring(scoring).read(Path.of("assess/investment-2023.yaml"), plan);
 * }</pre>
 */
public final class SchemeReader {

    private static final SchemeReader DEFAULT = new SchemeReader(ReadLimits.DEFAULTS, Scoring.standard());
    private static final ReadPipeline.Refusal REFUSAL = SchemeException::new;

    private final ReadLimits limits;
    private final Scoring scoring;
    private final ReadPipeline pipeline;

    private SchemeReader(ReadLimits limits, Scoring scoring) {
        this.limits = limits;
        this.scoring = scoring;
        this.pipeline = limits.pipeline();
    }

    /**
     * Returns the reader with the default limits and the standard scoring engine.
     *
     * @return the default reader
     */
    public static SchemeReader standard() {
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
    public SchemeReader withStrict(boolean strict) {
        return new SchemeReader(limits.withStrict(strict), scoring);
    }

    /**
     * Returns a reader with another size limit.
     *
     * @param bytes the largest input accepted, in bytes (characters for text and readers), at least 1
     * @return the new reader
     */
    public SchemeReader withMaxBytes(long bytes) {
        return new SchemeReader(limits.withMaxBytes(bytes), scoring);
    }

    /**
     * Returns a reader with another limit on one value's length, for YAML and JSON files, checked before the
     * text is parsed: in YAML no line, in JSON no string, may be longer.
     *
     * @param chars the most characters one value may hold, at least 100; by default 100,000
     * @return the new reader
     */
    public SchemeReader withMaxValueLength(int chars) {
        return new SchemeReader(limits.withMaxValueChars(chars), scoring);
    }

    /**
     * Returns a reader with another nesting limit.
     *
     * @param depth the deepest nesting of maps and lists accepted, from 8 to 1000
     * @return the new reader
     */
    public SchemeReader withMaxDepth(int depth) {
        return new SchemeReader(limits.withMaxDepth(depth), scoring);
    }

    /**
     * Returns a reader with another limit on the number of values in a document.
     *
     * @param nodes the most values (maps, lists, scalars) a document may hold, at least 1,000
     * @return the new reader
     */
    public SchemeReader withMaxNodes(int nodes) {
        return new SchemeReader(limits.withMaxNodes(nodes), scoring);
    }

    /**
     * Returns a reader that keeps another number of problems.
     *
     * @param count how many problems to keep, at least 1
     * @return the new reader
     */
    public SchemeReader withMaxProblems(int count) {
        return new SchemeReader(limits.withMaxProblems(count), scoring);
    }

    /**
     * Returns a reader whose assessments score with this engine, such as one with the rules an
     * application added.
     *
     * @param scoring the scoring engine
     * @return the new reader
     */
    public SchemeReader withScoring(Scoring scoring) {
        return new SchemeReader(limits, Objects.requireNonNull(scoring, "scoring"));
    }

    /**
     * Reads a file as {@link #read(Path, Plan)} does, and returns the assessment with the notes on the forms
     * accepted that are not canonical and the warnings on what looks wrong, each located.
     *
     * @param path the file, UTF-8
     * @param plan the plan
     * @return the assessment, its notes and its warnings
     * @throws SchemeException when the file has any problem (or, in strict mode, any warning)
     * @throws IOException when the file cannot be read
     */
    public Loaded<Assessment> load(Path path, Plan plan) throws IOException {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(plan, "plan");
        Loaded<AssessmentScheme> read = pipeline.read(path, binder(path.toString(), plan), REFUSAL);
        return new Loaded<>(new Assessment(read.value(), plan, scoring), read.notes(), read.warnings());
    }

    /**
     * Reads a scheme file for a plan: UTF-8, YAML or JSON by its extension ({@code .json} is JSON).
     *
     * @param path the file
     * @param plan the plan it assesses
     * @return the assessment
     * @throws SchemeException when the scheme has any problem; it lists them all
     * @throws IOException     when the file cannot be read
     */
    public Assessment read(Path path, Plan plan) throws IOException {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(plan, "plan");
        return new Assessment(pipeline.read(path, binder(path.toString(), plan), REFUSAL).value(), plan, scoring);
    }

    /**
     * Reads a scheme from a reader; the format follows the source name's extension.
     *
     * @param reader the text; not closed
     * @param source the name problems report, such as a file name
     * @param plan   the plan it assesses
     * @return the assessment
     * @throws SchemeException when the text has any problem
     * @throws IOException     when the reader fails
     */
    public Assessment read(Reader reader, String source, Plan plan) throws IOException {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(plan, "plan");
        return new Assessment(pipeline.read(reader, source, binder(source, plan), REFUSAL).value(), plan, scoring);
    }

    /**
     * Reads a scheme from text; the format follows the source name's extension.
     *
     * @param text   the document
     * @param source the name problems report, such as {@code contest.yaml}
     * @param plan   the plan it assesses
     * @return the assessment
     * @throws SchemeException when the text has any problem
     */
    public Assessment parse(String text, String source, Plan plan) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(plan, "plan");
        return new Assessment(pipeline.parse(text, source, binder(source, plan), REFUSAL).value(), plan, scoring);
    }

    private ReadPipeline.TextBinder<AssessmentScheme> binder(String source, Plan plan) {
        TreeReader.Format format = switch (PlanFormat.forFileName(source)) {
            case YAML -> TreeReader.Format.YAML;
            case JSON -> TreeReader.Format.JSON;
        };
        return pipeline.tree(format, (root, problems) -> new SchemeBinder(problems, plan).bind(root));
    }
}
