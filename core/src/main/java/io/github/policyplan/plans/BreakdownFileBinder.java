package io.github.policyplan.plans;

import io.github.policyplan.internal.read.CsvTree;
import io.github.policyplan.internal.read.Fields;
import io.github.policyplan.internal.read.Node;
import io.github.policyplan.internal.read.Problems;
import io.github.policyplan.internal.read.Texts;
import io.github.policyplan.internal.read.Violations;
import io.github.policyplan.model.Allotment;
import io.github.policyplan.model.Breakdown;
import io.github.policyplan.model.BreakdownSettings;
import io.github.policyplan.model.Plan;
import io.github.policyplan.model.Target;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Binds a breakdown table (分解表) issued apart from its plan, in YAML or JSON
 * ({@code plan}, {@code breakdown-settings}, {@code breakdowns: [{target, combine, under-allocation, units}]})
 * or CSV (one unit a row: {@code target,unit,goal}, optionally {@code share}, {@code weight} and
 * {@code due}, in any order), and checks it against the plan. Not thread-safe: one instance serves one
 * read.
 */
final class BreakdownFileBinder {

    static final Set<String> FILE_KEYS = Fields.keys("plan", "breakdown-settings", "breakdowns");
    static final List<String> CSV_COLUMNS = List.of("target", "unit", "goal", "share", "weight", "due");
    static final Set<String> ROW_KEYS = Fields.keys("target", "unit", "goal", "share", "weight", "due");

    private final Problems problems;
    private final Plan plan;
    private final BreakdownBinder breakdowns;

    BreakdownFileBinder(Problems problems, Plan plan) {
        this.problems = problems;
        this.plan = plan;
        DepartmentBinder departments = new DepartmentBinder(problems);
        departments.know(plan.departments());
        this.breakdowns = new BreakdownBinder(problems, new TargetValueBinder(problems, new SharedValues()), departments);
    }

    /**
     * Binds a YAML or JSON breakdown file.
     *
     * @param root the document's root
     * @return the plan with the file's breakdowns added, or empty after a problem
     */
    Optional<Plan> tree(Node root) {
        Optional<Fields> opened = Fields.open(root, "", "a breakdown file", FILE_KEYS, problems);
        if (opened.isEmpty()) {
            return Optional.empty();
        }
        Fields f = opened.get();
        f.optionalText("plan").filter(id -> !id.equals(plan.id())).ifPresent(id -> f.problem("plan",
                "this breakdown file is for plan '" + Texts.abbreviate(id) + "', not '" + plan.id() + "'",
                Optional.empty()));
        Optional<BreakdownSettings> settings = f.has("breakdown-settings") ? breakdowns.settings(f, "breakdown-settings")
                : Optional.of(plan.breakdownSettings());
        f.require("breakdowns", "list the breakdowns under breakdowns:, each with target and units");
        List<Node> items = f.list("breakdowns").orElse(List.of());
        for (int i = 0; i < items.size(); i++) {
            Optional<Fields> e = f.open(items.get(i), "breakdowns", i, "a breakdown", BreakdownBinder.BREAKDOWN_KEYS);
            e.ifPresent(entry -> breakdowns.entry(entry, target(entry)));
        }
        return finish(root, settings);
    }

    /**
     * Binds a CSV breakdown table: the rows of one target, in any order, make its breakdown.
     *
     * @param text the table
     * @return the plan with the table's breakdowns added, or empty after a problem
     */
    Optional<Plan> csv(String text) {
        Optional<Node.ListNode> table = CsvTree.read(text, CSV_COLUMNS, List.of("target", "unit"), problems);
        if (table.isEmpty()) {
            return Optional.empty();
        }
        Map<String, List<Integer>> rowsByTarget = new LinkedHashMap<>();
        Map<String, Target> targets = new LinkedHashMap<>();
        List<Optional<Allotment>> parts = new ArrayList<>();
        List<Node> rows = table.get().items();
        for (int i = 0; i < rows.size(); i++) {
            Optional<Fields> row = Fields.open(rows.get(i), "rows[" + i + "]", "a row", ROW_KEYS, problems);
            Optional<Target> target = row.flatMap(this::target);
            Optional<Allotment> part = target.flatMap(t -> breakdowns.unit(row.get(), t.measure()));
            parts.add(part);
            if (target.isPresent()) {
                targets.putIfAbsent(target.get().id(), target.get());
                rowsByTarget.computeIfAbsent(target.get().id(), k -> new ArrayList<>()).add(i);
            }
        }
        for (Map.Entry<String, List<Integer>> e : rowsByTarget.entrySet()) {
            List<Allotment> units = new ArrayList<>();
            List<Node> nodes = new ArrayList<>();
            List<String> paths = new ArrayList<>();
            for (int i : e.getValue()) {
                if (parts.get(i).isPresent()) {
                    units.add(parts.get(i).get());
                    nodes.add(rows.get(i));
                    paths.add("rows[" + i + "]");
                }
            }
            if (!units.isEmpty()) {
                breakdowns.rows(nodes.get(0), paths.get(0), targets.get(e.getKey()), units, nodes, paths,
                        units.size() == e.getValue().size());
            }
        }
        return finish(table.get(), Optional.of(plan.breakdownSettings()));
    }

    /** Finds the target an entry or row names; a problem when the plan has none, or has it broken down. */
    private Optional<Target> target(Fields e) {
        Optional<Node> n = e.require("target", "name the target by its id, such as s1.i1.t1");
        Optional<String> id = n.flatMap(node -> e.text("target", node));
        if (id.isEmpty()) {
            return Optional.empty();
        }
        Optional<Target> t = plan.target(id.get());
        if (t.isEmpty()) {
            List<String> ids = plan.targets().stream().map(Target::id).toList();
            e.problem("target", "unknown target '" + Texts.abbreviate(id.get()) + "' in plan " + plan.id(),
                    Texts.didYouMean(id.get(), ids));
            e.fail();
        } else if (plan.breakdown(id.get()).isPresent()) {
            e.problem("target", "target '" + id.get() + "' is already broken down in the plan",
                    Optional.of("give each target one breakdown: in the plan or in the table"));
            e.fail();
        }
        return t;
    }

    private Optional<Plan> finish(Node root, Optional<BreakdownSettings> settings) {
        Optional<List<Breakdown>> added = breakdowns.check(PlanBinder.ids(plan.departments()), plan.period());
        if (!problems.isEmpty() || added.isEmpty() || settings.isEmpty()) {
            return Optional.empty();
        }
        List<Breakdown> all = new ArrayList<>(plan.breakdowns());
        all.addAll(added.get());
        return Violations.construct(root, () -> "", () -> plan.withBreakdowns(all, settings.get()), problems);
    }
}
