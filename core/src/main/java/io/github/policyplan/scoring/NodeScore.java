package io.github.policyplan.scoring;

import io.github.policyplan.core.Explanation;

import io.github.policyplan.model.Target;
import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.RandomAccess;

/**
 * One node of a scorecard: the plan, a section, an item or a target, with its score, status,
 * coverage, weight and the explanation that reproduces the score from its inputs.
 *
 * <p>A scorecard holds the numbers; a node is a view of them, made when asked for. Its
 * {@link #explanation()} and {@link #target()} are written from the plan and the progress log on
 * first use (scoring a plan computes the numbers only, which is what makes it fast) and always
 * reproduce the numbers the node reports.
 *
 * <p>Immutable and thread-safe; no accessor returns null. Two nodes are equal when every accessor
 * returns equal values.
 */
public final class NodeScore {

    private static final Status[] STATUSES = Status.values();

    private final Scorecard card;
    private final Group group;
    /** The target's index among the group's targets, or -1 for the group itself. */
    private final int slot;
    /** Written on first use; racy single-check is safe for an immutable object. */
    private Words words;

    /** The words of a node: its explanation and, for a target, what is known of it. */
    record Words(Explanation explanation, Optional<TargetResult> target) {
    }

    NodeScore(Scorecard card, Group group, int slot) {
        this.card = card;
        this.group = group;
        this.slot = slot;
    }

    /** The engine that scored the node. */
    Scoring scoring() {
        return card.scoring();
    }

    private boolean isTarget() {
        return slot >= 0;
    }

    private Target model() {
        return group.targets.get(slot);
    }

    /**
     * Returns the node's id in the plan (the plan's id for the root).
     *
     * @return the id
     */
    public String id() {
        return isTarget() ? model().id() : group.id;
    }

    /**
     * Returns the node's title.
     *
     * @return the title
     */
    public String title() {
        return isTarget() ? model().title() : group.title;
    }

    /**
     * Returns what the node is.
     *
     * @return plan, section, item or target
     */
    public NodeKind kind() {
        return isTarget() ? NodeKind.TARGET : group.kind;
    }

    /**
     * Returns the node's weight among its siblings.
     *
     * @return the weight
     */
    public double weight() {
        return isTarget() ? model().weight() : group.weight;
    }

    /**
     * Returns the score.
     *
     * @return the score, empty when the node has none (unset, no data, not started, too little coverage)
     */
    public OptionalDouble score() {
        double s = rawScore();
        return Double.isNaN(s) ? OptionalDouble.empty() : OptionalDouble.of(s);
    }

    /** The score, NaN when there is none. */
    double rawScore() {
        return isTarget() ? group.scores[slot] : group.score();
    }

    /**
     * Returns where the node stands.
     *
     * @return the status
     */
    public Status status() {
        return isTarget() ? STATUSES[group.statuses[slot]] : group.status;
    }

    /**
     * Returns the share of the node's weight that has a score.
     *
     * @return from 0 to 1; for a target 1 or 0
     */
    public double coverage() {
        return isTarget() ? (Double.isNaN(group.scores[slot]) ? 0 : 1) : group.coverage();
    }

    /**
     * Returns how many targets below the node have each status (for a target, itself).
     *
     * @return the counts
     */
    public StatusCounts counts() {
        return isTarget() ? StatusCounts.of(status()) : StatusCounts.of(group.counts);
    }

    /**
     * Returns how the score (or its absence) follows from the inputs, in English and Chinese.
     *
     * @return the explanation
     */
    public Explanation explanation() {
        return words().explanation();
    }

    /**
     * Returns the roll-up used.
     *
     * @return for a plan, section or item the roll-up's name (such as {@code weighted-mean}); for a
     *         target the empty string
     */
    public String rollUp() {
        return isTarget() ? "" : group.rollUp.kind().code();
    }

    /**
     * Returns, for a target, what is known of it beyond its score.
     *
     * @return the details; empty for a plan, section or item
     */
    public Optional<TargetResult> target() {
        return isTarget() ? words().target() : Optional.empty();
    }

    /**
     * Returns, for a broken-down target, its units' shares as its scorecard shows them under it: each
     * share scored like a target, with the roll-up and its coverage in words. Present when the scorecard
     * has them attached ({@link Scorecard#withShares}), as the roll-up's does.
     *
     * @return the shares; empty for a plan, section or item and for a target not broken down
     */
    public Optional<UnitShares> shares() {
        return isTarget() ? card.shares(id()) : Optional.empty();
    }

    /**
     * Returns, for a target, where it is heading: {@code target().flatMap(TargetResult::forecast)}.
     *
     * @return the forecast; empty for a plan, section or item, for a target with fewer than two numeric
     *         points (reports, and the baseline when it has a date), and at or after the due date (the
     *         explanation then says that the due date has passed)
     */
    public Optional<Forecast> forecast() {
        return target().flatMap(TargetResult::forecast);
    }

    /**
     * Returns the children, in plan order (a section's headline targets before its items).
     *
     * @return an unmodifiable list, empty for a target
     */
    public List<NodeScore> children() {
        return isTarget() ? List.of() : new Children();
    }

    private Words words() {
        Words w = words;
        if (w == null) {
            w = isTarget() ? Explainer.target(card, group.firstTarget + slot) : Explainer.group(this, group);
            words = w;
        }
        return w;
    }

    /** The children as views, made when read. */
    private final class Children extends AbstractList<NodeScore> implements RandomAccess {
        @Override
        public NodeScore get(int index) {
            Objects.checkIndex(index, size());
            int targets = group.scores.length;
            return index < targets ? new NodeScore(card, group, index)
                    : new NodeScore(card, group.groups[index - targets], -1);
        }

        @Override
        public int size() {
            return group.children();
        }
    }

    /**
     * Tells whether another node has the same id, title, kind, weight, score, status, coverage, counts,
     * explanation, roll-up, target details, units' shares and children.
     *
     * @param o the other object
     * @return true when equal
     */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof NodeScore n)) {
            return false;
        }
        return id().equals(n.id()) && title().equals(n.title()) && kind() == n.kind()
                && Double.compare(weight(), n.weight()) == 0 && score().equals(n.score()) && status() == n.status()
                && Double.compare(coverage(), n.coverage()) == 0 && counts().equals(n.counts())
                && rollUp().equals(n.rollUp()) && explanation().equals(n.explanation())
                && target().equals(n.target()) && shares().equals(n.shares()) && children().equals(n.children());
    }

    @Override
    public int hashCode() {
        return Objects.hash(id(), kind(), score(), status(), coverage());
    }

    /**
     * Describes the node briefly.
     *
     * @return such as {@code NodeScore[s1.i1 item: score 85.5, on track, coverage 1.0]}
     */
    @Override
    public String toString() {
        return "NodeScore[" + id() + " " + kind().name().toLowerCase(java.util.Locale.ROOT) + ": score "
                + (score().isPresent() ? score().getAsDouble() : "none") + ", " + status().english() + ", coverage "
                + coverage() + "]";
    }
}
