package io.github.policyplan.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WeightedMeanTest {

    @Test
    void theMeanIsTheSumOfWeightTimesValueOverTheSumOfWeights() {
        WeightedMean mean = new WeightedMean().add(2, 80).add(1, 95).add(0, 10);
        assertThat(mean.value()).hasValue(85.0);
        assertThat(mean.count()).isEqualTo(3);
        assertThat(mean.totalWeight()).isEqualTo(3.0);
    }

    @Test
    void aMeanWithoutWeightHasNoValue() {
        assertThat(new WeightedMean().value()).isEmpty();
        assertThat(new WeightedMean().add(0, 50).value()).isEmpty();
    }

    @Test
    void hugeWeightsThatOverflowStillGiveAMeanBetweenTheTerms() {
        WeightedMean mean = new WeightedMean().add(Double.MAX_VALUE, 90).add(Double.MAX_VALUE, 100);
        assertThat(mean.value().getAsDouble()).isBetween(90.0, 100.0);
    }

    @Test
    void roundingNeverPutsTheMeanOutsideItsTerms() {
        WeightedMean mean = new WeightedMean().add(0.1, 0.3).add(0.2, 0.3).add(0.7, 0.3);
        assertThat(mean.value()).hasValue(0.3);
    }

    @Test
    void aNegativeWeightIsRefusedWithTheNumbers() {
        assertThatThrownBy(() -> new WeightedMean().add(-1, 5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a weighted mean takes a finite weight ≥ 0 and a finite value (was -1.0 × 5.0)");
    }
}
