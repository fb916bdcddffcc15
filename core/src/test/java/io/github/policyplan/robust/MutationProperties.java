package io.github.policyplan.robust;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policyplan.core.InputException;
import io.github.policyplan.core.Problem;
import io.github.policyplan.model.Plan;
import io.github.policyplan.plans.Plans;
import io.github.policyplan.progress.Progress;
import io.github.policyplan.progress.ProgressLog;
import io.github.policyplan.robust.ValidInputs.PlanWithReports;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

/**
 * Mutations of valid files, 6,000 in all (1,200 tries for each of five properties), proving that the
 * readers fail only in the library's own way: for a generated valid plan written as YAML or JSON,
 * and generated valid reports written as CSV, YAML or JSON, damaged by one to three random
 * mutations — a line dropped or duplicated, two adjacent characters swapped, a character deleted,
 * a character inserted (YAML, JSON and CSV syntax {@code : - [ ] { } ' " # * & ! | > % @ ` ,}, tab,
 * full-width {@code ：，}, line breaks, NUL, a byte-order mark, a lone surrogate half), the text
 * truncated, or a token replaced (keywords, special numbers, impossible dates, anchors, aliases,
 * tags, brackets, keys of the format, long text) — {@code Plans.parse} and
 * {@code Progress.parse} either return a value or throw an
 * {@link InputException} ({@code PlanException}, {@code ProgressException}) whose every problem
 * names the source given, has a line from 1 to the text's line count (plus one, for its end), a
 * column from 1, and a non-blank message. Any other throwable ({@code StackOverflowError},
 * {@code IllegalArgumentException}, {@code NullPointerException}, {@code NumberFormatException},
 * {@code IndexOutOfBoundsException}, …) is a bug.
 *
 * <p>What a reader accepts must also be exact: a mutated plan that reads is written and read back
 * as an equal plan, and a mutated progress file that reads is written back in its format and read
 * as an equal log.
 */
// Each property checks that its mutations are both read and rejected (a coverage check) instead of
// printing the share of each on every build.
@StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
class MutationProperties {

    private static final int TRIES = 1200;

    @Property(tries = TRIES, edgeCases = EdgeCasesMode.NONE)
    void mutatedPlanYamlIsReadOrRejectedWithLocatedProblems(@ForAll("plans") Plan plan,
            @ForAll("mutations") List<Mutation> mutations) {
        String text = mutate(Plans.toYaml(plan), mutations);

        readOrReject("plans/p.yaml", text, t -> Plans.parse(t, "plans/p.yaml"))
                .ifPresent(read -> assertThat(Plans.parse(Plans.toYaml(read), "again.yaml"))
                        .as("an accepted plan written and read back\n--- text ---\n%s", text).isEqualTo(read));
    }

    @Property(tries = TRIES, edgeCases = EdgeCasesMode.NONE)
    void mutatedPlanJsonIsReadOrRejectedWithLocatedProblems(@ForAll("plans") Plan plan,
            @ForAll("mutations") List<Mutation> mutations) {
        String text = mutate(Plans.toJson(plan), mutations);

        readOrReject("p.json", text, t -> Plans.parse(t, "p.json"))
                .ifPresent(read -> assertThat(Plans.parse(Plans.toJson(read), "again.json"))
                        .as("an accepted plan written and read back\n--- text ---\n%s", text).isEqualTo(read));
    }

    @Property(tries = TRIES, edgeCases = EdgeCasesMode.NONE)
    void mutatedReportsCsvAreReadOrRejectedWithLocatedProblems(@ForAll("plansWithReports") PlanWithReports input,
            @ForAll("mutations") List<Mutation> mutations) {
        Plan plan = input.plan();
        String text = mutate(Progress.toCsv(ProgressLog.of(plan, input.reports())), mutations);

        readOrReject("r.csv", text, t -> Progress.parse(t, "r.csv", plan))
                .ifPresent(read -> assertThat(Progress.parse(Progress.toCsv(read), "again.csv", plan))
                        .as("an accepted log written and read back\n--- text ---\n%s", text).isEqualTo(read));
    }

    @Property(tries = TRIES, edgeCases = EdgeCasesMode.NONE)
    void mutatedReportsYamlAreReadOrRejectedWithLocatedProblems(@ForAll("plansWithReports") PlanWithReports input,
            @ForAll("mutations") List<Mutation> mutations) {
        Plan plan = input.plan();
        String text = mutate(Progress.toYaml(ProgressLog.of(plan, input.reports())), mutations);

        readOrReject("r.yaml", text, t -> Progress.parse(t, "r.yaml", plan))
                .ifPresent(read -> assertThat(Progress.parse(Progress.toYaml(read), "again.yaml", plan))
                        .as("an accepted log written and read back\n--- text ---\n%s", text).isEqualTo(read));
    }

    @Property(tries = TRIES, edgeCases = EdgeCasesMode.NONE)
    void mutatedReportsJsonAreReadOrRejectedWithLocatedProblems(@ForAll("plansWithReports") PlanWithReports input,
            @ForAll("mutations") List<Mutation> mutations) {
        Plan plan = input.plan();
        String text = mutate(Progress.toJson(ProgressLog.of(plan, input.reports())), mutations);

        readOrReject("r.json", text, t -> Progress.parse(t, "r.json", plan))
                .ifPresent(read -> assertThat(Progress.parse(Progress.toJson(read), "again.json", plan))
                        .as("an accepted log written and read back\n--- text ---\n%s", text).isEqualTo(read));
    }

    // ---------------------------------------------------------------- the check

    /** Asks that, over all tries of a property, some mutated texts are read and some rejected. */
    private static void requireBothOutcomes() {
        Statistics.label("outcome").coverage(coverage -> {
            coverage.check("read").count(n -> n > 0);
            coverage.check("rejected").count(n -> n > 0);
        });
    }

    /**
     * Reads a text; returns what was read, or empty when the reader threw the library's exception
     * with well-located problems; fails on anything else.
     */
    private static <T> Optional<T> readOrReject(String source, String text, Function<String, T> reader) {
        try {
            T read = reader.apply(text);
            Statistics.label("outcome").collect("read");
            requireBothOutcomes();
            return Optional.of(read);
        } catch (InputException e) {
            Statistics.label("outcome").collect("rejected");
            requireBothOutcomes();
            int lines = lineCount(text);
            assertThat(e.problems()).as("problems of %s", e).isNotEmpty();
            assertThat(e.totalProblems()).isGreaterThanOrEqualTo(e.problems().size());
            for (Problem p : e.problems()) {
                String what = "problem '" + p + "'\n--- text ---\n" + text;
                assertThat(p.source()).as("source of %s", what).isEqualTo(source);
                assertThat(p.line()).as("line of %s", what).isBetween(1, lines + 1);
                assertThat(p.column()).as("column of %s", what).isGreaterThanOrEqualTo(1);
                assertThat(p.message()).as("message of %s", what).isNotBlank();
            }
            return Optional.empty();
        } catch (Throwable t) {
            StringWriter trace = new StringWriter();
            t.printStackTrace(new PrintWriter(trace));
            String head = String.join("\n", trace.toString().lines().limit(12).toList());
            throw new AssertionError("reading " + source + " threw " + t.getClass().getName()
                    + ", not the library's InputException:\n" + head + "\n--- text ---\n" + text, t);
        }
    }

    /** Lines as any reader may count them: a line break is \n, \r\n, \r, NEL, LS or PS. */
    private static int lineCount(String text) {
        int breaks = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029'
                    || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
                breaks++;
            }
        }
        return breaks + 1;
    }

    // ---------------------------------------------------------------- mutations

    /** What a mutation does. */
    enum Kind {
        DROP_LINE, DUPLICATE_LINE, SWAP_ADJACENT, DELETE_CHAR, INSERT_CHAR, TRUNCATE, REPLACE_TOKEN
    }

    /**
     * One mutation: its kind, where in the text (a fraction of its length or of its lines or
     * tokens), and which character or token to put in (an index into {@link #INSERTS} or
     * {@link #TOKENS}).
     */
    record Mutation(Kind kind, double at, int pick) {

        String apply(String text) {
            switch (kind) {
                case DROP_LINE:
                case DUPLICATE_LINE: {
                    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
                    int i = index(lines.size());
                    if (kind == Kind.DROP_LINE) {
                        lines.remove(i);
                    } else {
                        lines.add(i, lines.get(i));
                    }
                    return String.join("\n", lines);
                }
                case SWAP_ADJACENT: {
                    if (text.length() < 2) {
                        return text;
                    }
                    int i = index(text.length() - 1);
                    return text.substring(0, i) + text.charAt(i + 1) + text.charAt(i) + text.substring(i + 2);
                }
                case DELETE_CHAR: {
                    if (text.isEmpty()) {
                        return text;
                    }
                    int i = index(text.length());
                    return text.substring(0, i) + text.substring(i + 1);
                }
                case INSERT_CHAR: {
                    int i = index(text.length() + 1);
                    return text.substring(0, i) + INSERTS.get(pick % INSERTS.size()) + text.substring(i);
                }
                case TRUNCATE:
                    return text.substring(0, index(text.length() + 1));
                default: {
                    List<int[]> tokens = new ArrayList<>();
                    Matcher m = TOKEN.matcher(text);
                    while (m.find()) {
                        tokens.add(new int[] {m.start(), m.end()});
                    }
                    if (tokens.isEmpty()) {
                        return text;
                    }
                    int[] t = tokens.get(index(tokens.size()));
                    return text.substring(0, t[0]) + TOKENS.get(pick % TOKENS.size()) + text.substring(t[1]);
                }
            }
        }

        /** An index from 0 to {@code size - 1} ({@code size} at least 1), {@code at} of the way. */
        private int index(int size) {
            return Math.min(size - 1, (int) (at * size));
        }
    }

    /** A run of characters that is not YAML, JSON or CSV punctuation or blank. */
    private static final Pattern TOKEN = Pattern.compile("[^\\s:,\\[\\]{}\"'#-]+");

    /** Characters inserted: YAML, JSON and CSV syntax, full-width look-alikes, breaks, NUL, BOM, surrogate halves. */
    static final List<String> INSERTS = List.of(":", "-", "[", "]", "{", "}", "'", "\"", "#", "*", "&", "!", "|",
            ">", "%", "@", "`", ",", "\t", "：", "，", "\n", "\r", "\r\n", "\u0000", "\uFEFF", "\uD800", "\uDC00",
            " ", "?", "~", "\\", "\u2028", "\u0085", "0", "9", ".", "e", "x");

    /** Tokens put in place of a token. */
    static final List<String> TOKENS = List.of("", "*", "'*'", "~", "null", "true", "no", "-", "-1", "0", "-0", "-0.0",
            "1e400", "-1e400", "4.9e-324", "NaN", ".nan", ".inf", "-.inf", "Infinity", "1_000", "0x1F", "0o17",
            "99999999999999999999999", "2147483648", "9223372036854775808", "2023-02-30", "2023-13-01",
            "0000-01-01", "9999-12-31", "2023-Q5", "2023-Q0", "2023/12/31", "+999999999-12-31", "-2023-01-01",
            "2023-00", "[]", "{}", "[", "{", "'", "\"", "&a", "*a", "!!binary", "!!java.lang.Object",
            "!!python/object", "<<", "? x", "|", ">-", "x: y", "- x", "%YAML 1.2", "---", "...", "a".repeat(3000),
            "科技局", "😀", "\u0000", "sections", "targets", "items", "goal", "kind", "milestone", "grade", "weight",
            "rule", "name", "cap", "stages", "grades", "checkpoints", "baseline", "direction", "within", "lower",
            "period", "start", "end", "lead", "cooperating", "due", "reports", "target", "date", "value", "plan",
            "schedule", "aggregation", "points", "minCoverage", "bands", "\"\"", "{a: [}", "[[[[[[[[[[[[",
            "{\"a\":{\"a\":{\"a\":{\"a\":1}}}}", "0.1e99999", "1" + "0".repeat(400),
            "[".repeat(200) + "]".repeat(200), "&a [*a]", "<<: {a: 1}", "!!set {a}", "!!timestamp 2023-01-01",
            "2023-01-01T00:00:00Z", "? [a]: b", "{? a}", "\"\\ud800\"", "\"\\u0000\"", "\"\\x\"", "0x", "1e", "1.",
            ".1", "+1", "1E+2", "١٢", "１２", "二〇二三-〇一-〇一", "2023-1-1", "2023-Q1-01", "23-12-31");

    static String mutate(String text, List<Mutation> mutations) {
        String out = text;
        for (Mutation m : mutations) {
            out = m.apply(out);
        }
        return out;
    }

    // ---------------------------------------------------------------- generators

    @Provide
    Arbitrary<Plan> plans() {
        return ValidInputs.plans();
    }

    @Provide
    Arbitrary<PlanWithReports> plansWithReports() {
        return ValidInputs.plansWithReports();
    }

    /** One to three mutations, most often one. */
    @Provide
    Arbitrary<List<Mutation>> mutations() {
        Arbitrary<Mutation> one = Combinators.combine(Arbitraries.of(Kind.class),
                Arbitraries.doubles().between(0, 1).ofScale(6),
                Arbitraries.integers().between(0, 1000))
                .as(Mutation::new);
        return ValidInputs.weighted(Tuple.of(3, one.list().ofSize(1)),
                Tuple.of(1, one.list().ofMinSize(2).ofMaxSize(3)));
    }
}
