package io.github.policyplan.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Formats numbers for explanations: at most two decimals, half up, no trailing zeros, no locale. */
final class Numbers {

    private Numbers() {
    }

    static String format(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        BigDecimal d = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        String text = d.signum() == 0 ? "0" : d.toPlainString();
        return text;
    }

    static String percent(double share) {
        return format(share * 100) + "%";
    }
}
