package io.github.policyplan.rollup;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policyplan.model.Report;
import io.github.policyplan.model.Value;
import io.github.policyplan.plans.PlanSet;
import io.github.policyplan.progress.Progress;
import io.github.policyplan.progress.ProgressLog;
import io.github.policyplan.scoring.Scorecard;
import io.github.policyplan.scoring.Scoring;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Hand-computed roll-ups across plans: a city and three counties ({@link CascadeFixtures}). */
class CascadeTest {

    private static final LocalDate JUNE = LocalDate.of(2023, 6, 30);

    /** A县 2.5亿元, B县 8000万元, C县 12000万元; farmland A县 3000亩, B县 4500亩, C县 none; growth 9, 6, 3. */
    private static Map<String, ProgressLog> logs(PlanSet set) {
        Map<String, ProgressLog> logs = new LinkedHashMap<>();
        logs.put("a-county", Progress.parse("""
                target,date,value,source,note
                t1,2023-06-30,2.5,,
                t2,2023-06-30,3000,,
                t3,2023-06-30,9,,
                """, "a.csv", set.plan("a-county")));
        logs.put("b-county", Progress.parse("""
                target,date,value,source,note
                t1,2023-06-30,8000,,
                t2,2023-05-31,4500,,
                t3,2023-06-30,6,,
                """, "b.csv", set.plan("b-county")));
        logs.put("c-county", Progress.parse("""
                target,date,value,source,note
                t1,2023-06-30,12000,,
                t3,2023-06-30,3,,
                """, "c.csv", set.plan("c-county")));
        return logs;
    }

    @Test
    void threeCountiesInTwoUnitsAddUpToTheCitysTotalIn亿元() {
        PlanSet set = CascadeFixtures.set("");
        Cascaded r = Cascade.of(set).score(logs(set), JUNE);

        TargetRollUp funds = r.target("city-2023", "funds");
        // 2.5 + 8000 × 10⁻⁴ + 12000 × 10⁻⁴ = 2.5 + 0.8 + 1.2 = 4.5
        assertThat(funds.total()).contains(Value.of(4.5));
        assertThat(funds.reported()).isEqualTo(3);
        assertThat(funds.partial()).isFalse();
        // goals 3 + 30000万元 + 40000万元 = 3 + 3 + 4 = 10亿元 against the city's 10
        assertThat(funds.allocation().getAsDouble()).isEqualTo(1.0);
        assertThat(funds.explanation().inChinese()).isEqualTo("合计 4.5亿元 = A县 2.5亿元 + B县 0.8亿元（8000万元） + C县"
                + " 1.2亿元（12000万元）；3个县中3个已报送，截至2023-06-30；分解比 1：分解合计等于目标");
        assertThat(funds.explanation().inEnglish()).startsWith("total 4.5亿元 = A县 2.5亿元 + B县 0.8亿元 (8000万元)"
                + " + C县 1.2亿元 (12000万元); 3 of 3 lower plans reported, as of 2023-06-30");
    }

    @Test
    void farmlandIn亩BecomesTheCitys万亩AndSaysWhichCountyHasNotReported() {
        PlanSet set = CascadeFixtures.set("");
        TargetRollUp farmland = Cascade.of(set).score(logs(set), JUNE).target("city-2023", "farmland");

        // 3000亩 + 4500亩 = 7500亩 = 0.75万亩; C县 has not reported
        assertThat(farmland.total()).contains(Value.of(0.75));
        assertThat(farmland.reported()).isEqualTo(2);
        assertThat(farmland.units()).isEqualTo(3);
        assertThat(farmland.partial()).isTrue();
        assertThat(farmland.explanation().inChinese()).startsWith("合计 0.75万亩 = A县 0.3万亩（3000亩） + B县 0.45万亩"
                + "（4500亩）；3个县中2个已报送，截至2023-06-30；未报送：C县；数据不全");
        // the goals: 4000亩 × 3 = 1.2万亩, the city's goal
        assertThat(farmland.allocation().getAsDouble()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void aGrowthRateIsTheWeightedMeanTheCountiesState() {
        PlanSet set = CascadeFixtures.set("");
        TargetRollUp growth = Cascade.of(set).score(logs(set), JUNE).target("city-2023", "growth");

        // (9 × 3 + 6 × 2 + 3 × 1) ÷ 6 = 42 ÷ 6 = 7
        assertThat(growth.total()).contains(Value.of(7));
        assertThat(growth.explanation().inChinese()).startsWith("合计 7% = (A县 9% × 3 + B县 6% × 2 + C县 3% × 1) ÷ 6（加权平均）");
    }

    @Test
    void theCitysOwnReportScoresByDefaultAndTheCountiesTotalWhenThePlanSaysUnits() {
        for (String setting : new String[] {"", "breakdown-settings: {score: units}"}) {
            PlanSet set = CascadeFixtures.set(setting);
            Map<String, ProgressLog> logs = logs(set);
            logs.put("city-2023", ProgressLog.of(set.plan("city-2023"), java.util.List.of(
                    Report.of("funds", JUNE, 4.6))));
            Cascaded r = Cascade.of(set).score(logs, JUNE);

            TargetRollUp funds = r.target("city-2023", "funds");
            boolean units = !setting.isEmpty();
            assertThat(funds.own().map(Report::value)).contains(Value.of(4.6));
            assertThat(funds.difference().getAsDouble()).isCloseTo(0.1, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(funds.scoredOnUnits()).isEqualTo(units);
            assertThat(r.plan("city-2023").log().latest("funds", JUNE).map(Report::value))
                    .contains(Value.of(units ? 4.5 : 4.6));
            assertThat(funds.explanation().inChinese()).contains("本级报送 4.6亿元（2023-06-30）", "与各单位合计相差 0.1亿元",
                    units ? "以各单位合计计分" : "以本级报送计分");
            assertThat(funds.explanation().inEnglish()).contains("own report 4.6亿元 of 2023-06-30",
                    "units' total differs by 0.1亿元");
        }
    }

    @Test
    void theHigherPlanScoresThroughThePublicApiOnTheRolledUpValues() {
        PlanSet set = CascadeFixtures.set("");
        Cascade cascade = Cascade.of(set);
        Map<String, ProgressLog> logs = logs(set);

        Map<String, ProgressLog> values = cascade.values(logs);
        String plain = Scoring.standard().score(cascade.plan("city-2023"), values.get("city-2023"), JUNE).toJson();

        Scorecard card = cascade.score(logs, JUNE).scorecard("city-2023");
        assertThat(card.withShares(Map.of()).toJson()).as("the scores are plain scoring's").isEqualTo(plain);
        assertThat(card.shares("funds").orElseThrow().reported()).as("the counties under the city's target")
                .isEqualTo(3);
        assertThat(values.get("city-2023").latest("funds", JUNE).map(Report::value)).contains(Value.of(4.5));
        assertThat(set.bottomUp().get(set.bottomUp().size() - 1).id()).isEqualTo("city-2023");
    }

    @Test
    void theValuesReadOnColumnsAreTheRollUpOfTheLowerPlansCopiedInAsUnitsReports() {
        for (String settings : List.of("", "breakdown-settings: {carry-forward: true}", "breakdown-settings: {score: units}")) {
            PlanSet set = CascadeFixtures.set(settings);
            Cascade cascade = Cascade.of(set);
            Map<String, ProgressLog> logs = logs(set);

            ProgressLog columns = cascade.values(logs).get("city-2023");
            ProgressLog copied = cascade.score(logs, JUNE).plan("city-2023").log();
            for (String target : List.of("funds", "farmland", "growth")) {
                assertThat(columns.series(target)).as(settings + " " + target).isNotEmpty()
                        .isEqualTo(copied.series(target));
            }
        }
    }

    @Test
    void aCascadedTargetsForecastLeavesOutTotalsThatCoveredOnlySomeCounties() {
        PlanSet set = CascadeFixtures.set("");
        Cascaded r = Cascade.of(set).score(logs(set), JUNE);

        // farmland: B县 alone on 2023-05-31 (0.45万亩), A县 and B县 on 2023-06-30 (0.75万亩); C县 never
        assertThat(r.scorecard("city-2023").shares("farmland").orElseThrow().partial())
                .containsExactly(LocalDate.of(2023, 5, 31), JUNE);
        assertThat(r.scorecard("city-2023").node("farmland").forecast()).isEmpty();
        assertThat(r.scorecard("city-2023").node("farmland").explanation().inChinese())
                .endsWith("；预测：无，覆盖全部单位的时点不足两个；另有2个时点仅部分单位报送，未计入趋势");
        assertThat(r.scorecard("city-2023").shares("funds").orElseThrow().partial()).isEmpty();
    }
}
