package io.github.policyplan.internal.read;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one reader of the dates input files are written with — a year ({@code 2025}), a quarter
 * ({@code 2023-Q1}), a month ({@code 2023-06}) or a day ({@code 2023-12-31}) — for plans, goal
 * sheets, schemes and progress files alike. A partial date names a span: a due date, checkpoint or
 * report date means its last day, the start of a plan period its first.
 *
 * <p>A date written the Chinese way ({@code 2023年底}, {@code 2023年一季度}) is read, with a note,
 * by {@link #ACCEPTING_CHINESE} (hand-written plans and schemes), and refused with the accepted form
 * as the hint by {@link #CANONICAL_ONLY} (progress files, which systems export). Immutable and
 * thread-safe.
 */
public final class DateReader {

    /** The forms accepted, for messages. */
    public static final String FORMS = "2023, 2023-Q1, 2023-06 or 2023-12-31";

    /** Reads a date written the Chinese way too, with a note on how it read it. */
    public static final DateReader ACCEPTING_CHINESE = new DateReader(true);

    /** Reads the accepted forms only; a date written the Chinese way is malformed, its form the hint. */
    public static final DateReader CANONICAL_ONLY = new DateReader(false);

    private static final Pattern CN_YEAR = Pattern.compile("(\\d{4})年(?:底|末|末尾|全年)?");
    private static final Pattern CN_MONTH = Pattern.compile("(\\d{4})年(\\d{1,2})月(?:底|末)?");
    private static final Pattern CN_DAY = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日");
    private static final Pattern CN_QUARTER = Pattern.compile("(\\d{4})年(?:第)?([一二三四1-4])季度(?:末|底)?");
    private static final Pattern OTHER_SEPARATORS = Pattern.compile("(\\d{4})-(\\d{1,2})(?:-(\\d{1,2}))?");

    private final boolean chinese;

    private DateReader(boolean chinese) {
        this.chinese = chinese;
    }

    /**
     * Reads a date node — text, or a whole number (a year) — held by a key of a map; its path is worked out from the map only for a problem or
     * a note, so that the tens of thousands of dates of a large plan cost no path each.
     *
     * @param n        the node
     * @param end      true for the last day of a span it names, false for the first
     * @param owner    the map that holds it
     * @param key      its key there
     * @param problems where a problem or note goes
     * @return the date, or empty after a problem
     */
    public Optional<LocalDate> read(Node n, boolean end, Fields owner, String key, Problems problems) {
        if (n instanceof Node.ScalarNode s && isDateType(s)) {
            Optional<LocalDate> date = parse(s.text(), end);
            return date.isPresent() ? date : read(s.text(), end, s.line(), s.column(), () -> owner.path(key),
                    problems);
        }
        notADate(n, () -> owner.path(key), problems);
        return Optional.empty();
    }

    /**
     * Reads a date from its text.
     *
     * @param text     the date as written
     * @param end      true for the last day of a span it names, false for the first
     * @param line     where it is, for a problem or note
     * @param column   where it is
     * @param path     its path, worked out only for a problem or a note
     * @param problems where a problem or note goes
     * @return the date, or empty after a problem
     */
    public Optional<LocalDate> read(String text, boolean end, int line, int column, Supplier<String> path,
            Problems problems) {
        Optional<LocalDate> date = parse(text, end);
        if (date.isPresent()) {
            return date;
        }
        Optional<String> form = chinese ? fromChinese(text) : Optional.empty();
        if (form.isPresent()) {
            problems.note(line, column, path.get(), "read '" + Texts.abbreviate(text) + "' as " + form.get());
            return parse(form.get(), end);
        }
        Optional<String[]> impossible = impossible(text.strip());
        if (impossible.isPresent()) {
            problems.add(line, column, path.get(), "'" + Texts.abbreviate(text.strip()) + "' is no date: "
                    + impossible.get()[0], Optional.of(impossible.get()[1]));
            return Optional.empty();
        }
        problems.add(line, column, path.get(), malformed(Texts.abbreviate(text)),
                suggest(text).map(s -> "did you mean " + s + "?"));
        return Optional.empty();
    }

    /** A date of an accepted form whose month, day or quarter does not exist. */
    private static final java.util.regex.Pattern DAY_FORM = java.util.regex.Pattern.compile(
            "([0-9]{4})-([0-9]{2})(?:-([0-9]{2}))?");
    private static final java.util.regex.Pattern QUARTER_FORM = java.util.regex.Pattern.compile(
            "[0-9]{4}-[Qq]([0-9])");

    /**
     * Says what is wrong with a date written in an accepted form that names no real day: month 13,
     * 2023-02-29, the fifth quarter.
     *
     * @return what is wrong and the fix, or empty when the text is not of such a form
     */
    private static Optional<String[]> impossible(String text) {
        java.util.regex.Matcher q = QUARTER_FORM.matcher(text);
        if (q.matches()) {
            int quarter = Integer.parseInt(q.group(1));
            return quarter >= 1 && quarter <= 4 ? Optional.empty() : Optional.of(new String[] {
                "there is no quarter " + quarter, "write the quarter as Q1 to Q4"});
        }
        java.util.regex.Matcher m = DAY_FORM.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        int month = Integer.parseInt(m.group(2));
        if (month < 1 || month > 12) {
            return Optional.of(new String[] {"there is no month " + month, "write the month as 01 to 12"});
        }
        if (m.group(3) == null) {
            return Optional.empty();
        }
        int days = java.time.YearMonth.of(Integer.parseInt(m.group(1)), month).lengthOfMonth();
        int day = Integer.parseInt(m.group(3));
        if (day >= 1 && day <= days) {
            return Optional.empty();
        }
        return Optional.of(new String[] {m.group(1) + "-" + m.group(2) + " has " + days + " days",
            "write a day from 01 to " + days});
    }

    /**
     * Tells whether a node is written the way a date can be, text or a whole number, and reports it
     * when it is not.
     *
     * @param n        the node
     * @param path     its path, worked out only for a problem
     * @param problems where the problem goes
     * @return true for a text or whole-number scalar
     */
    public static boolean isDateShaped(Node n, Supplier<String> path, Problems problems) {
        if (n instanceof Node.ScalarNode s && isDateType(s)) {
            return true;
        }
        notADate(n, path, problems);
        return false;
    }

    private static boolean isDateType(Node.ScalarNode s) {
        return s.type() == Node.ScalarType.STRING || s.type() == Node.ScalarType.INTEGER;
    }

    private static void notADate(Node n, Supplier<String> path, Problems problems) {
        problems.add(n, path.get(), "expected a date (" + FORMS + "), found " + n.describe());
    }

    /**
     * Says that a text is not a date.
     *
     * @param echoed the text, as the message should echo it
     * @return {@code malformed date '2023/12/31' (expected 2023, 2023-Q1, 2023-06 or 2023-12-31)}
     */
    public static String malformed(String echoed) {
        return "malformed date '" + echoed + "' (expected " + FORMS + ")";
    }

    /**
     * Reads a date in one of the accepted forms.
     *
     * @param text the date as written
     * @param end  true for the last day of a span, false for the first
     * @return the date, or empty when the text is not an accepted form or not a real date
     */
    public static Optional<LocalDate> parse(String text, boolean end) {
        // Read by hand rather than with regular expressions: a large plan holds tens of thousands of dates.
        String t = text.trim();
        try {
            return switch (t.length()) {
                case 10 -> isDay(t) ? Optional.of(LocalDate.of(number(t, 0, 4), number(t, 5, 7), number(t, 8, 10)))
                        : Optional.empty();
                case 7 -> isMonth(t) ? Optional.of(span(YearMonth.of(number(t, 0, 4), number(t, 5, 7)), end))
                        : isQuarter(t) ? Optional.of(quarter(number(t, 0, 4), t.charAt(6) - '0', end))
                        : Optional.empty();
                case 4 -> digits(t, 0, 4) ? Optional.of(year(number(t, 0, 4), end)) : Optional.empty();
                default -> Optional.empty();
            };
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static boolean isDay(String t) {
        return digits(t, 0, 4) && t.charAt(4) == '-' && digits(t, 5, 7) && t.charAt(7) == '-' && digits(t, 8, 10);
    }

    private static boolean isMonth(String t) {
        return digits(t, 0, 4) && t.charAt(4) == '-' && digits(t, 5, 7);
    }

    private static boolean isQuarter(String t) {
        return digits(t, 0, 4) && t.charAt(4) == '-' && (t.charAt(5) == 'Q' || t.charAt(5) == 'q')
                && t.charAt(6) >= '1' && t.charAt(6) <= '4';
    }

    private static LocalDate span(YearMonth month, boolean end) {
        return end ? month.atEndOfMonth() : month.atDay(1);
    }

    private static LocalDate quarter(int year, int quarter, boolean end) {
        return span(YearMonth.of(year, end ? quarter * 3 : quarter * 3 - 2), end);
    }

    private static LocalDate year(int year, boolean end) {
        return end ? LocalDate.of(year, 12, 31) : LocalDate.of(year, 1, 1);
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

    /**
     * Reads a date written the Chinese way — {@code 2023年底}, {@code 2023年6月}, {@code 2023年一季度},
     * {@code 2023年6月30日} — into the accepted form ({@code 2023}, {@code 2023-06}, {@code 2023-Q1},
     * {@code 2023-06-30}).
     *
     * @param text the date as written
     * @return the accepted form, if the text is such a date
     */
    public static Optional<String> fromChinese(String text) {
        return chineseForm(text.trim()).filter(form -> parse(form, true).isPresent());
    }

    private static Optional<String> chineseForm(String t) {
        Matcher m = CN_DAY.matcher(t);
        if (m.matches()) {
            return Optional.of(m.group(1) + "-" + pad(m.group(2)) + "-" + pad(m.group(3)));
        }
        if ((m = CN_QUARTER.matcher(t)).matches()) {
            int numeral = "一二三四".indexOf(m.group(2));
            return Optional.of(m.group(1) + "-Q" + (numeral >= 0 ? numeral + 1 : Integer.parseInt(m.group(2))));
        }
        if ((m = CN_MONTH.matcher(t)).matches()) {
            return Optional.of(m.group(1) + "-" + pad(m.group(2)));
        }
        if ((m = CN_YEAR.matcher(t)).matches()) {
            return Optional.of(m.group(1));
        }
        return Optional.empty();
    }

    /**
     * Suggests the accepted form of a date written another common way ({@code 2023/12/31},
     * {@code 2023.12.31}, {@code 2023-6}, {@code 2023年底}).
     *
     * @param text the date as written
     * @return the accepted form, if the text is recognisable as a date
     */
    public static Optional<String> suggest(String text) {
        Optional<String> chineseForm = fromChinese(text);
        if (chineseForm.isPresent()) {
            return chineseForm;
        }
        Matcher m = OTHER_SEPARATORS.matcher(text.trim().replace('/', '-').replace('.', '-'));
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
