package io.github.policyplan.assessment;

import io.github.policyplan.scoring.Scorecard;

import java.util.List;
import java.util.Objects;

/**
 * An assessment of one period: each pool's ranking, with every unit's score, the targets behind it,
 * adjustments, rank, grade and award, each explained.
 *
 * <pre>{@code
 * AssessmentResult r = assessment.assess(log, AssessmentPeriod.year(2023));
 * for (UnitResult u : r.pool("townships").ranking()) {
 *     System.out.println(u.rank() + " " + u.name() + " " + u.grade().orElse("—") + " " + u.flag().orElse(""));
 * }
 * UnitWhatIf w = r.whatIf("xjz");               // what it takes to move up
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param scheme the scheme's id
 * @param period the period assessed
 * @param pools  the pools' results, in the scheme's order
 * @param grades    the scheme's grade bands, best first
 * @param scorecard the plan's scorecard at the period's end that the assessment started from (for a year
 *                  assessed by weighted quarters, the year-end one; each quarter's is that quarter's assessment's)
 */
public record AssessmentResult(String scheme, AssessmentPeriod period, List<PoolResult> pools,
        List<AssessmentScheme.GradeBand> grades, Scorecard scorecard) {

    /**
     * Copies the pools.
     *
     * @param scheme the scheme's id
     * @param period the period assessed
     * @param pools  the pools' results, in the scheme's order
     * @param grades    the scheme's grade bands, best first
     * @param scorecard the plan's scorecard the assessment started from
     */
    public AssessmentResult {
        Objects.requireNonNull(scorecard, "scorecard");
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(period, "period");
        pools = List.copyOf(pools);
        grades = List.copyOf(grades);
    }

    /**
     * Returns a pool's results.
     *
     * @param id the pool's id
     * @return the pool
     * @throws IllegalArgumentException when the scheme has no such pool
     */
    public PoolResult pool(String id) {
        return pools.stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow(
                () -> new IllegalArgumentException("assessment " + scheme + " has no pool '" + id + "'"));
    }

    /**
     * Returns a unit's result, in whichever pool it is.
     *
     * @param unit the unit's id
     * @return the result
     * @throws IllegalArgumentException when no pool holds the unit
     */
    public UnitResult unit(String unit) {
        return pool(poolOf(unit)).unit(unit);
    }

    /**
     * Returns the id of the pool a unit is in.
     *
     * @param unit the unit's id
     * @return the pool's id
     * @throws IllegalArgumentException when no pool holds the unit
     */
    public String poolOf(String unit) {
        for (PoolResult p : pools) {
            for (UnitResult u : p.ranking()) {
                if (u.unit().equals(unit)) {
                    return p.id();
                }
            }
        }
        throw new IllegalArgumentException("assessment " + scheme + " has no unit '" + unit + "'");
    }

    /**
     * Tells what it would take a unit to move up: the score gain to the next rank, grade and flag,
     * and the targets whose improvement would get it there soonest.
     *
     * @param unit the unit's id
     * @return the what-if
     */
    public UnitWhatIf whatIf(String unit) {
        return UnitWhatIf.of(pool(poolOf(unit)), unit, grades);
    }

    /**
     * Writes the result as JSON: keys in a fixed order, {@code \n} line ends; the same inputs always
     * give byte-identical text.
     *
     * @return the JSON text
     */
    public String toJson() {
        return AssessmentJson.write(this);
    }

    /**
     * Returns the result as JSON with where it came from: the same text as {@link #toJson()} with the
     * field {@code provenance} last (the library version and the SHA-256 of each input).
     *
     * @param provenance the inputs and library version
     * @return the JSON text
     */
    public String toJson(io.github.policyplan.core.Provenance provenance) {
        return AssessmentJson.write(this, java.util.Objects.requireNonNull(provenance, "provenance"));
    }
}
