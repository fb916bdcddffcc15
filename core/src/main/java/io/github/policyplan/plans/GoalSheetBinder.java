package io.github.policyplan.plans;

import io.github.policyplan.internal.read.DocumentPath;
import io.github.policyplan.internal.read.Fields;
import io.github.policyplan.internal.read.Node;
import io.github.policyplan.internal.read.Problems;
import io.github.policyplan.internal.read.Texts;

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
 * the target (tried by building the filled target).
 */
final class GoalSheetBinder {

    static final List<String> SHEET_KEYS = List.of("plan", "illustrative", "note", "goals", "baselines");

    private final Problems problems;
    /** Reads goals and baselines the way plans write them. */
    private final PlanBinder values;

    /**
     * Creates a binder.
     *
     * @param problems where problems go
     */
    GoalSheetBinder(Problems problems) {
        this.problems = problems;
        this.values = new PlanBinder(problems, Map.of(), Set.of(), Set.of());
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
        String planId = f.requiredText("plan", "name the id of the plan this sheet fills");
        if (planId != null && !planId.equals(plan.id())) {
            f.problem("plan", "this goal sheet is for plan '" + Texts.abbreviate(planId) + "', not '" + plan.id()
                    + "'", Optional.empty());
        }
        Node ill = f.require("illustrative", "say whether the numbers are illustrative: illustrative: true");
        Boolean illustrative = null;
        if (ill instanceof Node.ScalarNode && ((Node.ScalarNode) ill).type() == Node.ScalarType.BOOLEAN) {
            illustrative = Boolean.valueOf(((Node.ScalarNode) ill).text());
        } else if (ill != null) {
            f.problem("illustrative", "expected true or false, found " + ill.describe(), Optional.empty());
        }
        Optional<String> note = f.optionalText("note");
        Map<String, Goal> goals = new LinkedHashMap<>();
        Map<String, Baseline> baselines = new LinkedHashMap<>();
        Map<String, Node> goalNodes = new LinkedHashMap<>();
        Node goalsNode = f.require("goals", "list the goals by target id");
        Optional<Fields> goalFields = goalsNode == null ? Optional.empty() : entries(goalsNode, f.path("goals"));
        if (goalFields.isPresent()) {
            Fields g = goalFields.get();
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
                Goal goal = values.value(g, e.key(), e.value(), target.get().measure(), false);
                if (goal != null) {
                    goals.put(e.key(), goal);
                    goalNodes.put(e.key(), e.value());
                }
            }
        } else if (goalsNode != null) {
            f.fail();
        }
        Node baselinesNode = f.get("baselines");
        Optional<Fields> baselineFields = baselinesNode == null ? Optional.empty()
                : entries(baselinesNode, f.path("baselines"));
        if (baselineFields.isPresent()) {
            Fields b = baselineFields.get();
            for (Node.Entry e : b.node().entries()) {
                if (target(e, b.path(e.key()), plan).isEmpty()) {
                    continue;
                }
                Baseline baseline = values.baseline(b, e.key(), e.value());
                if (baseline != null) {
                    baselines.put(e.key(), baseline);
                    goalNodes.putIfAbsent(e.key(), e.value());
                }
            }
        }
        if (!problems.isEmpty() || planId == null || illustrative == null) {
            return Optional.empty();
        }
        GoalSheet sheet = new GoalSheet(planId, illustrative, note, goals, baselines);
        for (Map.Entry<String, Node> e : goalNodes.entrySet()) {
            try {
                sheet.fill(plan.target(e.getKey()).orElseThrow());
            } catch (InvalidPlanException ex) {
                for (Violation v : ex.violations()) {
                    problems.add(e.getValue(), DocumentPath.key(goals.containsKey(e.getKey()) ? "goals" : "baselines",
                            e.getKey()), "target " + e.getKey() + ": " + v, Optional.empty());
                }
            }
        }
        return problems.isEmpty() ? Optional.of(sheet) : Optional.empty();
    }

    private Optional<Fields> entries(Node node, String path) {
        if (!(node instanceof Node.MapNode)) {
            problems.add(node, path, "expected a map from target id to value, found " + node.describe());
            return Optional.empty();
        }
        Set<String> keys = new HashSet<>();
        for (Node.Entry e : ((Node.MapNode) node).entries()) {
            keys.add(e.key());
        }
        return Fields.open(node, path, "a map of targets", keys, problems);
    }

    private Optional<Target> target(Node.Entry e, String path, Plan plan) {
        Optional<Target> target = plan.target(e.key());
        if (target.isEmpty()) {
            List<String> ids = plan.targets().stream().map(Target::id).toList();
            problems.add(e.line(), e.column(), path, "unknown target '" + Texts.abbreviate(e.key()) + "' in plan "
                    + plan.id(), Texts.didYouMean(e.key(), ids));
        }
        return target;
    }
}
