package io.github.policyplan.assessment;

import io.github.policyplan.core.Explanation;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * One unit's assessment in one period: the score behind it, adjustments, rank, grade, award, and
 * the explanation of each.
 *
 * <p>An assessment holds the numbers; the {@link #explanation()} is written from them on first use
 * (assessing computes numbers only, as scoring does) and is the same text whenever it is written. The
 * {@link #contributions()} of an assessed unit are a list whose records are made as they are read.
 *
 * <p>Immutable and thread-safe; no accessor returns null. Two results are equal when every accessor
 * returns equal values.
 */
public final class UnitResult {

    private final String unit;
    private final String name;
    private final OptionalDouble base;
    private final List<Contribution> contributions;
    private final List<AppliedAdjustment> adjustments;
    private final OptionalDouble score;
    private final int rank;
    private final Optional<String> grade;
    private final Optional<String> flag;
    private final List<AssessmentScheme.Veto> vetoes;
    private final List<Explanation> notes;
    private final Function<UnitResult, Explanation> writer;
    /** Written on first use; racy single-check is safe for an immutable object. */
    private Explanation explanation;

    /**
     * Makes a result with its explanation already written.
     *
     * @param unit          the unit's id
     * @param name          its name
     * @param base          the score before adjustments: the weighted mean of its contributions, if any has a score
     * @param contributions the targets and peer metrics behind it
     * @param adjustments   the bonus and penalty entries applied
     * @param score         the final score: base + bonus − penalty, if there is a base
     * @param rank          the rank in its pool (tied units share a rank: 1, 2, 2, 4); units under 一票否决 rank
     *                      after every unit not vetoed; 0 when unranked (no score, or under 一票否决 with
     *                      {@code ranking.vetoed: unranked})
     * @param grade         the grade, if there is a score
     * @param flag          the flag awarded, if any
     * @param vetoes        the vetoes that apply in the period
     * @param notes         remarks: significance of the rank, quota moves, veto effects
     * @param explanation   the whole result in words, in English and Chinese
     * @throws NullPointerException when a component is null
     */
    public UnitResult(String unit, String name, OptionalDouble base, List<Contribution> contributions,
            List<AppliedAdjustment> adjustments, OptionalDouble score, int rank, Optional<String> grade,
            Optional<String> flag, List<AssessmentScheme.Veto> vetoes, List<Explanation> notes, Explanation explanation) {
        this(unit, name, base, List.copyOf(contributions), adjustments, score, rank, grade, flag, vetoes, notes,
                written(explanation));
    }

    /**
     * Makes a result whose explanation the writer writes when it is first asked for. The contributions are
     * kept as given, not copied: an immutable list, perhaps made when read ({@link Contributions}).
     */
    UnitResult(String unit, String name, OptionalDouble base, List<Contribution> contributions,
            List<AppliedAdjustment> adjustments, OptionalDouble score, int rank, Optional<String> grade,
            Optional<String> flag, List<AssessmentScheme.Veto> vetoes, List<Explanation> notes,
            Function<UnitResult, Explanation> writer) {
        this.unit = Objects.requireNonNull(unit, "unit");
        this.name = Objects.requireNonNull(name, "name");
        this.base = Objects.requireNonNull(base, "base");
        this.contributions = Objects.requireNonNull(contributions, "contributions");
        this.adjustments = List.copyOf(adjustments);
        this.score = Objects.requireNonNull(score, "score");
        this.rank = rank;
        this.grade = Objects.requireNonNull(grade, "grade");
        this.flag = Objects.requireNonNull(flag, "flag");
        this.vetoes = List.copyOf(vetoes);
        this.notes = List.copyOf(notes);
        this.writer = writer;
    }

    private static Function<UnitResult, Explanation> written(Explanation explanation) {
        Objects.requireNonNull(explanation, "explanation");
        return r -> explanation;
    }

    /**
     * Returns the unit's id.
     *
     * @return the id
     */
    public String unit() {
        return unit;
    }

    /**
     * Returns the unit's name.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * Returns the score before adjustments.
     *
     * @return the weighted mean of its contributions, empty when none has a score
     */
    public OptionalDouble base() {
        return base;
    }

    /**
     * Returns the targets and peer metrics behind the score.
     *
     * @return an unmodifiable list
     */
    public List<Contribution> contributions() {
        return contributions;
    }

    /**
     * Returns the peer metrics behind the unit's score (横向比较), each with the points it earned: the
     * contributions whose role is {@link Role#PEER}, in the order of the scheme's peer metrics.
     *
     * @return an unmodifiable list; empty when the scheme has no peer metric for the unit
     */
    public List<Contribution> peers() {
        return contributions().stream().filter(c -> c.role() == Role.PEER).toList();
    }

    /**
     * Returns the bonus and penalty entries applied.
     *
     * @return an unmodifiable list, in the order written
     */
    public List<AppliedAdjustment> adjustments() {
        return adjustments;
    }

    /**
     * Returns the final score.
     *
     * @return base + bonus − penalty, empty when there is no base
     */
    public OptionalDouble score() {
        return score;
    }

    /**
     * Returns the rank in the pool.
     *
     * @return the rank (tied units share a rank: 1, 2, 2, 4); 0 when unranked (no score, or under 一票否决 with {@code ranking.vetoed: unranked}); units under 一票否决 otherwise rank after every unit not vetoed
     */
    public int rank() {
        return rank;
    }

    /**
     * Returns the grade.
     *
     * @return the grade, empty when there is no score
     */
    public Optional<String> grade() {
        return grade;
    }

    /**
     * Returns the flag awarded.
     *
     * @return the flag, if any
     */
    public Optional<String> flag() {
        return flag;
    }

    /**
     * Returns the vetoes that apply in the period.
     *
     * @return an unmodifiable list
     */
    public List<AssessmentScheme.Veto> vetoes() {
        return vetoes;
    }

    /**
     * Returns the remarks: significance of the rank, quota moves, veto effects, lists.
     *
     * @return an unmodifiable list
     */
    public List<Explanation> notes() {
        return notes;
    }

    /**
     * Returns the whole result in words, in English and Chinese, written on first use.
     *
     * @return the explanation
     */
    public Explanation explanation() {
        Explanation e = explanation;
        if (e == null) {
            e = writer.apply(this);
            explanation = e;
        }
        return e;
    }

    /**
     * Tells whether another result has the same unit, name, numbers, lists and explanation.
     *
     * @param o the other object
     * @return true when equal
     */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof UnitResult r && unit.equals(r.unit) && name.equals(r.name)
                && base.equals(r.base) && contributions.equals(r.contributions) && adjustments.equals(r.adjustments)
                && score.equals(r.score) && rank == r.rank && grade.equals(r.grade) && flag.equals(r.flag)
                && vetoes.equals(r.vetoes) && notes.equals(r.notes) && explanation().equals(r.explanation());
    }

    @Override
    public int hashCode() {
        return Objects.hash(unit, name, base, contributions, adjustments, score, rank, grade, flag, vetoes, notes);
    }

    /**
     * Describes the result with every component, as a record would.
     *
     * @return such as {@code UnitResult[unit=a, name=A镇, base=OptionalDouble[95.38], …, explanation=…]}
     */
    @Override
    public String toString() {
        return "UnitResult[unit=" + unit + ", name=" + name + ", base=" + base + ", contributions=" + contributions
                + ", adjustments=" + adjustments + ", score=" + score + ", rank=" + rank + ", grade=" + grade
                + ", flag=" + flag + ", vetoes=" + vetoes + ", notes=" + notes + ", explanation=" + explanation()
                + "]";
    }
}
