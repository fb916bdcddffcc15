package io.github.policyplan.rollup;

import io.github.policyplan.model.Cadence;
import java.time.LocalDate;

/**
 * The reporting period a unit's report must fall in to count in a roll-up: the period of the target's
 * {@linkplain io.github.policyplan.model.Plan#cadenceOf cadence} (报送周期) that holds the date, from its
 * first day to the date — the month for a monthly target, the calendar quarter for a quarterly one (the
 * default), the calendar year for a yearly one. The same periods as {@link Completeness}'s.
 */
final class Periods {

    private Periods() {
    }

    /**
     * Tells whether a report dated {@code reported} falls in the reporting period of a cadence that ends
     * with {@code asOf}.
     */
    static boolean within(Cadence cadence, LocalDate reported, LocalDate asOf) {
        return !reported.isAfter(asOf) && !reported.isBefore(cadence.periodStart(asOf));
    }
}
