package io.github.policyplan.assessment;

import io.github.policyplan.core.Explanation;
import io.github.policyplan.assessment.AssessmentScheme.Veto;
import io.github.policyplan.assessment.AssessmentScheme.VetoKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/** A unit's result while its pool is being assessed: each step fills in its part. */
final class UnitDraft {

    final String unit;
    final String name;
    final Base base;
    /** Base + bonus − penalty; empty when there is no base (the unit is unranked). */
    OptionalDouble score = OptionalDouble.empty();
    /** The score rounded to the scheme's decimals, as ranks, grades and flags compare it (ranked units). */
    double rounded;
    int rank;
    /** The index of its grade band among the scheme's, best first (ranked units). */
    int band;
    Optional<String> flag = Optional.empty();
    final List<AppliedAdjustment> adjustments = new ArrayList<>();
    final List<Veto> vetoes = new ArrayList<>();
    final List<Explanation> notes = new ArrayList<>();

    UnitDraft(String unit, String name, Base base) {
        this.unit = unit;
        this.name = name;
        this.base = base;
    }

    /** Tells whether a veto of this kind applies in the period. */
    boolean vetoed(VetoKind kind) {
        return vetoes.stream().anyMatch(v -> v.kind() == kind);
    }

    /** The reason of the first veto of this kind, or empty text. */
    String reason(VetoKind kind) {
        return vetoes.stream().filter(v -> v.kind() == kind).map(Veto::reason).findFirst().orElse("");
    }

    /**
     * Makes the result; its words are written when first asked for.
     *
     * @param poolName    the pool's name
     * @param rankedCount how many units of the pool are ranked
     * @param bands       the scheme's grade bands, best first
     * @return the result
     */
    UnitResult result(String poolName, int rankedCount, List<AssessmentScheme.GradeBand> bands) {
        Optional<String> grade = score.isPresent() ? Optional.of(bands.get(band).name()) : Optional.empty();
        Base b = base;
        return new UnitResult(unit, name, base.score(), base.contributions(), adjustments, score, rank, grade, flag,
                vetoes, notes, r -> UnitWords.unit(r, poolName, rankedCount, b));
    }
}
