package io.github.policyplan.assessment;

import io.github.policyplan.model.Item;
import io.github.policyplan.model.Plan;
import io.github.policyplan.model.Section;
import io.github.policyplan.model.Target;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The targets each unit of a plan leads or cooperates on, in plan order, with what a unit's base
 * needs of each (whether it leads it, its weight, its number of cooperating units) laid out in arrays
 * a unit: derived once from the immutable plan ({@link Plan#derived}) and shared by every scheme bound
 * to it. Finding them visits every target of the plan (560,000 at national scale), and weighing a
 * unit's 400 terms from its own arrays reads no target object, each of which lies elsewhere in memory.
 * Held as long as the plan: about 17 bytes a term (19 MB for 2,800 units × 400 terms).
 *
 * <p>Immutable; a target appears at most once a unit (a lead is never among the cooperating units,
 * which are distinct).
 */
final class Involvement {

    private static final Involved NONE = new Involved(new int[0], new boolean[0], new double[0], new int[0]);

    private final Map<String, Involved> byUnit;
    /** Where each section's own targets start in {@link Plan#targets()}. */
    private final int[] sectionStarts;
    /** Where each item's targets start in {@link Plan#targets()}, by section. */
    private final int[][] itemStarts;

    /**
     * One unit's targets, in plan order; the arrays are shared: read them, never write them.
     *
     * @param indexes     the targets' indexes in {@link Plan#targets()}, ascending
     * @param leads       whether the unit leads each (else it cooperates on it)
     * @param weights     each target's weight
     * @param cooperating each target's number of cooperating units
     */
    record Involved(int[] indexes, boolean[] leads, double[] weights, int[] cooperating) {
        int size() {
            return indexes.length;
        }
    }

    private Involvement(Map<String, Involved> byUnit, int[] sectionStarts, int[][] itemStarts) {
        this.byUnit = byUnit;
        this.sectionStarts = sectionStarts;
        this.itemStarts = itemStarts;
    }

    /**
     * Returns the involvement of a plan's units, computing it on the plan's first use.
     *
     * @param plan the plan
     * @return the involvement
     */
    static Involvement of(Plan plan) {
        return plan.derived(Involvement.class, Involvement::compute);
    }

    private static Involvement compute(Plan plan) {
        Map<String, Indexes> found = new HashMap<>();
        List<Target> targets = plan.targets();
        for (int i = 0; i < targets.size(); i++) {
            Target t = targets.get(i);
            found.computeIfAbsent(t.lead(), k -> new Indexes()).add(i);
            for (String c : t.cooperating()) {
                found.computeIfAbsent(c, k -> new Indexes()).add(i);
            }
        }
        Map<String, Involved> byUnit = new HashMap<>();
        found.forEach((unit, indexes) -> byUnit.put(unit, involved(unit, indexes, targets)));
        int[] sectionStarts = new int[plan.sections().size()];
        int[][] itemStarts = new int[plan.sections().size()][];
        int k = 0;
        for (int s = 0; s < sectionStarts.length; s++) {
            Section section = plan.sections().get(s);
            sectionStarts[s] = k;
            k += section.targets().size();
            itemStarts[s] = new int[section.items().size()];
            for (int i = 0; i < itemStarts[s].length; i++) {
                Item item = section.items().get(i);
                itemStarts[s][i] = k;
                k += item.targets().size();
            }
        }
        return new Involvement(Map.copyOf(byUnit), sectionStarts, itemStarts);
    }

    private static Involved involved(String unit, Indexes found, List<Target> targets) {
        int[] indexes = Arrays.copyOf(found.values, found.size);
        boolean[] leads = new boolean[indexes.length];
        double[] weights = new double[indexes.length];
        int[] cooperating = new int[indexes.length];
        for (int p = 0; p < indexes.length; p++) {
            Target t = targets.get(indexes[p]);
            leads[p] = t.lead().equals(unit);
            weights[p] = t.weight();
            cooperating[p] = t.cooperating().size();
        }
        return new Involved(indexes, leads, weights, cooperating);
    }

    /** One unit's target indexes, growing as they are found. */
    private static final class Indexes {
        int[] values = new int[16];
        int size;

        void add(int index) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = index;
        }
    }

    /**
     * Returns the targets a unit leads or cooperates on.
     *
     * @param unit the unit's id
     * @return its targets; none for a unit that answers for none
     */
    Involved of(String unit) {
        return byUnit.getOrDefault(unit, NONE);
    }

    /**
     * Returns a target's index in {@link Plan#targets()}.
     *
     * @param position where the target is ({@link Plan#position})
     * @return the index
     */
    int index(Plan.TargetPosition position) {
        int start = position.item() < 0 ? sectionStarts[position.section()]
                : itemStarts[position.section()][position.item()];
        return start + position.index();
    }
}
