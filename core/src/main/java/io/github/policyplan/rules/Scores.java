package io.github.policyplan.rules;

/**
 * The arithmetic of the built-in rules, without words: the rules write their formulas around these,
 * and scoring computes the two rules most targets use from these alone, so both reach the same numbers.
 * Custom rules may use them too. Static functions of {@code double}s only; NaN stands for "no score".
 */
public final class Scores {

    private Scores() {
    }

    /**
     * A raw score within [0, cap], as the rules clamp it; NaN when it is not finite.
     *
     * @param score the raw score
     * @param cap the highest score
     * @return the number, or NaN
     */
    public static double clamp(double score, double cap) {
        double raw = score + 0.0;
        return !Double.isFinite(raw) ? Double.NaN : raw > cap ? cap : raw < 0 ? 0 : raw;
    }

    /**
     * The completion rate in % (expected ÷ actual for lower-is-better), or NaN when it is not defined.
     *
     * @param a the actual value
     * @param e the expected value
     * @param lower true when lower is better
     * @return the number, or NaN
     */
    public static double completionRate(double a, double e, boolean lower) {
        if (lower) {
            return a <= 0 ? Double.NaN : e / a * 100;
        }
        return e <= 0 ? Double.NaN : a / e * 100;
    }

    /**
     * The raw score of {@code linear}: floor + (100 − floor) × (actual − start) ÷ (expected − start).
     *
     * @param a the actual value
     * @param e the expected value
     * @param s the start value (the baseline)
     * @param floor the score at the start
     * @return the number, or NaN
     */
    public static double linear(double a, double e, double s, double floor) {
        return floor + (100 - floor) * (a - s) / (e - s);
    }

    /**
     * The score {@code completion-rate} gives numbers: NaN when it gives none.
     *
     * @param a the actual value
     * @param e the expected value
     * @param lower true when lower is better
     * @param cap the highest score
     * @return the number, or NaN
     */
    public static double completionRateScore(double a, double e, boolean lower, double cap) {
        return clamp(completionRate(a, e, lower), cap);
    }

    /**
     * The score {@code linear} gives numbers: NaN when it gives none.
     *
     * @param a the actual value
     * @param e the expected value
     * @param s the start value (the baseline), NaN when there is none
     * @param floor the score at the start
     * @param cap the highest score
     * @return the number, or NaN
     */
    public static double linearScore(double a, double e, double s, double floor, double cap) {
        return Double.isNaN(s) || e == s ? Double.NaN : clamp(linear(a, e, s, floor), cap);
    }
}
