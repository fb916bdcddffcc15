package io.github.policyplan.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.policyplan.core.Problem;
import io.github.policyplan.model.Allotment;
import io.github.policyplan.model.Breakdown;
import io.github.policyplan.model.BreakdownSettings;
import io.github.policyplan.model.Combine;
import io.github.policyplan.model.Goal;
import io.github.policyplan.model.InvalidPlanException;
import io.github.policyplan.model.Plan;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * Breakdowns in a plan and in their own table (YAML and CSV): read into the model, and every mistake a
 * located problem with a hint.
 */
class BreakdownReaderTest {

    private static final String PLAN = """
            id: towns-2023
            title: 乡镇分解测试
            issuer: 县政府
            period: 2023
            departments:
              - {id: cgz, name: 城关镇, kind: township, aliases: [城关]}
              - {id: xjz, name: 新集镇, kind: township}
              - {id: mpz, name: 马坪镇, kind: township}
            sections:
              - id: s1
                title: 分解
                targets:
                  - id: funds
                    title: 引进到位资金
                    kind: count
                    unit: 亿元
                    goal: 20
                    due: 2023
                    lead: cgz
            %s
                  - id: rate
                    title: 占比
                    kind: share
                    goal: 40
                    due: 2023
                    lead: cgz
                  - id: project
                    title: 重点项目
                    kind: milestone
                    stages: [洽谈, 签约, 开工]
                    goal: 开工
                    due: 2023
                    lead: cgz
            """;

    private static Plan plan(String breakdown) {
        return Plans.parse(PLAN.formatted(breakdown.stripTrailing()), "towns.yaml");
    }

    private static List<String> problems(String breakdown) {
        PlanException e = catchThrowableOfType(PlanException.class, () -> plan(breakdown));
        assertThat(e).isNotNull();
        return e.problems().stream().map(Problem::toString).toList();
    }

    private static final String INDENT = "        ";

    @Test
    void readsABreakdownListedUnderItsTarget() {
        Plan plan = plan(INDENT + "breakdown:\n" + INDENT + "  - {unit: 城关, goal: 8}\n" + INDENT
                + "  - {unit: 新集镇, share: 30%}\n" + INDENT + "  - {unit: mpz, goal: 6, due: 2023-Q3}\n");

        Breakdown b = plan.breakdown("funds").orElseThrow();
        assertThat(b.unitIds()).containsExactly("cgz", "xjz", "mpz");
        assertThat(b.units().get(0).goal()).contains(Goal.of(8));
        assertThat(b.units().get(1).share()).isEqualTo(OptionalDouble.of(0.3));
        assertThat(b.units().get(1).goalUnder(plan.target("funds").orElseThrow())).isEqualTo(Goal.of(6));
        assertThat(b.units().get(2).due()).contains(java.time.LocalDate.of(2023, 9, 30));
        assertThat(b.method(plan.target("funds").orElseThrow())).contains(Combine.SUM);
        assertThat(b.allocation(plan.target("funds").orElseThrow()).getAsDouble()).isEqualTo(1.0);
    }

    @Test
    void locatesAUnitNotInThePlanWithTheNearestName() {
        assertThat(problems(INDENT + "breakdown:\n" + INDENT + "  - {unit: 城关zhen, goal: 20}\n")).containsExactly(
                "towns.yaml:21:20: sections[0].targets[0].breakdown[0].unit: unknown department '城关zhen' (did you mean"
                        + " '城关'?)");
    }

    @Test
    void locatesAUnitNamedTwice() {
        assertThat(problems(INDENT + "breakdown:\n" + INDENT + "  - {unit: cgz, goal: 10}\n" + INDENT
                + "  - {unit: 城关镇, goal: 10}\n")).containsExactly("towns.yaml:22:20: sections[0].targets[0].breakdown[1]"
                        + ".unit: unit 'cgz' is named twice in the breakdown (name each unit once; add its parts into one"
                        + " goal)");
    }

    @Test
    void locatesSharesThatDoNotAddUpToOne() {
        assertThat(problems(INDENT + "breakdown:\n" + INDENT + "  - {unit: cgz, share: 0.5}\n" + INDENT
                + "  - {unit: xjz, share: 40%}\n")).singleElement().asString()
                .isEqualTo("towns.yaml:21:11: sections[0].targets[0].breakdown: the units' shares add up to 0.9, not 1"
                        + " (shares of the target's goal must add up to 1 (100%); give numbers instead of shares to"
                        + " allocate more or less than the goal)");
    }

    @Test
    void refusesGoalsThatFallShortUnlessIntended() {
        String units = INDENT + "  units: [{unit: cgz, goal: 8}, {unit: xjz, goal: 7}]\n";
        assertThat(problems(INDENT + "breakdown:\n" + units)).singleElement().asString().startsWith(
                "towns.yaml:21:18: sections[0].targets[0].breakdown.units: the units' goals fall short of the target's goal 20: allocation ratio 0.75 (under-allocated)"
                        + " (raise the units' goals, or write under-allocation: intended");
        Plan plan = plan(INDENT + "breakdown:\n" + INDENT + "  under-allocation: intended\n" + units);
        assertThat(plan.breakdown("funds").orElseThrow().underIntended()).isTrue();
    }

    @Test
    void refusesToSumARateAndSaysWhy() {
        String shares = PLAN.replace("        lead: cgz\n      - id: project",
                "        lead: cgz\n        breakdown: [{unit: cgz}, {unit: xjz}]\n      - id: project");
        PlanException e = catchThrowableOfType(PlanException.class, () -> Plans.parse(shares.formatted(""),
                "towns.yaml"));
        assertThat(e.problems()).singleElement().asString().startsWith("towns.yaml:27:20: sections[0].targets[1]"
                + ".breakdown: the breakdown of a share target must"
                + " say how its units combine: shares cannot be summed (three townships at 40% do not make 120%)"
                + " (write combine: ratio (each unit reports numerator/denominator) or combine: weighted-mean");
    }

    @Test
    void refusesAMilestoneBreakdownThatDoesNotSayHowToCombine() {
        String milestone = PLAN.formatted("") + "        breakdown: [{unit: cgz}, {unit: xjz}]\n";
        PlanException e = catchThrowableOfType(PlanException.class, () -> Plans.parse(milestone, "towns.yaml"));
        assertThat(e.problems()).singleElement().asString().contains("must say how its units combine: stages and grades"
                + " are not numbers (write combine: lowest");
    }

    @Test
    void readsABreakdownTableInCsvAgainstThePlan() {
        Plan plan = Breakdowns.parse("target,unit,goal\nfunds,城关,8\nfunds,新集镇,7\nfunds,mpz,6\n", "funds.csv",
                plan(""));

        assertThat(plan.breakdown("funds").orElseThrow().units()).containsExactly(Allotment.of("cgz", 8),
                Allotment.of("xjz", 7), Allotment.of("mpz", 6));
    }

    @Test
    void readsABreakdownTableInYamlWithSettings() {
        Plan plan = Breakdowns.parse("""
                plan: towns-2023
                breakdown-settings: {carry-forward: true, score: units, warn-above: 1.5}
                breakdowns:
                  - target: rate
                    combine: weighted-mean
                    units: [{unit: cgz, weight: 2}, {unit: xjz}]
                """, "rate.yaml", plan(""));

        assertThat(plan.breakdown("rate").orElseThrow().combine()).contains(Combine.WEIGHTED_MEAN);
        assertThat(plan.breakdownSettings()).isEqualTo(new BreakdownSettings(true, true, 1.5));
    }

    @Test
    void locatesEveryProblemOfACsvTableAtItsRow() {
        PlanException e = catchThrowableOfType(PlanException.class, () -> Breakdowns.parse(
                "target,unit,goal\nfunds,城关镇,8\nfund,新集镇,7\nfunds,cgz,6\nfunds,qq,1\n", "funds.csv", plan("")));

        assertThat(e.problems()).extracting(Problem::toString).containsExactly(
                "funds.csv:3:1: rows[1].target: unknown target 'fund' in plan towns-2023 (did you mean 'funds'?)",
                "funds.csv:4:7: rows[2].unit: unit 'cgz' is named twice in the breakdown (name each unit once; add its"
                        + " parts into one goal)",
                "funds.csv:5:7: rows[3].unit: unknown department 'qq' (add it under departments, or use one of: cgz,"
                        + " 城关, xjz, mpz, 城关镇, 新集镇, 马坪镇)");
    }

    @Test
    void refusesATableForATargetBrokenDownInThePlan() {
        Plan divided = plan(INDENT + "breakdown: [{unit: cgz, goal: 20}]\n");
        PlanException e = catchThrowableOfType(PlanException.class, () -> Breakdowns.parse(
                "target,unit,goal\nfunds,cgz,20\n", "funds.csv", divided));

        assertThat(e.problems()).singleElement().asString().isEqualTo("funds.csv:2:1: rows[0].target: target 'funds' is"
                + " already broken down in the plan (give each target one breakdown: in the plan or in the table)");
    }

    @Test
    void writesBreakdownsAndSettingsThatReadBackAsAnEqualPlan() {
        Plan divided = Breakdowns.parse("""
                breakdown-settings: {carry-forward: true, score: units, warn-above: 1.5}
                breakdowns:
                  - target: funds
                    units:
                      - {unit: cgz, goal: 12, due: 2023-Q3, checkpoints: [{date: 2023-Q2, value: 5}]}
                      - {unit: xjz, share: 0.4}
                  - target: rate
                    combine: weighted-mean
                    under-allocation: intended
                    units: [{unit: cgz, weight: 2}, {unit: xjz, goal: 35}]
                  - target: project
                    combine: lowest
                    units: [{unit: mpz, goal: 签约}, {unit: cgz}]
                """, "all.yaml", plan(""));

        assertThat(Plans.parse(Plans.toYaml(divided), "back.yaml")).isEqualTo(divided);
        assertThat(Plans.parse(Plans.toJson(divided), "back.json")).isEqualTo(divided);
    }

    @Test
    void checksABreakdownBuiltInJava() {
        Plan plan = plan("");
        InvalidPlanException e = catchThrowableOfType(InvalidPlanException.class, () -> plan.withBreakdowns(List.of(
                new Breakdown("funds", List.of(Allotment.of("cgz", 10), Allotment.of("zz", 12)), Optional.empty(),
                        false), new Breakdown("nope", List.of(Allotment.of("cgz", 1)), Optional.empty(), false)),
                BreakdownSettings.DEFAULTS));

        assertThat(e.violations()).extracting(Object::toString).containsExactly(
                "breakdowns[0].units[1].unit: unknown unit 'zz': not one of the plan's departments (list the unit under"
                        + " departments: (kind: township for a township), or name it by its id)",
                "breakdowns[1].target: unknown target 'nope': the plan has no target with that id");
    }
}
