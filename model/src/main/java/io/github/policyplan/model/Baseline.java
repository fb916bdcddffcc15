package io.github.policyplan.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a numeric target starts from: a value and, optionally, the date it was measured.
 *
 * <p>Immutable and thread-safe; no component is null.
 *
 * @param value the starting value, finite
 * @param date  when it was measured, if known
 */
public record Baseline(double value, Optional<LocalDate> date) {

    /**
     * Checks the components.
     *
     * @param value the starting value, finite
     * @param date  when it was measured, if known
     */
    public Baseline {
        date = Objects.requireNonNull(date, "date").map(Dates::shared);
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("baseline must be a finite number (was " + value + ")");
        }
    }

    /**
     * Returns a baseline measured on a date.
     *
     * @param value the value
     * @param date  the date; not null
     * @return the baseline
     */
    public static Baseline of(double value, LocalDate date) {
        return new Baseline(value, Optional.of(date));
    }

    /**
     * Returns a baseline with no date.
     *
     * @param value the value
     * @return the baseline
     */
    public static Baseline of(double value) {
        return new Baseline(value, Optional.empty());
    }
}
