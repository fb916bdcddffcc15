package io.github.policyplan.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The checks of a plan's derived targets as a whole ({@link Derivation}): each derives a numeric target
 * of the plan from numeric targets of the plan, in units that fit, and none depends on itself, however
 * indirectly. Each problem has the path of the derivation in the plan ({@code
 * sections[0].items[1].targets[2].derived.share[1]}) and a hint.
 */
final class DerivationChecks {

    private final Checks checks;
    private final String planId;
    private final Map<String, Derivation> derivations;
    private final Map<String, Target> targets;
    /** Each target's path, such as {@code sections[0].targets[1]}. */
    private final Map<String, String> paths = new HashMap<>();

    private DerivationChecks(Checks checks, String planId, Map<String, Derivation> derivations,
            Map<String, Target> targets, List<Section> sections) {
        this.checks = checks;
        this.planId = planId;
        this.derivations = derivations;
        this.targets = targets;
        for (int s = 0; s < sections.size(); s++) {
            Section section = sections.get(s);
            String sPath = Paths.index("sections", s);
            putPaths(section.targets(), sPath);
            for (int i = 0; i < section.items().size(); i++) {
                putPaths(section.items().get(i).targets(), sPath + "." + Paths.index("items", i));
            }
        }
    }

    private void putPaths(List<Target> list, String parent) {
        for (int t = 0; t < list.size(); t++) {
            paths.putIfAbsent(list.get(t).id(), parent + "." + Paths.index("targets", t));
        }
    }

    /**
     * Checks a plan's derivations, adding each problem to {@code checks}.
     *
     * @param targets the plan's targets by id, in plan order
     */
    static void check(Checks checks, String planId, Map<String, Derivation> derivations, Map<String, Target> targets,
            List<Section> sections) {
        if (derivations.isEmpty()) {
            return;
        }
        DerivationChecks c = new DerivationChecks(checks, planId, derivations, targets, sections);
        for (String id : derivations.keySet()) {
            if (!targets.containsKey(id)) {
                checks.add("derivations", Checks.unknownTarget(id, planId), "derive only targets of the plan");
            }
        }
        for (Target t : targets.values()) {
            Derivation d = derivations.get(t.id());
            if (d != null) {
                c.inputs(t, d);
            }
        }
        c.cycles();
    }

    /** The derivations, unmodifiable, in the order of the plan's targets. */
    static Map<String, Derivation> inPlanOrder(Map<String, Derivation> derivations, List<Target> targets) {
        if (derivations.isEmpty()) {
            return Map.of();
        }
        Map<String, Derivation> ordered = new LinkedHashMap<>();
        for (Target t : targets) {
            Derivation d = derivations.get(t.id());
            if (d != null) {
                ordered.put(t.id(), d);
            }
        }
        return Collections.unmodifiableMap(ordered);
    }

    private String path(String targetId) {
        return paths.get(targetId) + ".derived";
    }

    /** The inputs of one derived target: known, numeric, in units that fit. */
    private void inputs(Target t, Derivation d) {
        String path = path(t.id());
        if (!t.measure().kind().isNumeric()) {
            checks.add(path, "a derived target needs a numeric measure (was " + t.measure().kind().code() + ")",
                    "derive only targets that are measured in numbers");
        }
        String code = d.kind().code();
        if (d.kind() == Derivation.Kind.SHARE && !t.measure().unit().equals("%")) {
            checks.add(path + "." + code, "unit mismatch: a share is in %, but target '" + t.id() + "' is in '"
                    + t.measure().unit() + "'", "give the target unit: '%', or derive a ratio");
        }
        for (int i = 0; i < d.inputs().size(); i++) {
            String id = d.inputs().get(i);
            String at = path + "." + Paths.index(code, i);
            Target input = targets.get(id);
            if (input == null) {
                checks.add(at, Checks.unknownTarget(id, planId), "derive from targets of this plan, by id");
            } else if (!input.measure().kind().isNumeric()) {
                checks.add(at, "target '" + id + "' is a " + input.measure().kind().code()
                        + ": only numbers can be derived from", "derive from targets measured in numbers");
            } else if (d.kind() == Derivation.Kind.SUM && !input.measure().unit().equals(t.measure().unit())) {
                checks.add(at, "unit mismatch: target '" + id + "' is in '" + input.measure().unit()
                        + "', the sum in '" + t.measure().unit() + "'",
                        "add only targets in the unit of the sum, or give them the same unit");
            } else if (d.kind() == Derivation.Kind.SHARE && i == 1 && targets.get(d.inputs().get(0)) != null
                    && !input.measure().unit().equals(targets.get(d.inputs().get(0)).measure().unit())) {
                checks.add(at, "unit mismatch: the denominator '" + id + "' is in '" + input.measure().unit()
                        + "', the numerator '" + d.inputs().get(0) + "' in '"
                        + targets.get(d.inputs().get(0)).measure().unit() + "'",
                        "a share divides two targets in the same unit; derive a ratio for other units");
            }
        }
    }

    /** No derived target depends on itself: each cycle is reported once, where it is first entered. */
    private void cycles() {
        Set<String> done = new HashSet<>();
        for (String id : targets.keySet()) {
            if (derivations.containsKey(id) && !done.contains(id)) {
                visit(id, new ArrayList<>(), done);
            }
        }
    }

    private void visit(String id, List<String> trail, Set<String> done) {
        int at = trail.indexOf(id);
        if (at >= 0) {
            List<String> cycle = new ArrayList<>(trail.subList(at, trail.size()));
            cycle.add(id);
            checks.add(path(id), "derived targets form a cycle: " + String.join(" → ", cycle),
                    "a target cannot be derived from itself: remove one of these references");
            return;
        }
        Derivation d = derivations.get(id);
        if (d == null || done.contains(id) || !targets.containsKey(id)) {
            return;
        }
        trail.add(id);
        for (String input : d.inputs()) {
            visit(input, trail, done);
        }
        trail.remove(trail.size() - 1);
        done.add(id);
    }
}
