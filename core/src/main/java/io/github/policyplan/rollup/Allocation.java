package io.github.policyplan.rollup;

import io.github.policyplan.core.Explanation;

/**
 * How a broken-down target's units' goals compare with its goal: the allocation ratio (1.18 means
 * the units were given 18% more, 层层加码), and whether it draws the plan's warning. Less than 1 is
 * refused when the plan is read, unless the breakdown says it is intended.
 *
 * @param target      the target's id
 * @param ratio       the units' goals combined ÷ the target's goal
 * @param warning     true when the ratio is above the plan's threshold ({@code warn-above}, 1.2 by default)
 * @param explanation the ratio in words
 */
public record Allocation(String target, double ratio, boolean warning, Explanation explanation) {
}
