package io.github.policyplan.model;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The checks a {@link Plan} makes of its departments and its tree when it is created. */
final class PlanChecks {

    private PlanChecks() {
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
    static Map<String, Target> tree(Checks checks, String id, Map<String, Department> byId,
            List<Section> sections, PlanPeriod period) {
        Map<String, String> nodePaths = new HashMap<>();
        nodePaths.put(id, "id");
        Map<String, Target> targetIndex = new LinkedHashMap<>();
        for (int s = 0; s < sections.size(); s++) {
            Section section = sections.get(s);
            String sPath = Paths.index("sections", s);
            uniqueId(checks, nodePaths, section.id(), sPath);
            targets(checks, nodePaths, targetIndex, byId, section.targets(), sPath, period);
            for (int i = 0; i < section.items().size(); i++) {
                Item item = section.items().get(i);
                String iPath = sPath + "." + Paths.index("items", i);
                uniqueId(checks, nodePaths, item.id(), iPath);
                targets(checks, nodePaths, targetIndex, byId, item.targets(), iPath, period);
            }
        }
        return targetIndex;
    }

    private static void uniqueId(Checks checks, Map<String, String> nodePaths, String id, String path) {
        String first = nodePaths.putIfAbsent(id, path);
        if (first != null) {
            checks.add(path + ".id", Checks.duplicateId(id, first));
        }
    }

    private static void targets(Checks checks, Map<String, String> nodePaths, Map<String, Target> index,
            Map<String, Department> byId, List<Target> list, String parent, PlanPeriod period) {
        for (int t = 0; t < list.size(); t++) {
            Target target = list.get(t);
            String tPath = parent + "." + Paths.index("targets", t);
            uniqueId(checks, nodePaths, target.id(), tPath);
            index.putIfAbsent(target.id(), target);
            if (!byId.containsKey(target.lead())) {
                checks.add(tPath + ".lead", Checks.unknownDepartment(target.lead()));
            }
            for (int c = 0; c < target.cooperating().size(); c++) {
                String d = target.cooperating().get(c);
                if (!byId.containsKey(d)) {
                    checks.add(tPath + "." + Paths.index("cooperating", c), Checks.unknownDepartment(d));
                }
            }
            checks.add(tPath + ".due", Checks.withinPeriod("due date", target.due(), period));
            target.start().ifPresent(d -> checks.add(tPath + ".start", Checks.withinPeriod("start", d, period)));
            for (int k = 0; k < target.checkpoints().size(); k++) {
                checks.add(tPath + "." + Paths.index("checkpoints", k) + ".date",
                        Checks.checkpointInPeriod(target.checkpoints().get(k).date(), period));
            }
        }
    }
}
