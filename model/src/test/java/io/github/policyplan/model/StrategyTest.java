package io.github.policyplan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** A strategy's parameters are compact, but behave as the unmodifiable sorted map they replace. */
class StrategyTest {

    private static Map<String, Object> fourGrades() {
        Map<String, Object> points = new LinkedHashMap<>();
        points.put("优秀", 100);
        points.put("不合格", 0);
        points.put("良好", 80);
        points.put("合格", 60.5);
        return points;
    }

    @Test
    void sharesTheEmptyMapWhenThereAreNoParameters() {
        assertThat(Strategy.named("linear").parameters()).isSameAs(Strategy.named("at-due").parameters())
                .isSameAs(Map.of());
    }

    @Test
    void printsHashesAndComparesLikeASortedMapOfTheSameEntries() {
        Map<String, Object> expected = new TreeMap<>(Map.of("不合格", 0.0, "合格", 60.5, "良好", 80.0, "优秀", 100.0));

        Map<String, Object> points = new Strategy("grade", fourGrades()).parameters();

        assertThat(points.keySet()).containsExactlyElementsOf(expected.keySet());
        assertThat(points).isEqualTo(expected).hasToString(expected.toString());
        assertThat(expected).isEqualTo(points);
        assertThat(points.hashCode()).isEqualTo(expected.hashCode());
        assertThat(new Strategy("grade", Map.of("points", fourGrades())))
                .hasToString("Strategy[name=grade, parameters={points=" + expected + "}]")
                .isEqualTo(new Strategy("grade", Map.of("points", expected)))
                .hasSameHashCodeAs(new Strategy("grade", Map.of("points", expected)));
    }

    @Test
    void findsEachParameterByName() {
        Map<String, Object> points = new Strategy("grade", fourGrades()).parameters();

        assertThat(points.get("合格")).isEqualTo(60.5);
        assertThat(points.containsKey("优秀")).isTrue();
        assertThat(points.get("差")).isNull();
        assertThat(points.containsKey(1)).isFalse();
        assertThat(points).hasSize(4);
        assertThatThrownBy(() -> points.get(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void cannotBeChangedThroughAnyView() {
        Map<String, Object> points = new Strategy("grade", fourGrades()).parameters();

        assertThatThrownBy(() -> points.put("差", 1.0)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> points.remove("优秀")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(points::clear).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> points.entrySet().iterator().next().setValue(1.0))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> points.keySet().iterator().remove()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> points.values().removeIf(v -> true)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(points).hasSize(4);
    }

    @Test
    void keepsEveryNumberAsTheDoubleItWas() {
        Map<String, Object> p = new Strategy("x", Map.of("a", -0.0, "b", 0, "c", 0.5, "d", 200, "e", 201, "f",
                -3, "g", 1e300)).parameters();

        assertThat(p.values()).containsExactly(-0.0, 0.0, 0.5, 200.0, 201.0, -3.0, 1e300);
        assertThat(p.get("a")).hasToString("-0.0");
    }

    @Test
    void sharesTheBoxOfASmallWholeNumber() {
        Object cap = new Strategy("completion-rate", Map.of("cap", 120)).parameters().get("cap");

        assertThat(new Strategy("linear", Map.of("floor", 120.0)).parameters().get("floor")).isSameAs(cap);
    }

    @Test
    void copiesListsDeeplyAndUnmodifiably() {
        Object bands = new Strategy("bands", Map.of("bands", List.of(Map.of("min", 1, "points", 100), 2)))
                .parameters().get("bands");

        assertThat(bands).isEqualTo(List.of(Map.of("min", 1.0, "points", 100.0), 2.0));
        assertThatThrownBy(() -> ((List<?>) bands).clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void namesTheFirstBadParameterInTheOrderTheGivenMapIterates() {
        Map<String, Object> bad = new LinkedHashMap<>();
        bad.put("z", List.of(1, Double.NaN));
        bad.put("a", new Object());

        assertThatThrownBy(() -> new Strategy("x", bad))
                .hasMessage("parameters.z[1]: must be a finite number (was NaN)");
        assertThatThrownBy(() -> new Strategy("x", Map.of("p", Map.of("q", 1, "name", 2), "name", 1)))
                .hasMessage("parameters.name: a strategy parameter cannot be called 'name'"
                        + " (in a plan file, {name: …} holds the strategy's own name)");
    }
}
