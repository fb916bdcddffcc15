package io.github.policyplan.rollup;

import io.github.policyplan.progress.ProgressLog;
import io.github.policyplan.scoring.Scorecard;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A plan scored at a date with its broken-down targets' values rolled up from their units: the
 * scorecard (each broken-down target scored on its rolled-up value against its own goal, not on the mean
 * of its units' scores), the units' shares scored like targets, each target's roll-up, and the reporting
 * completeness.
 *
 * <p>Immutable and thread-safe.
 */
public final class RolledUp {

    private final Scorecard scorecard;
    private final Optional<Scorecard> shares;
    private final Map<String, TargetRollUp> targets;
    private final Completeness completeness;
    private final ProgressLog log;
    private final List<String> order;

    RolledUp(Scorecard scorecard, Optional<Scorecard> shares, Map<String, TargetRollUp> targets,
            Completeness completeness, ProgressLog log) {
        this.scorecard = scorecard;
        this.shares = shares;
        this.targets = Map.copyOf(targets);
        this.order = List.copyOf(targets.keySet());
        this.completeness = completeness;
        this.log = log;
    }

    /**
     * Returns the plan's scorecard, broken-down targets scored on their rolled-up values (or on their
     * own reports, as the plan's settings say).
     *
     * @return the scorecard
     */
    public Scorecard scorecard() {
        return scorecard;
    }

    /**
     * Returns the units' shares scored like targets: a section a broken-down target (with its id), in it a
     * target a unit ({@code funds.cgz}), each with the parent's schedule and rule unless it has its own
     * goal, checkpoints and due date.
     *
     * @return the shares' scorecard; empty when the plan has no breakdown
     */
    public Optional<Scorecard> shares() {
        return shares;
    }

    /**
     * Returns a broken-down target's roll-up.
     *
     * @param targetId the target's id
     * @return the roll-up
     * @throws IllegalArgumentException when the target is not broken down
     */
    public TargetRollUp target(String targetId) {
        TargetRollUp r = targets.get(targetId);
        if (r == null) {
            throw new IllegalArgumentException("target '" + targetId + "' is not broken down");
        }
        return r;
    }

    /**
     * Returns every broken-down target's roll-up, in the order of the plan's breakdowns.
     *
     * @return the roll-ups
     */
    public List<TargetRollUp> targets() {
        return order.stream().map(targets::get).toList();
    }

    /**
     * Returns the reporting completeness (报送率) at the date.
     *
     * @return the completeness
     */
    public Completeness completeness() {
        return completeness;
    }

    /**
     * Returns the progress log the scorecard was scored from: the reports given, with every broken-down
     * target's rolled-up values in place.
     *
     * @return the log
     */
    public ProgressLog log() {
        return log;
    }
}
