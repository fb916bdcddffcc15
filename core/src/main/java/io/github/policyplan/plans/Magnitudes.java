package io.github.policyplan.plans;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Converts values between units that differ only by a Chinese magnitude (万元 ↔ 亿元, 亩 ↔ 万亩), and
 * refuses every other pair with the reason.
 *
 * <p>A unit is read as an optional magnitude in front of a base unit: 百 (10²), 千 (10³), 万 (10⁴),
 * 十万 (10⁵), 百万 (10⁶), 千万 (10⁷), 亿 (10⁸), 十亿, 百亿, 千亿 and 万亿 (10¹²), the longest that fits,
 * then the base (元, 亩, 人, 吨, 户 …). Two units convert when their bases are the same: the value is
 * scaled by the power of ten between their magnitudes, in decimal, so 8000 万元 is 0.8 亿元 exactly as
 * it is written. Conservative by design:
 * <ul>
 *   <li>千瓦, 千瓦时, 千克, 千米, 千伏, 千伏安, 千卡, 千焦 and 千帕 are units of their own, never 千 × 瓦:
 *       万千瓦 ↔ 千瓦 converts (×10⁴), 千瓦 ↔ 瓦 and 千克 ↔ 吨 are refused (convert them in the plan);</li>
 *   <li>a percentage (%, ‰, 百分点, 个百分点) converts to nothing but itself;</li>
 *   <li>different bases (亩 and 公顷, 元 and 美元) are refused, and so is a unit that is a magnitude
 *       alone (万), whose base is not said;</li>
 *   <li>十 alone is not read as a magnitude (十 rarely scales a unit, and often begins a word).</li>
 * </ul>
 *
 * <pre>{@code
 * Magnitudes.exponent("万元", "亿元");       // OptionalInt[-4]: a value in 万元 × 10⁻⁴ is in 亿元
 * Magnitudes.convert(8000, -4);            // 0.8
 * Magnitudes.refusal("亩", "公顷");          // Optional["亩 and 公顷 are different units: …"]
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class Magnitudes {

    /** The magnitudes, the longest first so that 千万 is read before 千. */
    private static final List<String> PREFIXES = List.of("十万", "百万", "千万", "十亿", "百亿", "千亿", "万亿", "百", "千", "万", "亿");
    private static final int[] EXPONENTS = {5, 6, 7, 9, 10, 11, 12, 2, 3, 4, 8};

    /** Units that begin with a magnitude character but are units of their own. */
    private static final Set<String> WHOLE = Set.of("千瓦", "千瓦时", "千克", "千米", "千伏", "千伏安", "千卡", "千焦", "千帕");

    /** Percentages, which convert to nothing but themselves. */
    private static final Set<String> PERCENT = Set.of("%", "％", "‰", "百分点", "个百分点");

    private Magnitudes() {
    }

    /**
     * Returns the power of ten that turns a value in one unit into the other.
     *
     * @param from the unit the value is in, such as {@code 万元}
     * @param to   the unit wanted, such as {@code 亿元}
     * @return the exponent ({@code -4} for 万元 → 亿元, {@code 0} for the same unit), or empty when the units
     *         do not convert ({@link #refusal} says why)
     */
    public static OptionalInt exponent(String from, String to) {
        if (from.equals(to)) {
            return OptionalInt.of(0);
        }
        return refusal(from, to).isPresent() ? OptionalInt.empty()
                : OptionalInt.of(magnitude(from) - magnitude(to));
    }

    /**
     * Says why a value in one unit cannot be converted into the other.
     *
     * @param from the unit the value is in
     * @param to   the unit wanted
     * @return the reason, or empty when the units convert
     */
    public static Optional<String> refusal(String from, String to) {
        if (from.equals(to)) {
            return Optional.empty();
        }
        String a = base(from);
        String b = base(to);
        if (PERCENT.contains(a) || PERCENT.contains(b)) {
            return Optional.of(shown(from) + " and " + shown(to) + " do not convert: a percentage converts to nothing"
                    + " but itself");
        }
        if (a.isEmpty() || b.isEmpty()) {
            String bare = a.isEmpty() ? from : to;
            return Optional.of(shown(from) + " and " + shown(to) + " do not convert: " + shown(bare)
                    + " is a magnitude without a unit (万元, 万亩 say what is counted)");
        }
        if (!a.equals(b)) {
            String whole = WHOLE.contains(a) ? a : WHOLE.contains(b) ? b : "";
            return Optional.of(shown(from) + " and " + shown(to) + " are different units: " + (whole.isEmpty()
                    ? "only magnitudes of one unit convert (万元 ↔ 亿元, 亩 ↔ 万亩)"
                    : whole + " is a unit of its own, not " + whole.charAt(0) + " × " + whole.substring(1)));
        }
        return Optional.empty();
    }

    /**
     * Returns a unit's magnitude as a power of ten: 4 for 万元, 8 for 亿元, 0 for 元.
     *
     * @param unit the unit
     * @return the exponent
     */
    public static int magnitude(String unit) {
        int p = prefix(unit);
        return p < 0 ? 0 : EXPONENTS[p];
    }

    /**
     * Returns a unit without its magnitude: 元 for 亿元, 千瓦 for 万千瓦; empty for a magnitude alone (万).
     *
     * @param unit the unit
     * @return the base unit
     */
    public static String base(String unit) {
        int p = prefix(unit);
        return p < 0 ? (isMagnitude(unit) ? "" : unit) : unit.substring(PREFIXES.get(p).length());
    }

    /**
     * Scales a value by a power of ten in decimal: the result is the double nearest the exact decimal
     * product, so 8000 × 10⁻⁴ is 0.8 and 2.5 × 10⁴ is 25000.
     *
     * @param value    the value
     * @param exponent the power of ten
     * @return the scaled value
     */
    public static double convert(double value, int exponent) {
        if (exponent == 0 || !Double.isFinite(value)) {
            return value;
        }
        double fast = scaled(value, exponent);
        return Double.isNaN(fast) ? BigDecimal.valueOf(value).scaleByPowerOfTen(exponent).doubleValue() : fast;
    }

    /** Exact powers of ten as doubles: 10⁰ to 10²². */
    private static final double[] TENS = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13,
        1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

    /**
     * {@link #convert} without {@code BigDecimal} for a value written with at most 15 digits, at most 8 of
     * them decimals (8000, 0.8, 12.34), or NaN when the value is not such. The value is then exactly the
     * decimal D × 10⁻ˢ with the fewest decimals s that reads back as it (the digits {@code BigDecimal.valueOf}
     * takes: no decimal with fewer digits reads back as the value, and two with as many cannot both), D an
     * integer below 10¹⁵, exact as a double; D × 10ᵉ⁻ˢ is then one correctly rounded product or quotient of
     * two exact doubles (10ᵏ is exact up to 10²²): the double nearest the exact decimal product, as
     * {@code BigDecimal}'s {@code doubleValue} gives it.
     */
    static double scaled(double value, int exponent) {
        if (value == 0) {
            return 0;
        }
        if (!(Math.abs(value) < 1e15)) {
            return Double.NaN;
        }
        for (int s = 0; s <= 8; s++) {
            double digits = Math.rint(value * TENS[s]);
            if (Math.abs(digits) >= 1e15) {
                return Double.NaN;
            }
            if (digits / TENS[s] == value) {
                int k = exponent - s;
                if (Math.abs(k) > 22) {
                    return Double.NaN;
                }
                return k >= 0 ? digits * TENS[k] : digits / TENS[-k];
            }
        }
        return Double.NaN;
    }

    /** The index of the unit's magnitude in {@link #PREFIXES}, or -1 when it has none before a base. */
    private static int prefix(String unit) {
        if (WHOLE.contains(unit)) {
            return -1;
        }
        for (int i = 0; i < PREFIXES.size(); i++) {
            String p = PREFIXES.get(i);
            if (unit.startsWith(p) && unit.length() > p.length()) {
                String rest = unit.substring(p.length());
                if (!isMagnitude(rest) || WHOLE.contains(rest)) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static boolean isMagnitude(String text) {
        return PREFIXES.contains(text);
    }

    private static String shown(String unit) {
        return unit.isEmpty() ? "(no unit)" : unit;
    }
}
