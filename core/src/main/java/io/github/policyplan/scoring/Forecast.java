package io.github.policyplan.scoring;

import io.github.policyplan.core.Explanation;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Where a target is heading: the value projected at its due date from its reports, the monthly
 * rate it is moving at and the rate still needed, and the likelihood of meeting the goal.
 *
 * <p>Immutable and thread-safe; no component is null.
 *
 * @param projected    the value projected at {@code at}
 * @param at           the date projected to: the due date (for per-year rates, the end of the year)
 * @param currentRate  the trend's change per month (a month is 365.25 ÷ 12 days)
 * @param requiredRate the change per month still needed from the latest report to reach the goal by {@code at}
 * @param ratio        the ratio the likelihood is judged on (see {@link ForecastSettings})
 * @param likelihood   on track, needs acceleration, stagnating or regressing
 * @param reports      how many reports the trend is fitted to
 * @param explanation  how the forecast was made
 */
public record Forecast(double projected, LocalDate at, double currentRate, double requiredRate, double ratio,
        Likelihood likelihood, int reports, Explanation explanation) {

    /**
     * Checks the components.
     *
     * @param projected    the value projected at {@code at}
     * @param at           the date projected to: the due date (for per-year rates, the end of the year)
     * @param currentRate  the trend's change per month (a month is 365.25 ÷ 12 days)
     * @param requiredRate the change per month still needed from the latest report to reach the goal by {@code at}
     * @param ratio        the ratio the likelihood is judged on (see {@link ForecastSettings})
     * @param likelihood   on track, needs acceleration, stagnating or regressing
     * @param reports      how many reports the trend is fitted to
     * @param explanation  how the forecast was made
     */
    public Forecast {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(likelihood, "likelihood");
        Objects.requireNonNull(explanation, "explanation");
    }
}
