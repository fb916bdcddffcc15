package io.github.policyplan.model;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The checks a {@link Plan} makes of its departments and its tree when it is created. A target's path
 * is written only for a problem, and ids are indexed in {@link IdIndex}es, not maps: a national data
 * set has half a million targets.
 */
final class PlanChecks {

    private final Checks checks;
    private final IdIndex departments;
    private final PlanPeriod period;
    private final TargetPlaces places;

    private PlanChecks(Checks checks, IdIndex departments, PlanPeriod period, TargetPlaces places) {
        this.checks = checks;
        this.departments = departments;
        this.period = period;
        this.places = places;
    }

    /** Checks the departments' ids, names and aliases; returns their indexes by id (the first of each id). */
    static IdIndex departments(Checks checks, List<Department> departments) {
        IdIndex byId = new IdIndex(departments.size());
        boolean aliases = false;
        for (int i = 0; i < departments.size(); i++) {
            Department d = departments.get(i);
            if (byId.putIfAbsent(d.id(), i) != IdIndex.ABSENT) {
                checks.add(Paths.index("departments", i) + ".id", Checks.duplicateDepartmentId(d.id()));
            }
            aliases |= !d.aliases().isEmpty();
        }
        if (!aliases) {
            return byId;
        }
        Map<String, String> nameOwners = new HashMap<>();
        for (Department d : departments) {
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

    /** The departments by id, the first of each id, in plan order. */
    static Map<String, Department> byId(List<Department> departments) {
        Map<String, Department> byId = new LinkedHashMap<>();
        for (Department d : departments) {
            byId.putIfAbsent(d.id(), d);
        }
        return byId;
    }

    /**
     * Checks that ids are unique across the tree and that targets name known departments and dates within
     * the period; returns the targets in plan order, where each sits and the tree's ids. No path is written
     * and no map made unless there is a problem.
     */
    static TargetPlaces tree(Checks checks, String id, IdIndex departments, List<Section> sections,
            PlanPeriod period) {
        int targetCount = 0;
        int nodeCount = sections.size();
        for (Section section : sections) {
            targetCount += section.targets().size();
            nodeCount += section.items().size();
            for (Item item : section.items()) {
                targetCount += item.targets().size();
            }
        }
        TargetPlaces places = new TargetPlaces(targetCount, nodeCount);
        places.putNode(id, -1, -1);
        PlanChecks c = new PlanChecks(checks, departments, period, places);
        for (int s = 0; s < sections.size(); s++) {
            Section section = sections.get(s);
            c.uniqueNode(section.id(), s, -1);
            c.targets(section.targets(), s, -1);
            for (int i = 0; i < section.items().size(); i++) {
                Item item = section.items().get(i);
                c.uniqueNode(item.id(), s, i);
                c.targets(item.targets(), s, i);
            }
        }
        return places;
    }

    private static String path(int section, int item) {
        String at = Paths.index("sections", section);
        return item < 0 ? at : at + "." + Paths.index("items", item);
    }

    private void uniqueNode(String nodeId, int section, int item) {
        int first = places.putNode(nodeId, section, item);
        if (first != IdIndex.ABSENT) {
            checks.add(path(section, item) + ".id", Checks.duplicateId(nodeId, places.nodePath(first)));
        }
    }

    private void targets(List<Target> list, int section, int item) {
        for (int t = 0; t < list.size(); t++) {
            Target target = list.get(t);
            int first = places.putTarget(target, section, item, t);
            if (first != IdIndex.ABSENT) {
                checks.add(path(section, item) + "." + Paths.index("targets", t) + ".id",
                        Checks.duplicateId(target.id(), places.nodePath(first)));
            }
            boolean known = known(target.lead());
            for (int c = 0; c < target.cooperating().size(); c++) {
                known &= known(target.cooperating().get(c));
            }
            Optional<String> due = period.contains(target.due()) ? Optional.empty()
                    : Checks.withinPeriod("due date", target.due(), period);
            Optional<String> start = target.start().flatMap(d -> Checks.withinPeriod("start", d, period));
            boolean checkpoints = true;
            for (int k = 0; k < target.checkpoints().size(); k++) {
                checkpoints &= !target.checkpoints().get(k).date().isBefore(period.start());
            }
            if (!known || due.isPresent() || start.isPresent() || !checkpoints) {
                problems(target, path(section, item) + "." + Paths.index("targets", t), due, start);
            }
        }
    }

    private boolean known(String departmentId) {
        return departments.get(departmentId) != IdIndex.ABSENT;
    }

    private void problems(Target target, String tPath, Optional<String> due, Optional<String> start) {
        if (!known(target.lead())) {
            checks.add(tPath + ".lead", Checks.unknownDepartment(target.lead()));
        }
        for (int c = 0; c < target.cooperating().size(); c++) {
            String d = target.cooperating().get(c);
            if (!known(d)) {
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
        if (breakdowns.isEmpty()) {
            return Map.of();
        }
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
