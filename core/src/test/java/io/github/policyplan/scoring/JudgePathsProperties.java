package io.github.policyplan.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policyplan.model.Department;
import io.github.policyplan.model.Direction;
import io.github.policyplan.model.Item;
import io.github.policyplan.model.Measure;
import io.github.policyplan.model.MeasureKind;
import io.github.policyplan.model.Plan;
import io.github.policyplan.model.PlanPeriod;
import io.github.policyplan.model.Report;
import io.github.policyplan.model.Section;
import io.github.policyplan.model.Strategy;
import io.github.policyplan.model.Target;
import io.github.policyplan.model.UnitKind;
import io.github.policyplan.progress.ProgressLog;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A target's numbers are decided once ({@link Judge}); the short ways (a plain straight-line schedule read
 * from the plan's figures, {@code completion-rate} and {@code linear} computed by {@code Scores}) must give
 * exactly what the long way gives: the schedule and rule objects that also write the words. On generated
 * numeric targets of every kind, direction, baseline, checkpoint, schedule and rule, at dates before,
 * during and after their span, both judges give the same status and the same score, bit for bit, and the
 * scorecard reports those numbers.
 */
class JudgePathsProperties {

    private static final PlanPeriod PERIOD = PlanPeriod.years(2023, 2024);
    private static final LocalDate START = PERIOD.start();
    private static final int DAYS = (int) (PERIOD.end().toEpochDay() - START.toEpochDay());

    /** What a generated target is made of; every choice an index into a small table, or a fraction. */
    record Draft(MeasureKind kind, boolean lower, double goal, int baseline, double baselineWay, double dueWay,
            int checkpoint, int schedule, int rule, boolean flag, List<Double> reportWays, List<Double> values) {
    }

    @Provide
    Arbitrary<List<Draft>> targets() {
        return drafts().list().ofMinSize(1).ofMaxSize(6);
    }

    private static Arbitrary<Draft> drafts() {
        Arbitrary<MeasureKind> kinds = Arbitraries.of(MeasureKind.COUNT, MeasureKind.THRESHOLD, MeasureKind.LEVEL,
                MeasureKind.SHARE, MeasureKind.RATE_PER_YEAR, MeasureKind.GROWTH_RATE, MeasureKind.RANK);
        Arbitrary<Double> ways = Arbitraries.doubles().between(0, 1);
        Arbitrary<Double> goals = Arbitraries.oneOf(Arbitraries.of(1.0, 12.0, 100.0, 365.0),
                Arbitraries.doubles().between(0.5, 5000).ofScale(2));
        Arbitrary<Double> values = Arbitraries.oneOf(Arbitraries.of(0.0, 1.0, 50.0, 181.0),
                Arbitraries.doubles().between(0, 2).ofScale(3));
        return Combinators.combine(kinds, Arbitraries.of(true, false), goals, Arbitraries.integers().between(0, 2),
                ways, ways, Arbitraries.integers().between(0, 2), Arbitraries.integers().between(0, 5))
                .flatAs((kind, lower, goal, baseline, baselineWay, dueWay, checkpoint, schedule) -> Combinators
                        .combine(Arbitraries.integers().between(0, 6), Arbitraries.of(true, false),
                                ways.list().ofMaxSize(4), values.list().ofSize(4))
                        .as((rule, flag, reportWays, vs) -> new Draft(kind, lower, goal, baseline, baselineWay,
                                dueWay, checkpoint, schedule, rule, flag, reportWays, vs)));
    }

    private static LocalDate day(double way) {
        return START.plusDays(Math.round(way * DAYS));
    }

    private static Target target(String id, Draft d) {
        boolean lower = d.kind() == MeasureKind.RANK || d.lower();
        double g = d.goal();
        LocalDate due = day(0.2 + 0.8 * d.dueWay());
        Target.Builder b = Target.builder(id, "目标" + id)
                .measure(Measure.of(d.kind(), "家").withDirection(lower ? Direction.LOWER_IS_BETTER
                        : Direction.HIGHER_IS_BETTER)).goal(g).due(due).lead("kj");
        double base = lower ? g * (1.1 + d.baselineWay()) : g * 0.9 * d.baselineWay();
        if (d.baseline() == 1) {
            b.baseline(base);
        } else if (d.baseline() == 2) {
            b.baseline(base, START.minusDays(1 + Math.round(d.baselineWay() * 40)));
        }
        if (d.checkpoint() > 0) {
            double from = d.baseline() > 0 ? base : 0;
            b.checkpoint(day(0.1 * d.dueWay() + 0.05), from + (g - from) * (d.checkpoint() == 1 ? 0.3 : 0.6));
        }
        List<String> schedules = List.of("", "linear", "constant", "at-due", "per-year", "steps");
        if (!schedules.get(d.schedule()).isEmpty()) {
            b.schedule(Strategy.named(schedules.get(d.schedule())));
        }
        rule(d, g, lower).ifPresent(b::rule);
        return b.build();
    }

    private static java.util.Optional<Strategy> rule(Draft d, double g, boolean lower) {
        return java.util.Optional.ofNullable(switch (d.rule()) {
            case 0 -> null;
            case 1 -> new Strategy("completion-rate", d.flag() ? Map.of("cap", 120) : Map.of());
            case 2 -> new Strategy("linear", d.flag() ? Map.of("floor", 60, "cap", 110) : Map.of());
            case 3 -> new Strategy("red-flag", Map.of("redFlag", lower ? g * 1.5 : g * 0.5));
            case 4 -> new Strategy("bands", Map.of("bands", List.of(Map.of("min", 50, "points", 40),
                    Map.of("min", 100, "points", 100)), "interpolate", d.flag()));
            case 5 -> new Strategy("deduction", Map.of("points", 0.5, "of", d.flag() ? "value" : "completion"));
            default -> Strategy.named("completion-rate");
        });
    }

    private static List<Report> reports(String id, Draft d) {
        Map<LocalDate, Report> byDate = new java.util.TreeMap<>();
        for (int i = 0; i < d.reportWays().size(); i++) {
            LocalDate date = day(d.reportWays().get(i));
            byDate.putIfAbsent(date, Report.of(id, date, d.values().get(i) * d.goal()));
        }
        return new ArrayList<>(byDate.values());
    }

    @Property(tries = 300)
    void theShortWaysGiveWhatTheLongWayGives(@ForAll("targets") List<Draft> drafts,
            @ForAll("planRule") int planRule) {
        List<Target> targets = new ArrayList<>();
        List<Report> reports = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            targets.add(target("t" + i, drafts.get(i)));
            reports.addAll(reports("t" + i, drafts.get(i)));
        }
        Plan.Builder pb = Plan.builder("p", "计划").issuer("县委").period(PERIOD)
                .department(Department.of("kj", "县科技局", UnitKind.DEPARTMENT))
                .section(Section.builder("s1", "强科技").item(new Item("s1.i1", "平台", 1, targets,
                        java.util.Optional.empty())).build());
        if (planRule == 1) {
            pb.rule(new Strategy("completion-rate", Map.of("cap", 150)));
        } else if (planRule == 2) {
            pb.rule(new Strategy("linear", Map.of("floor", 50)));
        }
        Plan plan = pb.build();
        ProgressLog log = ProgressLog.of(plan, reports);
        for (LocalDate asOf : List.of(START.minusDays(1), START.plusDays(100), START.plusDays(400),
                PERIOD.end(), PERIOD.end().plusDays(30))) {
            assertSameNumbers(plan, log, asOf);
        }
    }

    @Provide
    Arbitrary<Integer> planRule() {
        return Arbitraries.integers().between(0, 2);
    }

    private static void assertSameNumbers(Plan plan, ProgressLog log, LocalDate asOf) {
        Scoring engine = Scoring.standard();
        Judge numbers = Judge.ofNumbers(engine, plan, log, asOf);
        Judge reasons = Judge.withReasons(engine, plan, log, asOf);
        Scorecard card = engine.score(plan, log, asOf);
        for (int i = 0; i < plan.targets().size(); i++) {
            Status status = numbers.judge(i);
            double score = numbers.score();
            Judge.Judgement j = reasons.judgement(i);
            double longWay = j instanceof Judge.Scored s ? s.result().score().orElse(Double.NaN) : Double.NaN;
            String where = plan.targets().get(i) + " as of " + asOf;
            assertThat(status).as(where).isEqualTo(j.status());
            assertThat(Double.compare(score, longWay)).as(where + ": " + score + " vs " + longWay).isZero();
            NodeScore node = card.node(plan.targets().get(i).id());
            assertThat(node.status()).as(where).isEqualTo(j.status());
            assertThat(Double.compare(node.score().orElse(Double.NaN), longWay)).as(where).isZero();
        }
    }
}
