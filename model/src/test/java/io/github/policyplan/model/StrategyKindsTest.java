package io.github.policyplan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Schedules and roll-ups are closed sets the model knows: a plan built in Java that names an unknown one
 * fails when it is built, listing the known names, rather than scoring by a default later.
 */
class StrategyKindsTest {

    private static Target.Builder target() {
        return Target.builder("t1", "新增高新技术企业").measure(MeasureKind.COUNT, "家").goal(10)
                .due(LocalDate.of(2023, 12, 31)).lead("kj");
    }

    private static Plan.Builder plan() {
        return Plan.builder("p", "计划").issuer("县委").period(PlanPeriod.years(2023, 2023))
                .department(Department.of("kj", "县科技局", UnitKind.DEPARTMENT));
    }

    @Test
    void aTargetWithAnUnknownScheduleFailsWhenBuiltListingTheKnownNames() {
        InvalidPlanException e = catchThrowableOfType(InvalidPlanException.class,
                () -> target().schedule(Strategy.named("linaer")).build());

        assertThat(e.violations()).extracting(Violation::toString).containsExactly(
                "schedule: unknown schedule 'linaer' (known: at-due, constant, linear, per-year, steps)");
    }

    @Test
    void aScheduleTakesNoParameters() {
        InvalidPlanException e = catchThrowableOfType(InvalidPlanException.class,
                () -> target().schedule(new Strategy("linear", Map.of("from", 1))).build());

        assertThat(e.violations()).extracting(Violation::toString).containsExactly(
                "schedule: schedule linear takes no parameters (was from)");
    }

    @Test
    void everyKnownScheduleBuilds() {
        for (String name : ScheduleKind.codes()) {
            assertThat(target().schedule(Strategy.named(name)).build().schedule()).contains(Strategy.named(name));
            assertThat(ScheduleKind.of(Strategy.named(name)).code()).isEqualTo(name);
        }
    }

    @Test
    void aPlanWithAnUnknownRollUpFailsWhenBuiltListingTheKnownNames() {
        Section section = Section.builder("s1", "强科技").target(target().build()).build();

        InvalidPlanException e = catchThrowableOfType(InvalidPlanException.class,
                () -> plan().section(section).aggregation(Strategy.named("weighted_mean")).build());

        assertThat(e.violations()).extracting(Violation::toString).containsExactly("aggregation: unknown roll-up"
                + " 'weighted_mean' (known: missing-as-zero, points, weakest, weighted-mean)");
    }

    @Test
    void aSectionOrItemWithAnUnknownRollUpFailsWhenBuilt() {
        assertThatThrownBy(() -> Section.builder("s1", "强科技").aggregation(Strategy.named("mean")).build())
                .isInstanceOf(InvalidPlanException.class).hasMessage("aggregation: unknown roll-up 'mean' (known:"
                        + " missing-as-zero, points, weakest, weighted-mean)");
        assertThatThrownBy(() -> new Item("s1.i1", "平台", 1, List.of(target().build()),
                java.util.Optional.of(Strategy.named("min"))))
                .isInstanceOf(InvalidPlanException.class).hasMessage("aggregation: unknown roll-up 'min' (known:"
                        + " missing-as-zero, points, weakest, weighted-mean)");
    }

    @Test
    void aRollUpTakesOnlyAMinimumCoverageFromZeroToOne() {
        InvalidPlanException e = catchThrowableOfType(InvalidPlanException.class, () -> Section.builder("s1", "强科技")
                .aggregation(new Strategy("weakest", Map.of("minCoverage", 1.5, "floor", 1))).build());

        assertThat(e.violations()).extracting(Violation::toString).containsExactly(
                "aggregation.floor: unknown parameter 'floor' of roll-up weakest (known: minCoverage)",
                "aggregation.minCoverage: minCoverage must be a number from 0 to 1 (was 1.5)");
        assertThat(RollUpKind.of(new Strategy("points", Map.of("minCoverage", 0.5)))).isEqualTo(RollUpKind.POINTS);
    }
}
