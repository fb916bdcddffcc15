package io.github.policyplan.model;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The checks a {@link Plan} makes of its departments and its tree when it is created. A target's path
 * is written only for a problem: a national data set has half a million targets.
 */
final class PlanChecks {

    /** Marks, in the paths of ids, a target's: its path is worked out only for a duplicate. */
    @SuppressWarnings("StringOperationCanBeSimplified")
    private static final String TARGET = new String("target");

    private final Checks checks;
    private final List<Section> sections;
    private final PlanPeriod period;

    private PlanChecks(Checks checks, List<Section> sections, PlanPeriod period) {
        this.checks = checks;
        this.sections = sections;
        this.period = period;
    }

    /** Checks the departments' ids, names and aliases; returns them by id. */
    static Map<String, Department> departments(Checks checks, List<Department> departments) {
        Map<String, Department> byId = new LinkedHashMap<>();
        Map<String, String> nameOwners = new HashMap<>();
        for (int i = 0; i < departments.size(); i++) {
            Department d = departments.get(i);
            String path = Paths.index("departments", i);
            if (byId.putIfAbsent(d.id(), d) != null) {
                checks.add(path + ".id", Checks.duplicateDepartmentId(d.id()));
            }
            nameOwners.putIfAbsent(d.id(), d.id());
        }
        for (int i = 0; i < departments.size(); i++) {
            Department d = departments.get(i);
            for (int j = 0; j < d.aliases().size(); j++) {
                checks.add(Paths.index("departments", i) + "." + Paths.index("aliases", j),
                        Checks.claimAlias(nameOwners, d.aliases().get(j), d.id()));
            }
        }
        return byId;
    }

    /** Checks that ids are unique across the tree and that targets name known departments; returns the targets by id. */
    static Map<String, Target> tree(Checks checks, String id, Map<String, Department> byId, List<Section> sections,
            PlanPeriod period) {
        PlanChecks c = new PlanChecks(checks, sections, period);
        Map<String, String> nodePaths = new HashMap<>();
        nodePaths.put(id, "id");
        Map<String, Target> targetIndex = new LinkedHashMap<>();
        for (int s = 0; s < sections.size(); s++) {
            Section section = sections.get(s);
            String sPath = Paths.index("sections", s);
            c.uniqueId(nodePaths, section.id(), sPath);
            c.targets(nodePaths, targetIndex, byId, section.targets(), sPath);
            for (int i = 0; i < section.items().size(); i++) {
                Item item = section.items().get(i);
                String iPath = sPath + "." + Paths.index("items", i);
                c.uniqueId(nodePaths, item.id(), iPath);
                c.targets(nodePaths, targetIndex, byId, item.targets(), iPath);
            }
        }
        return targetIndex;
    }

    private void uniqueId(Map<String, String> nodePaths, String id, String path) {
        String first = nodePaths.putIfAbsent(id, path);
        if (first != null) {
            checks.add(path + ".id", Checks.duplicateId(id, first == TARGET ? firstTargetPath(id) : first));
        }
    }

    private void targets(Map<String, String> nodePaths, Map<String, Target> index, Map<String, Department> byId,
            List<Target> list, String parent) {
        for (int t = 0; t < list.size(); t++) {
            Target target = list.get(t);
            String first = nodePaths.putIfAbsent(target.id(), TARGET);
            if (first != null) {
                checks.add(parent + "." + Paths.index("targets", t) + ".id", Checks.duplicateId(target.id(),
                        first == TARGET ? firstTargetPath(target.id()) : first));
            }
            index.putIfAbsent(target.id(), target);
            boolean known = byId.containsKey(target.lead());
            for (int c = 0; c < target.cooperating().size(); c++) {
                known &= byId.containsKey(target.cooperating().get(c));
            }
            Optional<String> due = Checks.withinPeriod("due date", target.due(), period);
            Optional<String> start = target.start().flatMap(d -> Checks.withinPeriod("start", d, period));
            boolean checkpoints = true;
            for (int k = 0; k < target.checkpoints().size(); k++) {
                checkpoints &= Checks.checkpointInPeriod(target.checkpoints().get(k).date(), period).isEmpty();
            }
            if (!known || due.isPresent() || start.isPresent() || !checkpoints) {
                problems(byId, target, parent + "." + Paths.index("targets", t), due, start);
            }
        }
    }

    /** The path of the first target with an id, for a duplicate's message. */
    private String firstTargetPath(String targetId) {
        for (int s = 0; s < sections.size(); s++) {
            Section section = sections.get(s);
            for (int t = 0; t < section.targets().size(); t++) {
                if (section.targets().get(t).id().equals(targetId)) {
                    return Paths.index("sections", s) + "." + Paths.index("targets", t);
                }
            }
            for (int i = 0; i < section.items().size(); i++) {
                List<Target> list = section.items().get(i).targets();
                for (int t = 0; t < list.size(); t++) {
                    if (list.get(t).id().equals(targetId)) {
                        return Paths.index("sections", s) + "." + Paths.index("items", i) + "."
                                + Paths.index("targets", t);
                    }
                }
            }
        }
        return targetId;
    }

    private void problems(Map<String, Department> byId, Target target, String tPath, Optional<String> due,
            Optional<String> start) {
        if (!byId.containsKey(target.lead())) {
            checks.add(tPath + ".lead", Checks.unknownDepartment(target.lead()));
        }
        for (int c = 0; c < target.cooperating().size(); c++) {
            String d = target.cooperating().get(c);
            if (!byId.containsKey(d)) {
                checks.add(tPath + "." + Paths.index("cooperating", c), Checks.unknownDepartment(d));
            }
        }
        checks.add(tPath + ".due", due);
        checks.add(tPath + ".start", start);
        for (int k = 0; k < target.checkpoints().size(); k++) {
            checks.add(tPath + "." + Paths.index("checkpoints", k) + ".date",
                    Checks.checkpointInPeriod(target.checkpoints().get(k).date(), period));
        }
    }

    /** Checks each breakdown against its target; returns them by target id. */
    static Map<String, Breakdown> breakdowns(Checks checks, List<Breakdown> breakdowns,
            Map<String, Target> targets, Map<String, Department> units, PlanPeriod period) {
        Map<String, Breakdown> byTarget = new LinkedHashMap<>();
        for (int i = 0; i < breakdowns.size(); i++) {
            Breakdown b = breakdowns.get(i);
            String path = Paths.index("breakdowns", i);
            Target t = targets.get(b.target());
            if (t == null) {
                checks.add(path + ".target", "unknown target '" + b.target() + "': the plan has no target with that id");
            } else if (byTarget.putIfAbsent(b.target(), b) != null) {
                checks.add(path + ".target", "target '" + b.target() + "' is broken down twice",
                        "give each target one breakdown");
            } else {
                checks.addAll(path, b.check(t, units.keySet(), period));
            }
        }
        return Collections.unmodifiableMap(byTarget);
    }
}
