package io.github.policyplan.assessment;

import io.github.policyplan.model.Plan;
import io.github.policyplan.model.Target;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The targets each unit of a plan leads or cooperates on, as indexes into {@link Plan#targets()} in
 * plan order: derived once from the immutable plan ({@link Plan#derived}) and shared by every scheme
 * bound to it, since finding them means visiting every target of the plan (560,000 at national
 * scale). Immutable; a target appears at most once a unit (a lead is never among the cooperating
 * units, which are distinct).
 */
final class Involvement {

    private static final int[] NONE = {};

    private final Map<String, int[]> byUnit;

    private Involvement(Map<String, int[]> byUnit) {
        this.byUnit = byUnit;
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
        Map<String, int[]> byUnit = new HashMap<>();
        found.forEach((unit, indexes) -> byUnit.put(unit, Arrays.copyOf(indexes.values, indexes.size)));
        return new Involvement(Map.copyOf(byUnit));
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
     * Returns the targets a unit leads or cooperates on. The array is shared: read it, never write it.
     *
     * @param unit the unit's id
     * @return the targets' indexes in {@link Plan#targets()}, ascending; empty for a unit that answers for none
     */
    int[] targets(String unit) {
        return byUnit.getOrDefault(unit, NONE);
    }
}
