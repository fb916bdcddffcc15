package io.github.policyplan.assessment;

import io.github.policyplan.core.Explanation;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A period assessed: a quarter (季度考核) or a year (年度考核).
 *
 * <p>Immutable and thread-safe.
 *
 * @param label   {@code 2023-Q2} or {@code 2023}
 * @param start   the first day
 * @param end     the last day: the date the plan is scored at
 * @param quarter 1–4, or 0 for a year
 */
public record AssessmentPeriod(String label, LocalDate start, LocalDate end, int quarter) {

    private static final String[] QUARTERS = {"第一季度", "第二季度", "第三季度", "第四季度"};

    /**
     * Checks the components.
     *
     * @param label   {@code 2023-Q2} or {@code 2023}
     * @param start   the first day
     * @param end     the last day: the date the plan is scored at
     * @param quarter 1–4, or 0 for a year
     */
    public AssessmentPeriod {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start) || quarter < 0 || quarter > 4) {
            throw new IllegalArgumentException("invalid period " + label);
        }
    }

    /**
     * Returns a quarter.
     *
     * @param year    the year
     * @param quarter 1 to 4
     * @return the quarter
     */
    public static AssessmentPeriod quarter(int year, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("a quarter is 1 to 4 (was " + quarter + ")");
        }
        LocalDate start = LocalDate.of(year, quarter * 3 - 2, 1);
        return new AssessmentPeriod(year + "-Q" + quarter, start, start.plusMonths(3).minusDays(1), quarter);
    }

    /**
     * Returns a year.
     *
     * @param year the year
     * @return the year
     */
    public static AssessmentPeriod year(int year) {
        return new AssessmentPeriod(Integer.toString(year), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), 0);
    }

    /**
     * Returns a quarter's name in each language: Chinese text writes 第一季度 … 第四季度, never Q1; English
     * keeps Q1 … Q4. The label ({@code 2023-Q4}) is a code for files and ids, not words.
     *
     * @param quarter 1 to 4
     * @return such as 第一季度 / Q1
     * @throws IllegalArgumentException when the quarter is not 1 to 4
     */
    public static Explanation quarterName(int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("a quarter is 1 to 4 (was " + quarter + ")");
        }
        return Explanation.of("Q" + quarter, QUARTERS[quarter - 1]);
    }

    /**
     * Returns the period's name in each language.
     *
     * @return such as 2023年第四季度 / Q4 2023, or 2023年度 / year 2023
     */
    public Explanation name() {
        int year = start.getYear();
        if (isAnnual()) {
            return Explanation.of("year " + year, year + "年度");
        }
        Explanation q = quarterName(quarter);
        return Explanation.of(q.inEnglish() + " " + year, year + "年" + q.inChinese());
    }

    /**
     * Tells whether this is an annual period.
     *
     * @return true for a year
     */
    public boolean isAnnual() {
        return quarter == 0;
    }

    /**
     * Tells whether a date lies in the period.
     *
     * @param date the date
     * @return true when start ≤ date ≤ end
     */
    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }
}
