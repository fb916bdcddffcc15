package io.github.policyplan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A target checks itself and reports every broken rule with the path of its field. */
class TargetTest {

    private static final LocalDate END_2023 = LocalDate.of(2023, 12, 31);

    private static Target.Builder count() {
        return Target.builder("t1", "认定国家高新技术企业").measure(MeasureKind.COUNT, "家").goal(12).due(END_2023)
                .lead("kj");
    }

    @Test
    void buildsWithDefaults() {
        Target t = count().build();

        assertThat(t.commitment()).isEqualTo(Commitment.STRIVE);
        assertThat(t.weight()).isEqualTo(1.0);
        assertThat(t.measure().direction()).isEqualTo(Direction.HIGHER_IS_BETTER);
        assertThat(t.isGoalSet()).isTrue();
        assertThat(t.cooperating()).isEmpty();
        assertThat(t.toBuilder().build()).isEqualTo(t);
    }

    @Test
    void acceptsAnUnsetGoalForEveryKind() {
        assertThat(count().unsetGoal().build().isGoalSet()).isFalse();
        assertThat(count().measure(Measure.milestone(List.of("开工", "建成"))).unsetGoal().build().goal())
                .isEqualTo(Goal.unset());
    }

    @Test
    void reportsEveryBrokenRuleAtOnceWithItsPath() {
        InvalidPlanException e = catchThrowableOfType(InvalidPlanException.class, () -> count()
                .id("bad id").weight(0).baseline(12).cooperating("kj", "gx", "gx")
                .checkpoint(LocalDate.of(2023, 9, 30), 8).checkpoint(LocalDate.of(2023, 6, 30), 4)
                .checkpoint(LocalDate.of(2024, 3, 31), 14).build());

        assertThat(e.violations()).extracting(Violation::toString).containsExactly(
                "id: id must start with a letter or digit and contain only letters, digits, '.', '_' or '-' (was 'bad id')",
                "weight: weight must be a number > 0 (was 0)",
                "goal: goal 12 equals the baseline: there is nothing to achieve",
                "checkpoints[1].date: checkpoints must be in date order, each after the one before (2023-06-30 follows"
                        + " 2023-09-30)",
                "checkpoints[2].date: checkpoint 2024-03-31 is after the due date 2023-12-31",
                "cooperating[0]: 'kj' is the lead department; it cannot also cooperate",
                "cooperating[2]: 'gx' is listed twice");
    }

    @Test
    void refusesAGoalOnTheWrongSideOfTheBaselineForTheDirection() {
        assertThatThrownBy(() -> count().baseline(15).build()).isInstanceOf(InvalidPlanException.class)
                .hasMessage("direction: higher is better, but the goal 12 is below the baseline 15 (did you mean"
                        + " direction: lower?)");
        assertThatThrownBy(() -> count().measure(Measure.of(MeasureKind.LEVEL, "吨").withDirection(
                Direction.LOWER_IS_BETTER)).baseline(10).build()).isInstanceOf(InvalidPlanException.class)
                .hasMessage("direction: lower is better, but the goal 12 is above the baseline 10 (did you mean"
                        + " direction: higher?)");
    }

    @Test
    void carriesTheLikelyFixAsDataBesideTheMessage() {
        InvalidPlanException e = catchThrowableOfType(InvalidPlanException.class, () -> count().baseline(15).build());

        assertThat(e.violations()).singleElement().satisfies(v -> {
            assertThat(v.message()).isEqualTo("higher is better, but the goal 12 is below the baseline 15");
            assertThat(v.hint()).contains("did you mean direction: lower?");
        });
    }

    @Test
    void judgesGrowthRatesAfreshSoAGoalBelowLastYearsRateIsAllowed() {
        Target t = count().measure(MeasureKind.GROWTH_RATE, "%").goal(6).baseline(8).build();

        assertThat(t.baseline()).contains(Baseline.of(8));
    }

    @Test
    void requiresTheGoalToFitTheMeasure() {
        assertThatThrownBy(() -> count().goal(Goal.level("建成")).build())
                .hasMessage("goal: a count target expects a number (was 建成)");
        assertThatThrownBy(() -> count().measure(Measure.milestone(List.of("开工", "建成"))).goal(3).build())
                .hasMessage("goal: a milestone target expects one of its stages [开工, 建成] (was 3)");
        assertThatThrownBy(() -> count().measure(Measure.milestone(List.of("开工", "建成"))).goal(Goal.level("投产"))
                .build()).hasMessage("goal: '投产' is not one of the stages [开工, 建成]");
        assertThatThrownBy(() -> count().measure(Measure.of(MeasureKind.LEVEL, "%").withDirection(
                Direction.WITHIN_BAND)).goal(3).build())
                .hasMessage("goal: a target kept within a band expects a band {low, high} (was 3)");
        assertThatThrownBy(() -> count().goal(Goal.band(1, 2)).build())
                .hasMessage("goal: a count target expects a number (was 1..2)");
    }

    @Test
    void refusesDuplicateStageNamesAndTooFewStages() {
        assertThatThrownBy(() -> Measure.milestone(List.of("前期", "开工", "开工")))
                .isInstanceOf(InvalidPlanException.class).hasMessage("stages[2]: duplicate stage name '开工'");
        assertThatThrownBy(() -> Measure.grade(List.of("优秀")))
                .hasMessage("grades: a grade measure needs at least two grades (was [优秀])");
    }

    @Test
    void namesTheFieldsABuilderStillNeeds() {
        assertThatThrownBy(() -> Target.builder("t", "x").build()).isInstanceOf(IllegalStateException.class)
                .hasMessage("target t: measure, goal, due, lead not set");
    }

    @Test
    void keepsRuleParametersDeeplyImmutableAndInNameOrder() {
        Strategy rule = new Strategy("bands", Map.of("cap", 120, "bands", List.of(Map.of("min", 1, "points",
                100))));

        assertThat(rule.parameters().keySet()).containsExactly("bands", "cap");
        assertThat(rule.parameters().get("cap")).isEqualTo(120.0);
        assertThat(rule).isEqualTo(new Strategy("bands", Map.of("cap", 120.0, "bands", List.of(Map.of("min", 1.0,
                "points", 100.0)))));
        assertThatThrownBy(() -> rule.parameters().put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> new Strategy("x", Map.of("a", new Object())))
                .hasMessage("parameters.a: a parameter is a string, number, boolean, list or map (was Object)");
    }

    @Test
    void refusesNullComponents() {
        assertThatThrownBy(() -> Target.builder(null, "x")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> count().cooperating((String) null).build()).isInstanceOf(NullPointerException.class)
                .hasMessage("cooperating must not contain null");
    }

    @Test
    void aStartMayBeOnTheDueDateButNotAfterIt() {
        assertThat(count().start(LocalDate.of(2023, 4, 1)).build().start()).contains(LocalDate.of(2023, 4, 1));
        assertThat(count().start(END_2023).build().start()).contains(END_2023);
        assertThat(count().build().start()).isEmpty();
        assertThatThrownBy(() -> count().start(END_2023.plusDays(1)).build()).isInstanceOf(InvalidPlanException.class)
                .hasMessage("start: the start 2024-01-01 is after the due date 2023-12-31");
    }

    @Test
    void aPlanRefusesAStartOutsideItsPeriodAndDuesNoReportBeforeIt() {
        Target late = count().start(LocalDate.of(2023, 7, 1)).build();
        Plan.Builder plan = Plan.builder("p", "示例").issuer("县委").period(PlanPeriod.years(2023, 2023))
                .department(Department.of("kj", "县科技局", UnitKind.DEPARTMENT));

        Plan ok = plan.section(Section.builder("s1", "强科技").item(Item.of("s1.i1", "企业", late)).build()).build();
        // Quarterly: on 2023-09-30 the report as of 2023-06-30 would be due, before the target starts.
        assertThat(ok.reportDue(late, LocalDate.of(2023, 9, 30))).isEmpty();
        assertThat(ok.reportDue(late, LocalDate.of(2023, 10, 1))).contains(LocalDate.of(2023, 9, 30));
        Target early = count().start(LocalDate.of(2022, 10, 1)).build();
        assertThatThrownBy(() -> Plan.builder("q", "示例").issuer("县委").period(PlanPeriod.years(2023, 2023))
                .department(Department.of("kj", "县科技局", UnitKind.DEPARTMENT))
                .section(Section.builder("s1", "强科技").item(Item.of("s1.i1", "企业", early)).build()).build())
                .isInstanceOf(InvalidPlanException.class)
                .hasMessageContaining("sections[0].items[0].targets[0].start: start 2022-10-01 is outside the plan period"
                        + " 2023-01-01 to 2023-12-31");
    }
}
