package io.github.policyplan.assessment;

import io.github.policyplan.core.Explanation;
import java.util.Objects;
import java.util.Optional;

/**
 * An adjustment as applied to a unit's score: how much of it counted after the caps, and why.
 *
 * <p>Immutable and thread-safe.
 *
 * @param adjustment the entry
 * @param counted    the points that counted, after the category and kind caps (≤ the entry's points)
 * @param note       what the caps took, or empty
 * @param words      the reason in each language, for an entry the assessment made (缺报 under
 *                   {@code reporting:}); empty for an entry of the scheme, whose reason is as written
 */
public record AppliedAdjustment(AssessmentScheme.Adjustment adjustment, double counted, String note,
        Optional<Explanation> words) {

    /**
     * Checks the components.
     *
     * @param adjustment the entry
     * @param counted    the points that counted, after the category and kind caps (≤ the entry's points)
     * @param note       what the caps took, or empty
     * @param words      the reason in each language, for an entry the assessment made; else empty
     */
    public AppliedAdjustment {
        Objects.requireNonNull(adjustment, "adjustment");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(words, "words");
    }

    /**
     * Applies an entry of the scheme, whose reason is as written.
     *
     * @param adjustment the entry
     * @param counted    the points that counted, after the category and kind caps
     * @param note       what the caps took, or empty
     */
    public AppliedAdjustment(AssessmentScheme.Adjustment adjustment, double counted, String note) {
        this(adjustment, counted, note, Optional.empty());
    }

    /**
     * Returns the reason in each language: the words the assessment wrote, or the entry's reason as written.
     *
     * @return the reason
     */
    public Explanation reason() {
        return words.orElseGet(() -> Explanation.of(adjustment.reason(), adjustment.reason()));
    }
}
