package io.github.policyplan.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.within;

import io.github.policyplan.model.Derivation;
import io.github.policyplan.model.Plan;
import io.github.policyplan.model.Report;
import io.github.policyplan.model.Value;
import io.github.policyplan.plans.Plans;
import io.github.policyplan.progress.Progress;
import io.github.policyplan.progress.ProgressException;
import io.github.policyplan.progress.ProgressLog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Derived targets (派生指标), scored by hand: {@code intensity} is 研发投入 ÷ 地区生产总值 × 100 and
 * {@code firms} is 城关镇 + 新集镇, in {@code plans/derived.yaml}; every target is due at the end of 2023, so at
 * that date each is judged against its goal.
 */
class DerivedTargetsTest {

    private static final Plan PLAN = read();
    private static final LocalDate END = LocalDate.of(2023, 12, 31);

    private static Plan read() {
        try {
            return Plans.read(Path.of("src/test/resources/plans/derived.yaml"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ProgressLog log(Report... reports) {
        return ProgressLog.of(PLAN, List.of(reports));
    }

    private static Report report(String target, int month, int day, double value) {
        return Report.of(target, LocalDate.of(2023, month, day), value);
    }

    @Test
    void thePlanFileSaysWhichTargetsAreDerivedAndFromWhat() {
        assertThat(PLAN.derivations()).containsExactly(
                Map.entry("intensity", Derivation.share("rd", "gdp")),
                Map.entry("firms", Derivation.sum("cg-firms", "xj-firms")));
        assertThat(PLAN.derivation("rd")).isEmpty();
    }

    @Test
    void aShareIsTheRatioOfItsInputsTimes100AndIsScoredLikeAnyTarget() {
        Scorecard card = Scoring.standard().score(PLAN, log(report("rd", 11, 30, 4.2), report("gdp", 12, 31, 200)),
                END);
        NodeScore intensity = card.node("intensity");

        // 4.2 ÷ 200 × 100 = 2.1; completion rate 2.1 ÷ 2.5 × 100 = 84.
        assertThat(intensity.score().getAsDouble()).isCloseTo(84, within(1e-9));
        assertThat(intensity.status()).isEqualTo(Status.MISSED);
        assertThat(intensity.target().orElseThrow().actual()).contains(Value.of(2.1));
        assertThat(intensity.target().orElseThrow().reported()).as("as current as its oldest input")
                .contains(LocalDate.of(2023, 11, 30));
        assertThat(intensity.explanation().inChinese()).contains("；完成值 2.1 %，派生值：研发投入强度 2.1 = 研发投入 4.2"
                + " ÷ 地区生产总值 200 × 100（最早一项数据为2023-11-30）；");
        assertThat(intensity.explanation().inEnglish()).contains("; actual 2.1 %, derived: 研发投入强度 2.1 = 研发投入 4.2"
                + " ÷ 地区生产总值 200 × 100 (the oldest input is of 2023-11-30);");
    }

    @Test
    void aSumAddsItsInputsLatestValues() {
        Scorecard card = Scoring.standard().score(PLAN, log(report("cg-firms", 6, 30, 5), report("cg-firms", 12, 31, 12),
                report("xj-firms", 12, 20, 6)), END);
        NodeScore firms = card.node("firms");

        // 12 + 6 = 18 of the goal 20: 90, and missed at the due date.
        assertThat(firms.score()).hasValue(90);
        assertThat(firms.status()).isEqualTo(Status.MISSED);
        assertThat(firms.explanation().inChinese()).isEqualTo("得分 90 = 完成值18 ÷ 时序目标20 × 100（完成率）；时序目标 20 家："
                + "即目标值（2023-12-31到期）；完成值 18 家，派生值：全县新引进企业 18 = 城关镇新引进企业 12 + 新集镇新引进企业 6"
                + "（最早一项数据为2023-12-20）；状态：未完成（2023-12-31到期，未达到目标值 20）；预测：已过期限（2023-12-31到期）");
        assertThat(firms.explanation().inEnglish()).startsWith("score 90 = 18 ÷ 20 × 100 (completion rate); expected"
                + " 20 家: the goal, due 2023-12-31; actual 18 家, derived: 全县新引进企业 18 = 城关镇新引进企业 12"
                + " + 新集镇新引进企业 6 (the oldest input is of 2023-12-20);");
    }

    @Test
    void aDerivedTargetHasNoValueWhileAnInputHasNoReport() {
        Scorecard card = Scoring.standard().score(PLAN, log(report("cg-firms", 12, 31, 12)), END);
        NodeScore firms = card.node("firms");

        assertThat(firms.score()).isEmpty();
        assertThat(firms.status()).isEqualTo(Status.NO_DATA);
        assertThat(firms.target().orElseThrow().actual()).isEmpty();
        assertThat(firms.explanation().inChinese()).isEqualTo("不计分：无完成值：新集镇新引进企业在2023-12-31及之前无数据；"
                + "时序目标 20 家：即目标值（2023-12-31到期）");
        assertThat(firms.explanation().inEnglish()).isEqualTo("not scored: no value: 新集镇新引进企业 has no value on or"
                + " before 2023-12-31; expected 20 家: the goal, due 2023-12-31");
    }

    @Test
    void aShareOfADenominatorOf0HasNoValue() {
        Scorecard card = Scoring.standard().score(PLAN, log(report("rd", 12, 31, 4.2), report("gdp", 12, 31, 0)), END);

        assertThat(card.node("intensity").score()).isEmpty();
        assertThat(card.node("intensity").explanation().inChinese()).startsWith("不计分：无完成值：分母地区生产总值为0；");
        assertThat(card.node("intensity").explanation().inEnglish()).startsWith("not scored: no value: the denominator"
                + " 地区生产总值 is 0;");
    }

    @Test
    void rescoringAfterAnInputChangedRescoresTheDerivedTargetToo() {
        ProgressLog before = log(report("rd", 12, 31, 4.2), report("gdp", 12, 31, 200));
        ProgressLog after = before.correct(report("rd", 12, 31, 5));
        Scorecard previous = Scoring.standard().score(PLAN, before, END);

        Scorecard rescored = Scoring.standard().rescore(previous, PLAN, after, Set.of("rd"));

        assertThat(rescored).isEqualTo(Scoring.standard().score(PLAN, after, END));
        assertThat(rescored.node("intensity").score()).hasValue(100);
    }

    @Test
    void aDerivedValueAtADateTakesEachInputsLatestReportOnOrBeforeIt() {
        ProgressLog log = log(report("cg-firms", 6, 30, 5), report("cg-firms", 12, 31, 12), report("xj-firms", 6, 1, 2));
        TargetResult june = Scoring.standard().score(PLAN, log, LocalDate.of(2023, 6, 30)).node("firms").target()
                .orElseThrow();

        // 5 + 2, not 12 + 2: the December report comes after the date.
        assertThat(june.actual()).contains(Value.of(7));
        assertThat(june.reported()).contains(LocalDate.of(2023, 6, 1));
        assertThat(Scoring.standard().score(PLAN, log, LocalDate.of(2023, 5, 31)).node("firms").target().orElseThrow()
                .actual()).as("新集镇 had not reported by May 31").isEmpty();
    }

    @Test
    void theReaderRefusesAReportOnADerivedTargetAndNamesItsInputs() {
        Throwable thrown = catchThrowable(() -> Progress.parse("target,date,value,source,note\nintensity,2023-06-30,2.1,,\n",
                "reports.csv", PLAN));

        assertThat(thrown).isInstanceOf(ProgressException.class);
        assertThat(((ProgressException) thrown).problems()).extracting(Object::toString).containsExactly(
                "reports.csv:2:1: reports[0].target: target 'intensity' is derived (share[rd, gdp]): its value is"
                        + " computed from those targets, not reported (report rd and gdp instead)");
    }

    @Test
    void aPlanWithDerivedTargetsWritesAndReadsBackEqual() {
        assertThat(Plans.parse(Plans.toYaml(PLAN), "derived.yaml")).isEqualTo(PLAN);
        assertThat(Plans.toYaml(PLAN)).contains("        derived:\n          share:\n            - rd\n            - gdp\n");
    }
}
