package io.github.policyplan.progress;

import io.github.policyplan.model.Breakdown;
import io.github.policyplan.model.Department;
import io.github.policyplan.model.Plan;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The names a unit's report may give its unit (id, alias, full name) and the units of each breakdown,
 * found in constant time: derived once a plan ({@link Plan#derived}), so that a log of millions of
 * unit reports resolves each in O(1).
 */
final class UnitNames {

    private final Map<String, String> ids = new HashMap<>();
    private final Set<String> keys = new HashSet<>();

    UnitNames(Plan plan) {
        for (Department d : plan.departments()) {
            ids.putIfAbsent(d.id(), d.id());
        }
        for (Department d : plan.departments()) {
            d.aliases().forEach(a -> ids.putIfAbsent(a, d.id()));
        }
        for (Department d : plan.departments()) {
            ids.putIfAbsent(d.name(), d.id());
        }
        for (Breakdown b : plan.breakdowns()) {
            for (String u : b.unitIds()) {
                keys.add(Breakdown.reportKey(b.target(), u));
            }
        }
    }

    static UnitNames of(Plan plan) {
        return plan.derived(UnitNames.class, UnitNames::new);
    }

    /** A unit's id from its id, alias or full name; the name itself when the plan has no such unit. */
    String id(String name) {
        return ids.getOrDefault(name, name);
    }

    /** Tells whether a unit is in a target's breakdown. */
    boolean divides(String target, String unit) {
        return keys.contains(Breakdown.reportKey(target, unit));
    }
}
