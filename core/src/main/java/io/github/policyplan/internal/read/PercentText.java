package io.github.policyplan.internal.read;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one reading of a number written with a percent sign — {@code 8%}, {@code 5.5％} (full-width
 * sign), {@code 8 %} — for every reader: plans, goal sheets and progress files. Such a value is
 * accepted as the number for a measure whose unit is %, with a note saying how it was read; the
 * callers decide what to do with it on a measure of another unit. Digits are ASCII: a number in
 * full-width digits is refused everywhere, with or without a sign. Stateless.
 */
public final class PercentText {

    /** Digits with an optional sign and fraction, then a half- or full-width percent sign. */
    private static final Pattern PERCENT = Pattern.compile("([-+]?[0-9]+(?:\\.[0-9]+)?)\\s*[%％]");

    private PercentText() {
    }

    /**
     * Reads a number written with a percent sign.
     *
     * @param text the value as written; surrounding spaces are ignored
     * @return the number as written without the sign ({@code 5.5} for {@code 5.5％}), or empty when
     *         the text is not such a number
     */
    public static Optional<String> number(String text) {
        Matcher m = PERCENT.matcher(text.strip());
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /**
     * Tells whether a unit is the percent sign, half- or full-width.
     *
     * @param unit a measure's unit
     * @return true for {@code %} and {@code ％}
     */
    public static boolean isPercent(String unit) {
        String u = unit.strip();
        return u.equals("%") || u.equals("％");
    }

    /**
     * The note on a value read this way: {@code read '8%' as the number 8 (the unit % is the measure's)}.
     *
     * @param text   the value as written
     * @param number the number read from it, as {@link #number} returned it
     * @return the note
     */
    public static String note(String text, String number) {
        return "read '" + Texts.abbreviate(text.strip()) + "' as the number " + number
                + " (the unit % is the measure's)";
    }

    /**
     * The fix for such a value where the percent sign is not allowed: {@code write the number without %: 8}.
     *
     * @param number the number read, as {@link #number} returned it
     * @return the hint
     */
    public static String withoutSign(String number) {
        return "write the number without %: " + number;
    }
}
