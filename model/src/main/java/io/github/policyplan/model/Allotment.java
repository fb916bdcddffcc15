package io.github.policyplan.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One unit's part of a broken-down target (分解到单位的任务): the unit, its goal (a number, or a share
 * of the target's goal), its weight when the units' values combine as a weighted mean, and optionally
 * its own checkpoints and due date. A unit with neither goal nor share has the target's goal (for
 * rates, shares and stages, which every unit must reach).
 *
 * <p>Immutable and thread-safe; no component is null. The constructor checks that not both goal and
 * share are given, that a share lies above 0 and at most 1, that the weight is a finite number above
 * zero and that checkpoints are in date order; it throws {@link InvalidPlanException} listing every
 * problem.
 *
 * @param unit        the id of a department, township or other unit of the plan
 * @param goal        the unit's goal, if given as a number (or a stage or grade)
 * @param share       the unit's goal as a share of the target's goal, from above 0 to 1, if given so
 * @param weight      the unit's weight in a weighted mean; 1 by default
 * @param checkpoints the unit's own interim expectations, in date order; empty to follow the target's,
 *                    scaled to the unit's goal
 * @param due         the unit's own due date, if earlier than the target's
 */
public record Allotment(String unit, Optional<Goal> goal, OptionalDouble share, double weight,
        List<Checkpoint> checkpoints, Optional<LocalDate> due) {

    /**
     * Checks the components.
     *
     * @param unit        the id of a department, township or other unit of the plan
     * @param goal        the unit's goal, if given as a number (or a stage or grade)
     * @param share       the unit's goal as a share of the target's goal, from above 0 to 1, if given so
     * @param weight      the unit's weight in a weighted mean; 1 by default
     * @param checkpoints the unit's own interim expectations, in date order
     * @param due         the unit's own due date, if given
     */
    public Allotment {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(goal, "goal");
        Objects.requireNonNull(share, "share");
        checkpoints = Checks.copy(checkpoints, "checkpoints");
        Objects.requireNonNull(due, "due");
        due = due.map(Dates::shared);
        Checks checks = new Checks();
        checks.notBlank("unit", unit);
        checks.weight("weight", weight);
        if (goal.isPresent() && share.isPresent()) {
            checks.add("share", "give the unit's goal or its share of the target's goal, not both",
                    "keep goal: for a number, or share: for a part of the target's goal");
        }
        if (share.isPresent() && !(share.getAsDouble() > 0 && share.getAsDouble() <= 1)) {
            checks.add("share", "a share must lie above 0 and at most 1 (was " + Numbers.format(share.getAsDouble())
                    + ")", "write a share as a fraction (0.25) or a percentage (25%)");
        }
        for (int i = 1; i < checkpoints.size(); i++) {
            if (!checkpoints.get(i).date().isAfter(checkpoints.get(i - 1).date())) {
                checks.add(Paths.index("checkpoints", i) + ".date", "checkpoints must be in date order, each after the"
                        + " one before (" + checkpoints.get(i).date() + " follows " + checkpoints.get(i - 1).date() + ")");
            }
        }
        checks.throwIfAny();
    }

    /**
     * Returns a unit's part given as a number, with no checkpoints of its own.
     *
     * @param unit the unit's id
     * @param goal the unit's goal
     * @return the part
     */
    public static Allotment of(String unit, double goal) {
        return new Allotment(unit, Optional.of(Goal.of(goal)), OptionalDouble.empty(), 1, List.of(), Optional.empty());
    }

    /**
     * Returns a unit's part given as a share of the target's goal.
     *
     * @param unit  the unit's id
     * @param share above 0 and at most 1
     * @return the part
     */
    public static Allotment share(String unit, double share) {
        return new Allotment(unit, Optional.empty(), OptionalDouble.of(share), 1, List.of(), Optional.empty());
    }

    /**
     * Returns a unit's part with the target's goal and a weight, for a weighted mean.
     *
     * @param unit   the unit's id
     * @param weight the unit's weight, above zero
     * @return the part
     */
    public static Allotment weighted(String unit, double weight) {
        return new Allotment(unit, Optional.empty(), OptionalDouble.empty(), weight, List.of(), Optional.empty());
    }

    /**
     * Returns the unit's goal: the number given, the share of the target's goal, or the target's goal.
     *
     * @param parent the broken-down target
     * @return the unit's goal; unset when the share is of an unset goal
     */
    public Goal goalUnder(Target parent) {
        if (goal.isPresent()) {
            return goal.get();
        }
        if (share.isPresent()) {
            return parent.goal() instanceof Goal.Amount a ? Goal.of(a.value() * share.getAsDouble()) : Goal.unset();
        }
        return parent.goal();
    }
}
