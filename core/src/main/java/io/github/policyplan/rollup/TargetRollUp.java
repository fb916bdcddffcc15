package io.github.policyplan.rollup;

import io.github.policyplan.core.Explanation;
import io.github.policyplan.model.Combine;
import io.github.policyplan.model.Report;
import io.github.policyplan.model.Value;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A broken-down target's value rolled up from its units at a date (汇总): the combined value, the units
 * it covers and those it does not, the target's own report beside it when there is one, which of the
 * two scores, and how the units' goals compare with the target's (层层加码).
 *
 * @param target        the target's id
 * @param method        how the units' values combine
 * @param date          the date of the units' latest combined value on or before the date asked for, if any
 * @param total         the units' combined value, if any unit's report counts
 * @param reported      how many units' reports count in it
 * @param units         the units in all
 * @param figures       each unit's figure at that date, in breakdown order
 * @param own           the target's own latest report on or before the date asked for (a statistics office
 *                      figure), if it has one
 * @param difference    own value − the units' combined value, when both are numbers of the same date
 * @param scoredOnUnits true when the target scores on the units' value; false when on its own report
 * @param allocation    the units' goals combined ÷ the target's goal, when both are numbers
 * @param overAllocated true when the allocation ratio is above the plan's warning threshold
 * @param explanation   the roll-up in words: 合计 46.2亿元 = 城关镇 8.1亿元 + 新集镇 6.4亿元 + …
 */
public record TargetRollUp(String target, Combine method, Optional<LocalDate> date, Optional<Value> total,
        int reported, int units, List<UnitFigure> figures, Optional<Report> own, OptionalDouble difference,
        boolean scoredOnUnits, OptionalDouble allocation, boolean overAllocated, Explanation explanation) {

    /**
     * Tells whether some unit's report is missing from the combined value.
     *
     * @return true when fewer units count than the breakdown has
     */
    public boolean partial() {
        return reported < units;
    }
}
