package io.github.policyplan.assessment;

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
