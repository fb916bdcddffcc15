package io.github.policyplan.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.policyplan.model.Baseline;
import io.github.policyplan.model.Goal;
import io.github.policyplan.model.Plan;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Goal sheets fill a plan's unset goals, checked against the plan with located problems. */
class GoalSheetTest {

    private static Plan small() throws IOException {
        return Plans.read(PlanReaderTest.SMALL);
    }

    @Test
    void fillsTheUnsetGoalsAndAddsBaselines() throws IOException {
        Plan plan = small();
        GoalSheet sheet = GoalSheets.parse(String.join("\n",
                "plan: small-2023",
                "illustrative: true",
                "note: 示例数值",
                "goals:",
                "  s1.i1.t1: 12",
                "baselines:",
                "  s1.i1.t1: {value: 3, date: 2022}",
                "  industry.t1: 7.2",
                ""), "sheet.yaml", plan);

        Plan filled = sheet.applyTo(plan);

        assertThat(sheet.illustrative()).isTrue();
        assertThat(sheet.note()).contains("示例数值");
        assertThat(filled.target("s1.i1.t1").orElseThrow().goal()).isEqualTo(Goal.of(12));
        assertThat(filled.target("s1.i1.t1").orElseThrow().baseline())
                .contains(Baseline.of(3, LocalDate.of(2022, 12, 31)));
        assertThat(filled.target("industry.t1").orElseThrow().baseline()).contains(Baseline.of(7.2));
        assertThat(filled.target("energy")).isEqualTo(plan.target("energy"));
        assertThat(plan.target("s1.i1.t1").orElseThrow().isGoalSet()).as("the plan itself is unchanged").isFalse();
    }

    @Test
    void reportsEveryProblemOfASheetWithItsLocation() throws IOException {
        Plan plan = small();
        String text = String.join("\n",
                "plan: small-2022",
                "illustrative: yes please",
                "goals:",
                "  s1.i1.t9: 12",
                "  energy: 0.5",
                "  s1.i1.t1: 十二",
                "baselines:",
                "  s1.t1: {value: 60}",
                "");

        GoalSheetException e = catchThrowableOfType(GoalSheetException.class,
                () -> GoalSheets.parse(text, "sheet.yaml", plan));

        assertThat(e.problems()).extracting(Object::toString).containsExactly(
                "sheet.yaml:1:7: plan: this goal sheet is for plan 'small-2022', not 'small-2023' (correct the plan: line to"
                        + " the id of the plan it belongs to)",
                "sheet.yaml:2:15: illustrative: expected true or false, found the text 'yes please' (write true or false)",
                "sheet.yaml:4:3: goals.s1.i1.t9: unknown target 's1.i1.t9' in plan small-2023 (did you mean"
                        + " 's1.i1.t1'?)",
                "sheet.yaml:5:3: goals.energy: target energy already has the goal 0.58 in the plan; a goal sheet fills"
                        + " only unset goals ('*') (remove this entry)",
                "sheet.yaml:6:13: goals.s1.i1.t1: expected a number, found the text '十二' (write a number)");
        assertThat(e.getMessage()).startsWith("goal sheet sheet.yaml has 5 problems:");
    }

    @Test
    void reportsAValueThatDoesNotFitItsTargetAtTheEntry() throws IOException {
        Plan plan = small();

        GoalSheetException e = catchThrowableOfType(GoalSheetException.class, () -> GoalSheets.parse(
                "plan: small-2023\nillustrative: false\ngoals:\n  s1.i1.t1: 12\nbaselines:\n  s1.i1.t1: 12\n",
                "sheet.yaml", plan));

        assertThat(e.problems()).extracting(Object::toString).containsExactly(
                "sheet.yaml:4:13: goals.s1.i1.t1: target s1.i1.t1: goal: goal 12 equals the baseline: there is nothing"
                        + " to achieve");
    }

    @Test
    void refusesToFillAnotherPlan() throws IOException {
        Plan plan = small();
        GoalSheet sheet = new GoalSheet("other", true, Optional.empty(), Map.of("x", Goal.of(1)), Map.of());

        assertThatThrownBy(() -> sheet.applyTo(plan)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("goal sheet is for plan 'other', not 'small-2023'");
        assertThatThrownBy(() -> new GoalSheet("small-2023", true, Optional.empty(), Map.of("x", Goal.unset()),
                Map.of())).hasMessage("goal sheet entry x must set a value (was *)");
    }

    @Test
    void fillsEveryRedactedGoalOfTheCountyPlanWithAnIllustrativeNumber() throws IOException {
        Plan county = Plans.read(java.nio.file.Path.of("../examples/src/main/resources/plans/county-2023.yaml"));
        GoalSheet sheet = GoalSheets.read(
                java.nio.file.Path.of("../examples/src/main/resources/plans/county-2023-illustrative.yaml"), county);

        Plan filled = sheet.applyTo(county);

        assertThat(sheet.illustrative()).isTrue();
        assertThat(filled.targets()).allSatisfy(t -> assertThat(t.isGoalSet()).as(t.id()).isTrue());
        assertThat(sheet.goals()).hasSize((int) county.targets().stream().filter(t -> !t.isGoalSet()).count());
    }
}
