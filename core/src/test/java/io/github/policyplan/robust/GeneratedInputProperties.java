package io.github.policyplan.robust;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policyplan.assessment.Assessment;
import io.github.policyplan.assessment.AssessmentResult;
import io.github.policyplan.assessment.AssessmentScheme;
import io.github.policyplan.assessment.PoolResult;
import io.github.policyplan.assessment.UnitResult;
import io.github.policyplan.core.InputException;
import io.github.policyplan.model.Plan;
import io.github.policyplan.model.Strategy;
import io.github.policyplan.model.Target;
import io.github.policyplan.plans.Plans;
import io.github.policyplan.progress.Progress;
import io.github.policyplan.progress.ProgressLog;
import io.github.policyplan.robust.ValidInputs.AssessmentCase;
import io.github.policyplan.robust.ValidInputs.PlanWithReports;
import io.github.policyplan.scoring.NodeKind;
import io.github.policyplan.scoring.NodeScore;
import io.github.policyplan.scoring.Scorecard;
import io.github.policyplan.scoring.Scoring;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

/**
 * Generated valid inputs, 10,000 in all (2,500 tries for each of four properties), proving that
 * the library is exact and total on everything it accepts:
 *
 * <ol>
 *   <li><b>plans round-trip</b>: for any valid plan, {@code Plans.toYaml} and {@code Plans.toJson}
 *       read back with {@code Plans.parse} as an equal plan;</li>
 *   <li><b>reports round-trip</b>: for any valid plan and any set of reports that fits it (numbers
 *       for numeric targets, stages and grades for milestones and grades, dates within the
 *       period, at most one report per target and date, sources, notes and evidence with
 *       awkward text), {@code Progress.toCsv}, {@code toYaml} and {@code toJson} read back with
 *       {@code Progress.parse} against the plan as an equal log;</li>
 *   <li><b>scoring is total and in range</b>: {@code Scoring.standard().score(plan, log, date)}
 *       never throws for a valid plan, for dates before, within and after the period, and the
 *       card's {@code toJson()} neither; every node's score is empty or a finite number from 0 to
 *       its bound (a target's rule {@code cap}, default 100; a mean's or the weakest child's, the
 *       largest bound below it; a {@code points} roll-up's, Σ weight × bound ÷ 100), and every
 *       coverage is in [0, 1];</li>
 *   <li><b>assessment is total</b>: for a valid scheme built in Java from the records of
 *       {@link AssessmentScheme} over the plan's departments (one or two pools, credit shares,
 *       assignments, peer metrics of every method, grade bands with quotas, bonuses and penalties
 *       with caps, vetoes, flags, red and black lists, year-end or weighted quarters, ranking
 *       decimals and margins), {@code assess} for a quarter or a year, {@code toJson()} and
 *       {@code whatIf} of every unit never throw; every unit of a pool appears once in its result,
 *       and every score is finite.</li>
 * </ol>
 *
 * <p>The plans, reports and schemes come from {@link ValidInputs}, valid by construction. By
 * default their numbers stay clear of overflow (none larger than {@code 1e21} in magnitude; tiny
 * and subnormal ones are drawn); run with {@code -Dpolicyplan.fuzz.extremes=true} to add numbers
 * near {@code Double.MAX_VALUE} as goals, baselines, weights and reports.
 *
 * <p>The eleven bugs these properties found (NaN scores without a start, non-finite paces and
 * forecasts, roll-up rounding beyond the children, negative zero, overflowing schedules, a plan id
 * equal to a node id, duplicate peer ids, padded level names) are fixed, and every case is checked.
 */
// The properties that collect statistics check them (coverage: both outcomes occur) instead of printing
// them on every build.
@StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
class GeneratedInputProperties {

    private static final int TRIES = 2500;

    // ---------------------------------------------------------------- round trips

    @Property(tries = TRIES, edgeCases = EdgeCasesMode.NONE)
    void plansReadBackFromYamlAndJsonAsEqualPlans(@ForAll("plans") Plan plan) {
        String yaml = Plans.toYaml(plan);
        String json = Plans.toJson(plan);

        assertThat(parsePlan(yaml, "p.yaml")).as("YAML read back\n%s", yaml).isEqualTo(plan);
        assertThat(parsePlan(json, "p.json")).as("JSON read back\n%s", json).isEqualTo(plan);
    }

    @Property(tries = TRIES, edgeCases = EdgeCasesMode.NONE)
    void reportsReadBackFromCsvYamlAndJsonAsEqualLogs(@ForAll("plansWithReports") PlanWithReports input) {
        Plan plan = input.plan();
        ProgressLog log = ProgressLog.of(plan, input.reports());
        String csv = Progress.toCsv(log);
        String yaml = Progress.toYaml(log);
        String json = Progress.toJson(log);

        assertThat(parseLog(csv, "r.csv", plan)).as("CSV read back\n%s", csv).isEqualTo(log);
        assertThat(parseLog(yaml, "r.yaml", plan)).as("YAML read back\n%s", yaml).isEqualTo(log);
        assertThat(parseLog(json, "r.json", plan)).as("JSON read back\n%s", json).isEqualTo(log);
        assertThat(log.size()).isEqualTo(input.reports().size());
    }

    private static Plan parsePlan(String text, String source) {
        try {
            return Plans.parse(text, source);
        } catch (InputException e) {
            throw new AssertionError("a written plan does not read back: " + e.getMessage() + "\n--- text ---\n"
                    + text, e);
        }
    }

    private static ProgressLog parseLog(String text, String source, Plan plan) {
        try {
            return Progress.parse(text, source, plan);
        } catch (InputException e) {
            throw new AssertionError("a written log does not read back: " + e.getMessage() + "\n--- text ---\n"
                    + text, e);
        }
    }

    // ---------------------------------------------------------------- scoring

    @Property(tries = TRIES, edgeCases = EdgeCasesMode.NONE)
    void scoringNeverThrowsAndEveryScoreIsInRange(@ForAll("plansWithReports") PlanWithReports input,
            @ForAll("ways") List<Double> ways) {
        Plan plan = input.plan();
        ProgressLog log = ProgressLog.of(plan, input.reports());
        Scoring scoring = Scoring.standard();
        for (LocalDate date : dates(plan, ways)) {
            Scorecard card;
            try {
                card = scoring.score(plan, log, date);
            } catch (RuntimeException | StackOverflowError e) {
                throw new AssertionError("score as of " + date + " threw " + e, e);
            }
            attempt(card::toJson, "toJson of the card as of " + date);
            Statistics.label("scorecards").collect(card.root().score().isPresent() ? "plan scored"
                    : "plan not scored");
            Statistics.label("scorecards").coverage(coverage -> {
                coverage.check("plan scored").count(n -> n > 0);
                coverage.check("plan not scored").count(n -> n > 0);
            });
            assertThat(card.root().id()).isEqualTo(plan.id());
            checkNode(plan, card.root(), "as of " + date);
        }
    }

    /**
     * Dates as fractions of the period (any fraction: negative ones fall before the period, those
     * above 1 after it), plus the period's ends, the days next to them, and the due dates of the
     * first three targets and the days before them.
     */
    private static List<LocalDate> dates(Plan plan, List<Double> ways) {
        Set<LocalDate> dates = new LinkedHashSet<>();
        LocalDate start = plan.period().start();
        LocalDate end = plan.period().end();
        for (double way : ways) {
            dates.add(ValidInputs.along(start, end, way));
        }
        dates.add(start.minusDays(1));
        dates.add(start);
        dates.add(end);
        dates.add(end.plusDays(1));
        for (Target t : plan.targets().subList(0, Math.min(3, plan.targets().size()))) {
            dates.add(t.due());
            dates.add(t.due().minusDays(1));
        }
        return new ArrayList<>(dates);
    }

    /** Checks a node and returns the largest score it may have. */
    private static double checkNode(Plan plan, NodeScore node, String when) {
        String at = node.kind() + " " + node.id() + " " + when;
        assertThat(node.coverage()).as("coverage of %s", at).isBetween(0.0, 1.0);
        double bound;
        if (node.kind() == NodeKind.TARGET) {
            bound = cap(plan, plan.target(node.id()).orElseThrow(), node);
        } else {
            List<Double> bounds = new ArrayList<>();
            double points = 0;
            for (NodeScore c : node.children()) {
                double b = checkNode(plan, c, when);
                bounds.add(b);
                points += c.weight() * b / 100;
            }
            bound = node.rollUp().equals("points") ? points
                    : bounds.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        }
        if (node.score().isPresent()) {
            double s = node.score().getAsDouble();
            assertThat(Double.isFinite(s)).as("score %s of %s is finite (%s)", s, at, node.explanation()).isTrue();
            assertThat(Double.compare(s, -0.0)).as("score of %s is not -0.0", at).isNotZero();
            assertThat(s).as("score of %s, %s", at, node.explanation()).isBetween(0.0, bound);
        }
        return bound;
    }

    /**
     * A target's cap: the {@code cap} parameter of its own rule, or of the plan's default rule when
     * that is the rule used; 100 without one.
     */
    private static double cap(Plan plan, Target t, NodeScore node) {
        String rule = node.target().orElseThrow().rule();
        Map<String, Object> parameters = t.rule().map(Strategy::parameters)
                .orElse(plan.rule().filter(r -> r.name().equals(rule)).map(Strategy::parameters).orElse(Map.of()));
        Object cap = parameters.get("cap");
        return cap instanceof Double ? (Double) cap : 100;
    }

    // ---------------------------------------------------------------- assessment

    @Property(tries = TRIES, edgeCases = EdgeCasesMode.NONE)
    void assessmentNeverThrowsForAValidScheme(@ForAll("assessmentCases") AssessmentCase c) {
        Plan plan = c.input().plan();
        ProgressLog log = ProgressLog.of(plan, c.input().reports());
        Assessment assessment = attempt(() -> new Assessment(c.scheme(), plan, Scoring.standard()), "bind");

        AssessmentResult result;
        try {
            result = assessment.assess(log, c.period());
        } catch (RuntimeException | StackOverflowError e) {
            throw new AssertionError("assess " + c.period() + " threw " + e, e);
        }
        attempt(result::toJson, "toJson of the result");
        Statistics.label("assessments").collect(result.pools().stream()
                .anyMatch(p -> p.ranking().stream().anyMatch(u -> u.rank() > 0)) ? "some unit ranked" : "none ranked");
        Statistics.label("assessments").coverage(coverage -> {
            coverage.check("some unit ranked").count(n -> n > 0);
            coverage.check("none ranked").count(n -> n > 0);
        });

        assertThat(result.pools()).hasSameSizeAs(c.scheme().pools());
        for (int p = 0; p < result.pools().size(); p++) {
            PoolResult pool = result.pools().get(p);
            List<String> units = c.scheme().pools().get(p).units();
            Set<String> seen = new HashSet<>();
            for (UnitResult u : pool.ranking()) {
                assertThat(seen.add(u.unit())).as("unit %s listed once", u.unit()).isTrue();
                u.score().ifPresent(s -> assertThat(Double.isFinite(s)).as("score %s of %s", s, u.unit()).isTrue());
                u.base().ifPresent(s -> assertThat(Double.isFinite(s)).as("base %s of %s", s, u.unit()).isTrue());
                boolean leftOut = c.scheme().ranking().vetoed() == AssessmentScheme.VetoedRanking.UNRANKED
                        && u.vetoes().stream().anyMatch(v -> v.kind() == AssessmentScheme.VetoKind.VETO);
                assertThat(u.rank() > 0).as("%s is ranked when it has a score and is not left out by a veto", u.unit())
                        .isEqualTo(u.score().isPresent() && !leftOut);
                if (u.vetoes().stream().anyMatch(v -> v.kind() == AssessmentScheme.VetoKind.VETO)) {
                    assertThat(u.flag()).as("%s is vetoed and holds no flag", u.unit()).isEmpty();
                    assertThat(pool.redList()).as("%s is vetoed and on no list", u.unit()).doesNotContain(u.unit());
                    assertThat(pool.blackList()).as("%s is vetoed and on no list", u.unit()).doesNotContain(u.unit());
                }
                attempt(() -> result.whatIf(u.unit()), "whatIf " + u.unit());
            }
            assertThat(seen).as("units of pool %s", pool.id()).containsExactlyInAnyOrderElementsOf(units);
            int worstNotVetoed = pool.ranking().stream().filter(u -> u.rank() > 0 && u.vetoes().stream()
                    .noneMatch(v -> v.kind() == AssessmentScheme.VetoKind.VETO)).mapToInt(UnitResult::rank).max().orElse(0);
            assertThat(pool.ranking()).as("vetoed units rank after every unit not vetoed").allSatisfy(u -> {
                if (u.rank() > 0 && u.vetoes().stream().anyMatch(v -> v.kind() == AssessmentScheme.VetoKind.VETO)) {
                    assertThat(u.rank()).isGreaterThan(worstNotVetoed);
                }
            });
        }
    }

    // ---------------------------------------------------------------- helpers

    /** Runs an action that must not throw; a throw fails the property with what was being done. */
    private static <T> T attempt(Supplier<T> action, String what) {
        try {
            return action.get();
        } catch (RuntimeException | StackOverflowError e) {
            throw new AssertionError(what + " threw " + e, e);
        }
    }

    @Provide
    Arbitrary<Plan> plans() {
        return ValidInputs.plans();
    }

    @Provide
    Arbitrary<PlanWithReports> plansWithReports() {
        return ValidInputs.plansWithReports();
    }

    @Provide
    Arbitrary<AssessmentCase> assessmentCases() {
        return ValidInputs.assessmentCases();
    }

    /** Fractions of the period: mostly within it, some before and after. */
    @Provide
    Arbitrary<List<Double>> ways() {
        return ValidInputs.weighted(Tuple.of(3, Arbitraries.doubles().between(0, 1).ofScale(4)),
                Tuple.of(1, Arbitraries.doubles().between(-1.5, 2.5).ofScale(4)))
                .list().ofMinSize(1).ofMaxSize(4);
    }
}
