package io.github.policyplan.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.policyplan.model.Strategy;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A rule reads its parameters by type; a parameter of the wrong type is named, never replaced by a fallback. */
class ParameterTest {

    private static final Map<String, Object> BANDS = new Strategy("bands", Map.of("bands",
            List.of(Map.of("min", 100, "points", 100), Map.of("min", "eighty", "points", 75)),
            "interpolate", true, "cap", 120)).parameters();

    @Test
    void readsEachTypeOrTheFallbackWhenAbsent() {
        assertThat(Parameter.of(BANDS, "cap").number(100)).isEqualTo(120);
        assertThat(Parameter.of(BANDS, "otherwise").number(0)).isZero();
        assertThat(Parameter.of(BANDS, "interpolate").flag(false)).isTrue();
        assertThat(Parameter.of(BANDS, "of").text("completion")).isEqualTo("completion");
        assertThat(Parameter.of(BANDS, "bands").list()).hasSize(2);
        assertThat(Parameter.of(BANDS, "bands").list().get(0).get("points").number()).isEqualTo(100);
        assertThat(Parameter.of(BANDS, "credit").get("开工").isPresent()).isFalse();
        assertThat(Parameter.of(BANDS, "credit").list()).isEmpty();
    }

    @Test
    void namesAParameterOfTheWrongTypeByItsPath() {
        assertThatThrownBy(() -> Parameter.of(BANDS, "interpolate").number(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("parameter interpolate must be a number (was true)");
        assertThatThrownBy(() -> Parameter.of(BANDS, "bands").list().get(1).get("min").number(0))
                .hasMessage("parameter bands[1].min must be a number (was eighty)");
        assertThatThrownBy(() -> Parameter.of(BANDS, "cap").get("x"))
                .hasMessage("parameter cap must be a map (was 120.0)");
        assertThatThrownBy(() -> Parameter.of(BANDS, "redFlag").number())
                .hasMessage("parameter redFlag is missing");
    }
}
