package io.github.policyplan.scoring;

import io.github.policyplan.model.Baseline;
import io.github.policyplan.model.Goal;
import io.github.policyplan.model.Value;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What a scorecard knows of one target at its date, beyond its score: the actual value and when it
 * was reported, the value expected by the date, the pace, the rule and schedule used, and the
 * forecast.
 *
 * <p>Immutable and thread-safe; no component is null.
 *
 * @param goal       the target's goal (possibly unset)
 * @param unit       the measure's unit
 * @param actual     the latest reported value on or before the date, if any
 * @param reported   the date of that report, if any
 * @param source     who reported it, if the report says
 * @param expected   the value expected by the date, if anything is expected yet
 * @param start      where the schedule starts (the baseline, or 0 for amounts built up), if it has a start
 * @param baseline   the target's baseline (基数), with its date when it has one, if the plan gives one: the
 *                   start of its schedule and of its pace
 * @param pace       actual progress ÷ expected progress, if both are known
 * @param rule       the scoring rule's name
 * @param schedule   the schedule's name
 * @param forecast   the forecast, when there are at least two numeric reports
 */
public record TargetResult(Goal goal, String unit, Optional<Value> actual, Optional<LocalDate> reported,
        Optional<String> source, Optional<Goal> expected, OptionalDouble start, Optional<Baseline> baseline,
        OptionalDouble pace, String rule,
        String schedule, Optional<Forecast> forecast) {

    /**
     * Checks the components.
     *
     * @param goal     the target's goal (possibly unset)
     * @param unit     the measure's unit
     * @param actual   the latest reported value on or before the date, if any
     * @param reported the date of that report, if any
     * @param source   who reported it, if the report says
     * @param expected the value expected by the date, if anything is expected yet
     * @param start    where the schedule starts (the baseline, or 0 for amounts built up), if it has a start
     * @param baseline the target's baseline, if it has one
     * @param pace     actual progress ÷ expected progress, if both are known
     * @param rule     the scoring rule's name
     * @param schedule the schedule's name
     * @param forecast the forecast, when there are at least two numeric reports
     */
    public TargetResult {
        Objects.requireNonNull(goal, "goal");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(actual, "actual");
        Objects.requireNonNull(reported, "reported");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(pace, "pace");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(forecast, "forecast");
    }
}
