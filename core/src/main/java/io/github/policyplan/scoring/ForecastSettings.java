package io.github.policyplan.scoring;

import java.util.Objects;

/**
 * How forecasts are made and judged.
 *
 * <p>With {@link Method#PROJECTED_PROGRESS} (the default, after the UN SDG progress chart) the ratio
 * is projected progress ÷ required progress: (projected − start) ÷ (goal − start). With
 * {@link Method#GROWTH_RATIO} (Open SDG) it is the actual compound growth rate ÷ the compound growth
 * rate required to reach the goal from the first report.
 *
 * <p>Immutable and thread-safe.
 *
 * @param method       how the ratio is computed
 * @param onTrack      at or above this ratio the target is {@link Likelihood#ON_TRACK} (default 0.95)
 * @param acceleration at or above this ratio it {@link Likelihood#NEEDS_ACCELERATION} (default 0.10)
 * @param regression   below this ratio it is {@link Likelihood#REGRESSING} (default 0), between this and
 *                     {@code acceleration} {@link Likelihood#STAGNATING}
 */
public record ForecastSettings(Method method, double onTrack, double acceleration, double regression) {

    /** The defaults: projected progress; 0.95, 0.10, 0. */
    public static final ForecastSettings DEFAULT = new ForecastSettings(Method.PROJECTED_PROGRESS, 0.95, 0.10, 0);

    /** How the ratio is computed. */
    public enum Method {
        /** Projected progress ÷ required progress (UN SDG progress chart). */
        PROJECTED_PROGRESS,
        /** Actual compound growth rate ÷ required compound growth rate (Open SDG). */
        GROWTH_RATIO
    }

    /**
     * Checks the thresholds.
     *
     * @param method       how the ratio is computed
     * @param onTrack      at or above this ratio the target is {@link Likelihood#ON_TRACK} (default 0.95)
     * @param acceleration at or above this ratio it {@link Likelihood#NEEDS_ACCELERATION} (default 0.10)
     * @param regression   below this ratio it is {@link Likelihood#REGRESSING} (default 0), between this and {@code acceleration} {@link Likelihood#STAGNATING}
     */
    public ForecastSettings {
        Objects.requireNonNull(method, "method");
        if (!(regression <= acceleration) || !(acceleration < onTrack) || !Double.isFinite(onTrack)
                || !Double.isFinite(regression)) {
            throw new IllegalArgumentException("forecast thresholds need regression ≤ acceleration < onTrack (was "
                    + regression + ", " + acceleration + ", " + onTrack + ")");
        }
    }

    /**
     * Returns the likelihood of a ratio.
     *
     * @param ratio the ratio
     * @return the likelihood
     */
    public Likelihood of(double ratio) {
        if (ratio >= onTrack) {
            return Likelihood.ON_TRACK;
        }
        if (ratio >= acceleration) {
            return Likelihood.NEEDS_ACCELERATION;
        }
        return ratio >= regression ? Likelihood.STAGNATING : Likelihood.REGRESSING;
    }

    /**
     * Returns these settings with another method, the thresholds kept.
     *
     * <pre>{@code
     * Scoring.standard().withForecasts(ForecastSettings.DEFAULT.withMethod(ForecastSettings.Method.GROWTH_RATIO));
     * }</pre>
     *
     * @param value the method
     * @return the new settings
     */
    public ForecastSettings withMethod(Method value) {
        return new ForecastSettings(value, onTrack, acceleration, regression);
    }
}
