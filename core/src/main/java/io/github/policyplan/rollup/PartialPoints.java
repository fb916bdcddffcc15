package io.github.policyplan.rollup;

import io.github.policyplan.model.Report;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which of a broken-down target's rolled-up values covered only some of its units (9 of 12 townships had
 * reported): a partial total, lower than the units' work, which would bend a trend drawn through it. The
 * roll-up puts a value in the log at every date a unit reported on; those where fewer units count than the
 * breakdown has are partial, by the rule that decides which reports count ({@link Combiner#counts}: the
 * reporting period, or every unit's last report when the plan carries reports forward — then a value is
 * partial only before every unit has reported once). A date where the target's own report wins (a statistics
 * office figure, unless the plan scores units) holds that report, not a partial total. Scoring reads the dates
 * from the scorecard's {@link io.github.policyplan.scoring.UnitShares#partial()} and leaves them out of the
 * target's forecast.
 */
final class PartialPoints {

    private PartialPoints() {
    }

    /**
     * Returns the dates of a target's partial rolled-up values, in order.
     *
     * @param c         the target's units' series
     * @param own       the target's own reports
     * @param fromUnits true when the plan scores units, whose values then replace the own reports
     */
    static List<LocalDate> of(Combiner c, List<Report> own, boolean fromUnits) {
        Set<LocalDate> ownDates = new HashSet<>();
        if (!fromUnits) {
            own.forEach(r -> ownDates.add(r.date()));
        }
        List<LocalDate> out = new ArrayList<>();
        for (long day : c.dates()) {
            LocalDate date = LocalDate.ofEpochDay(day);
            if (ownDates.contains(date)) {
                continue;
            }
            int counted = c.at(date).counted();
            if (counted > 0 && counted < c.units()) {
                out.add(date);
            }
        }
        return out;
    }
}
