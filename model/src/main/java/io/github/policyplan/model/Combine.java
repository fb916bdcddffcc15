package io.github.policyplan.model;

import java.util.Optional;

/**
 * How the values of a broken-down target's units combine into the target's own value (汇总方法).
 * A sum fits counts, per-year amounts, levels and thresholds; a rate or a share cannot be summed,
 * so it needs a weighted mean with stated weights or reports that carry numerator and denominator;
 * a milestone or grade combines as the least advanced unit's stage or grade.
 */
public enum Combine {
    /** The units' values added: 全县 = 城关镇 + 新集镇 + …. The default for counts, per-year amounts, levels and thresholds. */
    SUM("sum", "求和"),
    /** The units' values averaged with the weights the breakdown states. */
    WEIGHTED_MEAN("weighted-mean", "加权平均"),
    /** Each unit reports numerator/denominator; the target's value is Σ numerators ÷ Σ denominators × 100. */
    RATIO("ratio", "分子分母合计"),
    /** The least advanced unit's stage or grade (milestones and grades). */
    LOWEST("lowest", "取最低");

    private final String code;
    private final String chinese;

    Combine(String code, String chinese) {
        this.code = code;
        this.chinese = chinese;
    }

    /**
     * Returns the stable name used in plan files.
     *
     * @return the code, such as {@code weighted-mean}
     */
    public String code() {
        return code;
    }

    /**
     * Returns the Chinese name.
     *
     * @return the name, such as {@code 加权平均}
     */
    public String chinese() {
        return chinese;
    }

    /**
     * Finds a method by its code.
     *
     * @param code the code, such as {@code sum}
     * @return the method, if the code names one
     */
    public static Optional<Combine> of(String code) {
        for (Combine c : values()) {
            if (c.code.equals(code)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the method a target of this kind uses when its breakdown names none.
     *
     * @param kind the target's measure kind
     * @return {@link #SUM} for counts, per-year amounts, levels and thresholds; empty for the kinds that
     *         must say how (shares, growth rates, ranks, milestones, grades)
     */
    public static Optional<Combine> defaultFor(MeasureKind kind) {
        return switch (kind) {
            case COUNT, RATE_PER_YEAR, LEVEL, THRESHOLD -> Optional.of(SUM);
            case SHARE, GROWTH_RATE, RANK, MILESTONE, GRADE -> Optional.empty();
        };
    }

    /**
     * Tells whether a target of a kind may combine its units this way.
     *
     * @param kind the target's measure kind
     * @return true when the method fits the kind
     */
    public boolean fits(MeasureKind kind) {
        return switch (this) {
            case SUM -> defaultFor(kind).isPresent();
            case WEIGHTED_MEAN -> kind.isNumeric() && kind != MeasureKind.RANK;
            case RATIO -> kind == MeasureKind.SHARE;
            case LOWEST -> !kind.isNumeric();
        };
    }
}
