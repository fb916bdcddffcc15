package io.github.policyplan.scoring;

import io.github.policyplan.model.Plan;
import io.github.policyplan.progress.ProgressLog;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
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
 * <p>The scorecard holds the numbers of every node in arrays, with the plan and the log it was scored
 * from; each {@link NodeScore} is a view made when asked for, whose explanation is written on first
 * use. Holding a scorecard costs about 35 bytes a target beyond the plan and the log.
 *
 * <p>Immutable and thread-safe. Two scorecards are equal when they write the same JSON
 * ({@link #equals}).
 */
public final class Scorecard {

    private final Scoring scoring;
    private final Plan plan;
    private final ProgressLog log;
    private final LocalDate asOf;
    private final Group root;
    /** The broken-down targets' units' shares, by target id; empty unless {@link #withShares} attached some. */
    private final Map<String, UnitShares> shares;
    /** Section and item ids to their groups; built on first use, so that a rescore costs only the path it changes. */
    private volatile Map<String, Group> groupsById;
    /** The hash code of the JSON, 0 until computed (a racy single check: every thread computes the same). */
    private int hash;

    Scorecard(Scoring scoring, Plan plan, ProgressLog log, LocalDate asOf, Group root) {
        this(scoring, plan, log, asOf, root, Map.of());
    }

    private Scorecard(Scoring scoring, Plan plan, ProgressLog log, LocalDate asOf, Group root,
            Map<String, UnitShares> shares) {
        this.scoring = scoring;
        this.plan = plan;
        this.log = log;
        this.asOf = asOf;
        this.root = root;
        this.shares = shares;
    }

    Scoring scoring() {
        return scoring;
    }

    Plan plan() {
        return plan;
    }

    ProgressLog log() {
        return log;
    }

    Group rootGroup() {
        return root;
    }

    private Map<String, Group> groups() {
        Map<String, Group> index = groupsById;
        if (index == null) {
            Map<String, Group> built = new HashMap<>();
            built.put(root.id, root);
            for (Group section : root.groups) {
                built.put(section.id, section);
                for (Group item : section.groups) {
                    built.put(item.id, item);
                }
            }
            index = Collections.unmodifiableMap(built);
            groupsById = index;
        }
        return index;
    }

    /**
     * Returns the plan's id.
     *
     * @return the id
     */
    public String planId() {
        return plan.id();
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
        return new NodeScore(this, root, -1);
    }

    /**
     * Returns a node by its id.
     *
     * @param id the id of a section, item or target (or the plan)
     * @return the node
     * @throws IllegalArgumentException when the plan has no node with that id
     */
    public NodeScore node(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("scorecard of plan " + plan.id()
                + " has no node '" + id + "'"));
    }

    /**
     * Finds a node by its id.
     *
     * @param id the id
     * @return the node, if there is one
     */
    public Optional<NodeScore> find(String id) {
        Objects.requireNonNull(id, "id");
        Optional<Plan.TargetPosition> position = plan.position(id);
        if (position.isPresent()) {
            Plan.TargetPosition p = position.get();
            Group section = root.groups[p.section()];
            return Optional.of(new NodeScore(this, p.item() < 0 ? section : section.groups[p.item()], p.index()));
        }
        return Optional.ofNullable(groups().get(id)).map(g -> new NodeScore(this, g, -1));
    }

    /**
     * Returns every target's node, in plan order.
     *
     * @return the target nodes
     */
    public List<NodeScore> targets() {
        List<NodeScore> out = new ArrayList<>(plan.targets().size());
        for (Group section : root.groups) {
            for (int t = 0; t < section.scores.length; t++) {
                out.add(new NodeScore(this, section, t));
            }
            for (Group item : section.groups) {
                for (int t = 0; t < item.scores.length; t++) {
                    out.add(new NodeScore(this, item, t));
                }
            }
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * Returns this scorecard with the units' shares of its broken-down targets shown under them: each
     * target's {@link NodeScore#shares()}, in its JSON a {@code breakdown} object, and in the reports of
     * the {@code report} package rows under the target. Scores and statuses stay as they are: a target's
     * score comes from its own value, not from its units'. So do explanations, but for a target's forecast,
     * whose trend leaves out the values that covered only some units ({@link UnitShares#partial()}) and says
     * how many. The roll-up
     * ({@code RollUp.standard().score(plan, log, asOf).scorecard()}) returns a scorecard with them.
     * A {@linkplain Scoring#rescore rescore} starts from the numbers and leaves them out.
     *
     * @param byTarget the shares by the target's id; each a target of this scorecard's plan
     * @return the scorecard with them (replacing any attached before); this scorecard when both are empty
     * @throws IllegalArgumentException when an id is not a target of the plan
     */
    public Scorecard withShares(Map<String, UnitShares> byTarget) {
        Map<String, UnitShares> copy = Map.copyOf(byTarget);
        for (String id : copy.keySet()) {
            if (plan.position(id).isEmpty()) {
                throw new IllegalArgumentException("plan " + plan.id() + " has no target '" + id + "'");
            }
        }
        return copy.isEmpty() && shares.isEmpty() ? this : new Scorecard(scoring, plan, log, asOf, root, copy);
    }

    /**
     * Returns the units' shares of a broken-down target, when they are attached ({@link #withShares}).
     *
     * @param targetId the target's id
     * @return the shares; empty for a target not broken down, or when none are attached
     */
    public Optional<UnitShares> shares(String targetId) {
        return Optional.ofNullable(shares.get(Objects.requireNonNull(targetId, "targetId")));
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

    /**
     * Returns the scorecard as JSON with where it came from: the same text as {@link #toJson()} with the
     * field {@code provenance} last (the library version and the SHA-256 of each input).
     *
     * @param provenance the inputs and library version
     * @return the JSON text
     */
    public String toJson(io.github.policyplan.core.Provenance provenance) {
        return ScorecardJson.write(List.of(this), java.util.Objects.requireNonNull(provenance, "provenance"));
    }

    /**
     * Returns whether the other object is a scorecard with the same JSON: equal {@link #toJson()}
     * text if and only if equal scorecards. A full score and a {@link Scoring#rescore rescore} that
     * reach the same numbers and words are equal, whichever engine object or log instance made them.
     * Comparing writes both as JSON (plan id and date are compared first), so it costs about as much
     * as {@code toJson()}.
     *
     * @param o the other object
     * @return true when both write the same JSON
     */
    @Override
    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        return o instanceof Scorecard other && plan.id().equals(other.plan.id()) && asOf.equals(other.asOf)
                && hashCode() == other.hashCode() && toJson().equals(other.toJson());
    }

    /**
     * Returns the hash code of the scorecard's JSON, consistent with {@link #equals}; computed once.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            h = toJson().hashCode();
            hash = h;
        }
        return h;
    }

    /**
     * Returns a short description: plan, date, the root's score and status counts.
     *
     * @return the description
     */
    @Override
    public String toString() {
        NodeScore r = root();
        return "Scorecard[" + plan.id() + " as of " + asOf + ", score " + r.score() + ", " + r.counts() + "]";
    }
}
