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
        BigDecimal d = BigDecimal.valueOf(value).stripTrailingZeros();
        // 1e308 as written, not 309 digits; plain digits for any number a plan holds.
        double abs = Math.abs(value);
        if (abs >= 1e15 || (abs != 0 && abs < 1e-9)) {
            return d.toString().replace("E+", "e").replace("E", "e");
        }
        return d.toPlainString();
    }
}
