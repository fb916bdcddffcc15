package io.github.policyplan.progress;

import io.github.policyplan.model.Breakdown;
import io.github.policyplan.model.Plan;
import io.github.policyplan.model.Value;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;

/**
 * Reads the units' reports on a plan's broken-down targets (the series a log keeps under keys such as
 * {@code funds@cgz}) without building a {@code Report} or a key: a unit is named by its breakdown's index
 * in {@link Plan#breakdowns()} and its own index in that breakdown's units; its reports, in date order,
 * are at the positions from {@link #first} to {@link #end}, in primitive columns shared by every unit
 * (epoch days, numbers, and level names where a report has one). Made once per plan and log and kept by
 * the log (about 12 bytes a unit's report, as long as the log is held; a log made with {@code plus} makes
 * its own): the path by which rolling values up reads a log, as scoring reads targets through
 * {@link ProgressLog#cursor}.
 *
 * <pre>{@code
 * UnitCursor units = UnitCursor.of(plan, log);
 * for (int p = units.first(0, 2); p < units.end(0, 2); p++) {   // the third unit of the first breakdown
 *     int day = units.day(p);
 *     double value = units.amount(p);
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class UnitCursor {

    /** The plan it was made for: the log keeps one cursor, for the last plan asked for. */
    private final Plan plan;
    /** Where each breakdown's units start in {@link #starts}; one more entry than breakdowns. */
    private final int[] units;
    /** Where each unit's reports start in the columns, units in breakdown order; one more entry than units. */
    private final int[] starts;
    private final int[] days;
    private final double[] amounts;
    /** Level names, null where the value is a number; the array is null when every value is a number. */
    private final String[] levels;

    private UnitCursor(Plan plan, int[] units, Series[] series) {
        this.plan = plan;
        this.units = units;
        this.starts = new int[series.length + 1];
        for (int u = 0; u < series.length; u++) {
            starts[u + 1] = starts[u] + (series[u] == null ? 0 : series[u].size());
        }
        int total = starts[series.length];
        this.days = new int[total];
        this.amounts = new double[total];
        String[] names = null;
        for (int u = 0; u < series.length; u++) {
            Series s = series[u];
            if (s == null) {
                continue;
            }
            System.arraycopy(s.days, 0, days, starts[u], s.size());
            if (s.amounts != null) {
                System.arraycopy(s.amounts, 0, amounts, starts[u], s.size());
            }
            if (s.levels != null) {
                names = names == null ? new String[total] : names;
                System.arraycopy(s.levels, 0, names, starts[u], s.size());
            }
        }
        this.levels = names;
    }

    /**
     * Returns the cursor over the units of a plan's breakdowns in a log: the one the log keeps when it was
     * made for this plan object, else a new one, which the log then keeps.
     *
     * @param plan the plan, with its breakdowns
     * @param log  the reports, the units' among them
     * @return the cursor
     */
    public static UnitCursor of(Plan plan, ProgressLog log) {
        Objects.requireNonNull(plan, "plan");
        ProgressLog full = Objects.requireNonNull(log, "log").full();
        UnitCursor kept = full.units;
        if (kept != null && kept.plan == plan) {
            return kept;
        }
        Keys keys = plan.derived(Keys.class, Keys::new);
        Series[] found = new Series[keys.sorted.length];
        SortedMap<String, Series> extras = full.extras;
        if (extras.size() / 8 <= keys.sorted.length) {
            merge(keys, extras, found);
        } else {
            for (int k = 0; k < keys.sorted.length; k++) {
                found[keys.slots[k]] = full.find(keys.sorted[k]);
            }
        }
        UnitCursor made = new UnitCursor(plan, keys.starts, found);
        full.units = made;
        return made;
    }

    /** Walks the log's series outside the plan beside the sorted keys, once (a unit's key has '@', no target id). */
    private static void merge(Keys keys, SortedMap<String, Series> extras, Series[] found) {
        Iterator<Map.Entry<String, Series>> it = extras.entrySet().iterator();
        int k = 0;
        while (it.hasNext() && k < keys.sorted.length) {
            Map.Entry<String, Series> e = it.next();
            int c;
            while (k < keys.sorted.length && (c = keys.sorted[k].compareTo(e.getKey())) <= 0) {
                if (c == 0) {
                    found[keys.slots[k]] = e.getValue();
                }
                k++;
            }
        }
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
        return starts[units[breakdown] + Objects.checkIndex(unit, units(breakdown))];
    }

    /**
     * Returns the position after a unit's last report.
     *
     * @param breakdown the breakdown's index
     * @param unit      the unit's index in the breakdown
     * @return the position
     */
    public int end(int breakdown, int unit) {
        return starts[units[breakdown] + Objects.checkIndex(unit, units(breakdown)) + 1];
    }

    /**
     * Returns a report's date.
     *
     * @param position the report's position
     * @return its epoch day
     */
    public int day(int position) {
        return days[position];
    }

    /**
     * Tells whether a report's value is a level (a stage, a grade, or a numerator and denominator such as
     * {@code 45/150}) rather than a number.
     *
     * @param position the report's position
     * @return true for a level
     */
    public boolean isLevel(int position) {
        return levels != null && levels[position] != null;
    }

    /**
     * Returns a report's number.
     *
     * @param position the position of a report whose value is not a level
     * @return the number
     */
    public double amount(int position) {
        return amounts[position];
    }

    /**
     * Returns a report's value.
     *
     * @param position the report's position
     * @return the value
     */
    public Value value(int position) {
        return isLevel(position) ? Value.level(levels[position]) : Value.of(amounts[position]);
    }

    /** The keys of a plan's units' series, sorted, with each one's place in breakdown order; derived once a plan. */
    static final class Keys {
        final int[] starts;
        final String[] sorted;
        final int[] slots;

        Keys(Plan plan) {
            List<Breakdown> all = plan.breakdowns();
            starts = new int[all.size() + 1];
            for (int b = 0; b < all.size(); b++) {
                starts[b + 1] = starts[b] + all.get(b).units().size();
            }
            String[] keys = new String[starts[all.size()]];
            Integer[] order = new Integer[keys.length];
            for (int b = 0; b < all.size(); b++) {
                Breakdown d = all.get(b);
                for (int u = 0; u < d.units().size(); u++) {
                    keys[starts[b] + u] = Breakdown.reportKey(d.target(), d.units().get(u).unit());
                    order[starts[b] + u] = starts[b] + u;
                }
            }
            Arrays.sort(order, (x, y) -> keys[x].compareTo(keys[y]));
            sorted = new String[keys.length];
            slots = new int[keys.length];
            for (int k = 0; k < keys.length; k++) {
                sorted[k] = keys[order[k]];
                slots[k] = order[k];
            }
        }
    }
}
