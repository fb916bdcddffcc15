package io.github.policyplan.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * {@link Magnitudes#convert} takes a way around {@code BigDecimal} for values written with few digits (the
 * cascade converts every lower plan's value): it gives the same double, to the bit, as the decimal
 * arithmetic it stands for, on numbers written with up to 17 digits and any decimals, and on any double.
 */
class MagnitudesProperties {

    private static double decimal(double value, int exponent) {
        return BigDecimal.valueOf(value).scaleByPowerOfTen(exponent).doubleValue();
    }

    @Property(tries = 3000)
    void writtenNumbersConvertAsInDecimal(@ForAll @LongRange(min = -99_999_999_999_999_999L,
            max = 99_999_999_999_999_999L) long digits, @ForAll @IntRange(min = 0, max = 12) int decimals,
            @ForAll @IntRange(min = -16, max = 16) int exponent) {
        double value = BigDecimal.valueOf(digits, decimals).doubleValue();

        assertThat(Double.doubleToLongBits(Magnitudes.convert(value, exponent)))
                .isEqualTo(Double.doubleToLongBits(decimal(value, exponent)));
    }

    @Property(tries = 3000)
    void smallWrittenNumbersConvertAsInDecimal(@ForAll @IntRange(min = -2_000_000, max = 2_000_000) int digits,
            @ForAll @IntRange(min = 0, max = 9) int decimals, @ForAll @IntRange(min = -12, max = 12) int exponent) {
        double value = BigDecimal.valueOf(digits, decimals).doubleValue();

        assertThat(Double.doubleToLongBits(Magnitudes.convert(value, exponent)))
                .isEqualTo(Double.doubleToLongBits(decimal(value, exponent)));
    }

    @Property(tries = 3000)
    void anyDoubleConvertsAsInDecimal(@ForAll @DoubleRange(min = -1e18, max = 1e18) double value,
            @ForAll @IntRange(min = -12, max = 12) int exponent) {
        assertThat(Double.doubleToLongBits(Magnitudes.convert(value, exponent)))
                .isEqualTo(Double.doubleToLongBits(decimal(value, exponent)));
    }
}
