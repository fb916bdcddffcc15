package io.github.policyplan.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * A target divided among the units that deliver it (目标任务分解): each unit's goal, and how the units'
 * values combine into the target's.
 *
 * <p>Immutable and thread-safe; no component is null. The constructor checks that the breakdown names
 * at least one unit and no unit twice, and that shares, when every unit's goal is a share, add up to 1.
 * {@link #check} checks it against its target and the plan (units of the plan, a method that fits the
 * measure, goals that fit it, no under-allocation unless intended); {@link Plan} calls it.
 *
 * <pre>{@code
 * Breakdown b = new Breakdown("funds", List.of(Allotment.of("cgz", 20), Allotment.share("xjz", 0.15)),
 *         Optional.empty(), false);
 * }</pre>
 *
 * @param target      the id of the broken-down target
 * @param units       each unit's part, in the order of the breakdown
 * @param combine     how the units' values combine, if the breakdown says; otherwise the measure's default
 *                    ({@link Combine#defaultFor})
 * @param underIntended true when the units' goals may add up to less than the target's (the rest is the
 *                    county's own, or not yet divided)
 */
public record Breakdown(String target, List<Allotment> units, Optional<Combine> combine, boolean underIntended) {

    /** Separates a target's id from a unit's in the key of a unit's reports: {@code funds@cgz}. */
    public static final char UNIT_SEPARATOR = '@';

    private static final double SHARE_TOLERANCE = 1e-9;

    /**
     * Checks the components.
     *
     * @param target        the id of the broken-down target
     * @param units         each unit's part
     * @param combine       how the units' values combine, if the breakdown says
     * @param underIntended true when the units' goals may add up to less than the target's
     */
    public Breakdown {
        Objects.requireNonNull(target, "target");
        units = Checks.copy(units, "units");
        Objects.requireNonNull(combine, "combine");
        Checks checks = new Checks();
        checks.notBlank("target", target);
        if (units.isEmpty()) {
            checks.add("units", "a breakdown names at least one unit", "list the units with their goals");
        }
        Set<String> seen = new HashSet<>();
        boolean allShares = !units.isEmpty();
        double shares = 0;
        for (int i = 0; i < units.size(); i++) {
            Allotment a = units.get(i);
            if (!seen.add(a.unit())) {
                checks.add(Paths.index("units", i) + ".unit", namedTwice(a.unit()),
                        "name each unit once; add its parts into one goal");
            }
            allShares &= a.share().isPresent();
            shares += a.share().orElse(0);
        }
        if (allShares && Math.abs(shares - 1) > SHARE_TOLERANCE) {
            checks.add("units", "the units' shares add up to " + Numbers.format(Math.round(shares * 1e6) / 1e6)
                    + ", not 1", "shares of the target's goal must add up to 1 (100%); give numbers instead of shares"
                    + " to allocate more or less than the goal");
        }
        checks.throwIfAny();
    }

    /**
     * Returns the message for a unit named twice in a breakdown.
     *
     * @param unit the unit
     * @return the message
     */
    public static String namedTwice(String unit) {
        return "unit '" + unit + "' is named twice in the breakdown";
    }

    /**
     * Returns the key a unit's reports on a target are kept under in a progress log.
     *
     * @param target the target's id
     * @param unit   the unit's id
     * @return {@code target@unit}
     */
    public static String reportKey(String target, String unit) {
        return target + UNIT_SEPARATOR + unit;
    }

    /**
     * Returns a unit's part.
     *
     * @param unit the unit's id
     * @return the part, if the breakdown names the unit
     */
    public Optional<Allotment> unit(String unit) {
        for (Allotment a : units) {
            if (a.unit().equals(unit)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /**
     * Returns how the units' values combine for a target.
     *
     * @param parent the broken-down target
     * @return the method the breakdown names, or the measure's default; empty when neither
     */
    public Optional<Combine> method(Target parent) {
        return combine.isPresent() ? combine : Combine.defaultFor(parent.measure().kind());
    }

    /**
     * Returns the units' goals combined and divided by the target's goal: 1.18 means the units were
     * given 18% more than the target (层层加码), 0.9 that a tenth was not divided. For a measure where
     * lower is better, the target's goal is divided by the units'.
     *
     * @param parent the broken-down target
     * @return the ratio; empty for goals that are not numbers, and for ratios of numerators and denominators
     */
    public OptionalDouble allocation(Target parent) {
        Optional<Combine> method = method(parent);
        if (!(parent.goal() instanceof Goal.Amount g) || method.isEmpty()
                || (method.get() != Combine.SUM && method.get() != Combine.WEIGHTED_MEAN) || g.value() == 0) {
            return OptionalDouble.empty();
        }
        double total = 0;
        double weights = 0;
        for (Allotment a : units) {
            if (!(a.goalUnder(parent) instanceof Goal.Amount u)) {
                return OptionalDouble.empty();
            }
            double w = method.get() == Combine.SUM ? 1 : a.weight();
            total += w * u.value();
            weights += a.weight();
        }
        double combined = method.get() == Combine.SUM ? total : total / weights;
        if (combined == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(parent.measure().direction() == Direction.LOWER_IS_BETTER ? g.value() / combined
                : combined / g.value());
    }

    /**
     * Checks the breakdown against its target and the plan.
     *
     * @param parent the broken-down target
     * @param units  the ids of the plan's departments, townships and other units
     * @param period the plan period
     * @return the problems, their paths relative to the breakdown ({@code units[2].unit}); empty when none
     */
    public List<Violation> check(Target parent, Set<String> units, PlanPeriod period) {
        Checks checks = new Checks();
        MeasureKind kind = parent.measure().kind();
        Optional<Combine> method = method(parent);
        if (combine.isPresent() && !combine.get().fits(kind)) {
            checks.add("combine", "combine: " + combine.get().code() + " does not fit a " + kind.code() + " target: "
                    + why(kind), advice(kind));
        } else if (method.isEmpty()) {
            checks.add("combine", "the breakdown of a " + kind.code() + " target must say how its units combine: "
                    + why(kind), advice(kind));
        }
        for (int i = 0; i < this.units.size(); i++) {
            checkUnit(checks, Paths.index("units", i), this.units.get(i), parent, units, period, method);
        }
        checkAllocation(checks, parent);
        return checks.violations();
    }

    private static void checkUnit(Checks checks, String path, Allotment a, Target parent, Set<String> units,
            PlanPeriod period, Optional<Combine> method) {
        if (!units.contains(a.unit())) {
            checks.add(path + ".unit", "unknown unit '" + a.unit() + "': not one of the plan's departments",
                    "list the unit under departments: (kind: township for a township), or name it by its id");
        }
        if (a.share().isPresent() && method.isPresent() && method.get() != Combine.SUM) {
            checks.add(path + ".share", "a share of the target's goal fits only units whose values are summed",
                    "give the unit's goal as a number");
        } else if (a.share().isPresent() && !(parent.goal() instanceof Goal.Amount)) {
            checks.add(path + ".share", "a share of a goal that is not a number", "give the unit's goal itself");
        } else if (a.goal().isEmpty() && a.share().isEmpty() && method.orElse(null) == Combine.SUM) {
            checks.add(path, "the unit has no goal: give goal: or share:", "units whose values are summed each "
                    + "need their own part of the target's goal");
        }
        a.goal().ifPresent(g -> checkValue(checks, path + ".goal", g, parent.measure()));
        LocalDate due = a.due().orElse(parent.due());
        if (due.isAfter(parent.due())) {
            checks.add(path + ".due", "the unit's due date " + due + " is after the target's " + parent.due());
        }
        checks.add(path + ".due", Checks.withinPeriod("due date", due, period));
        for (int k = 0; k < a.checkpoints().size(); k++) {
            Checkpoint c = a.checkpoints().get(k);
            String cp = path + "." + Paths.index("checkpoints", k);
            checks.add(cp + ".date", Checks.checkpointInPeriod(c.date(), period));
            if (c.date().isAfter(due)) {
                checks.add(cp + ".date", "checkpoint " + c.date() + " is after the due date " + due);
            }
            checkValue(checks, cp + ".value", c.expected(), parent.measure());
        }
    }

    private static void checkValue(Checks checks, String path, Goal value, Measure measure) {
        if (value instanceof Goal.Unset) {
            return;
        }
        if (measure.kind().isNumeric() != !(value instanceof Goal.Level)) {
            checks.add(path, measure.kind().isNumeric() ? "a " + measure.kind().code() + " target's units expect a"
                    + " number (was " + value + ")" : "'" + value + "' is not one of " + measure.levels());
        } else if (value instanceof Goal.Level l && measure.levelIndex(l.name()) < 0) {
            checks.add(path, "'" + l.name() + "' is not one of " + measure.levels());
        }
    }

    private void checkAllocation(Checks checks, Target parent) {
        OptionalDouble ratio = allocation(parent);
        if (ratio.isEmpty() || underIntended || ratio.getAsDouble() >= 1 - SHARE_TOLERANCE) {
            return;
        }
        checks.add("units", "the units' goals fall short of the target's goal " + parent.goal() + ": allocation ratio "
                + Numbers.format(Math.round(ratio.getAsDouble() * 1000) / 1000.0) + " (under-allocated)",
                "raise the units' goals, or write under-allocation: intended when the rest is not divided");
    }

    /**
     * Says why a kind of target cannot simply add up its units' values.
     *
     * @param kind the measure kind
     * @return the reason
     */
    public static String why(MeasureKind kind) {
        return switch (kind) {
            case SHARE -> "shares cannot be summed (three townships at 40% do not make 120%)";
            case GROWTH_RATE -> "growth rates cannot be summed (two townships growing 8% do not make 16%)";
            case RANK -> "ranks among peers do not combine; rank the target itself";
            case MILESTONE, GRADE -> "stages and grades are not numbers";
            case COUNT, RATE_PER_YEAR, LEVEL, THRESHOLD -> "amounts of this kind are summed";
        };
    }

    private static String advice(MeasureKind kind) {
        return switch (kind) {
            case SHARE -> "write combine: ratio (each unit reports numerator/denominator) or combine: weighted-mean"
                    + " with each unit's weight";
            case GROWTH_RATE -> "write combine: weighted-mean with each unit's weight (such as its base-year amount)";
            case RANK -> "remove the breakdown";
            case MILESTONE, GRADE -> "write combine: lowest (the least advanced unit's stage or grade)";
            case COUNT, RATE_PER_YEAR, LEVEL, THRESHOLD -> "write combine: sum, or leave it out";
        };
    }

    /**
     * Returns the ids of the units, in breakdown order.
     *
     * @return the ids
     */
    public List<String> unitIds() {
        List<String> ids = new ArrayList<>(units.size());
        for (Allotment a : units) {
            ids.add(a.unit());
        }
        return ids;
    }
}
