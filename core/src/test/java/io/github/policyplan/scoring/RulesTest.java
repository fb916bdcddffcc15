package io.github.policyplan.scoring;

import io.github.policyplan.rules.Rule;
import io.github.policyplan.rules.RuleInput;
import io.github.policyplan.rules.RuleResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.policyplan.model.Direction;
import io.github.policyplan.model.Goal;
import io.github.policyplan.model.Measure;
import io.github.policyplan.model.MeasureKind;
import io.github.policyplan.model.Target;
import io.github.policyplan.model.Value;
import io.github.policyplan.model.Violation;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every built-in rule on worked numbers, the anchors of the issue included, with its formula. */
class RulesTest {

    private static final LocalDate JUNE = LocalDate.of(2023, 6, 30);

    private static Target numeric(Direction direction, double goal) {
        return Target.builder("t", "目标").measure(Measure.of(MeasureKind.LEVEL, "").withDirection(direction))
                .goal(goal).due(LocalDate.of(2023, 12, 31)).lead("kj").build();
    }

    private static RuleInput input(Target t, Map<String, Object> parameters, double actual, double expected,
            double start) {
        return new RuleInput(t, normalised(parameters), Value.of(actual), Goal.of(expected), start, JUNE);
    }

    /** Parameters as a plan gives them: numbers are doubles. */
    private static Map<String, Object> normalised(Map<String, Object> parameters) {
        return new io.github.policyplan.model.Strategy("x", parameters).parameters();
    }

    private static double score(Rule rule, RuleInput in) {
        return rule.score(in).score().orElseThrow();
    }

    @Test
    void completionRateIsActualOverExpected() {
        RuleResult r = Rule.completionRate().score(input(numeric(Direction.HIGHER_IS_BETTER, 80), Map.of(), 25, 40, 0));

        assertThat(r.score()).hasValue(62.5);
        assertThat(r.formula().inEnglish()).isEqualTo("62.5 = 25 ÷ 40 × 100 (completion rate)");
        assertThat(r.formula().inChinese()).isEqualTo("62.5 = 完成值25 ÷ 时序目标40 × 100（完成率）");
    }

    @Test
    void completionRateIsCappedAtTheCapAndInvertedForLowerIsBetter() {
        RuleResult capped = Rule.completionRate().score(input(numeric(Direction.HIGHER_IS_BETTER, 100),
                Map.of("cap", 120), 150, 100, 0));
        RuleResult plain = Rule.completionRate().score(input(numeric(Direction.HIGHER_IS_BETTER, 100), Map.of(),
                150, 100, 0));
        RuleResult lower = Rule.completionRate().score(input(numeric(Direction.LOWER_IS_BETTER, 5), Map.of(), 6.25, 5,
                8));

        assertThat(capped.score()).hasValue(120);
        assertThat(capped.formula().inEnglish()).isEqualTo("120 = 150 ÷ 100 × 100 (completion rate) → 150, capped at 120");
        assertThat(plain.score()).hasValue(100);
        assertThat(lower.score()).hasValue(80);
        assertThat(lower.formula().inEnglish()).isEqualTo("80 = 5 ÷ 6.25 × 100 (lower is better) (completion rate)");
    }

    @Test
    void completionRateDeclinesAnExpectedValueOfZero() {
        RuleResult r = Rule.completionRate().score(input(numeric(Direction.HIGHER_IS_BETTER, 10), Map.of(), 3, 0, 0));

        assertThat(r.score()).isEmpty();
        assertThat(r.formula().inEnglish()).isEqualTo("no completion rate: the expected value 0 is not above 0");
    }

    @Test
    void linearWithAFloorScoresLikeAnEfficacyCoefficient() {
        RuleResult r = Rule.linear().score(input(numeric(Direction.HIGHER_IS_BETTER, 80), Map.of("floor", 60), 25, 40,
                0));

        assertThat(r.score()).hasValue(85);
        assertThat(r.formula().inEnglish()).isEqualTo("85 = 60 + (100 − 60) × (25 − 0) ÷ (40 − 0) (linear from the start 0)");
        assertThat(score(Rule.linear(), input(numeric(Direction.LOWER_IS_BETTER, 5), Map.of(), 6.5, 5, 8))).isEqualTo(50);
        assertThat(score(Rule.linear(), input(numeric(Direction.HIGHER_IS_BETTER, 80), Map.of(), -5, 40, 0)))
                .as("floored at 0").isZero();
    }

    @ParameterizedTest(name = "goal 700, red flag 500: {0} scores {1}")
    @CsvSource({"300, 0", "500, 33.333", "700, 66.667", "900, 100", "1000, 100", "600, 50"})
    void redFlagFollowsTheSpiderImpactAnchors(double actual, double expected) {
        Target t = numeric(Direction.HIGHER_IS_BETTER, 700);

        assertThat(score(Rule.redFlag(), input(t, Map.of("redFlag", 500), actual, 700, Double.NaN)))
                .isCloseTo(expected, within(0.001));
    }

    @Test
    void redFlagWorksLowerIsBetter() {
        Target t = numeric(Direction.LOWER_IS_BETTER, 5);

        assertThat(score(Rule.redFlag(), input(t, Map.of("redFlag", 8), 6.5, 5, Double.NaN))).isCloseTo(50, within(1e-9));
        assertThat(Rule.redFlag().check(t, normalised(Map.of("redFlag", 4)))).extracting(Violation::toString)
                .containsExactly("redFlag: the red flag 4 must be above the goal 5");
    }

    @Test
    void redFlagMovesWithTheSchedule() {
        Target t = numeric(Direction.HIGHER_IS_BETTER, 100);

        // Half-way through the year the expected value is 50 and the red flag 40 (80 scaled by 50/100).
        RuleResult r = Rule.redFlag().score(input(t, Map.of("redFlag", 80), 45, 50, 0));

        assertThat(r.score().orElseThrow()).isCloseTo(50, within(1e-9));
        assertThat(r.formula().inEnglish()).contains("red flag 40 scores 33.33");
    }

    @Test
    void bandsAreSteppedOrInterpolated() {
        Map<String, Object> stepped = Map.of("bands", List.of(Map.of("min", 100, "points", 100),
                Map.of("min", 80, "points", 75), Map.of("min", 50, "points", 50)));
        Map<String, Object> interpolated = new LinkedHashMap<>(stepped);
        interpolated.put("interpolate", true);
        Target t = numeric(Direction.HIGHER_IS_BETTER, 100);

        assertThat(score(Rule.bands(), input(t, stepped, 85, 100, 0))).isEqualTo(75);
        assertThat(score(Rule.bands(), input(t, stepped, 100, 100, 0))).isEqualTo(100);
        assertThat(score(Rule.bands(), input(t, stepped, 50, 100, 0))).isEqualTo(50);
        assertThat(score(Rule.bands(), input(t, stepped, 49, 100, 0))).isZero();
        assertThat(score(Rule.bands(), input(t, interpolated, 90, 100, 0))).isEqualTo(87.5);
        assertThat(score(Rule.bands(), input(t, interpolated, 120, 100, 0))).isEqualTo(100);
        assertThat(Rule.bands().score(input(t, stepped, 85, 100, 0)).formula().inEnglish())
                .isEqualTo("75: completion 85% = 85 ÷ 100 × 100 ≥ 80%");
    }

    @Test
    void deductionTakesPointsPerUnitOfShortfall() {
        Target growth = numeric(Direction.HIGHER_IS_BETTER, 8);
        Map<String, Object> perPoint = Map.of("points", 0.5, "of", "value");
        Map<String, Object> started = Map.of("points", 0.5, "of", "value", "count", "started");
        Map<String, Object> ofCompletion = Map.of("points", 2, "floor", 70);

        RuleResult r = Rule.deduction().score(input(growth, perPoint, 7.2, 8, Double.NaN));
        assertThat(r.score().orElseThrow()).isCloseTo(99.6, within(1e-9));
        assertThat(r.formula().inChinese()).startsWith("99.6 = 100 − 0.5 × 0.8（差额0.8；每1扣0.5分");
        assertThat(score(Rule.deduction(), input(growth, started, 7.2, 8, Double.NaN))).isEqualTo(99.5);
        assertThat(score(Rule.deduction(), input(growth, ofCompletion, 90, 100, 0))).isEqualTo(80);
        assertThat(score(Rule.deduction(), input(growth, ofCompletion, 50, 100, 0))).as("floored").isEqualTo(70);
        assertThat(score(Rule.deduction(), input(growth, perPoint, 9, 8, Double.NaN))).isEqualTo(100);
    }

    @Test
    void milestoneCreditsTheStageReachedAgainstTheStageExpected() {
        Target t = Target.builder("m", "招商项目").measure(Measure.milestone(List.of("洽谈", "框架协议", "正式合同",
                "开工", "投产"))).goal(Goal.level("投产")).due(LocalDate.of(2023, 12, 31)).lead("kj").build();
        RuleInput in = new RuleInput(t, Map.of(), Value.level("正式合同"), Goal.level("开工"), Double.NaN, JUNE);
        RuleInput credited = new RuleInput(t, normalised(Map.of("credit", Map.of("洽谈", 10, "框架协议", 30,
                "正式合同", 60, "开工", 80, "投产", 100))), Value.level("正式合同"), Goal.level("开工"), Double.NaN, JUNE);

        assertThat(Rule.milestone().score(in).score().orElseThrow()).isCloseTo(66.667, within(0.001));
        assertThat(score(Rule.milestone(), credited)).isEqualTo(75);
        assertThat(Rule.milestone().score(credited).formula().inEnglish())
                .isEqualTo("75 = 60 ÷ 80 × 100 (stage 正式合同 earns 60, stage 开工 is expected and earns 80)");
        assertThat(Rule.milestone().check(t, normalised(Map.of("credit", Map.of("签约", 50)))))
                .extracting(Violation::toString)
                .containsExactly("credit.签约: '签约' is not one of the stages [洽谈, 框架协议, 正式合同, 开工, 投产]");
    }

    @Test
    void gradeTurnsAGradeIntoPoints() {
        Target t = Target.builder("g", "开门红").measure(Measure.grade(List.of("不合格", "合格", "良好", "优秀")))
                .goal(Goal.level("优秀")).due(LocalDate.of(2023, 3, 31)).lead("kj").build();

        assertThat(Rule.grade().score(new RuleInput(t, Map.of(), Value.level("良好"), Goal.level("优秀"), Double.NaN,
                JUNE)).score().orElseThrow()).isCloseTo(66.667, within(0.001));
        assertThat(score(Rule.grade(), new RuleInput(t, normalised(Map.of("points", Map.of("不合格", 0, "合格", 60,
                "良好", 80, "优秀", 100))), Value.level("良好"), Goal.level("优秀"), Double.NaN, JUNE))).isEqualTo(80);
        assertThat(Rule.grade().check(t, normalised(Map.of("points", Map.of("优秀", 100))))).hasSize(3);
    }

    @Test
    void withinBandIsFullInsideAndFallsOffOutside() {
        Target t = Target.builder("b", "CPI").measure(Measure.of(MeasureKind.LEVEL, "%")
                .withDirection(Direction.WITHIN_BAND)).goal(Goal.band(2, 3)).due(LocalDate.of(2023, 12, 31))
                .lead("kj").build();

        assertThat(score(Rule.withinBand(), new RuleInput(t, Map.of(), Value.of(2.5), Goal.band(2, 3), Double.NaN,
                JUNE))).isEqualTo(100);
        assertThat(score(Rule.withinBand(), new RuleInput(t, Map.of(), Value.of(3.5), Goal.band(2, 3), Double.NaN,
                JUNE))).isEqualTo(50);
        assertThat(score(Rule.withinBand(), new RuleInput(t, Map.of(), Value.of(4.5), Goal.band(2, 3), Double.NaN,
                JUNE))).isZero();
        assertThat(score(Rule.withinBand(), new RuleInput(t, normalised(Map.of("tolerance", 2)), Value.of(1.5),
                Goal.band(2, 3), Double.NaN, JUNE))).isEqualTo(75);
    }

    @Test
    void everyRuleRefusesUnknownParametersAndABadCap() {
        Target t = numeric(Direction.HIGHER_IS_BETTER, 10);

        assertThat(Rule.completionRate().check(t, normalised(Map.of("capp", 120, "cap", 90))))
                .extracting(Violation::toString).containsExactly(
                        "capp: unknown parameter 'capp' of rule completion-rate (known: cap)",
                        "cap: cap must be a number ≥ 100 (was 90.0)");
        assertThat(Rule.deduction().check(t, normalised(Map.of("of", "money")))).extracting(Violation::toString)
                .containsExactly("missing parameter 'points'", "of: of must be one of completion, value (was money)");
    }

    @Test
    void builtInsAreTheRulesAPlanMayName() {
        assertThat(Rule.builtIns().keySet()).containsExactly("bands", "completion-rate", "deduction", "grade",
                "linear", "milestone", "red-flag", "within-band");
    }
}
