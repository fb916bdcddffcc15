package io.github.policyplan.rollup;

import io.github.policyplan.model.Goal;
import io.github.policyplan.model.Value;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One unit's figure in a roll-up: its goal, its latest value on or before the date, and whether the
 * value counts (reported within the reporting period, or carried forward when the plan says so).
 *
 * @param unit     the unit's id
 * @param name     the unit's full name, such as {@code 城关镇}
 * @param goal     the unit's goal
 * @param weight   the unit's weight in a weighted mean
 * @param value    the unit's latest value on or before the date, if it has reported
 * @param reported the date of that value, if any
 * @param counted  true when the value counts in the target's value
 */
public record UnitFigure(String unit, String name, Goal goal, double weight, Optional<Value> value,
        Optional<LocalDate> reported, boolean counted) {
}
