package io.github.policyplan.assessment;

import io.github.policyplan.core.Explanation;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One unit's assessment in one period: the score behind it, adjustments, rank, grade, award, and
 * the explanation of each.
 *
 * <p>Immutable and thread-safe; no component is null.
 *
 * @param unit          the unit's id
 * @param name          its name
 * @param base          the score before adjustments: the weighted mean of its contributions, if any has a score
 * @param contributions the targets and peer metrics behind it
 * @param adjustments   the bonus and penalty entries applied
 * @param score         the final score: base + bonus − penalty, if there is a base
 * @param rank          the rank in its pool (tied units share a rank: 1, 2, 2, 4); 0 when unranked (no score)
 * @param grade         the grade, if ranked
 * @param flag          the flag awarded, if any
 * @param vetoes        the vetoes that apply in the period
 * @param notes         remarks: significance of the rank, quota moves, veto effects
 * @param explanation   the whole result in words, in English and Chinese
 */
public record UnitResult(String unit, String name, OptionalDouble base, List<Contribution> contributions,
        List<AppliedAdjustment> adjustments, OptionalDouble score, int rank, Optional<String> grade,
        Optional<String> flag, List<AssessmentScheme.Veto> vetoes, List<String> notes, Explanation explanation) {

    /**
     * Checks the components and copies the lists.
     *
     * @param unit          the unit's id
     * @param name          its name
     * @param base          the score before adjustments: the weighted mean of its contributions, if any has a score
     * @param contributions the targets and peer metrics behind it
     * @param adjustments   the bonus and penalty entries applied
     * @param score         the final score: base + bonus − penalty, if there is a base
     * @param rank          the rank in its pool (tied units share a rank: 1, 2, 2, 4); 0 when unranked (no score)
     * @param grade         the grade, if ranked
     * @param flag          the flag awarded, if any
     * @param vetoes        the vetoes that apply in the period
     * @param notes         remarks: significance of the rank, quota moves, veto effects
     * @param explanation   the whole result in words, in English and Chinese
     */
    public UnitResult {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(base, "base");
        contributions = List.copyOf(contributions);
        adjustments = List.copyOf(adjustments);
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(grade, "grade");
        Objects.requireNonNull(flag, "flag");
        vetoes = List.copyOf(vetoes);
        notes = List.copyOf(notes);
        Objects.requireNonNull(explanation, "explanation");
    }
}
