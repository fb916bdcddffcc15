package io.github.policyplan.plans;

import io.github.policyplan.internal.read.Fields;
import io.github.policyplan.internal.read.Node;
import io.github.policyplan.internal.read.Problems;
import io.github.policyplan.internal.read.Texts;
import io.github.policyplan.internal.read.Violations;
import io.github.policyplan.model.Baseline;
import io.github.policyplan.model.Cadence;
import io.github.policyplan.model.Checkpoint;
import io.github.policyplan.model.Checks;
import io.github.policyplan.model.CountsToward;
import io.github.policyplan.model.Derivation;
import io.github.policyplan.model.Commitment;
import io.github.policyplan.model.Goal;
import io.github.policyplan.model.Item;
import io.github.policyplan.model.Measure;
import io.github.policyplan.model.Section;
import io.github.policyplan.model.Strategy;
import io.github.policyplan.model.Target;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Binds the tree of a plan: its sections, their items, and the targets of each. A node whose id is
 * not written gets its position's ({@code s1}, {@code s1.i2}, {@code s1.i2.t3}); ids are unique across
 * the plan. A target's values, departments and strategies are bound by the binders of each. Not
 * thread-safe: one instance serves one load.
 */
final class OutlineBinder {

    static final Set<String> SECTION_KEYS = Fields.keys("id", "title", "weight", "aggregation", "targets", "items");
    static final Set<String> ITEM_KEYS = Fields.keys("id", "title", "weight", "aggregation", "targets");
    static final Set<String> TARGET_KEYS = Fields.keys("id", "title", "gloss", "kind", "unit", "direction", "stages",
            "grades", "baseline", "goal", "commitment", "start", "due", "checkpoints", "lead", "cooperating", "weight", "rule",
            "schedule", "cadence", "derived", "quote", "note", "breakdown", "counts-toward");

    private final Problems problems;
    private final TargetValueBinder values;
    private final DepartmentBinder departments;
    private final StrategyBinder strategies;
    private final DerivationBinder derivations;
    private final BreakdownBinder breakdowns;
    /** Node ids to where each is first used: its path, worked out only for a duplicate. */
    private final Map<String, Supplier<String>> nodeIds = new HashMap<>();
    /** The ids not written but given by position ({@code s2}), to say so when a written id clashes. */
    private final java.util.Set<String> byPosition = new java.util.HashSet<>();

    /** Binds one node of a list, given its index. */
    @FunctionalInterface
    private interface Each<T> {
        Optional<T> bind(Node node, int index);
    }

    /**
     * Creates a binder.
     *
     * @param problems    where problems go
     * @param values      binds targets' measures, goals and dates
     * @param departments resolves the departments targets name
     * @param strategies  binds rules, schedules and roll-ups
     * @param breakdowns  binds targets' breakdowns
     */
    OutlineBinder(Problems problems, TargetValueBinder values, DepartmentBinder departments,
            StrategyBinder strategies, BreakdownBinder breakdowns) {
        this.breakdowns = breakdowns;
        this.problems = problems;
        this.values = values;
        this.departments = departments;
        this.strategies = strategies;
        this.derivations = new DerivationBinder(problems);
    }

    /** The derived targets read so far, by target id. */
    Map<String, Derivation> derivations() {
        return derivations.all();
    }

    /**
     * Takes an id for the plan itself, so that no section, item or target may use it.
     *
     * @param id    the plan's id
     * @param where its path
     */
    void reserve(String id, Supplier<String> where) {
        nodeIds.put(id, where);
    }

    /**
     * Binds the plan's sections.
     *
     * @param plan the plan's fields
     * @return the sections, or empty after any problem in them
     */
    Optional<List<Section>> sections(Fields plan) {
        if (plan.require("sections", "list the plan's sections").isEmpty()) {
            return Optional.empty();
        }
        return plan.list("sections").flatMap(nodes -> each(nodes, (node, i) -> section(plan, node, i)));
    }

    /** Binds every node of a list, all of them even after a problem; empty when any has one. */
    private static <T> Optional<List<T>> each(List<Node> nodes, Each<T> binder) {
        List<T> out = new ArrayList<>(nodes.size());
        boolean ok = true;
        for (int i = 0; i < nodes.size(); i++) {
            Optional<T> bound = binder.bind(nodes.get(i), i);
            bound.ifPresent(out::add);
            ok &= bound.isPresent();
        }
        return ok ? Optional.of(out) : Optional.empty();
    }

    private Optional<Section> section(Fields plan, Node node, int index) {
        Optional<Fields> opened = plan.open(node, "sections", index, "a section", SECTION_KEYS);
        if (opened.isEmpty()) {
            return Optional.empty();
        }
        Fields f = opened.get();
        Optional<String> id = nodeId(f, Optional.of("s"), index);
        Optional<String> title = f.requiredText("title", "give the section its title");
        double weight = weight(f);
        Optional<Strategy> aggregation = strategies.aggregation(f);
        Optional<List<Target>> targets = targets(f, id);
        Optional<List<Item>> items = f.list("items").flatMap(nodes -> each(nodes, (n, i) -> item(f, n, id, i)));
        if (items.isEmpty() || f.failed() || id.isEmpty() || title.isEmpty() || targets.isEmpty()) {
            return Optional.empty();
        }
        return Violations.construct(f.node(), f::path, () -> new Section(id.get(), title.get(), weight,
                targets.get(), items.get(), aggregation), problems);
    }

    private Optional<Item> item(Fields section, Node node, Optional<String> sectionId, int index) {
        Optional<Fields> opened = section.open(node, "items", index, "an item", ITEM_KEYS);
        if (opened.isEmpty()) {
            return Optional.empty();
        }
        Fields f = opened.get();
        Optional<String> id = nodeId(f, sectionId.map(s -> s + ".i"), index);
        Optional<String> title = f.requiredText("title", "give the item its title");
        double weight = weight(f);
        Optional<Strategy> aggregation = strategies.aggregation(f);
        Optional<List<Target>> targets = targets(f, id);
        if (f.failed() || id.isEmpty() || title.isEmpty() || targets.isEmpty()) {
            return Optional.empty();
        }
        return Violations.construct(f.node(), f::path, () -> new Item(id.get(), title.get(), weight, targets.get(),
                aggregation), problems);
    }

    private Optional<List<Target>> targets(Fields parent, Optional<String> parentId) {
        Optional<String> idPrefix = parentId.map(p -> p + ".t");
        return parent.list("targets").flatMap(nodes -> each(nodes, (n, i) -> target(parent, n, idPrefix, i)));
    }

    private Optional<Target> target(Fields parent, Node node, Optional<String> idPrefix, int index) {
        Optional<Fields> opened = parent.open(node, "targets", index, "a target", TARGET_KEYS);
        if (opened.isEmpty()) {
            return Optional.empty();
        }
        Fields f = opened.get();
        Optional<String> id = nodeId(f, idPrefix, index);
        Optional<String> title = f.requiredText("title", "give the target its title");
        Optional<String> gloss = f.optionalText("gloss");
        Optional<Measure> measure = values.measure(f);
        Optional<Baseline> baseline = values.baseline(f, measure);
        Optional<Goal> goal = values.goal(f, measure);
        Optional<Commitment> commitment = values.commitment(f);
        Optional<LocalDate> start = values.start(f);
        Optional<LocalDate> due = values.due(f);
        Optional<List<Checkpoint>> checkpoints = values.checkpoints(f, measure);
        Optional<String> lead = lead(f);
        List<String> cooperating = cooperating(f);
        double weight = weight(f);
        Optional<Strategy> rule = strategies.rule(f);
        Optional<Strategy> schedule = strategies.schedule(f);
        Optional<Cadence> cadence = values.cadence(f);
        Optional<String> quote = f.optionalText("quote");
        Optional<String> note = f.optionalText("note");
        derivations.bind(f, id);
        Optional<CountsToward> countsToward = CountsTowardBinder.bind(f, problems);
        if (f.failed() || id.isEmpty() || title.isEmpty() || measure.isEmpty() || goal.isEmpty()
                || commitment.isEmpty() || due.isEmpty() || checkpoints.isEmpty() || lead.isEmpty()) {
            return Optional.empty();
        }
        Optional<Target> target = Violations.construct(f.node(), f::path, () -> new Target(id.get(), title.get(),
                gloss, measure.get(), baseline, goal.get(), commitment.get(), start, due.get(), checkpoints.get(),
                lead.get(), cooperating, weight, rule, schedule, cadence, quote, note, countsToward), problems);
        if (target.isPresent()) {
            strategies.checkRule(f, target.get());
            breakdowns.inline(f, target.get());
        }
        return target;
    }

    /** Reads a target's lead department, by id, alias or full name. */
    private Optional<String> lead(Fields f) {
        Optional<Node> n = f.require("lead", "name the lead department (牵头单位) by id or alias");
        Optional<String> name = n.isPresent() ? f.text("lead", n.get()) : Optional.empty();
        return name.isPresent() ? departments.resolve(f, "lead", -1, n.get(), name.get()) : Optional.empty();
    }

    /** Reads a target's cooperating departments: one name, or a list; those that resolve. */
    private List<String> cooperating(Fields f) {
        List<String> out = new ArrayList<>();
        Optional<List<Node.ScalarNode>> nodes = f.textList("cooperating");
        if (nodes.isPresent()) {
            boolean listed = f.get("cooperating").filter(Node.ListNode.class::isInstance).isPresent();
            for (int i = 0; i < nodes.get().size(); i++) {
                Node.ScalarNode n = nodes.get().get(i);
                departments.resolve(f, "cooperating", listed ? i : -1, n, n.text()).ifPresent(out::add);
            }
        }
        return out;
    }

    /** Reads a weight; 1 when not written. */
    private static double weight(Fields f) {
        Optional<Double> w = f.optionalNumber("weight");
        if (w.isPresent() && !(w.get() > 0)) {
            String written = f.get("weight").flatMap(Fields::textOf).orElse("");
            f.problem("weight", Checks.weightNotPositive(Texts.abbreviate(written)),
                    Optional.of("give a positive weight, or leave it out for equal weights"));
        }
        return w.orElse(1.0);
    }

    /**
     * Reads the id of a section, item or target; one not written defaults to a prefix and its number
     * ({@code s1}, {@code s1.i2}, {@code s1.i2.t3}), worked out only then.
     *
     * @param defaultPrefix the default's prefix ({@code s1.i2.t}), or empty when the parent has no id
     * @param index         the position among its siblings, from 0
     * @return the id, or empty after a problem
     */
    private Optional<String> nodeId(Fields f, Optional<String> defaultPrefix, int index) {
        Optional<Node> written = f.get("id");
        Optional<String> id = written.isPresent() ? f.text("id", written.get())
                : defaultPrefix.isPresent() ? Optional.of(defaultPrefix.get() + (index + 1)) : Optional.empty();
        if (id.isEmpty()) {
            return id;
        }
        Supplier<String> first = nodeIds.putIfAbsent(id.get(), f::path);
        if (first != null) {
            f.problem("id", Checks.duplicateId(Texts.abbreviate(id.get()), first.get())
                    + PositionalIds.clash(byPosition.contains(id.get()), written.isEmpty(), first.get()),
                    Optional.of(PositionalIds.hint(byPosition.contains(id.get()), written.isEmpty(), first.get())));
            return Optional.empty();
        }
        if (written.isEmpty()) {
            byPosition.add(id.get());
        }
        return id;
    }
}
