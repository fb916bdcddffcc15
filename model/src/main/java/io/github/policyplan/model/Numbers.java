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
}
