package io.github.policyplan.assessment;

import io.github.policyplan.core.Explanation;
import java.util.List;
import java.util.OptionalDouble;

/**
 * A unit's base score, before adjustments: the weighted mean of the targets behind it, or for the
 * annual period with quarter weights that of the quarters' bases. It keeps the numbers its words are
 * written from, so that they are written only when asked for ({@link UnitWords}).
 */
sealed interface Base {

    /**
     * Returns the base.
     *
     * @return the weighted mean; empty when no term has a score (or the weights of those that do add up to 0)
     */
    OptionalDouble score();

    /**
     * Returns the targets and peer metrics behind the unit (at the period's end, for weighted quarters).
     *
     * @return the contributions, in the order they count
     */
    List<Contribution> contributions();

    /**
     * Writes how the base was reached.
     *
     * @return such as {@code 95.38 = (100 × 1 + 80 × 0.3) ÷ 1.3 (weighted mean of 2 targets)}
     */
    Explanation words();

    /**
     * The weighted mean of the contributions that have a score.
     *
     * @param score         the mean
     * @param contributions every contribution, with a score or not
     * @param totalWeight   the sum of the weights of those with a score, the mean's divisor
     */
    record OfTargets(OptionalDouble score, List<Contribution> contributions, double totalWeight) implements Base {
        @Override
        public Explanation words() {
            return UnitWords.base(this);
        }
    }

    /**
     * The weighted mean of the quarters' bases (those with a base and a weight above 0).
     *
     * @param score         the mean
     * @param contributions the contributions at the period's end
     * @param quarters      the bases of Q1–Q4
     * @param weights       the scheme's weights of Q1–Q4
     * @param totalWeight   the sum of the weights of the quarters counted, the mean's divisor
     */
    record OfQuarters(OptionalDouble score, List<Contribution> contributions, List<OptionalDouble> quarters,
            List<Double> weights, double totalWeight) implements Base {
        @Override
        public Explanation words() {
            return UnitWords.base(this);
        }

        /**
         * Tells whether a quarter counts in the mean.
         *
         * @param q the quarter's index, 0 to 3
         * @return true when it has a base and a weight above 0
         */
        boolean counts(int q) {
            return quarters.get(q).isPresent() && weights.get(q) > 0;
        }
    }
}
