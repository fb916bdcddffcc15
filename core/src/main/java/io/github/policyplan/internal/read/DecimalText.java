package io.github.policyplan.internal.read;

import java.math.BigDecimal;

/** A number as written, to a correctly rounded double: the conversion {@link Fields#toDouble} gives readers. */
final class DecimalText {

    private DecimalText() {
    }

    /**
     * Converts a number as written to a double, correctly rounded; see {@link Fields#toDouble}.
     *
     * @param text a number scalar's text; YAML's {@code _} digit separators are allowed
     * @return the double, possibly infinite; NaN when the text is not a plain decimal number
     */
    static double toDouble(String text) {
        String digits = text.replace("_", "");
        if (isPlainDecimal(digits)) {
            // Double.parseDouble rounds as correctly as BigDecimal, keeps the sign of a zero, and is cheaper.
            return Double.parseDouble(digits);
        }
        double d;
        try {
            d = new BigDecimal(digits).doubleValue();
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
        return d == 0 && digits.startsWith("-") ? -0.0 : d;
    }

    /** Tells whether a text is digits with an optional sign and fraction: 12, -0.5, +3.25 (no exponent). */
    private static boolean isPlainDecimal(String text) {
        int i = text.startsWith("-") || text.startsWith("+") ? 1 : 0;
        int point = text.indexOf('.');
        int end = point < 0 ? text.length() : point;
        if (end == i || !asciiDigits(text, i, end)) {
            return false;
        }
        return point < 0 || (point + 1 < text.length() && asciiDigits(text, point + 1, text.length()));
    }

    private static boolean asciiDigits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
