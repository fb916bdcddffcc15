package io.github.policyplan.progress;

import io.github.policyplan.model.Plan;
import io.github.policyplan.model.Value;
import java.util.Objects;

/**
 * Reads the units' reports on a plan's broken-down targets (the series a log keeps under keys such as
 * {@code funds@cgz}) without building a {@code Report} or a key: a unit is named by its breakdown's index
 * in {@link Plan#breakdowns()} and its own index in that breakdown's units; its reports, in date order,
 * are at the positions from {@link #first} to {@link #end} in its breakdown's columns (epoch days, numbers,
 * and level names where a report has one). A log lays its units' reports out so when it is built, a
 * breakdown's units together in breakdown order, as it lays out the plan's targets: for the plan object
 * the log was made for, the cursor is a view of the log's own storage and costs nothing to make. For
 * another plan object, the units' reports are found by key and packed the same way, once, and the log
 * keeps them for the last such plan asked for. The path by which rolling values up reads a log, as
 * scoring reads targets through {@link ProgressLog#cursor}.
 *
 * <pre>{@code
 * UnitCursor units = UnitCursor.of(plan, log);
 * for (int p = units.first(0, 2); p < units.end(0, 2); p++) {   // the third unit of the first breakdown
 *     int day = units.day(0, p);
 *     double value = units.amount(0, p);
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class UnitCursor {

    /** The plan it was made for. */
    private final Plan plan;
    /** Where each breakdown's units start among the plan's unit slots; one more entry than breakdowns. */
    private final int[] units;
    /** The units' reports by breakdown index; null for a breakdown whose units have none. */
    private final Block[] blocks;

    private UnitCursor(Plan plan, int[] units, Block[] blocks) {
        this.plan = plan;
        this.units = units;
        this.blocks = blocks;
    }

    /**
     * Returns the cursor over the units of a plan's breakdowns in a log: a view of the log's storage when
     * the log was made for this plan object; else the one the log keeps for this plan, or a new one, which
     * the log then keeps.
     *
     * @param plan the plan, with its breakdowns
     * @param log  the reports, the units' among them
     * @return the cursor
     */
    public static UnitCursor of(Plan plan, ProgressLog log) {
        Objects.requireNonNull(plan, "plan");
        ProgressLog full = Objects.requireNonNull(log, "log").full();
        UnitSlots slots = UnitSlots.of(plan);
        if (plan == full.plan) {
            Block[] own = full.extras.units;
            return new UnitCursor(plan, slots.starts, own.length == 0 ? new Block[slots.breakdowns()] : own);
        }
        UnitCursor kept = full.units;
        if (kept != null && kept.plan == plan) {
            return kept;
        }
        Block[] packed = new Block[slots.breakdowns()];
        for (int b = 0; b < packed.length; b++) {
            Series[] found = new Series[slots.units(b)];
            for (int u = 0; u < found.length; u++) {
                found[u] = full.find(slots.keys[slots.starts[b] + u]);
            }
            packed[b] = Block.of(found);
        }
        UnitCursor made = new UnitCursor(plan, slots.starts, packed);
        full.units = made;
        return made;
    }

    /**
     * Returns how many units a breakdown has.
     *
     * @param breakdown the breakdown's index in the plan's breakdowns
     * @return its units
     */
    public int units(int breakdown) {
        return units[breakdown + 1] - units[breakdown];
    }

    /**
     * Returns the position of a unit's first report.
     *
     * @param breakdown the breakdown's index
     * @param unit      the unit's index in the breakdown
     * @return the position; equal to {@link #end} when the unit has no report
     */
    public int first(int breakdown, int unit) {
        Block b = blocks[breakdown];
        return b == null ? 0 : b.start(Objects.checkIndex(unit, units(breakdown)));
    }

    /**
     * Returns the position after a unit's last report.
     *
     * @param breakdown the breakdown's index
     * @param unit      the unit's index in the breakdown
     * @return the position
     */
    public int end(int breakdown, int unit) {
        Block b = blocks[breakdown];
        return b == null ? 0 : b.start(Objects.checkIndex(unit, units(breakdown)) + 1);
    }

    /**
     * Returns a report's date.
     *
     * @param breakdown the breakdown's index
     * @param position  the report's position
     * @return its epoch day
     */
    public int day(int breakdown, int position) {
        return blocks[breakdown].day(position);
    }

    /**
     * Tells whether a report's value is a level (a stage, a grade, or a numerator and denominator such as
     * {@code 45/150}) rather than a number.
     *
     * @param breakdown the breakdown's index
     * @param position  the report's position
     * @return true for a level
     */
    public boolean isLevel(int breakdown, int position) {
        return blocks[breakdown].isLevel(position);
    }

    /**
     * Returns a report's number.
     *
     * @param breakdown the breakdown's index
     * @param position  the position of a report whose value is not a level
     * @return the number
     */
    public double amount(int breakdown, int position) {
        return blocks[breakdown].amount(position);
    }

    /**
     * Returns a report's value.
     *
     * @param breakdown the breakdown's index
     * @param position  the report's position
     * @return the value
     */
    public Value value(int breakdown, int position) {
        return blocks[breakdown].value(position);
    }
}
