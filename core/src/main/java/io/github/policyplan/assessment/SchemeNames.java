package io.github.policyplan.assessment;

import io.github.policyplan.internal.read.Node;
import io.github.policyplan.internal.read.Problems;
import io.github.policyplan.internal.read.Texts;
import io.github.policyplan.internal.read.Unknown;
import io.github.policyplan.model.Department;
import io.github.policyplan.model.Plan;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves the units and targets a scheme names against the plan it assesses: a unit by its id, an
 * alias or its full name; a target by its id. A name the plan lacks is a problem with the nearest
 * known one. Not thread-safe: one instance serves one read.
 */
final class SchemeNames {

    private final Problems problems;
    private final Plan plan;
    /** Unit ids, aliases and full names, each to the unit's id. */
    private final Map<String, String> units = new LinkedHashMap<>();

    /**
     * Creates the names of a plan.
     *
     * @param problems where problems go
     * @param plan     the plan the scheme assesses
     */
    SchemeNames(Problems problems, Plan plan) {
        this.problems = problems;
        this.plan = plan;
        for (Department d : plan.departments()) {
            units.put(d.id(), d.id());
            for (String a : d.aliases()) {
                units.putIfAbsent(a, d.id());
            }
        }
        for (Department d : plan.departments()) {
            units.putIfAbsent(d.name(), d.id());
        }
    }

    /** The plan the names are of. */
    Plan plan() {
        return plan;
    }

    /**
     * Resolves a unit node.
     *
     * @param n    the node
     * @param path its path
     * @return the unit's id, or empty after a problem
     */
    Optional<String> unit(Node n, String path) {
        if (!(n instanceof Node.ScalarNode s)) {
            problems.add(n, path, "expected a unit id, found " + n.describe());
            return Optional.empty();
        }
        return unit(s.text(), s.line(), s.column(), path);
    }

    /**
     * Resolves a unit's name.
     *
     * @param name   the name as written
     * @param line   where it is
     * @param column where it is
     * @param path   its path
     * @return the unit's id, or empty after a problem
     */
    Optional<String> unit(String name, int line, int column, String path) {
        Optional<String> id = Optional.ofNullable(units.get(name));
        if (id.isEmpty()) {
            problems.add(line, column, path, "unknown unit '" + Texts.abbreviate(name) + "' in plan " + plan.id(),
                    Texts.didYouMean(name, units.keySet(), problems));
        }
        return id;
    }

    /**
     * Checks that the plan has a target.
     *
     * @param n    the node that names it
     * @param path its path
     * @param id   the target's id
     * @return the id, or empty after a problem
     */
    Optional<String> target(Node n, String path, String id) {
        if (plan.target(id).isPresent()) {
            return Optional.of(id);
        }
        Unknown unknown = Unknown.target(id, plan, !problems.full());
        problems.add(n, path, unknown.message(), unknown.hint());
        return Optional.empty();
    }
}
