package io.github.policyplan.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The fast two-decimal text is the text {@code BigDecimal} gives, for ties, carries, signs, zeros,
 * the largest and smallest numbers and a million random ones of every size.
 */
class NumberTextTest {

    @Test
    void writesWhatBigDecimalWrites() {
        List<Double> values = new ArrayList<>(List.of(0.0, -0.0, 1.0, -1.0, 0.5, 0.005, 0.015, 0.025, 0.125, 1.005,
                2.675, 9.995, 99.995, -9.995, 0.994999, 0.995, 0.9951, 12.345, -12.345, 1e-3, 9.99e-4, 1e7, 1e7 + 0.005,
                123456789.125, 1e15 - 0.5, 1e15, 1e15 + 2, 1e16, 1e300, -1e300, Double.MIN_VALUE, -Double.MIN_VALUE,
                Double.MAX_VALUE, -Double.MAX_VALUE, 100.0 / 3, 200.0 / 3, 66.66666666666667, 33.33, 4.5e-3, 0.0049,
                Math.PI, -Math.E, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY));
        SplittableRandom random = new SplittableRandom(20231231L);
        for (int i = 0; i < 1_000_000; i++) {
            double scale = Math.pow(10, random.nextInt(-6, 17));
            double v = random.nextDouble(-1, 1) * scale;
            values.add(v);
            // Numbers on and next to a rounding tie at two decimals.
            double tie = (Math.floor(v * 100) + 0.5) / 100;
            values.add(tie);
            values.add(Math.nextUp(tie));
            values.add(Math.nextDown(tie));
        }
        for (double v : values) {
            String expected = Double.isFinite(v) ? NumberText.viaBigDecimal(v)
                    : Double.isNaN(v) ? "NaN" : v > 0 ? "∞" : "-∞";
            assertThat(NumberText.format(v)).as("%s", v).isEqualTo(expected);
        }
    }
}
