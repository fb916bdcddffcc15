package io.github.policyplan.progress;

import io.github.policyplan.model.Breakdown;
import io.github.policyplan.model.Plan;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a log of a plan keeps its units' series: each unit of each breakdown has a slot, breakdowns in
 * plan order and units in breakdown order, so that a breakdown's units lie together in one {@link Block}
 * ({@link Extras}). The keys ({@code funds@cgz}) are made once a plan ({@link Plan#derived}); their sorted
 * order, which lists the units' series among a log's other extras, is made when first asked for.
 */
final class UnitSlots {

    /** Where each breakdown's units start among the slots; one more entry than breakdowns. */
    final int[] starts;
    /** The key of each slot's series. */
    final String[] keys;
    private final Map<String, Integer> slots;
    /** The slots in the order of their keys; made on first use. */
    private volatile int[] sorted;

    private UnitSlots(Plan plan) {
        List<Breakdown> all = plan.breakdowns();
        starts = new int[all.size() + 1];
        for (int b = 0; b < all.size(); b++) {
            starts[b + 1] = starts[b] + all.get(b).units().size();
        }
        keys = new String[starts[all.size()]];
        slots = new HashMap<>(keys.length * 4 / 3 + 1);
        for (int b = 0; b < all.size(); b++) {
            Breakdown d = all.get(b);
            for (int u = 0; u < d.units().size(); u++) {
                String key = Breakdown.reportKey(d.target(), d.units().get(u).unit());
                keys[starts[b] + u] = key;
                slots.put(key, starts[b] + u);
            }
        }
    }

    static UnitSlots of(Plan plan) {
        return plan.derived(UnitSlots.class, UnitSlots::new);
    }

    /** How many breakdowns the plan has. */
    int breakdowns() {
        return starts.length - 1;
    }

    /** How many units a breakdown has. */
    int units(int breakdown) {
        return starts[breakdown + 1] - starts[breakdown];
    }

    /** The slot of a unit's series by its key, or -1 when the key names no unit of a breakdown. */
    int slot(String key) {
        if (key.indexOf(Breakdown.UNIT_SEPARATOR) < 0) {
            return -1;
        }
        Integer s = slots.get(key);
        return s == null ? -1 : s;
    }

    /** The breakdown a slot is in. */
    int breakdown(int slot) {
        int found = Arrays.binarySearch(starts, slot);
        if (found < 0) {
            return -found - 2;
        }
        while (found + 1 < starts.length && starts[found + 1] == slot) {
            found++;     // breakdowns without units start where the next one does
        }
        return found;
    }

    /** Every slot, in the order of its key. */
    int[] sorted() {
        int[] s = sorted;
        if (s == null) {
            Integer[] order = new Integer[keys.length];
            for (int k = 0; k < order.length; k++) {
                order[k] = k;
            }
            Arrays.sort(order, (x, y) -> keys[x].compareTo(keys[y]));
            s = new int[order.length];
            for (int k = 0; k < order.length; k++) {
                s[k] = order[k];
            }
            sorted = s;
        }
        return s;
    }
}
