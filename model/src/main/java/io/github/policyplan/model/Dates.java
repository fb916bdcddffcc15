package io.github.policyplan.model;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Shares one {@link LocalDate} for the last day of each month from {@value #FIRST_YEAR} to
 * {@value #LAST_YEAR}. Plans set due dates, checkpoints and baselines at the end of a year, a quarter
 * or a month, so that every target of a plan would otherwise hold its own copies of a few dates.
 * {@code LocalDate} is immutable and value-based: sharing changes no result.
 */
final class Dates {

    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2099;

    /** The last day of each month, from January of the first year. */
    private static final LocalDate[] MONTH_ENDS = new LocalDate[(LAST_YEAR - FIRST_YEAR + 1) * 12];

    static {
        for (int i = 0; i < MONTH_ENDS.length; i++) {
            MONTH_ENDS[i] = YearMonth.of(FIRST_YEAR + i / 12, i % 12 + 1).atEndOfMonth();
        }
    }

    private Dates() {
    }

    /**
     * Returns the shared date equal to the given one, if there is one.
     *
     * @param date a date
     * @return the shared month end equal to {@code date}, or {@code date} itself
     */
    static LocalDate shared(LocalDate date) {
        int year = date.getYear();
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            return date;
        }
        LocalDate monthEnd = MONTH_ENDS[(year - FIRST_YEAR) * 12 + date.getMonthValue() - 1];
        return monthEnd.equals(date) ? monthEnd : date;
    }
}
