package io.github.policyplan.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An interim expectation: the value a target should have reached by a date. Checkpoints given in
 * a plan always win over the target's default schedule.
 *
 * <p>Immutable and thread-safe; no component is null.
 *
 * @param date     the date
 * @param expected the expected value: a number, a stage or a grade, or unset when not published
 */
public record Checkpoint(LocalDate date, Goal expected) {

    /**
     * Checks the components.
     *
     * @param date     the date
     * @param expected the expected value: a number, a stage or a grade, or unset when not published
     */
    public Checkpoint {
        date = Dates.shared(Objects.requireNonNull(date, "date"));
        Objects.requireNonNull(expected, "expected");
    }

    /**
     * Returns a numeric checkpoint.
     *
     * @param date     the date
     * @param expected the expected value
     * @return the checkpoint
     */
    public static Checkpoint of(LocalDate date, double expected) {
        return new Checkpoint(date, Goal.of(expected));
    }
}
