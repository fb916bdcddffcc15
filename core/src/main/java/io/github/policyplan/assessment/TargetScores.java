package io.github.policyplan.assessment;

import io.github.policyplan.scoring.NodeScore;
import io.github.policyplan.scoring.Scorecard;
import io.github.policyplan.scoring.Status;
import java.util.List;
import java.util.OptionalDouble;

/**
 * A scorecard's target scores and statuses by the plan's target index, read once in plan order
 * ({@link Scorecard#targets()} and {@link io.github.policyplan.model.Plan#targets()} share it). A unit's
 * terms then read them by index instead of looking up a node by id for each of the 400 terms of a
 * unit, two units a target, at national scale. Immutable once made.
 */
final class TargetScores {

    private final Scorecard card;
    /** The scores; NaN for a target without one. */
    private final double[] scores;
    private final Status[] statuses;

    TargetScores(Scorecard card) {
        this.card = card;
        List<NodeScore> nodes = card.targets();
        this.scores = new double[nodes.size()];
        this.statuses = new Status[nodes.size()];
        for (int i = 0; i < scores.length; i++) {
            NodeScore n = nodes.get(i);
            scores[i] = n.score().orElse(Double.NaN);
            statuses[i] = n.status();
        }
    }

    private TargetScores(Scorecard card, double[] scores, Status[] statuses) {
        this.card = card;
        this.scores = scores;
        this.statuses = statuses;
    }

    /**
     * Reads a scorecard of another version of a plan (another quarter's, under other revisions) by the
     * target indexes of this one: a target the scorecard does not have (added later, or withdrawn before)
     * has no score and no data.
     *
     * @param card the scorecard
     * @param plan the plan whose target indexes the scores are read by
     * @return the scores
     */
    static TargetScores byId(Scorecard card, io.github.policyplan.model.Plan plan) {
        List<io.github.policyplan.model.Target> targets = plan.targets();
        double[] scores = new double[targets.size()];
        Status[] statuses = new Status[targets.size()];
        for (int i = 0; i < scores.length; i++) {
            java.util.Optional<NodeScore> n = card.find(targets.get(i).id());
            scores[i] = n.isPresent() ? n.get().score().orElse(Double.NaN) : Double.NaN;
            statuses[i] = n.isPresent() ? n.get().status() : Status.NO_DATA;
        }
        return new TargetScores(card, scores, statuses);
    }

    /**
     * Returns the scorecard.
     *
     * @return the scorecard read
     */
    Scorecard card() {
        return card;
    }

    /**
     * Returns a target's score.
     *
     * @param index the target's index in the plan
     * @return the score, empty when it has none
     */
    OptionalDouble score(int index) {
        double s = scores[index];
        return Double.isNaN(s) ? OptionalDouble.empty() : OptionalDouble.of(s);
    }

    /**
     * Returns a target's score as a number.
     *
     * @param index the target's index in the plan
     * @return the score; NaN when it has none
     */
    double rawScore(int index) {
        return scores[index];
    }

    /**
     * Returns a target's status.
     *
     * @param index the target's index in the plan
     * @return the status
     */
    Status status(int index) {
        return statuses[index];
    }
}
