package io.github.policyplan.scoring;

/**
 * The arithmetic of the built-in rules, without words: the rules write their formulas around these,
 * and scoring computes the two rules most targets use from these alone, so both reach the same numbers.
 */
final class Scores {

    private Scores() {
    }

    /** A raw score within [0, cap], as the rules clamp it; NaN when it is not finite. */
    static double clamp(double score, double cap) {
        double raw = score + 0.0;
        return !Double.isFinite(raw) ? Double.NaN : raw > cap ? cap : raw < 0 ? 0 : raw;
    }

    /** The completion rate in % (expected ÷ actual for lower-is-better), or NaN when it is not defined. */
    static double completionRate(double a, double e, boolean lower) {
        if (lower) {
            return a <= 0 ? Double.NaN : e / a * 100;
        }
        return e <= 0 ? Double.NaN : a / e * 100;
    }

    /** The raw score of {@code linear}: floor + (100 − floor) × (actual − start) ÷ (expected − start). */
    static double linear(double a, double e, double s, double floor) {
        return floor + (100 - floor) * (a - s) / (e - s);
    }

    /** The score {@code completion-rate} gives numbers: NaN when it gives none. */
    static double completionRateScore(double a, double e, boolean lower, double cap) {
        return clamp(completionRate(a, e, lower), cap);
    }

    /** The score {@code linear} gives numbers: NaN when it gives none. */
    static double linearScore(double a, double e, double s, double floor, double cap) {
        return Double.isNaN(s) || e == s ? Double.NaN : clamp(linear(a, e, s, floor), cap);
    }
}
