package io.github.policyplan.plans;

import io.github.policyplan.core.Loaded;
import io.github.policyplan.internal.read.ReadLimits;
import io.github.policyplan.internal.read.ReadPipeline;
import io.github.policyplan.internal.read.TreeReader;
import io.github.policyplan.model.Plan;
import io.github.policyplan.rules.Rule;
import io.github.policyplan.rules.Catalogue;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads plans from YAML or JSON, with limits and the scoring rule names a plan may
 * use. A read returns a complete plan or throws {@link PlanException} with every problem of the
 * input (up to {@linkplain #withMaxProblems a limit}); nothing is ever half-loaded.
 *
 * <p>Immutable and thread-safe: share one reader; each {@code with…} method returns a new reader.
 *
 * <pre>{@code
 * PlanReader reader = Plans.reader().withMaxBytes(64 << 20).withRules(Scoring.standard().withRule("mine", rule).rules());
 * Plan plan = reader.read(Path.of("plans/province-2024.yaml"));
 * }</pre>
 *
 * <h2>Limits</h2>
 * Input larger than {@link #DEFAULT_MAX_BYTES} (16 MiB), nested deeper than {@link #DEFAULT_MAX_DEPTH}
 * (64) levels, holding more than {@link #DEFAULT_MAX_NODES} values, holding YAML tags, anchors or
 * aliases, or more than one document, is refused with a
 * located problem. At most {@link #DEFAULT_MAX_PROBLEMS} (100) problems are kept; the exception
 * says how many there were in all.
 */
public final class PlanReader {

    /** The default size limit: 16 MiB. */
    public static final long DEFAULT_MAX_BYTES = 16L << 20;
    /** The default nesting limit. */
    public static final int DEFAULT_MAX_DEPTH = 64;
    /** The default limit on values (maps, lists, scalars) in one document: a 10,000-target plan holds about 300,000. */
    public static final int DEFAULT_MAX_NODES = TreeReader.DEFAULT_MAX_NODES;
    /** The default number of problems kept. */
    public static final int DEFAULT_MAX_PROBLEMS = 100;

    /** The scoring rule names every reader knows: {@link Catalogue#RULES}. */
    public static final Set<String> BUILT_IN_RULES = Catalogue.RULES;

    /** The schedule names every reader knows: {@link Catalogue#SCHEDULES}. */
    public static final Set<String> BUILT_IN_SCHEDULES = Catalogue.SCHEDULES;

    /** The roll-up names every reader knows: {@link Catalogue#ROLL_UPS}. */
    public static final Set<String> BUILT_IN_AGGREGATIONS = Catalogue.ROLL_UPS;

    private static final ReadPipeline.Refusal PLAN = (source, problems, total) -> new PlanException("plan", source,
            problems, total);

    private static final PlanReader DEFAULT = new PlanReader(DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH,
            DEFAULT_MAX_PROBLEMS, Catalogue.rules());

    private final long maxBytes;
    private final int maxDepth;
    private final int maxProblems;
    private final Map<String, Rule> rules;
    private final int maxNodes;
    private final ReadPipeline pipeline;
    private final boolean strict;
    private final int maxValueChars;

    private PlanReader(long maxBytes, int maxDepth, int maxProblems, Map<String, Rule> rules) {
        this(maxBytes, maxDepth, maxProblems, rules, DEFAULT_MAX_NODES);
    }

    private PlanReader(long maxBytes, int maxDepth, int maxProblems, Map<String, Rule> rules, int maxNodes) {
        this(maxBytes, maxDepth, maxProblems, rules, maxNodes, false);
    }

    private PlanReader(long maxBytes, int maxDepth, int maxProblems, Map<String, Rule> rules, int maxNodes,
            boolean strict) {
        this(maxBytes, maxDepth, maxProblems, rules, maxNodes, strict, TreeReader.DEFAULT_MAX_VALUE_CHARS);
    }

    private PlanReader(long maxBytes, int maxDepth, int maxProblems, Map<String, Rule> rules, int maxNodes,
            boolean strict, int maxValueChars) {
        this.strict = strict;
        this.maxValueChars = maxValueChars;
        this.maxBytes = maxBytes;
        this.maxDepth = maxDepth;
        this.maxProblems = maxProblems;
        this.rules = Collections.unmodifiableMap(new TreeMap<>(rules));
        this.maxNodes = maxNodes;
        this.pipeline = new ReadPipeline(maxBytes, maxProblems,
                new TreeReader((int) Math.min(Integer.MAX_VALUE - 16, maxBytes), maxDepth, maxNodes,
                        maxValueChars)).strict(strict);
    }

    /**
     * Returns the reader with the default limits and the built-in rule names.
     *
     * @return the default reader
     */
    public static PlanReader standard() {
        return DEFAULT;
    }

    /**
     * Returns a reader that is strict, or not: a strict reader refuses a plan with warnings (input that is
     * legal but almost surely wrong, such as a department name with a trailing space), each a problem; by
     * default {@link #load(Path)} returns warnings with the plan ({@link Loaded#warnings()}).
     *
     * @param strictReads true to make every warning a problem
     * @return the new reader
     */
    public PlanReader withStrict(boolean strictReads) {
        return new PlanReader(maxBytes, maxDepth, maxProblems, rules, maxNodes, strictReads, maxValueChars);
    }

    /**
     * Returns a reader with another size limit.
     *
     * @param bytes the largest input accepted, in bytes (characters for text and readers), at least 1
     * @return the new reader
     */
    public PlanReader withMaxBytes(long bytes) {
        if (bytes < 1 || bytes > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("maxBytes must be between 1 and " + (Integer.MAX_VALUE - 16)
                    + " (was " + bytes + ")");
        }
        return new PlanReader(bytes, maxDepth, maxProblems, rules, maxNodes, strict, maxValueChars);
    }

    /**
     * Returns a reader with another limit on one value's length, checked before the text is parsed, so that
     * a title of megabytes is refused at once: in YAML no line, in JSON no string, may be longer.
     *
     * @param chars the most characters one value may hold, at least 100; by default 100,000
     * @return the new reader
     */
    public PlanReader withMaxValueLength(int chars) {
        if (chars < 100) {
            throw new IllegalArgumentException("maxValueLength must be at least 100 (was " + chars + ")");
        }
        return new PlanReader(maxBytes, maxDepth, maxProblems, rules, maxNodes, strict, chars);
    }

    /**
     * Returns a reader with another nesting limit.
     *
     * @param depth the deepest nesting of maps and lists accepted, at least 8
     * @return the new reader
     */
    public PlanReader withMaxDepth(int depth) {
        if (depth < 8 || depth > 1000) {
            throw new IllegalArgumentException("maxDepth must be between 8 and 1000 (was " + depth + ")");
        }
        return new PlanReader(maxBytes, depth, maxProblems, rules, maxNodes, strict, maxValueChars);
    }

    /**
     * Returns a reader with another limit on the number of values in a document.
     *
     * @param nodes the most values (maps, lists, scalars) a document may hold, at least 1,000
     * @return the new reader
     */
    public PlanReader withMaxNodes(int nodes) {
        if (nodes < 1_000) {
            throw new IllegalArgumentException("maxNodes must be at least 1000 (was " + nodes + ")");
        }
        return new PlanReader(maxBytes, maxDepth, maxProblems, rules, nodes, strict, maxValueChars);
    }

    /**
     * Returns a reader that keeps another number of problems.
     *
     * @param count how many problems to keep, at least 1
     * @return the new reader
     */
    public PlanReader withMaxProblems(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("maxProblems must be at least 1 (was " + count + ")");
        }
        return new PlanReader(maxBytes, maxDepth, count, rules, maxNodes, strict, maxValueChars);
    }

    /**
     * Returns a reader that knows these scoring rules, such as those of a scoring engine with the rules
     * an application added ({@code Plans.reader().withRules(scoring.rules())}): plans may name them,
     * and each checks the parameters a plan gives it.
     *
     * @param rules the rules by name, the built-in ones among them
     * @return the new reader
     */
    public PlanReader withRules(Map<String, Rule> rules) {
        return new PlanReader(maxBytes, maxDepth, maxProblems, Map.copyOf(rules), maxNodes, strict, maxValueChars);
    }

    /**
     * Returns the scoring rule names plans may use.
     *
     * @return an unmodifiable, sorted set
     */
    public Set<String> ruleNames() {
        return rules.keySet();
    }

    /**
     * Reads a plan file, YAML or JSON by its extension ({@code .json} is JSON).
     *
     * @param path the file, UTF-8
     * @return the plan
     * @throws PlanException when the file has any problem
     * @throws IOException   when the file cannot be read
     */
    public Plan read(Path path) throws IOException {
        return load(path).value();
    }

    /**
     * Reads a plan file, with notes on the forms accepted that are not canonical (a full-width colon
     * after a key, {@code 8%} for a number, {@code 2023年底} for a date).
     *
     * @param path the file, UTF-8
     * @return the plan and the notes
     * @throws PlanException when the file has any problem
     * @throws IOException   when the file cannot be read
     */
    public Loaded<Plan> load(Path path) throws IOException {
        return pipeline.read(path, plan(PlanFormat.forFileName(path.toString())), PLAN);
    }

    /**
     * Reads a plan from text, with notes on the forms accepted that are not canonical.
     *
     * @param text   the document
     * @param source the name problems report; its extension picks the format
     * @return the plan and the notes
     * @throws PlanException when the text has any problem
     */
    public Loaded<Plan> load(String text, String source) {
        return pipeline.parse(text, source, plan(PlanFormat.forFileName(source)), PLAN);
    }

    /**
     * Reads a plan from a reader; the format follows the source name's extension.
     *
     * @param reader the text; not closed
     * @param source the name problems report, such as a file name
     * @return the plan
     * @throws PlanException when the text has any problem
     * @throws IOException   when the reader fails
     */
    public Plan read(Reader reader, String source) throws IOException {
        return pipeline.read(reader, source, plan(PlanFormat.forFileName(source)), PLAN).value();
    }

    /**
     * Reads a plan from text; the format follows the source name's extension.
     *
     * @param text   the document
     * @param source the name problems report
     * @return the plan
     * @throws PlanException when the text has any problem
     */
    public Plan parse(String text, String source) {
        return parse(text, source, PlanFormat.forFileName(source));
    }

    /**
     * Reads a plan from text in a given format.
     *
     * @param text   the document
     * @param source the name problems report
     * @param format YAML or JSON
     * @return the plan
     * @throws PlanException when the text has any problem
     */
    public Plan parse(String text, String source, PlanFormat format) {
        return pipeline.parse(text, source, plan(format), PLAN).value();
    }

    /**
     * Reads a goal sheet file and checks it against the plan it fills, with this reader's limits.
     *
     * @param path the file, UTF-8, YAML or JSON by its extension
     * @param plan the plan the sheet names
     * @return the sheet
     * @throws GoalSheetException when the sheet has any problem
     * @throws IOException        when the file cannot be read
     * @deprecated goal sheets have their own entry point and reader: {@link GoalSheets#read(Path, Plan)},
     *             {@code GoalSheets.reader().withMaxBytes(n).read(path, plan)}
     */
    @Deprecated(since = "0.2.0")
    public GoalSheet readGoalSheet(Path path, Plan plan) throws IOException {
        return goalSheets().read(path, plan);
    }

    /**
     * Reads a goal sheet from text and checks it against the plan it fills.
     *
     * @param text   the document
     * @param source the name problems report; its extension picks the format
     * @param plan   the plan the sheet names
     * @return the sheet
     * @throws GoalSheetException when the sheet has any problem
     * @deprecated goal sheets have their own entry point and reader:
     *             {@link GoalSheets#parse(String, String, Plan)}, {@code GoalSheets.reader().parse(text, source, plan)}
     */
    @Deprecated(since = "0.2.0")
    public GoalSheet parseGoalSheet(String text, String source, Plan plan) {
        return goalSheets().parse(text, source, plan);
    }

    private GoalSheetReader goalSheets() {
        return new GoalSheetReader(new ReadLimits(maxBytes, maxDepth, maxNodes, maxProblems, strict, maxValueChars));
    }

    private ReadPipeline.TextBinder<Plan> plan(PlanFormat format) {
        return pipeline.tree(tree(format), (root, problems) -> new PlanBinder(problems, rules, BUILT_IN_SCHEDULES,
                BUILT_IN_AGGREGATIONS).bind(root));
    }

    private static TreeReader.Format tree(PlanFormat format) {
        return switch (format) {
            case YAML -> TreeReader.Format.YAML;
            case JSON -> TreeReader.Format.JSON;
        };
    }
}
