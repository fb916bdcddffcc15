package io.github.policyplan.plans;

import io.github.policyplan.internal.read.DateReader;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The dates plan files are written with: a year ({@code 2025}), a quarter ({@code 2023-Q1}), a
 * month ({@code 2023-06}) or a day ({@code 2023-12-31}). A partial date names a span; a due date
 * or checkpoint means its last day ({@link #parseEnd}), the start of a plan period its first
 * ({@link #parseStart}). Plans, goal sheets, schemes and progress files are all read with these
 * rules; this class gives them to applications.
 *
 * <pre>{@code
 * PlanDates.parseEnd("2023-Q1")   // 2023-03-31
 * PlanDates.parseEnd("2024-02")   // 2024-02-29
 * PlanDates.parseStart("2023")    // 2023-01-01
 * }</pre>
 */
public final class PlanDates {

    /** The forms accepted, for messages. */
    public static final String FORMS = DateReader.FORMS;

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
        return parse(text, true).orElseThrow(() -> new IllegalArgumentException(DateReader.malformed(text)));
    }

    /**
     * Reads a date as the first day of the span it names.
     *
     * @param text the date as written
     * @return the date
     * @throws IllegalArgumentException when the text is not one of the accepted forms
     */
    public static LocalDate parseStart(String text) {
        return parse(text, false).orElseThrow(() -> new IllegalArgumentException(DateReader.malformed(text)));
    }

    /**
     * Reads a date, or tells that it cannot.
     *
     * @param text the date as written
     * @param end  true for the last day of a span, false for the first
     * @return the date, or empty when the text is not an accepted form or not a real date
     */
    public static Optional<LocalDate> parse(String text, boolean end) {
        return DateReader.parse(text, end);
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
        return DateReader.fromChinese(text);
    }

    /**
     * Suggests the accepted form of a date written another common way ({@code 2023/12/31},
     * {@code 2023.12.31}, {@code 2023-6}, {@code 2023年底}).
     *
     * @param text the date as written
     * @return the accepted form, if the text is recognisable as a date
     */
    public static Optional<String> suggest(String text) {
        return DateReader.suggest(text);
    }
}
