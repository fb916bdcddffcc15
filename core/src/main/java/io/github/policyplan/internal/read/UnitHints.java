package io.github.policyplan.internal.read;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fix for a number written with a unit ({@code 3.5亿元}, {@code 1.2万}) where the target's unit is
 * known: the number in the target's unit, converted by the Chinese multipliers 百, 千, 万 and 亿
 * ({@code write 35000 (3.5亿元 = 35000万元)}), or, when the units measure different things, no guess at
 * all. A hint that says "write 3.5" on a target in 万元 would be a 10,000-fold error. Stateless.
 */
public final class UnitHints {

    /** A number, perhaps with thousands separators, then a unit: no digits, not starting with punctuation. */
    private static final Pattern WITH_UNIT = Pattern.compile("([-+]?[0-9][0-9,]*(?:\\.[0-9]+)?)\\s*([^0-9\\s,.，。\\-+~～%％][^0-9]*)");

    private UnitHints() {
    }

    /** A unit as a multiplier and what it counts: 万元 is 10,000 × 元. */
    private record Unit(BigDecimal multiplier, String base) {
        static Unit of(String unit) {
            BigDecimal m = BigDecimal.ONE;
            int i = 0;
            String u = unit.strip();
            while (i < u.length() && "百千万亿".indexOf(u.charAt(i)) >= 0) {
                m = m.multiply(switch (u.charAt(i)) {
                    case '百' -> BigDecimal.valueOf(100);
                    case '千' -> BigDecimal.valueOf(1_000);
                    case '万' -> BigDecimal.valueOf(10_000);
                    default -> BigDecimal.valueOf(100_000_000);
                });
                i++;
            }
            return new Unit(m, u.substring(i));
        }
    }

    /**
     * Says what to write for a number written with a unit, in the target's unit.
     *
     * @param text       the value as written, such as {@code 3.5亿元}
     * @param targetUnit the target's unit, such as {@code 万元}; blank when it has none
     * @return the hint, or empty when the text is not a number with a unit or the target has no unit
     */
    public static Optional<String> inUnit(String text, String targetUnit) {
        Matcher m = WITH_UNIT.matcher(text.strip());
        if (!m.matches() || targetUnit.isBlank() || PercentText.isPercent(m.group(2))) {
            return Optional.empty();
        }
        String number = m.group(1).replace(",", "");
        String unit = m.group(2).strip();
        if (unit.equals(targetUnit.strip())) {
            return Optional.of("write the number alone, " + number + "; the unit " + unit + " is the target's");
        }
        Unit written = Unit.of(unit);
        Unit target = Unit.of(targetUnit);
        if (!written.base().isEmpty() && !written.base().equals(target.base())) {
            return Optional.of("write the number in " + targetUnit.strip() + ", the target's unit");
        }
        BigDecimal value = new BigDecimal(number).multiply(written.multiplier())
                .divide(target.multiplier(), java.math.MathContext.DECIMAL64).stripTrailingZeros();
        String plain = value.toPlainString();
        return Optional.of("write " + plain + " (" + number + unit + " = " + plain + targetUnit.strip() + ")");
    }
}
