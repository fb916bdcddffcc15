package io.github.policyplan.plans;

import io.github.policyplan.internal.read.DocumentPath;
import io.github.policyplan.internal.read.Fields;
import io.github.policyplan.internal.read.Node;
import io.github.policyplan.internal.read.Problems;
import io.github.policyplan.internal.read.Texts;
import io.github.policyplan.model.Direction;
import io.github.policyplan.model.Strategy;
import io.github.policyplan.model.Target;
import io.github.policyplan.model.Violation;
import io.github.policyplan.rules.Rule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Binds the strategies a plan names — scoring rules, schedules and roll-ups, each written as a name or
 * as {name: …, parameters…} — and lets each target's rule check its parameters. A plan names the same
 * few strategies for thousands of targets, so equal ones are bound once. Not thread-safe: one instance
 * serves one load.
 */
final class StrategyBinder {

    /** Marks, in a node's content, where a map and a list begin. */
    private static final Object MAP = new Object();
    private static final Object LIST = new Object();

    private final Problems problems;
    private final SharedValues shared;
    private final Map<String, Rule> rules;
    private final Kind ruleKind;
    private final Kind scheduleKind;
    private final Kind rollUpKind;
    private final Map<Strategy, Optional<Strategy>> strategies = new HashMap<>();
    private final Map<String, Optional<Strategy>> strategiesByName = new HashMap<>();
    private final Map<List<Object>, Optional<Strategy>> strategiesByContent = new HashMap<>();
    /** The plan's default rule and the node it is written at, once read. */
    private Optional<Strategy> planRule = Optional.empty();
    private Optional<Node> planRuleNode = Optional.empty();
    /** The problems of the plan's rule reported so far: each is reported once, whatever the targets. */
    private final Set<String> planRuleProblems = new HashSet<>();

    /**
     * A kind of strategy: the key it is written under, the names it may have, and what a message calls it.
     *
     * @param key   the key: rule, schedule or aggregation
     * @param names the names known
     * @param what  what a message calls it: scoring rule, schedule, roll-up
     */
    private record Kind(String key, Set<String> names, String what) {
    }

    /**
     * Creates a binder.
     *
     * @param problems         where problems go
     * @param shared           the values this load shares
     * @param rules            the scoring rules a plan may use, by name; each checks its parameters
     * @param scheduleNames    the schedule names a plan may use
     * @param aggregationNames the roll-up names a plan may use
     */
    StrategyBinder(Problems problems, SharedValues shared, Map<String, Rule> rules, Set<String> scheduleNames,
            Set<String> aggregationNames) {
        this.problems = problems;
        this.shared = shared;
        // Hash maps and sets: every target names a rule and a schedule. Messages sort the names they list.
        this.rules = Map.copyOf(rules);
        this.ruleKind = new Kind("rule", this.rules.keySet(), "scoring rule");
        this.scheduleKind = new Kind("schedule", Set.copyOf(scheduleNames), "schedule");
        this.rollUpKind = new Kind("aggregation", Set.copyOf(aggregationNames), "roll-up");
    }

    /** Reads the roll-up of a plan, section or item, if it names one. */
    Optional<Strategy> aggregation(Fields f) {
        return strategy(f, rollUpKind);
    }

    /** Reads the scoring rule of a target, if it names one. */
    Optional<Strategy> rule(Fields f) {
        return strategy(f, ruleKind);
    }

    /** Reads the schedule of a target, if it names one. */
    Optional<Strategy> schedule(Fields f) {
        return strategy(f, scheduleKind);
    }

    /** Reads the plan's default rule, and keeps it to check against each target that has none of its own. */
    Optional<Strategy> planRule(Fields plan) {
        planRule = rule(plan);
        planRuleNode = Optional.ofNullable(plan.node().get("rule"));
        return planRule;
    }

    /**
     * Lets the target's rule, or the plan's default rule for a numeric target, check its parameters. A
     * problem of the target's own rule fails the target; one of the plan's rule is reported once, at it.
     *
     * @param f the target's fields
     * @param t the target
     */
    void checkRule(Fields f, Target t) {
        if (t.rule().isPresent()) {
            List<Violation> violations = violations(t, t.rule().get());
            for (Violation v : violations) {
                problems.add(DocumentPath.locate(f.node().get("rule"), v.path()), under(f.path("rule"), v),
                        v.message(), v.hint());
            }
            if (!violations.isEmpty()) {
                f.fail();
            }
        } else if (planRule.isPresent() && planRuleNode.isPresent() && t.measure().kind().isNumeric()
                && t.measure().direction() != Direction.WITHIN_BAND) {
            for (Violation v : violations(t, planRule.get())) {
                String path = under("rule", v);
                String message = "for target " + t.id() + ": " + v.message();
                if (planRuleProblems.add(path + message)) {
                    problems.add(DocumentPath.locate(planRuleNode.get(), v.path()), path, message, v.hint());
                }
            }
        }
    }

    private List<Violation> violations(Target t, Strategy strategy) {
        Rule rule = rules.get(strategy.name());
        return rule == null ? List.of() : rule.check(t, strategy.parameters());
    }

    private static String under(String path, Violation v) {
        return v.path().isEmpty() ? path : DocumentPath.key(path, v.path());
    }

    /**
     * Reads a strategy written as a name or as {name: …, parameters…}. A map that reads exactly like one
     * bound before without a problem (for the same key; the same keys, types and texts throughout) would
     * pass the same checks and give an equal strategy, so it is bound once.
     */
    private Optional<Strategy> strategy(Fields f, Kind kind) {
        Optional<Node> n = f.get(kind.key());
        if (n.isEmpty()) {
            return Optional.empty();
        }
        if (!(n.get() instanceof Node.MapNode)) {
            return read(f, kind, n.get());
        }
        List<Object> content = new ArrayList<>();
        content.add(kind.key());
        flatten(n.get(), content);
        Optional<Strategy> bound = strategiesByContent.get(content);
        if (bound != null) {
            return bound;
        }
        int before = problems.total();
        Optional<Strategy> read = read(f, kind, n.get());
        if (read.isPresent() && problems.total() == before) {
            strategiesByContent.put(content, read);
        }
        return read;
    }

    /**
     * Lists what a node says, in order: each map's size and entries, each list's size and items, each
     * scalar's type and text. Two nodes list equal when they read the same.
     */
    private static void flatten(Node n, List<Object> out) {
        if (n instanceof Node.MapNode map) {
            out.add(MAP);
            out.add(map.size());
            for (int i = 0; i < map.size(); i++) {
                out.add(map.key(i));
                flatten(map.value(i), out);
            }
        } else if (n instanceof Node.ListNode list) {
            out.add(LIST);
            out.add(list.items().size());
            for (Node item : list.items()) {
                flatten(item, out);
            }
        } else if (n instanceof Node.ScalarNode s) {
            out.add(s.type());
            out.add(s.text());
        }
    }

    /** Reads a strategy's name and parameters, then checks them. */
    private Optional<Strategy> read(Fields f, Kind kind, Node n) {
        String key = kind.key();
        if (!(n instanceof Node.MapNode map)) {
            return f.text(key, n).flatMap(name -> check(f, kind, n, n, name, Map.of()));
        }
        Node nameNode = map.get("name");
        if (nameNode == null) {
            problems.add(n, f.path(key), "missing required key 'name'", Optional.of(
                    "write " + key + ": {name: …, and its parameters}"));
            f.fail();
            return Optional.empty();
        }
        Optional<String> name = Fields.textOf(nameNode).or(() -> f.text(nameNode,
                DocumentPath.key(f.path(key), "name")));
        Map<String, Object> parameters = new LinkedHashMap<>();
        for (Node.Entry e : map.entries()) {
            if (!e.key().equals("name")) {
                Optional<Object> value = plain(e.value(), () -> DocumentPath.key(f.path(key), e.key()));
                value.ifPresentOrElse(v -> parameters.put(e.key(), v), f::fail);
            }
        }
        return name.flatMap(named -> check(f, kind, n, nameNode, named, parameters));
    }

    /** Checks a strategy's name, and what the reader knows of its parameters; the rule checks its own later. */
    private Optional<Strategy> check(Fields f, Kind kind, Node n, Node nameNode, String name,
            Map<String, Object> parameters) {
        String key = kind.key();
        if (!kind.names().contains(name)) {
            String path = n instanceof Node.MapNode ? DocumentPath.key(f.path(key), "name") : f.path(key);
            problems.add(nameNode, path, "unknown " + kind.what() + " '" + Texts.abbreviate(name) + "' (known: "
                    + Texts.list(Texts.sorted(kind.names())) + ")", Texts.didYouMean(name, kind.names()));
            f.fail();
            return Optional.empty();
        }
        if (kind == scheduleKind && !parameters.isEmpty()) {
            problems.add(n, f.path(key), "schedule " + name + " takes no parameters (was "
                    + String.join(", ", parameters.keySet()) + ")", Optional.of("write schedule: " + name));
            f.fail();
            return Optional.empty();
        }
        if (kind == rollUpKind) {
            checkRollUp(f, key, n, name, parameters);
        }
        if (parameters.isEmpty()) {
            return strategiesByName.computeIfAbsent(name, named -> Optional.of(Strategy.named(named)));
        }
        return strategies.computeIfAbsent(new Strategy(name, parameters), Optional::of);
    }

    /** Checks a roll-up's parameters: minCoverage, a share, is the only one. */
    private void checkRollUp(Fields f, String key, Node n, String name, Map<String, Object> parameters) {
        for (Map.Entry<String, Object> e : parameters.entrySet()) {
            String path = DocumentPath.key(f.path(key), e.getKey());
            if (!e.getKey().equals("minCoverage")) {
                problems.add(DocumentPath.locate(n, e.getKey()), path, "unknown parameter '" + e.getKey()
                        + "' of roll-up " + name + " (known: minCoverage)", Texts.didYouMean(e.getKey(),
                                List.of("minCoverage")));
                f.fail();
            } else if (!(e.getValue() instanceof Double share) || share < 0 || share > 1) {
                problems.add(DocumentPath.locate(n, e.getKey()), path, "minCoverage must be a number from 0 to 1"
                        + " (was " + e.getValue() + ")", Optional.empty());
                f.fail();
            }
        }
    }

    /**
     * Converts a parameter node to plain Java values: maps, lists, numbers, booleans and text.
     *
     * @param n    the node
     * @param path its path, worked out only for a problem
     * @return the value, or empty after a problem (a parameter cannot be null)
     */
    private Optional<Object> plain(Node n, Supplier<String> path) {
        if (n instanceof Node.ScalarNode s) {
            return scalar(s, path);
        }
        if (n instanceof Node.ListNode list) {
            List<Object> out = new ArrayList<>();
            for (int i = 0; i < list.items().size(); i++) {
                int index = i;
                Optional<Object> v = plain(list.items().get(i), () -> DocumentPath.index(path.get(), index));
                if (v.isEmpty()) {
                    return Optional.empty();
                }
                out.add(v.get());
            }
            return Optional.of(out);
        }
        if (!(n instanceof Node.MapNode map)) {
            throw new IllegalStateException("a node is a map, a list or a scalar");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (Node.Entry e : map.entries()) {
            Optional<Object> v = plain(e.value(), () -> DocumentPath.key(path.get(), e.key()));
            if (v.isEmpty()) {
                return Optional.empty();
            }
            out.put(e.key(), v.get());
        }
        return Optional.of(out);
    }

    private Optional<Object> scalar(Node.ScalarNode s, Supplier<String> path) {
        return switch (s.type()) {
            case INTEGER, DECIMAL -> number(s, path);
            case BOOLEAN -> Optional.of(Boolean.valueOf(s.text()));
            case STRING -> Optional.of(shared.text(s.text()));
            case NULL -> {
                problems.add(s, path.get(), "a rule parameter cannot be empty");
                yield Optional.empty();
            }
        };
    }

    private Optional<Object> number(Node.ScalarNode s, Supplier<String> path) {
        double d = Fields.toDouble(s.text());
        if (Double.isFinite(d)) {
            return Optional.of(d);
        }
        problems.add(s, path.get(), "the number " + Texts.abbreviate(s.text()) + (Double.isNaN(d)
                ? " is not a plain decimal number" : " is too large"), Optional.of(
                        "write it in decimal digits, such as 12.5"));
        return Optional.empty();
    }
}
