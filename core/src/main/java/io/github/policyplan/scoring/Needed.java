package io.github.policyplan.scoring;

import io.github.policyplan.core.Explanation;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What-if for a target: the value it must report by a date to reach a score or a status.
 *
 * <p>Immutable and thread-safe.
 *
 * @param target      the target's id
 * @param date        the date
 * @param value       the value needed (at least this much, or at most for lower-is-better)
 * @param explanation how it follows from the schedule and the rule
 */
public record Needed(String target, LocalDate date, double value, Explanation explanation) {

    /**
     * Checks the components.
     *
     * @param target      the target's id
     * @param date        the date
     * @param value       the value needed (at least this much, or at most for lower-is-better)
     * @param explanation how it follows from the schedule and the rule
     */
    public Needed {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(explanation, "explanation");
    }
}
