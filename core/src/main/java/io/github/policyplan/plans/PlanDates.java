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

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-[Qq]([1-4])");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

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
        String t = text.trim();
        try {
            Matcher m = DAY.matcher(t);
            if (m.matches()) {
                return Optional.of(LocalDate.of(num(m, 1), num(m, 2), num(m, 3)));
            }
            m = MONTH.matcher(t);
            if (m.matches()) {
                YearMonth ym = YearMonth.of(num(m, 1), num(m, 2));
                return Optional.of(end ? ym.atEndOfMonth() : ym.atDay(1));
            }
            m = QUARTER.matcher(t);
            if (m.matches()) {
                int lastMonth = num(m, 2) * 3;
                YearMonth ym = YearMonth.of(num(m, 1), end ? lastMonth : lastMonth - 2);
                return Optional.of(end ? ym.atEndOfMonth() : ym.atDay(1));
            }
            m = YEAR.matcher(t);
            if (m.matches()) {
                int year = num(m, 1);
                return Optional.of(end ? LocalDate.of(year, 12, 31) : LocalDate.of(year, 1, 1));
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
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

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
