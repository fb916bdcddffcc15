package io.github.policyplan.scoring;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One node of a scorecard: the plan, a section, an item or a target, with its score, status,
 * coverage, weight and the explanation that reproduces the score from its inputs.
 *
 * <p>Immutable and thread-safe; no component is null.
 *
 * @param id          the node's id in the plan (the plan's id for the root)
 * @param title       the node's title
 * @param kind        plan, section, item or target
 * @param weight      the node's weight among its siblings
 * @param score       the score, empty when the node has none (unset, no data, not started, too little coverage)
 * @param status      where the node stands
 * @param coverage    the share of the node's weight that has a score, from 0 to 1 (for a target 1 or 0)
 * @param counts      how many targets below the node have each status
 * @param explanation how the score (or its absence) follows from the inputs, in English and Chinese
 * @param rollUp      for a plan, section or item the roll-up used (such as {@code weighted-mean}); for a
 *                    target the empty string
 * @param target      for a target, what is known of it beyond its score
 * @param children    the children, in plan order (a section's headline targets before its items)
 */
public record NodeScore(String id, String title, NodeKind kind, double weight, OptionalDouble score, Status status,
        double coverage, StatusCounts counts, Explanation explanation, String rollUp, Optional<TargetResult> target,
        List<NodeScore> children) {

    /** Checks the components and copies the children. */
    public NodeScore {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(counts, "counts");
        Objects.requireNonNull(explanation, "explanation");
        Objects.requireNonNull(rollUp, "rollUp");
        Objects.requireNonNull(target, "target");
        children = List.copyOf(children);
    }
}
