package io.github.policyplan.assessment;

import io.github.policyplan.assessment.AssessmentScheme.Assignment;
import io.github.policyplan.assessment.AssessmentScheme.Pool;
import io.github.policyplan.internal.read.DocumentPath;
import io.github.policyplan.internal.read.Fields;
import io.github.policyplan.internal.read.Node;
import io.github.policyplan.internal.read.Problems;
import io.github.policyplan.internal.read.Texts;
import io.github.policyplan.model.Department;
import io.github.policyplan.model.UnitKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Binds who is assessed: the pools units are ranked in (by kind, by name, or both; a unit in one pool
 * only) and the targets assigned to a unit beyond those it leads. Not thread-safe: one instance serves
 * one read.
 */
final class PoolBinder {

    private static final List<String> POOL_KEYS = List.of("id", "name", "kind", "units");
    private static final List<String> ASSIGNMENT_KEYS = List.of("unit", "targets");
    private static final List<String> UNIT_KINDS = List.of("department", "township", "other");

    private final Problems problems;
    private final SchemeNames names;
    /** Each unit placed in a pool so far, to the pool's id. */
    private final Map<String, String> placed = new LinkedHashMap<>();
    private final Set<String> poolIds = new HashSet<>();

    /** A pool's units in the order found, each with the node that names it (for a kind: the kind). */
    private record Members(Map<String, Node> units, Optional<Node> kind) {
    }

    /**
     * Creates a binder.
     *
     * @param problems where problems go
     * @param names    the plan's units and targets
     */
    PoolBinder(Problems problems, SchemeNames names) {
        this.problems = problems;
        this.names = names;
    }

    /**
     * Binds the pools: at least one.
     *
     * @param f the scheme's fields
     * @return the pools without a problem
     */
    List<Pool> pools(Fields f) {
        Optional<List<Node>> nodes = f.require("pools", "list the pools units are ranked in").isEmpty()
                ? Optional.of(List.of()) : f.list("pools");
        if (f.has("pools") && nodes.isPresent() && nodes.get().isEmpty()) {
            f.problem("pools", "a scheme needs at least one pool", Optional.of(
                    "write pools: [{id: townships, kind: township}]"));
        }
        List<Pool> out = new ArrayList<>();
        List<Node> items = nodes.orElse(List.of());
        for (int i = 0; i < items.size(); i++) {
            Fields.open(items.get(i), DocumentPath.index(f.path("pools"), i), "a pool", POOL_KEYS, problems)
                    .flatMap(this::pool).ifPresent(out::add);
        }
        return out;
    }

    private Optional<Pool> pool(Fields p) {
        Optional<String> id = p.requiredText("id", "give the pool an id, such as townships");
        if (id.isPresent() && !poolIds.add(id.get())) {
            p.problem("id", "duplicate pool id '" + Texts.abbreviate(id.get()) + "'", Optional.of(
                    "give each pool its own id"));
        }
        Optional<String> name = p.optionalText("name");
        Members members = members(p);
        if (!p.has("kind") && !p.has("units")) {
            p.problem("units", "a pool needs its units, or a kind: all units of that kind", Optional.of(
                    "write units: [a, b] or kind: township"));
        }
        place(p, id, members);
        if (id.isEmpty() || p.failed()) {
            return Optional.empty();
        }
        return Optional.of(new Pool(id.get(), name.orElse(id.get()), new ArrayList<>(members.units().keySet())));
    }

    /** Reads a pool's units: every unit of its kind, then those it names. */
    private Members members(Fields p) {
        Map<String, Node> units = new LinkedHashMap<>();
        Optional<Node> kindNode = p.get("kind");
        kindNode.flatMap(n -> p.text("kind", n)).ifPresent(kind -> {
            Optional<UnitKind> k = unitKind(kind);
            if (k.isEmpty()) {
                p.problem("kind", "unknown unit kind '" + Texts.abbreviate(kind) + "' (expected department,"
                        + " township or other)", Texts.didYouMean(kind, UNIT_KINDS));
            }
            for (Department d : names.plan().departments()) {
                if (k.isPresent() && d.kind() == k.get()) {
                    units.put(d.id(), kindNode.get());
                }
            }
        });
        List<Node.ScalarNode> named = p.textList("units").orElse(List.of());
        for (int u = 0; u < named.size(); u++) {
            Node.ScalarNode n = named.get(u);
            names.unit(n, DocumentPath.index(p.path("units"), u)).ifPresent(unit -> units.putIfAbsent(unit, n));
        }
        return new Members(units, kindNode);
    }

    private static Optional<UnitKind> unitKind(String code) {
        for (UnitKind k : UnitKind.values()) {
            if (k.code().equals(code)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /** Places a pool's units; one already in another pool is a problem at the node that names it. */
    private void place(Fields p, Optional<String> id, Members members) {
        List<String> order = new ArrayList<>(members.units().keySet());
        for (String u : order) {
            String other = id.isPresent() ? placed.putIfAbsent(u, id.get()) : placed.get(u);
            if (other == null) {
                continue;
            }
            Node at = members.units().get(u);
            boolean byKind = members.kind().isPresent() && at == members.kind().get();
            String where = byKind ? p.path("kind") : DocumentPath.index(p.path("units"), order.indexOf(u));
            String written = !byKind && at instanceof Node.ScalarNode s ? s.text() : u;
            problems.add(at, where, "unit '" + Texts.abbreviate(written) + "' is already in pool " + other,
                    Optional.of("a unit is ranked in one pool only"));
            p.fail();
        }
    }

    /**
     * Binds the assignments: targets a unit answers for beyond those it leads.
     *
     * @param f the scheme's fields
     * @return the assignments whose unit is known
     */
    List<Assignment> assignments(Fields f) {
        List<Assignment> out = new ArrayList<>();
        List<Node> nodes = f.list("assignments").orElse(List.of());
        for (int i = 0; i < nodes.size(); i++) {
            Fields.open(nodes.get(i), DocumentPath.index(f.path("assignments"), i), "an assignment",
                    ASSIGNMENT_KEYS, problems).flatMap(this::assignment).ifPresent(out::add);
        }
        return out;
    }

    private Optional<Assignment> assignment(Fields a) {
        Optional<String> unit = a.require("unit", "name the unit").flatMap(u -> names.unit(u, a.path("unit")));
        List<String> targets = new ArrayList<>();
        List<Node.ScalarNode> ts = a.textList("targets").orElse(List.of());
        for (int t = 0; t < ts.size(); t++) {
            names.target(ts.get(t), DocumentPath.index(a.path("targets"), t), ts.get(t).text())
                    .ifPresent(targets::add);
        }
        return unit.map(u -> new Assignment(u, targets));
    }
}
