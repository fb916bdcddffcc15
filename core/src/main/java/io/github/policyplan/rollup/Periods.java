package io.github.policyplan.rollup;

import java.time.LocalDate;

/**
 * The reporting period a unit's report must fall in to count: the calendar quarter (季度报送), the
 * default cadence until targets carry their own.
 */
final class Periods {

    private Periods() {
    }

    /** The first day of the quarter that holds a date. */
    static LocalDate start(LocalDate date) {
        return LocalDate.of(date.getYear(), (date.getMonthValue() - 1) / 3 * 3 + 1, 1);
    }

    /** Tells whether a report dated {@code reported} falls in the reporting period that ends with {@code asOf}. */
    static boolean within(LocalDate reported, LocalDate asOf) {
        return !reported.isAfter(asOf) && !reported.isBefore(start(asOf));
    }
}
