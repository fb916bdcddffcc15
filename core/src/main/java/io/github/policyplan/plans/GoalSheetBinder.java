package io.github.policyplan.plans;

import io.github.policyplan.internal.read.DocumentPath;
import io.github.policyplan.internal.read.Fields;
import io.github.policyplan.internal.read.Node;
import io.github.policyplan.internal.read.Problems;
import io.github.policyplan.internal.read.Texts;
import io.github.policyplan.internal.read.Unknown;
import io.github.policyplan.model.Baseline;
import io.github.policyplan.model.Goal;
import io.github.policyplan.model.InvalidPlanException;
import io.github.policyplan.model.Plan;
import io.github.policyplan.model.Target;
import io.github.policyplan.model.Violation;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Binds a located document tree to a {@link GoalSheet} and checks every entry against the plan it
 * fills: the plan id, that each target exists and has its goal unset, and that each value fits
 * the target (tried by building the filled target). Not thread-safe: one instance serves one read.
 */
final class GoalSheetBinder {

    static final List<String> SHEET_KEYS = List.of("plan", "illustrative", "note", "goals", "baselines");

    private final Problems problems;
    /** Reads goals and baselines the way plans write them. */
    private final TargetValueBinder values;
    /** The goals and baselines read, by target id. */
    private final Map<String, Goal> goals = new LinkedHashMap<>();
    private final Map<String, Baseline> baselines = new LinkedHashMap<>();
    /** Where each target's goal, or else its baseline, is written. */
    private final Map<String, Node> written = new LinkedHashMap<>();

    /**
     * Creates a binder.
     *
     * @param problems where problems go
     */
    GoalSheetBinder(Problems problems) {
        this.problems = problems;
        this.values = new TargetValueBinder(problems, new SharedValues());
    }

    /**
     * Binds a document to a goal sheet for a plan.
     *
     * @param root the document's root
     * @param plan the plan the sheet fills
     * @return the sheet, or empty when any problem was found
     */
    Optional<GoalSheet> bind(Node root, Plan plan) {
        Optional<Fields> opened = Fields.open(root, "", "a goal sheet", SHEET_KEYS, problems);
        if (opened.isEmpty()) {
            return Optional.empty();
        }
        Fields f = opened.get();
        Optional<String> planId = f.requiredText("plan", "name the id of the plan this sheet fills");
        if (planId.isPresent() && !planId.get().equals(plan.id())) {
            f.problem("plan", "this goal sheet is for plan '" + Texts.abbreviate(planId.get()) + "', not '"
                    + plan.id() + "'", Optional.empty());
        }
        Optional<Boolean> illustrative = f.require("illustrative",
                "say whether the numbers are illustrative: illustrative: true").flatMap(n -> bool(f, n));
        Optional<String> note = f.optionalText("note");
        Optional<Node> goalsNode = f.require("goals", "list the goals by target id");
        goalsNode.flatMap(n -> entries(n, f.path("goals"))).ifPresentOrElse(g -> goals(g, plan), () -> {
            if (goalsNode.isPresent()) {
                f.fail();
            }
        });
        f.get("baselines").flatMap(n -> entries(n, f.path("baselines"))).ifPresent(b -> baselines(b, plan));
        if (!problems.isEmpty() || planId.isEmpty() || illustrative.isEmpty()) {
            return Optional.empty();
        }
        GoalSheet sheet = new GoalSheet(planId.get(), illustrative.get(), note, goals, baselines);
        fill(sheet, plan);
        return problems.isEmpty() ? Optional.of(sheet) : Optional.empty();
    }

    private static Optional<Boolean> bool(Fields f, Node n) {
        if (n instanceof Node.ScalarNode s && s.type() == Node.ScalarType.BOOLEAN) {
            return Optional.of(Boolean.valueOf(s.text()));
        }
        f.problem("illustrative", "expected true or false, found " + n.describe(), Optional.empty());
        return Optional.empty();
    }

    private void goals(Fields g, Plan plan) {
        for (Node.Entry e : g.node().entries()) {
            Optional<Target> target = target(e, g.path(e.key()), plan);
            if (target.isEmpty()) {
                continue;
            }
            if (target.get().goal().isSet()) {
                problems.add(e.line(), e.column(), g.path(e.key()), "target " + e.key() + " already has the goal "
                        + target.get().goal() + " in the plan; a goal sheet fills only unset goals ('*')",
                        Optional.of("remove this entry"));
                continue;
            }
            values.value(g, e.key(), e.value(), Optional.of(target.get().measure()), false).ifPresent(goal -> {
                goals.put(e.key(), goal);
                written.put(e.key(), e.value());
            });
        }
    }

    private void baselines(Fields b, Plan plan) {
        for (Node.Entry e : b.node().entries()) {
            Optional<Target> target = target(e, b.path(e.key()), plan);
            if (target.isEmpty()) {
                continue;
            }
            values.baseline(b, e.key(), e.value(), Optional.of(target.get().measure())).ifPresent(baseline -> {
                baselines.put(e.key(), baseline);
                written.putIfAbsent(e.key(), e.value());
            });
        }
    }

    /** Fills each target the sheet names, so that the model checks each value fits its target. */
    private void fill(GoalSheet sheet, Plan plan) {
        for (Map.Entry<String, Node> e : written.entrySet()) {
            try {
                sheet.fill(plan.target(e.getKey()).orElseThrow());
            } catch (InvalidPlanException ex) {
                String path = DocumentPath.key(goals.containsKey(e.getKey()) ? "goals" : "baselines", e.getKey());
                for (Violation v : ex.violations()) {
                    String where = v.path().isEmpty() ? "" : v.path() + ": ";
                    problems.add(e.getValue(), path, "target " + e.getKey() + ": " + where + v.message(), v.hint());
                }
            }
        }
    }

    private Optional<Fields> entries(Node node, String path) {
        if (!(node instanceof Node.MapNode map)) {
            problems.add(node, path, "expected a map from target id to value, found " + node.describe());
            return Optional.empty();
        }
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < map.size(); i++) {
            keys.add(map.key(i));
        }
        return Fields.open(node, path, "a map of targets", keys, problems);
    }

    private Optional<Target> target(Node.Entry e, String path, Plan plan) {
        Optional<Target> target = plan.target(e.key());
        if (target.isEmpty()) {
            Unknown unknown = Unknown.target(e.key(), plan, !problems.full());
            problems.add(e.line(), e.column(), path, unknown.message(), unknown.hint());
        }
        return target;
    }
}
