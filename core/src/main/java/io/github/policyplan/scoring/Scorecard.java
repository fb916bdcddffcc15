package io.github.policyplan.scoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A plan scored at a date: an immutable tree that mirrors the plan, each node with its score,
 * status, coverage, weight and explanation.
 *
 * <pre>{@code
 * Scorecard card = Scoring.standard().score(plan, log, LocalDate.of(2023, 6, 30));
 * card.root().score();                                  // the plan's score
 * card.node("s1.i1.t1").explanation().inChinese();      // how a target's score was reached
 * Files.writeString(path, card.toJson());                // deterministic JSON
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Scorecard {

    private final String planId;
    private final LocalDate asOf;
    private final NodeScore root;
    /** Built on first use, so that a rescore costs only the path it changes. */
    private volatile Map<String, NodeScore> byId;

    /**
     * Creates a scorecard.
     *
     * @param planId the plan's id
     * @param asOf   the date scored
     * @param root   the plan's node
     */
    public Scorecard(String planId, LocalDate asOf, NodeScore root) {
        this.planId = Objects.requireNonNull(planId, "planId");
        this.asOf = Objects.requireNonNull(asOf, "asOf");
        this.root = Objects.requireNonNull(root, "root");
    }

    private Map<String, NodeScore> index() {
        Map<String, NodeScore> index = byId;
        if (index == null) {
            Map<String, NodeScore> built = new LinkedHashMap<>();
            index(root, built);
            index = Collections.unmodifiableMap(built);
            byId = index;
        }
        return index;
    }

    private static void index(NodeScore node, Map<String, NodeScore> index) {
        index.putIfAbsent(node.id(), node);
        for (NodeScore child : node.children()) {
            index(child, index);
        }
    }

    /**
     * Returns the plan's id.
     *
     * @return the id
     */
    public String planId() {
        return planId;
    }

    /**
     * Returns the date scored.
     *
     * @return the date
     */
    public LocalDate asOf() {
        return asOf;
    }

    /**
     * Returns the plan's node, the root of the tree.
     *
     * @return the root
     */
    public NodeScore root() {
        return root;
    }

    /**
     * Returns a node by its id.
     *
     * @param id the id of a section, item or target (or the plan)
     * @return the node
     * @throws IllegalArgumentException when the plan has no node with that id
     */
    public NodeScore node(String id) {
        NodeScore node = index().get(id);
        if (node == null) {
            throw new IllegalArgumentException("scorecard of plan " + planId + " has no node '" + id + "'");
        }
        return node;
    }

    /**
     * Finds a node by its id.
     *
     * @param id the id
     * @return the node, if there is one
     */
    public Optional<NodeScore> find(String id) {
        return Optional.ofNullable(index().get(id));
    }

    /**
     * Returns every target's node, in plan order.
     *
     * @return the target nodes
     */
    public List<NodeScore> targets() {
        List<NodeScore> out = new ArrayList<>();
        for (NodeScore n : index().values()) {
            if (n.kind() == NodeKind.TARGET) {
                out.add(n);
            }
        }
        return List.copyOf(out);
    }

    /**
     * Writes the scorecard as JSON: keys in a fixed order, numbers as Java writes doubles, {@code \n}
     * line ends; the same inputs always give byte-identical text.
     *
     * @return the JSON text
     */
    public String toJson() {
        return ScorecardJson.write(List.of(this));
    }

    @Override
    public String toString() {
        return "Scorecard[" + planId + " as of " + asOf + ", score " + root.score() + ", " + root.counts() + "]";
    }
}
