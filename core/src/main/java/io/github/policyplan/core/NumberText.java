package io.github.policyplan.core;

import java.math.BigDecimal;
import com.fasterxml.jackson.core.io.NumberOutput;
import java.math.RoundingMode;

/**
 * Writes numbers as explanations and machine-readable outputs print them; static functions only.
 *
 * <p>{@link #format(double)} is the text of every number in an explanation: at most two decimals, rounded half up, no trailing zeros, no
 * locale, zero as {@code 0}. The text is that of
 * {@code BigDecimal.valueOf(v).setScale(2, HALF_UP).stripTrailingZeros().toPlainString()}, worked out
 * on the digits of {@link Double#toString(double)} (which {@code BigDecimal.valueOf} reads too)
 * without building big decimals, since explanations write millions of numbers; the rare forms that
 * text takes in scientific notation go through {@code BigDecimal}.
 */
public final class NumberText {

    /** The largest magnitude whose whole part is handled as a {@code long} without doubt. */
    private static final double LONG_SAFE = 1e15;

    private NumberText() {
    }

    /**
     * Writes a number with at most two decimals.
     *
     * @param value the number
     * @return such as {@code 12.35}, {@code 0.1}, {@code 100}, {@code -3}; the infinities as {@code ∞} and
     *         {@code -∞}, which read the same in Chinese and English; {@code NaN} as Java writes it
     */
    public static String format(double value) {
        if (Double.isInfinite(value)) {
            return value > 0 ? "∞" : "-∞";
        }
        if (Double.isNaN(value)) {
            return Double.toString(value);
        }
        double magnitude = Math.abs(value);
        if (magnitude < LONG_SAFE && value == Math.rint(value)) {
            return Long.toString((long) value);
        }
        String text = Double.toString(value);
        int point = text.indexOf('.');
        if (magnitude >= LONG_SAFE || point < 0 || text.indexOf('E') >= 0) {
            return viaBigDecimal(value);
        }
        boolean negative = text.charAt(0) == '-';
        long whole = Long.parseLong(text, negative ? 1 : 0, point, 10);
        int decimals = text.length() - point - 1;
        int hundredths = digit(text, point + 1) * 10 + (decimals > 1 ? digit(text, point + 2) : 0);
        if (decimals > 2 && digit(text, point + 3) >= 5) {
            hundredths++;
            if (hundredths == 100) {
                hundredths = 0;
                whole++;
            }
        }
        if (whole == 0 && hundredths == 0) {
            return "0";
        }
        StringBuilder out = new StringBuilder(24);
        if (negative) {
            out.append('-');
        }
        out.append(whole);
        if (hundredths != 0) {
            out.append('.').append(hundredths / 10);
            if (hundredths % 10 != 0) {
                out.append(hundredths % 10);
            }
        }
        return out.toString();
    }

    /**
     * Writes a share as a percentage with at most two decimals.
     *
     * @param share the share, such as {@code 0.305}
     * @return such as {@code 30.5%}
     */
    public static String percent(double share) {
        return format(share * 100) + "%";
    }

    /**
     * Writes a finite number exactly, as JSON output holds it: whole numbers without a point, others
     * in plain decimal notation with the shortest digits that read back to the same {@code double}.
     *
     * @param value a finite number
     * @return such as {@code 12}, {@code 0.1}, {@code -0.0}
     */
    public static String exact(double value) {
        if (Double.compare(value, -0.0) == 0) {
            return "-0.0";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return new BigDecimal(NumberOutput.toString(value, true)).stripTrailingZeros().toPlainString();
    }

    private static int digit(String text, int at) {
        return text.charAt(at) - '0';
    }

    static String viaBigDecimal(double value) {
        BigDecimal d = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return d.signum() == 0 ? "0" : d.toPlainString();
    }
}
