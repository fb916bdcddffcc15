package io.github.policyplan.scoring;

import io.github.policyplan.core.Explanation;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The units a broken-down target is divided among (分解), as its scorecard shows them under it: each
 * unit's share scored like a target, the roll-up that made the target's value from the units' values
 * (汇总), and how many units it covers. Attached to a scorecard by {@link Scorecard#withShares}; the
 * roll-up ({@code io.github.policyplan.rollup.RollUp#score}) attaches them to the scorecard it returns.
 *
 * <p>The target's own score comes from its rolled-up value against its own goal, never from the mean of
 * its units' scores: the shares are shown beside it, not rolled into it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param rollUp   the roll-up in words: {@code 合计 46.2亿元 = 城关镇 8.1亿元 + 新集镇 6.4亿元 + …（12个乡镇中9个已报送…）}
 * @param coverage how many units the value covers, in words: {@code 12个乡镇中9个已报送}
 * @param reported how many units' reports count in the target's value
 * @param units    each unit's share scored like a target, in breakdown order: a target node with the
 *                 share's id ({@code funds.cgz}), titled with the unit's name, with its goal, value, value
 *                 expected, score, status and explanation ({@code 城关镇 8.1 ÷ 时序目标 7.5 …})
 * @param partial  the dates of the target's rolled-up values, in the scorecard's log, that covered only some
 *                 units (9 of 12 townships had reported): the target's forecast draws its trend without them
 *                 and says so. Empty when every value covered every unit (as when the plan carries each
 *                 unit's last report forward and every unit has reported once)
 */
public record UnitShares(Explanation rollUp, Explanation coverage, int reported, List<NodeScore> units,
        List<LocalDate> partial) {

    /**
     * Checks the components.
     *
     * @param rollUp   the roll-up in words
     * @param coverage how many units the value covers, in words
     * @param reported how many units' reports count in the target's value, from 0 to the number of units
     * @param units    each unit's share scored like a target, in breakdown order
     * @param partial  the dates of the target's values that covered only some units, left out of its forecast
     */
    public UnitShares {
        Objects.requireNonNull(rollUp, "rollUp");
        Objects.requireNonNull(coverage, "coverage");
        units = List.copyOf(units);
        partial = List.copyOf(partial);
        if (reported < 0 || reported > units.size()) {
            throw new IllegalArgumentException("reported must lie from 0 to " + units.size() + " (was " + reported + ")");
        }
        for (NodeScore u : units) {
            if (u.kind() != NodeKind.TARGET) {
                throw new IllegalArgumentException("a unit's share is a target node, not " + u.id());
            }
        }
    }

    /**
     * Makes the shares of a target whose every value covered every unit.
     *
     * @param rollUp   the roll-up in words
     * @param coverage how many units the value covers, in words
     * @param reported how many units' reports count in the target's value, from 0 to the number of units
     * @param units    each unit's share scored like a target, in breakdown order
     */
    public UnitShares(Explanation rollUp, Explanation coverage, int reported, List<NodeScore> units) {
        this(rollUp, coverage, reported, units, List.of());
    }

    /**
     * Returns a unit's share.
     *
     * @param unit the unit's id ({@code cgz}) or its share's id ({@code funds.cgz})
     * @return the share's node, if the unit has one
     */
    public java.util.Optional<NodeScore> unit(String unit) {
        for (NodeScore u : units) {
            if (u.id().equals(unit) || u.id().endsWith("." + unit)) {
                return java.util.Optional.of(u);
            }
        }
        return java.util.Optional.empty();
    }
}
