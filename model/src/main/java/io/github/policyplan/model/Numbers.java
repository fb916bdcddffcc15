package io.github.policyplan.model;

import java.math.BigDecimal;

/** Formats numbers in messages the way a person wrote them: {@code 12} not {@code 12.0}. */
final class Numbers {

    private Numbers() {
    }

    static String format(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /**
     * Echoes a number in a message: as {@link #format}, but 1e308 as written, not 309 digits.
     *
     * @param value the number
     * @return its text
     */
    static String echo(double value) {
        if (Double.isFinite(value) && Math.abs(value) >= 1e15) {
            return BigDecimal.valueOf(value).stripTrailingZeros().toString().replace("E+", "e").replace("E", "e");
        }
        return format(value);
    }
}
