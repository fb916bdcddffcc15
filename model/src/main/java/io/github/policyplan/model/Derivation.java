package io.github.policyplan.model;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How a derived target takes its value from other targets of the plan (派生指标), deliberately small: the
 * sum of their values, or the ratio of two, or that ratio × 100 as a share. No expression language.
 * A plan holds its derivations by the id of the target they derive ({@link Plan#derivation(String)}); the
 * plan checks that the inputs are numeric targets of the plan, that their units fit and that no target
 * is derived from itself, however indirectly.
 *
 * <p>Immutable and thread-safe; no component is null. The constructor throws
 * {@link InvalidPlanException} when the inputs do not fit the kind, each problem with the path of the
 * input ({@code sum[1]}).
 *
 * <pre>{@code
 * Derivation.share("s1.i1.t1", "s1.i1.t2");   // 研发投入 ÷ 地区生产总值 × 100: 研发投入强度
 * Derivation.sum("s2.t1", "s2.t2", "s2.t3");    // 全县 = 城关镇 + 新集镇 + 青石镇
 * }</pre>
 *
 * @param kind   sum, ratio or share
 * @param inputs the ids of the targets derived from: two or more for a sum; numerator and denominator for
 *               a ratio or a share
 */
public record Derivation(Kind kind, List<String> inputs) {

    /** The kinds of derivation, by the names plans use. */
    public enum Kind {
        /** {@code sum}: the sum of two or more targets' values. */
        SUM("sum"),
        /** {@code ratio}: the numerator's value ÷ the denominator's. */
        RATIO("ratio"),
        /** {@code share}: the numerator's value ÷ the denominator's × 100, in %. */
        SHARE("share");

        private static final KindNames<Kind> NAMES = new KindNames<>("derivation", values(), Kind::code);

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        /**
         * Returns the name plans use.
         *
         * @return {@code sum}, {@code ratio} or {@code share}
         */
        public String code() {
            return code;
        }

        /**
         * Finds a kind by the name plans use.
         *
         * @param code the name
         * @return the kind, or empty when none has that name
         */
        public static Optional<Kind> byCode(String code) {
            return NAMES.byCode(code);
        }

        /**
         * Returns the names of every kind.
         *
         * @return an unmodifiable set in name order
         */
        public static Set<String> codes() {
            return NAMES.codes();
        }
    }

    /**
     * Checks the inputs against the kind.
     *
     * @param kind   sum, ratio or share
     * @param inputs the ids of the targets derived from: two or more for a sum; numerator and denominator
     *               for a ratio or a share
     */
    public Derivation {
        Objects.requireNonNull(kind, "kind");
        inputs = Checks.copy(inputs, "inputs");
        Checks checks = new Checks();
        if (kind == Kind.SUM && inputs.size() < 2) {
            checks.add(kind.code, "a sum needs two or more targets (was " + inputs.size() + ")",
                    "list the ids of the targets to add, such as [s1.t1, s1.t2]");
        } else if (kind != Kind.SUM && inputs.size() != 2) {
            checks.add(kind.code, "a " + kind.code + " needs two targets, the numerator and the denominator (was "
                    + inputs.size() + ")", "write [numerator, denominator], such as [s1.t1, s1.t2]");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < inputs.size(); i++) {
            String path = Paths.index(kind.code, i);
            if (inputs.get(i).isBlank()) {
                checks.add(path, "must not be blank");
            } else if (!seen.add(inputs.get(i))) {
                checks.add(path, "target '" + inputs.get(i) + "' is named twice", "name each target once");
            }
        }
        checks.throwIfAny();
    }

    /**
     * The sum of two or more targets' values.
     *
     * @param inputs the targets' ids
     * @return the derivation
     */
    public static Derivation sum(String... inputs) {
        return new Derivation(Kind.SUM, List.of(inputs));
    }

    /**
     * The ratio of two targets' values.
     *
     * @param numerator   the id of the target divided
     * @param denominator the id of the target divided by
     * @return the derivation
     */
    public static Derivation ratio(String numerator, String denominator) {
        return new Derivation(Kind.RATIO, List.of(numerator, denominator));
    }

    /**
     * The ratio of two targets' values × 100, in %.
     *
     * @param numerator   the id of the target divided
     * @param denominator the id of the target divided by
     * @return the derivation
     */
    public static Derivation share(String numerator, String denominator) {
        return new Derivation(Kind.SHARE, List.of(numerator, denominator));
    }

    /**
     * Computes the derived value from the inputs' values, in the order of {@link #inputs()}.
     *
     * @param values the inputs' values
     * @return the sum, the ratio or the share (numerator × 100 ÷ denominator); NaN for a ratio or share whose
     *         denominator is 0
     */
    public double apply(double[] values) {
        if (values.length != inputs.size()) {
            throw new IllegalArgumentException("expected " + inputs.size() + " values (was " + values.length + ")");
        }
        if (kind == Kind.SUM) {
            double sum = 0;
            for (double v : values) {
                sum += v;
            }
            return sum;
        }
        if (values[1] == 0) {
            return Double.NaN;
        }
        // × 100 first: 4.2 × 100 ÷ 200 is 2.1 exactly, 4.2 ÷ 200 × 100 is not.
        return kind == Kind.SHARE ? values[0] * 100 / values[1] : values[0] / values[1];
    }

    @Override
    public String toString() {
        return kind.code + inputs;
    }
}
