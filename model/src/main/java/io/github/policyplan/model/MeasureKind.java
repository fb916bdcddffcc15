package io.github.policyplan.model;

/**
 * The shape of a target's measure. The kind decides how a target is scheduled and which goal
 * values make sense; see each constant.
 */
public enum MeasureKind {
    /** A level reached by a date: 地区生产总值实现…亿元. Numeric goal. */
    LEVEL("level", "水平值", true),
    /** A count or amount accumulated within the period: 新增高新技术企业…家, 建成高标准农田…万亩. Numeric goal. */
    COUNT("count", "累计量", true),
    /** A year-on-year growth rate judged every period: 规上工业增加值同比增长…%以上. Numeric goal, in %. */
    GROWTH_RATE("growth-rate", "同比增速", true),
    /** A share or proportion: 高新技术产品产值占工业总产值的…%以上. Numeric goal, in %. */
    SHARE("share", "占比", true),
    /** A threshold crossed: 规上工业产值突破…亿元. Numeric goal. */
    THRESHOLD("threshold", "突破值", true),
    /** A rate per calendar year that restarts each year: 每年引进高层次紧缺人才…人以上. Numeric goal. */
    RATE_PER_YEAR("per-year", "每年", true),
    /** A milestone with named stages: 建成…工程, 启动建设…. The goal is a stage. */
    MILESTONE("milestone", "节点", false),
    /** A rank among peers: 全县综合排名处在全市第…位. Numeric goal; lower is better by default. */
    RANK("rank", "排名", true),
    /** A qualitative grade: 优秀 / 良好 / 合格. The goal is a grade. */
    GRADE("grade", "定性评价", false);

    private final String code;
    private final String chinese;
    private final boolean numeric;

    MeasureKind(String code, String chinese, boolean numeric) {
        this.code = code;
        this.chinese = chinese;
        this.numeric = numeric;
    }

    /**
     * Returns the stable name used in plan files.
     *
     * @return the code, such as {@code growth-rate}
     */
    public String code() {
        return code;
    }

    /**
     * Returns the Chinese name.
     *
     * @return the name, such as {@code 同比增速}
     */
    public String chinese() {
        return chinese;
    }

    /**
     * Tells whether values of this kind are numbers; otherwise they are named levels (stages or grades).
     *
     * @return true for numeric kinds
     */
    public boolean isNumeric() {
        return numeric;
    }

    /**
     * Returns the direction a measure of this kind has when the plan does not say: lower is better for
     * {@link #RANK}, higher for every other kind.
     *
     * @return the default direction
     */
    public Direction defaultDirection() {
        return this == RANK ? Direction.LOWER_IS_BETTER : Direction.HIGHER_IS_BETTER;
    }
}
