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
