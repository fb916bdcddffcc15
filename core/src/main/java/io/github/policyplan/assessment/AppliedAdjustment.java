package io.github.policyplan.assessment;

import java.util.Objects;

/**
 * An adjustment as applied to a unit's score: how much of it counted after the caps, and why.
 *
 * <p>Immutable and thread-safe.
 *
 * @param adjustment the entry
 * @param counted    the points that counted, after the category and kind caps (≤ the entry's points)
 * @param note       what the caps took, or empty
 */
public record AppliedAdjustment(AssessmentScheme.Adjustment adjustment, double counted, String note) {

    /**
     * Checks the components.
     *
     * @param adjustment the entry
     * @param counted    the points that counted, after the category and kind caps (≤ the entry's points)
     * @param note       what the caps took, or empty
     */
    public AppliedAdjustment {
        Objects.requireNonNull(adjustment, "adjustment");
        Objects.requireNonNull(note, "note");
    }
}
