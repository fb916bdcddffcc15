package io.github.policyplan.plans;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Conversions between magnitudes of one unit, computed by hand, and the pairs refused. */
class MagnitudesTest {

    @ParameterizedTest(name = "{0} → {1}: 10^{2}")
    @CsvSource({
        "万元, 亿元, -4",
        "亿元, 万元, 4",
        "元, 亿元, -8",
        "千万元, 亿元, -1",
        "百万元, 万元, 2",
        "万亿元, 亿元, 4",
        "十亿元, 亿元, 1",
        "亩, 万亩, -4",
        "万亩, 亩, 4",
        "千亩, 万亩, -1",
        "十万亩, 亩, 5",
        "人, 万人, -4",
        "吨, 万吨, -4",
        "万千瓦, 千瓦, 4",
        "千瓦, 万千瓦, -4",
        "千万千瓦时, 千瓦时, 7",
        "万元/亩, 元/亩, 4",
        "亿元, 亿元, 0",
        "%, %, 0",
        "家, 家, 0",
    })
    void unitsThatDifferByAMagnitudeConvertByItsPowerOfTen(String from, String to, int exponent) {
        assertThat(Magnitudes.exponent(from, to)).hasValue(exponent);
        assertThat(Magnitudes.refusal(from, to)).isEmpty();
    }

    @Test
    void valuesScaleInDecimalSoThatWhatIsWrittenComesOutExactly() {
        assertThat(Magnitudes.convert(8000, -4)).isEqualTo(0.8);
        assertThat(Magnitudes.convert(12000, -4)).isEqualTo(1.2);
        assertThat(Magnitudes.convert(2.5, 4)).isEqualTo(25000);
        assertThat(Magnitudes.convert(0.3, 4)).isEqualTo(3000);
        assertThat(Magnitudes.convert(4500, -4)).isEqualTo(0.45);
        assertThat(Magnitudes.convert(0.07, -1)).isEqualTo(0.007);
        assertThat(Magnitudes.convert(1.1, 0)).isEqualTo(1.1);
        // three counties of 2.5亿元, 8000万元 and 12000万元 make 2.5 + 0.8 + 1.2 = 4.5亿元 in a plan measured in 亿元
        double total = 2.5 + Magnitudes.convert(8000, Magnitudes.exponent("万元", "亿元").getAsInt())
                + Magnitudes.convert(12000, Magnitudes.exponent("万元", "亿元").getAsInt());
        assertThat(total).isEqualTo(4.5);
        assertThat(Magnitudes.convert(Magnitudes.convert(2.5, 4) + 8000 + 12000, -4)).isEqualTo(4.5);
        assertThat(Magnitudes.convert(25000 + 8000 + 22000, -4)).isEqualTo(5.5);
    }

    @Test
    void aUnitIsReadAsItsMagnitudeThenItsBase() {
        assertThat(Magnitudes.magnitude("亿元")).isEqualTo(8);
        assertThat(Magnitudes.base("亿元")).isEqualTo("元");
        assertThat(Magnitudes.magnitude("千万元")).isEqualTo(7);
        assertThat(Magnitudes.base("千万元")).isEqualTo("元");
        assertThat(Magnitudes.magnitude("千瓦")).isZero();
        assertThat(Magnitudes.base("千瓦")).isEqualTo("千瓦");
        assertThat(Magnitudes.base("万千瓦")).isEqualTo("千瓦");
        assertThat(Magnitudes.base("万")).isEmpty();
        assertThat(Magnitudes.base("十佳")).isEqualTo("十佳");
    }

    @Test
    void differentBasesPercentagesAndUnitsOfTheirOwnAreRefusedWithTheReason() {
        assertThat(Magnitudes.refusal("亩", "公顷")).hasValue("亩 and 公顷 are different units: only magnitudes of one"
                + " unit convert (万元 ↔ 亿元, 亩 ↔ 万亩)");
        assertThat(Magnitudes.refusal("%", "万元")).hasValue("% and 万元 do not convert: a percentage converts to"
                + " nothing but itself");
        assertThat(Magnitudes.refusal("%", "百分点")).hasValue("% and 百分点 do not convert: a percentage converts to"
                + " nothing but itself");
        assertThat(Magnitudes.refusal("千瓦", "瓦")).hasValue("千瓦 and 瓦 are different units: 千瓦 is a unit of its"
                + " own, not 千 × 瓦");
        assertThat(Magnitudes.refusal("千克", "克")).hasValue("千克 and 克 are different units: 千克 is a unit of its"
                + " own, not 千 × 克");
        assertThat(Magnitudes.refusal("万", "亿")).hasValue("万 and 亿 do not convert: 万 is a magnitude without a unit"
                + " (万元, 万亩 say what is counted)");
        assertThat(Magnitudes.refusal("元", "美元")).isPresent();
        assertThat(Magnitudes.refusal("", "万元")).isPresent();
        assertThat(Magnitudes.exponent("亩", "公顷")).isEmpty();
        assertThat(Magnitudes.exponent("千克", "吨")).isEmpty();
    }
}
