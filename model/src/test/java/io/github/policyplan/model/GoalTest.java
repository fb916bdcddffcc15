package io.github.policyplan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Numeric goals of small whole numbers are shared; every goal keeps its exact value. */
class GoalTest {

    @Test
    void sharesTheGoalOfASmallWholeNumber() {
        assertThat(Goal.of(120)).isSameAs(Goal.of(120.0)).isEqualTo(new Goal.Amount(120)).hasToString("120");
        assertThat(Goal.of(0)).isSameAs(Goal.of(0));
    }

    @Test
    void keepsEveryOtherNumberAsGiven() {
        assertThat(Goal.of(-0.0)).isEqualTo(new Goal.Amount(-0.0)).isNotEqualTo(Goal.of(0));
        assertThat(Goal.of(42.5)).isEqualTo(new Goal.Amount(42.5));
        assertThat(Goal.of(200.5)).isEqualTo(new Goal.Amount(200.5));
        assertThat(Goal.of(201)).isEqualTo(new Goal.Amount(201));
        assertThat(Goal.of(-3)).isEqualTo(new Goal.Amount(-3));
        assertThatThrownBy(() -> Goal.of(Double.NaN)).hasMessage("goal must be a finite number (was NaN)");
    }
}
