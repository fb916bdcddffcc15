package io.github.policyplan.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One version of a report as it was recorded (报送 or 更正): the report (target, date, value, and who
 * reported it as its {@link Report#source() source}) and when it was recorded. A progress log keeps
 * every version of a report — the one recorded last counts — so that a result can be replayed as it
 * was known on any day.
 *
 * <p>A version without a record time counts as known from its report's date (a value as of 30 June
 * is taken to be known on 30 June). Versions of the same report are those with the same target and
 * date; they are ordered by {@link #recorded()}, then by the order they were added.
 *
 * <p>Immutable and thread-safe; no component is null.
 *
 * @param report   the report
 * @param recorded when it was recorded, if known
 */
public record ReportVersion(Report report, Optional<Recorded> recorded) {

    /**
     * Checks the components.
     *
     * @param report   the report
     * @param recorded when it was recorded, if known
     */
    public ReportVersion {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(recorded, "recorded");
    }

    /**
     * Returns a version recorded at a known time.
     *
     * @param report   the report
     * @param recorded when it was recorded
     * @return the version
     */
    public static ReportVersion of(Report report, Recorded recorded) {
        return new ReportVersion(report, Optional.of(recorded));
    }

    /**
     * Returns the first day on which this version was known: the day it was recorded, or its report's
     * date when that is not known.
     *
     * @return the day
     */
    public LocalDate knownFrom() {
        return recorded.map(Recorded::date).orElse(report.date());
    }
}
