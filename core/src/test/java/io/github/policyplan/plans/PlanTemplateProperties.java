package io.github.policyplan.plans;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policyplan.model.Department;
import io.github.policyplan.model.Direction;
import io.github.policyplan.model.Goal;
import io.github.policyplan.model.InvalidPlanException;
import io.github.policyplan.model.Item;
import io.github.policyplan.model.MeasureKind;
import io.github.policyplan.model.Plan;
import io.github.policyplan.model.PlanTemplate;
import io.github.policyplan.model.Section;
import io.github.policyplan.model.Target;
import io.github.policyplan.model.Violation;
import io.github.policyplan.progress.LogBuilder;
import io.github.policyplan.progress.ProgressLog;
import io.github.policyplan.rules.RuleResult;
import io.github.policyplan.scoring.Scoring;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Proves that a plan made from a {@link PlanTemplate} cannot be told from the same plan built with
 * builders: for random templates (every measure kind and direction, bands, stages, grades, unset goals,
 * baselines dated and undated, starts, checkpoints, cooperating departments, rules, schedules, cadences and
 * roll-ups: {@link PlanRoundTripProperties}'s plans) and random columns, the two plans are equal both ways
 * with equal hash codes and text, have equal targets, sections, target look-ups, indexes, positions and
 * targets led by each department, write the same YAML and JSON, build the same logs from the same reports
 * and score the same, to the byte of the scorecard's JSON. With mistakes in the columns, the template
 * refuses exactly when the builders do, and says everything the builders say, at the same paths.
 */
class PlanTemplateProperties {

    private static final Scoring SCORING = Scoring.standard()
            .withRule("app-rule", in -> RuleResult.scored(100, "100", "100"))
            .withRule("县里规则", in -> RuleResult.scored(100, "100", "100"));

    @Provide
    Arbitrary<Plan> shapes() {
        return new PlanRoundTripProperties().plans();
    }

    @Property(tries = 250, edgeCases = EdgeCasesMode.NONE)
    void aPlanFromGoodColumnsIsThePlanBuiltWithBuilders(@ForAll("shapes") Plan shape, @ForAll Random random) {
        PlanTemplate template = PlanTemplate.of(shape);
        Columns c = Columns.good(template, random);
        Plan plan = c.plan(template);
        Plan built = c.built(template);

        assertThat(plan).isEqualTo(built).hasSameHashCodeAs(built).hasToString(built.toString());
        assertThat(built).isEqualTo(plan);
        assertThat(plan.targets()).isEqualTo(built.targets()).hasSameHashCodeAs(built.targets());
        assertThat(plan.sections()).isEqualTo(built.sections());
        for (Target t : built.targets()) {
            assertThat(plan.target(t.id())).contains(t);
            assertThat(plan.indexOf(t.id())).isEqualTo(built.indexOf(t.id()));
            assertThat(plan.position(t.id())).isEqualTo(built.position(t.id()));
        }
        for (Department d : built.departments()) {
            assertThat(plan.targetsLedBy(d.id())).isEqualTo(built.targetsLedBy(d.id()));
            assertThat(plan.department(d.id())).isEqualTo(built.department(d.id()));
        }
        assertThat(plan.indexOf(shape.id())).isEqualTo(built.indexOf(shape.id()));
        assertThat(Plans.toYaml(plan)).isEqualTo(Plans.toYaml(built));
        assertThat(Plans.toJson(plan)).isEqualTo(Plans.toJson(built));
    }

    @Property(tries = 250, edgeCases = EdgeCasesMode.NONE)
    void aPlanFromGoodColumnsScoresAsThePlanBuiltWithBuilders(@ForAll("shapes") Plan shape, @ForAll Random random) {
        PlanTemplate template = PlanTemplate.of(shape);
        Columns c = Columns.good(template, random);
        // Scored first, before anything else asks for a target of the template's plan.
        Plan plan = c.plan(template);
        Plan built = c.built(template);
        Reports reports = Reports.random(built, random);
        LocalDate asOf = shape.period().start().plusDays(random.nextInt(
                (int) (shape.period().end().toEpochDay() - shape.period().start().toEpochDay() + 40)));

        assertThat(outcome(() -> reports.scorecard(plan, asOf))).isEqualTo(outcome(() -> reports.scorecard(built, asOf)));
    }

    @Property(tries = 250, edgeCases = EdgeCasesMode.NONE)
    void columnsWithMistakesAreRefusedAsTheBuildersRefuseThem(@ForAll("shapes") Plan shape, @ForAll Random random) {
        PlanTemplate template = PlanTemplate.of(shape);
        Columns c = Columns.good(template, random);
        c.spoil(template, random);
        List<Violation> builders = c.builderViolations(template);
        List<Violation> columns;
        try {
            Plan plan = c.plan(template);
            assertThat(builders).isEmpty();
            assertThat(plan).isEqualTo(c.built(template));
            return;
        } catch (InvalidPlanException e) {
            columns = e.violations();
        }
        assertThat(builders).isNotEmpty();
        assertThat(columns).containsAll(builders);
        if (c.targetsBuild(template)) {
            assertThat(columns).containsExactlyElementsOf(builders);
        }
    }

    /** A result or the message of what was thrown: what two ways of doing a thing must agree on. */
    private static String outcome(Supplier<String> what) {
        try {
            return what.get();
        } catch (RuntimeException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    /** Reports for the numeric targets of a plan, as columns, the same for either plan. */
    private record Reports(int[] targets, int[] days, double[] values) {

        static Reports random(Plan plan, Random random) {
            List<int[]> at = new ArrayList<>();
            List<Double> values = new ArrayList<>();
            long first = plan.period().start().toEpochDay();
            int span = (int) (plan.period().end().toEpochDay() - first + 1);
            for (int i = 0; i < plan.targets().size(); i++) {
                if (!plan.targets().get(i).measure().kind().isNumeric()) {
                    continue;
                }
                int n = random.nextInt(3);
                int day = (int) first + random.nextInt(span);
                for (int k = 0; k < n && day <= first + span - 1; k++) {
                    at.add(new int[] {i, day});
                    values.add((double) random.nextInt(101));
                    day += 1 + random.nextInt(90);
                }
            }
            return new Reports(at.stream().mapToInt(a -> a[0]).toArray(), at.stream().mapToInt(a -> a[1]).toArray(),
                    values.stream().mapToDouble(Double::doubleValue).toArray());
        }

        String scorecard(Plan plan, LocalDate asOf) {
            ProgressLog log = LogBuilder.of(plan).addAll(targets, days, values).build();
            return SCORING.score(plan, log, asOf).toJson() + "\n" + log.reports();
        }
    }

    /** One unit's columns. */
    private static final class Columns {
        final String id;
        final double[] goals;
        final int[] dues;
        final double[] weights;
        final int[] leads;

        private Columns(String id, int n) {
            this.id = id;
            goals = new double[n];
            dues = new int[n];
            weights = new double[n];
            leads = new int[n];
        }

        /** Columns each target takes: a goal on the better side of its baseline, a day it may be due, and so on. */
        static Columns good(PlanTemplate template, Random random) {
            Plan shape = template.shape();
            Columns c = new Columns(random.nextBoolean() ? shape.id() : "unit-" + random.nextInt(1000), template.size());
            for (int i = 0; i < template.size(); i++) {
                Target t = shape.targets().get(i);
                c.goals[i] = template.takesGoal(i) ? finiteGoal(t, random) : Double.NaN;
                long first = firstDue(t, shape);
                long last = shape.period().end().toEpochDay();
                c.dues[i] = (int) (first + (long) (random.nextDouble() * (last - first + 1)));
                c.dues[i] = (int) Math.min(c.dues[i], last);
                c.weights[i] = new double[] {1, 0.5, 2.5, 1e-9, 1e9, 3, 0.1}[random.nextInt(7)];
                List<Integer> free = new ArrayList<>();
                for (int d = 0; d < shape.departments().size(); d++) {
                    if (!t.cooperating().contains(shape.departments().get(d).id())) {
                        free.add(d);
                    }
                }
                c.leads[i] = free.get(random.nextInt(free.size()));
            }
            return c;
        }

        private static double goal(Target t, Random random) {
            double[] awkward = {0, -0.0, 1, 12.5, 1e22, -3, 0.1 + 0.2, 100};
            double g = t.goal() instanceof Goal.Amount a && random.nextBoolean() ? a.value()
                    : awkward[random.nextInt(awkward.length)];
            if (t.baseline().isEmpty()) {
                return g;
            }
            double b = t.baseline().get().value();
            MeasureKind kind = t.measure().kind();
            boolean afresh = kind == MeasureKind.GROWTH_RATE || kind == MeasureKind.RATE_PER_YEAR;
            double step = Math.max(1, Math.abs(b) * 1e-3);
            if (!afresh && t.measure().direction() == Direction.HIGHER_IS_BETTER && !(g > b)) {
                return b + step;
            }
            if (!afresh && t.measure().direction() == Direction.LOWER_IS_BETTER && !(g < b)) {
                return b - step;
            }
            return g == b ? b + step : g;
        }

        /** A goal the target takes; none is made up where no finite number is on the better side of the baseline. */
        private static double finiteGoal(Target t, Random random) {
            double g = goal(t, random);
            if (!Double.isFinite(g) && t.goal() instanceof Goal.Amount a) {
                g = a.value();
            }
            Assume.that(Double.isFinite(g));
            return g;
        }

        private static long firstDue(Target t, Plan shape) {
            long first = shape.period().start().toEpochDay();
            if (t.start().isPresent()) {
                first = Math.max(first, t.start().get().toEpochDay());
            }
            if (!t.checkpoints().isEmpty()) {
                first = Math.max(first, t.checkpoints().get(t.checkpoints().size() - 1).date().toEpochDay());
            }
            if (t.baseline().isPresent() && t.baseline().get().date().isPresent()) {
                first = Math.max(first, t.baseline().get().date().get().toEpochDay() + 1);
            }
            return first;
        }

        /** Puts a mistake or two in: goals not finite or on the wrong side, days out of range, bad weights, leads that cooperate. */
        void spoil(PlanTemplate template, Random random) {
            int mistakes = 1 + random.nextInt(2);
            for (int k = 0; k < mistakes && template.size() > 0; k++) {
                int i = random.nextInt(template.size());
                Target t = template.shape().targets().get(i);
                switch (random.nextInt(4)) {
                    case 0 -> goals[i] = new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
                        2, t.baseline().map(b -> b.value()).orElse(7.0), -1e6, 1e6}[random.nextInt(7)];
                    case 1 -> dues[i] += new int[] {-4000, -400, -40, -1, 1, 40, 400}[random.nextInt(7)];
                    case 2 -> weights[i] = new double[] {0, -1, Double.NaN, Double.POSITIVE_INFINITY, 2e9, 1e-10,
                        -0.0}[random.nextInt(7)];
                    default -> {
                        if (!t.cooperating().isEmpty()) {
                            leads[i] = template.department(t.cooperating().get(0));
                        }
                    }
                }
            }
        }

        Plan plan(PlanTemplate template) {
            return template.plan(id, "县计划", "县委", goals, dues, weights, leads);
        }

        Target target(PlanTemplate template, int i) {
            Target.Builder b = template.shape().targets().get(i).toBuilder().due(LocalDate.ofEpochDay(dues[i]))
                    .weight(weights[i]).lead(template.shape().departments().get(leads[i]).id());
            return (template.takesGoal(i) || !Double.isNaN(goals[i]) ? b.goal(goals[i]) : b).build();
        }

        /** The same plan with builders: the template's targets with these values. */
        Plan built(PlanTemplate template) {
            Plan shape = template.shape();
            List<Section> sections = new ArrayList<>();
            int k = 0;
            for (Section s : shape.sections()) {
                List<Target> headline = new ArrayList<>();
                for (int t = 0; t < s.targets().size(); t++) {
                    headline.add(target(template, k++));
                }
                List<Item> items = new ArrayList<>();
                for (Item i : s.items()) {
                    List<Target> ts = new ArrayList<>();
                    for (int t = 0; t < i.targets().size(); t++) {
                        ts.add(target(template, k++));
                    }
                    items.add(new Item(i.id(), i.title(), i.weight(), ts, i.aggregation()));
                }
                sections.add(new Section(s.id(), s.title(), s.weight(), headline, items, s.aggregation()));
            }
            return new Plan(id, "县计划", "县委", shape.period(), shape.source(), shape.departments(), sections,
                    shape.aggregation(), shape.rule(), shape.cadence(), shape.derivations(), shape.breakdowns(),
                    shape.breakdownSettings());
        }

        boolean targetsBuild(PlanTemplate template) {
            for (int i = 0; i < template.size(); i++) {
                try {
                    target(template, i);
                } catch (IllegalArgumentException e) {
                    return false;
                }
            }
            return true;
        }

        /** What the builders say: each target's problems under its path, then, when every target builds, the plan's. */
        List<Violation> builderViolations(PlanTemplate template) {
            Plan shape = template.shape();
            List<Violation> out = new ArrayList<>();
            for (int i = 0; i < template.size(); i++) {
                String path = path(shape, shape.targets().get(i).id());
                try {
                    target(template, i);
                } catch (InvalidPlanException e) {
                    e.violations().forEach(v -> out.add(v.under(path)));
                } catch (IllegalArgumentException e) {
                    out.add(new Violation(path + ".goal", e.getMessage()));
                }
            }
            if (out.isEmpty()) {
                try {
                    built(template);
                } catch (InvalidPlanException e) {
                    out.addAll(e.violations());
                }
            }
            Set<Violation> seen = new HashSet<>();
            return out.stream().filter(seen::add).toList();
        }

        private static String path(Plan shape, String targetId) {
            Plan.TargetPosition p = shape.position(targetId).orElseThrow();
            String at = "sections[" + p.section() + "]";
            return (p.item() < 0 ? at : at + ".items[" + p.item() + "]") + ".targets[" + p.index() + "]";
        }
    }
}
