package io.github.policyplan.plans;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dates plan files are written with: a year ({@code 2025}), a quarter ({@code 2023-Q1}), a
 * month ({@code 2023-06}) or a day ({@code 2023-12-31}). A partial date names a span; a due date
 * or checkpoint means its last day ({@link #parseEnd}), the start of a plan period its first
 * ({@link #parseStart}).
 *
 * <pre>{@code
 * PlanDates.parseEnd("2023-Q1")   // 2023-03-31
 * PlanDates.parseEnd("2024-02")   // 2024-02-29
 * PlanDates.parseStart("2023")    // 2023-01-01
 * }</pre>
 */
public final class PlanDates {

    /** The forms accepted, for messages. */
    public static final String FORMS = "2023, 2023-Q1, 2023-06 or 2023-12-31";

    private PlanDates() {
    }

    /**
     * Reads a date as the last day of the span it names.
     *
     * @param text the date as written
     * @return the date
     * @throws IllegalArgumentException when the text is not one of the accepted forms
     */
    public static LocalDate parseEnd(String text) {
        return parse(text, true).orElseThrow(() -> new IllegalArgumentException(
                "malformed date '" + text + "' (expected " + FORMS + ")"));
    }

    /**
     * Reads a date as the first day of the span it names.
     *
     * @param text the date as written
     * @return the date
     * @throws IllegalArgumentException when the text is not one of the accepted forms
     */
    public static LocalDate parseStart(String text) {
        return parse(text, false).orElseThrow(() -> new IllegalArgumentException(
                "malformed date '" + text + "' (expected " + FORMS + ")"));
    }

    /**
     * Reads a date, or tells that it cannot.
     *
     * @param text the date as written
     * @param end  true for the last day of a span, false for the first
     * @return the date, or empty when the text is not an accepted form or not a real date
     */
    public static Optional<LocalDate> parse(String text, boolean end) {
        // Read by hand rather than with regular expressions: a large plan holds tens of thousands of dates.
        String t = text.trim();
        int length = t.length();
        try {
            if (length == 10 && digits(t, 0, 4) && t.charAt(4) == '-' && digits(t, 5, 7) && t.charAt(7) == '-'
                    && digits(t, 8, 10)) {
                return Optional.of(LocalDate.of(number(t, 0, 4), number(t, 5, 7), number(t, 8, 10)));
            }
            if (length == 7 && digits(t, 0, 4) && t.charAt(4) == '-' && digits(t, 5, 7)) {
                YearMonth ym = YearMonth.of(number(t, 0, 4), number(t, 5, 7));
                return Optional.of(end ? ym.atEndOfMonth() : ym.atDay(1));
            }
            if (length == 7 && digits(t, 0, 4) && t.charAt(4) == '-' && (t.charAt(5) == 'Q' || t.charAt(5) == 'q')
                    && t.charAt(6) >= '1' && t.charAt(6) <= '4') {
                int lastMonth = (t.charAt(6) - '0') * 3;
                YearMonth ym = YearMonth.of(number(t, 0, 4), end ? lastMonth : lastMonth - 2);
                return Optional.of(end ? ym.atEndOfMonth() : ym.atDay(1));
            }
            if (length == 4 && digits(t, 0, 4)) {
                int year = number(t, 0, 4);
                return Optional.of(end ? LocalDate.of(year, 12, 31) : LocalDate.of(year, 1, 1));
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** Tells whether the characters from {@code from} to {@code to} (exclusive) are ASCII digits. */
    private static boolean digits(String t, int from, int to) {
        for (int i = from; i < to; i++) {
            if (t.charAt(i) < '0' || t.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** The number the ASCII digits from {@code from} to {@code to} (exclusive) spell. */
    private static int number(String t, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n = n * 10 + t.charAt(i) - '0';
        }
        return n;
    }

    private static final Pattern CN_YEAR = Pattern.compile("(\\d{4})年(?:底|末|末尾|全年)?");
    private static final Pattern CN_MONTH = Pattern.compile("(\\d{4})年(\\d{1,2})月(?:底|末)?");
    private static final Pattern CN_DAY = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日");
    private static final Pattern CN_QUARTER = Pattern.compile("(\\d{4})年(?:第)?([一二三四1-4])季度(?:末|底)?");

    /**
     * Reads a date written the Chinese way — {@code 2023年底}, {@code 2023年6月}, {@code 2023年一季度},
     * {@code 2023年6月30日} — into the accepted form ({@code 2023}, {@code 2023-06}, {@code 2023-Q1},
     * {@code 2023-06-30}).
     *
     * @param text the date as written
     * @return the accepted form, if the text is such a date
     */
    public static Optional<String> fromChinese(String text) {
        String t = text.trim();
        Matcher m = CN_DAY.matcher(t);
        String form = null;
        if (m.matches()) {
            form = m.group(1) + "-" + pad(m.group(2)) + "-" + pad(m.group(3));
        } else if ((m = CN_QUARTER.matcher(t)).matches()) {
            form = m.group(1) + "-Q" + ("一二三四".indexOf(m.group(2)) >= 0 ? "一二三四".indexOf(m.group(2)) + 1
                    : Integer.parseInt(m.group(2)));
        } else if ((m = CN_MONTH.matcher(t)).matches()) {
            form = m.group(1) + "-" + pad(m.group(2));
        } else if ((m = CN_YEAR.matcher(t)).matches()) {
            form = m.group(1);
        }
        String accepted = form;
        return accepted == null ? Optional.empty() : parse(accepted, true).map(d -> accepted);
    }

    /**
     * Suggests the accepted form of a date written another common way ({@code 2023/12/31},
     * {@code 2023.12.31}, {@code 2023-6}, {@code 2023年底}).
     *
     * @param text the date as written
     * @return the accepted form, if the text is recognisable as a date
     */
    public static Optional<String> suggest(String text) {
        Optional<String> chinese = fromChinese(text);
        if (chinese.isPresent()) {
            return chinese;
        }
        String t = text.trim().replace('/', '-').replace('.', '-');
        Matcher m = Pattern.compile("(\\d{4})-(\\d{1,2})(?:-(\\d{1,2}))?").matcher(t);
        if (!m.matches()) {
            return Optional.empty();
        }
        String s = m.group(1) + "-" + pad(m.group(2)) + (m.group(3) == null ? "" : "-" + pad(m.group(3)));
        return parse(s, true).map(d -> s);
    }

    private static String pad(String two) {
        return two.length() == 1 ? "0" + two : two;
    }
}
