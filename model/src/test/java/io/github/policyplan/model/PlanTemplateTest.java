package io.github.policyplan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Every value a {@link PlanTemplate}'s columns refuse, each said as the plan built with builders would say
 * it, with its path in the plan; and what a plan made from a template shares and makes when asked.
 */
class PlanTemplateTest {

    private static final PlanPeriod PERIOD = PlanPeriod.years(2023, 2025);
    private static final int END_2023 = (int) LocalDate.of(2023, 12, 31).toEpochDay();

    /**
     * Targets: 0 a count (no baseline); 1 a level, higher is better from baseline 50 measured 2023-03-31;
     * 2 a growth rate from baseline 5 (judged afresh); 3 a milestone (goal kept); 4 a count starting
     * 2023-07-01 with a checkpoint on 2023-09-30, cooperating with "fg"; 5 a band (goal kept); 6 lower is
     * better from 8.
     */
    private static Plan shape() {
        List<Department> departments = List.of(Department.of("kj", "县科技局", UnitKind.DEPARTMENT),
                Department.of("fg", "县发改委", UnitKind.DEPARTMENT), Department.of("cg", "城关镇", UnitKind.TOWNSHIP));
        LocalDate due = LocalDate.of(2023, 12, 31);
        Target count = Target.builder("s1.t1", "新增企业").measure(MeasureKind.COUNT, "家").goal(10).due(due).lead("kj")
                .build();
        Target level = Target.builder("s1.i1.t1", "覆盖率").measure(MeasureKind.LEVEL, "%").baseline(50,
                LocalDate.of(2023, 3, 31)).goal(60).due(due).lead("fg").build();
        Target growth = Target.builder("s1.i1.t2", "增速").measure(MeasureKind.GROWTH_RATE, "%").baseline(5).goal(6)
                .due(due).lead("kj").build();
        Target milestone = Target.builder("s1.i1.t3", "建成平台").measure(Measure.milestone(Measure.DEFAULT_STAGES))
                .goal(Goal.level(Measure.DEFAULT_STAGES.get(Measure.DEFAULT_STAGES.size() - 1))).due(due).lead("cg")
                .build();
        Target late = Target.builder("s2.i1.t1", "下半年新增").measure(MeasureKind.COUNT, "个").goal(4)
                .start(LocalDate.of(2023, 7, 1)).checkpoint(LocalDate.of(2023, 9, 30), 2).due(due).lead("kj")
                .cooperating("fg").build();
        Target band = Target.builder("s2.i1.t2", "物价涨幅").measure(new Measure(MeasureKind.LEVEL, "%",
                Direction.WITHIN_BAND, List.of())).goal(Goal.band(1, 3)).due(due).lead("fg").build();
        Target lower = Target.builder("s2.i1.t3", "能耗").measure(new Measure(MeasureKind.LEVEL, "吨",
                Direction.LOWER_IS_BETTER, List.of())).baseline(8).goal(7).due(due).lead("cg").build();
        return Plan.builder("province-2023", "全省指标体系").issuer("省委").period(PERIOD)
                .department(departments.get(0)).department(departments.get(1)).department(departments.get(2))
                .section(Section.builder("s1", "第一部分").target(count)
                        .item(new Item("s1.i1", "第一项", 2, List.of(level, growth, milestone), Optional.empty())).build())
                .section(Section.builder("s2", "第二部分").weight(3)
                        .item(Item.of("s2.i1", "第二项", late, band, lower)).build())
                .build();
    }

    private static final PlanTemplate TEMPLATE = PlanTemplate.of(shape());
    private static final String[] PATHS = {"sections[0].targets[0]", "sections[0].items[0].targets[0]",
        "sections[0].items[0].targets[1]", "sections[0].items[0].targets[2]", "sections[1].items[0].targets[0]",
        "sections[1].items[0].targets[1]", "sections[1].items[0].targets[2]"};

    /** Good columns: what each test changes one value of. */
    private static final class Columns {
        final double[] goals = {12, 70, 4, Double.NaN, 5, Double.NaN, 6};
        final int[] dues = filled(END_2023);
        final double[] weights = {1, 2, 0.5, 1, 1, 1, 3};
        final int[] leads = {0, 1, 0, 2, 0, 1, 2};

        private static int[] filled(int day) {
            int[] a = new int[7];
            Arrays.fill(a, day);
            return a;
        }

        Plan plan() {
            return TEMPLATE.plan("county-1", "一县", "县委", goals, dues, weights, leads);
        }

        /** The same plan with builders: the template's targets with these values. */
        Plan built() {
            Plan shape = TEMPLATE.shape();
            List<Section> sections = new ArrayList<>();
            int k = 0;
            for (Section s : shape.sections()) {
                List<Target> headline = new ArrayList<>();
                for (int t = 0; t < s.targets().size(); t++) {
                    headline.add(target(k++));
                }
                List<Item> items = new ArrayList<>();
                for (Item i : s.items()) {
                    List<Target> ts = new ArrayList<>();
                    for (int t = 0; t < i.targets().size(); t++) {
                        ts.add(target(k++));
                    }
                    items.add(new Item(i.id(), i.title(), i.weight(), ts, i.aggregation()));
                }
                sections.add(new Section(s.id(), s.title(), s.weight(), headline, items, s.aggregation()));
            }
            return new Plan("county-1", "一县", "县委", shape.period(), shape.source(), shape.departments(), sections,
                    shape.aggregation(), shape.rule());
        }

        Target target(int i) {
            Target.Builder b = TEMPLATE.shape().targets().get(i).toBuilder().due(LocalDate.ofEpochDay(dues[i]))
                    .weight(weights[i]).lead(TEMPLATE.shape().departments().get(leads[i]).id());
            return (TEMPLATE.takesGoal(i) || !Double.isNaN(goals[i]) ? b.goal(goals[i]) : b).build();
        }
    }

    private static List<Violation> refused(Consumer<Columns> change) {
        Columns c = new Columns();
        change.accept(c);
        try {
            c.plan();
        } catch (InvalidPlanException e) {
            return e.violations();
        }
        throw new AssertionError("the columns were not refused");
    }

    /** What the builders say of target {@code i} with the changed value, its path placed under the target's. */
    private static List<Violation> builderSays(Consumer<Columns> change, int i) {
        Columns c = new Columns();
        change.accept(c);
        try {
            c.target(i);
        } catch (InvalidPlanException e) {
            return e.violations().stream().map(v -> v.under(PATHS[i])).toList();
        } catch (IllegalArgumentException e) {
            return List.of(new Violation(PATHS[i] + ".goal", e.getMessage()));
        }
        try {
            c.built();
        } catch (InvalidPlanException e) {
            return e.violations();
        }
        throw new AssertionError("the builders took the value");
    }

    private static void refusedAsBuildersSay(Consumer<Columns> change, int i, String message) {
        List<Violation> violations = refused(change);
        assertThat(violations).isEqualTo(builderSays(change, i));
        assertThat(violations).extracting(Violation::message).containsExactly(message);
    }

    @Test
    void aPlanFromGoodColumnsEqualsThePlanBuiltWithBuilders() {
        Plan plan = new Columns().plan();
        Plan built = new Columns().built();
        assertThat(plan).isEqualTo(built).hasSameHashCodeAs(built).hasToString(built.toString());
        assertThat(built).isEqualTo(plan);
        assertThat(plan.targets()).isEqualTo(built.targets());
        assertThat(plan.sections()).isEqualTo(built.sections());
        assertThat(plan.targetsLedBy("kj")).isEqualTo(built.targetsLedBy("kj"));
        assertThat(plan.targetsLedBy("none")).isEmpty();
        for (Target t : built.targets()) {
            assertThat(plan.target(t.id())).contains(t);
            assertThat(plan.indexOf(t.id())).isEqualTo(built.indexOf(t.id()));
            assertThat(plan.position(t.id())).isEqualTo(built.position(t.id()));
        }
        assertThat(plan.indexOf("s1")).isEqualTo(-1);
        assertThat(plan.indexOf("province-2023")).isEqualTo(-1);
        assertThat(plan.columns()).isPresent();
        assertThat(built.columns()).isEmpty();
    }

    @Test
    void theColumnsAreCopiedAndTheGoalsOfStagesAndBandsAreTheTemplates() {
        Columns c = new Columns();
        Plan plan = c.plan();
        c.goals[0] = 99;
        c.dues[0] = END_2023 - 1;
        assertThat(plan.targets().get(0).goal()).isEqualTo(Goal.of(12));
        assertThat(plan.targets().get(0).due()).isEqualTo(LocalDate.of(2023, 12, 31));
        assertThat(plan.targets().get(3).goal()).isEqualTo(TEMPLATE.shape().targets().get(3).goal());
        assertThat(plan.targets().get(5).goal()).isEqualTo(Goal.band(1, 3));
        assertThat(plan.columns().orElseThrow().goal(3)).isNaN();
        assertThat(TEMPLATE.takesGoal(0)).isTrue();
        assertThat(TEMPLATE.takesGoal(3)).isFalse();
        assertThat(TEMPLATE.department("cg")).isEqualTo(2);
        assertThat(TEMPLATE.department("xx")).isEqualTo(-1);
    }

    @Test
    void eachTargetIsMadeOnceWhicheverThreadAsksFirst() {
        Plan plan = new Columns().plan();
        ConcurrentLinkedQueue<Target> seen = new ConcurrentLinkedQueue<>();
        IntStream.range(0, 64).parallel().forEach(k -> seen.add(plan.targets().get(k % 7)));
        for (Target t : seen) {
            assertThat(t).isSameAs(plan.targets().get(plan.indexOf(t.id())));
        }
        assertThat(plan.sections().get(0).items().get(0).targets().get(0)).isSameAs(plan.targets().get(1));
        assertThat(plan.sections()).isSameAs(plan.sections());
        assertThat(plan.sections().get(1)).isSameAs(plan.sections().get(1));
    }

    @Test
    void theTemplatesLeadsAndIssuerWhenNoneAreGiven() {
        Columns c = new Columns();
        Plan plan = TEMPLATE.plan("county-2", "二县", c.goals, c.dues, c.weights);
        assertThat(plan.issuer()).isEqualTo("省委");
        assertThat(plan.targets()).extracting(Target::lead)
                .isEqualTo(TEMPLATE.shape().targets().stream().map(Target::lead).toList());
    }

    @Test
    void aGoalThatIsNotFiniteIsRefused() {
        for (double bad : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
            refusedAsBuildersSay(c -> c.goals[0] = bad, 0, "goal must be a finite number (was " + bad + ")");
        }
    }

    @Test
    void aGoalEqualToTheBaselineOrOnItsWorseSideIsRefused() {
        refusedAsBuildersSay(c -> c.goals[1] = 50, 1, "goal 50 equals the baseline: there is nothing to achieve");
        refusedAsBuildersSay(c -> c.goals[1] = 40, 1, "higher is better, but the goal 40 is below the baseline 50");
        assertThat(refused(c -> c.goals[1] = 40).get(0).hint()).contains("did you mean direction: lower?");
        refusedAsBuildersSay(c -> c.goals[6] = 9, 6, "lower is better, but the goal 9 is above the baseline 8");
        refusedAsBuildersSay(c -> c.goals[2] = 5, 2, "goal 5 equals the baseline: there is nothing to achieve");
        assertThat(TEMPLATE.plan("c", "c", "c", withGoal(2, 3), new Columns().dues, new Columns().weights, null)
                .targets().get(2).goal()).isEqualTo(Goal.of(3)); // a growth rate is judged afresh: below is fine
    }

    private static double[] withGoal(int i, double goal) {
        double[] goals = new Columns().goals;
        goals[i] = goal;
        return goals;
    }

    @Test
    void aNumberForAStageOrABandIsRefused() {
        refusedAsBuildersSay(c -> c.goals[3] = 2, 3, "a milestone target expects one of its stages "
                + Measure.DEFAULT_STAGES + " (was 2)");
        refusedAsBuildersSay(c -> c.goals[5] = 2, 5, "a target kept within a band expects a band {low, high} (was 2)");
    }

    @Test
    void aDueDateOutsideThePeriodIsRefused() {
        int before = (int) LocalDate.of(2022, 12, 31).toEpochDay();
        int after = (int) LocalDate.of(2026, 1, 1).toEpochDay();
        refusedAsBuildersSay(c -> c.dues[0] = before, 0,
                "due date 2022-12-31 is outside the plan period 2023-01-01 to 2025-12-31");
        refusedAsBuildersSay(c -> c.dues[0] = after, 0,
                "due date 2026-01-01 is outside the plan period 2023-01-01 to 2025-12-31");
    }

    @Test
    void aDueDateBeforeTheStartACheckpointOrTheBaselineIsRefused() {
        int june = (int) LocalDate.of(2023, 6, 30).toEpochDay();
        int august = (int) LocalDate.of(2023, 8, 31).toEpochDay();
        int march = (int) LocalDate.of(2023, 3, 31).toEpochDay();
        assertThat(refused(c -> c.dues[4] = june)).isEqualTo(builderSays(c -> c.dues[4] = june, 4))
                .extracting(Violation::message).containsExactly("the start 2023-07-01 is after the due date 2023-06-30",
                        "checkpoint 2023-09-30 is after the due date 2023-06-30");
        refusedAsBuildersSay(c -> c.dues[4] = august, 4, "checkpoint 2023-09-30 is after the due date 2023-08-31");
        refusedAsBuildersSay(c -> c.dues[1] = march, 1, "the baseline date 2023-03-31 is not before the due date"
                + " 2023-03-31");
        assertThat(TEMPLATE.plan("c", "c", "c", new Columns().goals, withDue(4, (int) LocalDate.of(2023, 9, 30)
                .toEpochDay()), new Columns().weights, null).targets().get(4).due()).isEqualTo("2023-09-30");
    }

    private static int[] withDue(int i, int day) {
        int[] dues = new Columns().dues;
        dues[i] = day;
        return dues;
    }

    @Test
    void aWeightOutOfRangeIsRefused() {
        refusedAsBuildersSay(c -> c.weights[0] = 0, 0, "weight must be a number > 0 (was 0)");
        refusedAsBuildersSay(c -> c.weights[0] = -1, 0, "weight must be a number > 0 (was -1)");
        refusedAsBuildersSay(c -> c.weights[0] = Double.NaN, 0, Checks.weightNotPositive(Numbers.format(Double.NaN)));
        for (double bad : new double[] {Double.POSITIVE_INFINITY, 2e9, 1e-10}) {
            refusedAsBuildersSay(c -> c.weights[0] = bad, 0, "weight must be between 0.000000001 and 1000000000 (was "
                    + Numbers.echo(bad) + ")");
        }
    }

    @Test
    void aLeadThatCooperatesOrNamesNoDepartmentIsRefused() {
        refusedAsBuildersSay(c -> c.leads[4] = 1, 4, "'fg' is the lead department; it cannot also cooperate");
        assertThat(refused(c -> c.leads[0] = 3)).containsExactly(new Violation("sections[0].targets[0].lead",
                "unknown department: index 3 is not one of the plan's 3 departments (0 to 2)"));
        assertThat(refused(c -> c.leads[0] = -1)).containsExactly(new Violation("sections[0].targets[0].lead",
                "unknown department: index -1 is not one of the plan's 3 departments (0 to 2)"));
    }

    @Test
    void theIdTitleAndIssuerAreChecked() {
        Columns c = new Columns();
        assertThatThrownBy(() -> TEMPLATE.plan("s1.i1", " ", "", c.goals, c.dues, c.weights, null))
                .isInstanceOfSatisfying(InvalidPlanException.class, e -> assertThat(e.violations()).containsExactly(
                        new Violation("title", "must not be blank"), new Violation("issuer", "must not be blank"),
                        new Violation("sections[0].items[0].id", "duplicate id 's1.i1' (first used at id)")));
        Plan shape = TEMPLATE.shape();
        assertThatThrownBy(() -> new Plan("s1.i1", "x", "x", PERIOD, Optional.empty(), shape.departments(),
                shape.sections(), Optional.empty(), Optional.empty()))
                .isInstanceOfSatisfying(InvalidPlanException.class, e -> assertThat(e.violations()).containsExactly(
                        new Violation("sections[0].items[0].id", "duplicate id 's1.i1' (first used at id)")));
        assertThat(TEMPLATE.plan("province-2023", "x", c.goals, c.dues, c.weights).id()).isEqualTo("province-2023");
        assertThatThrownBy(() -> TEMPLATE.plan("县 1", "x", c.goals, c.dues, c.weights))
                .isInstanceOfSatisfying(InvalidPlanException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path).containsExactly("id"));
    }

    @Test
    void everyProblemIsFoundAtOnce() {
        List<Violation> violations = refused(c -> {
            c.goals[0] = Double.NaN;
            c.weights[2] = 0;
            c.dues[6] = 0;
        });
        assertThat(violations).extracting(Violation::path).containsExactly("sections[0].targets[0].goal",
                "sections[0].items[0].targets[1].weight", "sections[1].items[0].targets[2].due");
    }

    @Test
    void columnsOfAnotherLengthAndTemplatesWithBreakdownsAreRefused() {
        Columns c = new Columns();
        assertThatThrownBy(() -> TEMPLATE.plan("c", "c", Arrays.copyOf(c.goals, 6), c.dues, c.weights))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("goals has 6 values; the template has 7 targets");
        assertThatThrownBy(() -> TEMPLATE.plan("c", "c", "c", c.goals, c.dues, c.weights, new int[8]))
                .hasMessage("leads has 8 values; the template has 7 targets");
        Plan shape = TEMPLATE.shape();
        Plan withBreakdown = shape.withBreakdowns(List.of(new Breakdown("s1.t1", List.of(Allotment.of("kj", 4),
                Allotment.of("cg", 6)), Optional.empty(), false)), BreakdownSettings.DEFAULTS);
        assertThatThrownBy(() -> PlanTemplate.of(withBreakdown)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("breakdowns");
    }
}
