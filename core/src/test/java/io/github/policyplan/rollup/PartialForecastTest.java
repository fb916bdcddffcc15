package io.github.policyplan.rollup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.policyplan.model.Plan;
import io.github.policyplan.model.Value;
import io.github.policyplan.plans.Plans;
import io.github.policyplan.progress.Progress;
import io.github.policyplan.progress.ProgressLog;
import io.github.policyplan.scoring.Forecast;
import io.github.policyplan.scoring.NodeScore;
import io.github.policyplan.scoring.Scoring;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A broken-down target's forecast draws its trend through the rolled-up values that covered every unit,
 * not through a partial total (issue 14, point 3, leftover). Three townships report 1, 2 and 3 at the ends
 * of Q1, Q2 and Q3, but 马坪镇 misses Q3: the Q3 total covers 2 of 3 (3 + 3 = 6, as in Q2), and a trend
 * through it bends down.
 */
class PartialForecastTest {

    private static final LocalDate Q3 = LocalDate.of(2023, 9, 30);
    private static final double MONTH = 365.25 / 12;

    private static final String PLAN = BreakdownFixtures.HEADER + """
                  - id: funds
                    title: 引进到位资金
                    kind: count
                    unit: 亿元
                    goal: 12
                    due: 2023
                    lead: tjj
                    breakdown:
                      - {unit: cgz, goal: 4}
                      - {unit: xjz, goal: 4}
                      - {unit: mpz, goal: 4}
            """;

    private static final String REPORTS = """
            target,unit,date,value,source,note
            funds,cgz,2023-03-31,1,,
            funds,xjz,2023-03-31,1,,
            funds,mpz,2023-03-31,1,,
            funds,cgz,2023-06-30,2,,
            funds,xjz,2023-06-30,2,,
            funds,mpz,2023-06-30,2,,
            funds,cgz,2023-09-30,3,,
            funds,xjz,2023-09-30,3,,
            """;

    private static Plan plan(String settings) {
        return Plans.parse(PLAN.formatted(settings), "partial.yaml");
    }

    private static RolledUp rollUp(Plan plan) {
        return RollUp.standard().score(plan, Progress.parse(REPORTS, "reports.csv", plan), Q3);
    }

    @Test
    void thePartialTotalIsLeftOutOfTheTrendAndTheForecastSaysSo() {
        RolledUp r = rollUp(plan(""));
        assertThat(r.log().series("funds")).extracting(x -> x.value()).containsExactly(Value.of(3), Value.of(6),
                Value.of(6)); // 3 + 3 at Q3: 2 of 3 townships
        assertThat(r.scorecard().shares("funds").orElseThrow().partial()).containsExactly(Q3);

        NodeScore funds = r.scorecard().node("funds");
        Forecast f = funds.forecast().orElseThrow();

        // the trend through (0, 3) and (91, 6) days after 2023-03-31: 3 ÷ 91 a day, to 2023-12-31 (275 days)
        assertThat(f.reports()).isEqualTo(2);
        assertThat(f.currentRate()).isCloseTo(3.0 / 91 * MONTH, within(1e-9)); // +1.0034 a month
        assertThat(f.projected()).isCloseTo(3 + 275 * 3.0 / 91, within(1e-9)); // 12.07 ≥ 12
        assertThat(f.explanation().inEnglish()).contains("linear trend of 2 reports", "1 value left out: it covered"
                + " only some units, a partial total");
        assertThat(f.explanation().inChinese()).contains("按2次报送的线性趋势", "另有1个时点仅部分单位报送，未计入趋势");
        assertThat(funds.explanation().inChinese()).contains("另有1个时点仅部分单位报送，未计入趋势");
    }

    @Test
    void withThePartialTotalTheTrendWouldDip() {
        Plan plan = plan("");
        ProgressLog rolled = rollUp(plan).log();

        // scored plainly, the same log's forecast draws the trend through (0, 3), (91, 6) and (183, 6):
        // mean x 91⅓, mean y 5, Sxy = 274, Sxx = 16,744⅔; slope 0.016363 a day
        Forecast plain = Scoring.standard().score(plan, rolled, Q3).node("funds").forecast().orElseThrow();
        double slope = 274 / (16744 + 2.0 / 3);
        assertThat(plain.reports()).isEqualTo(3);
        assertThat(plain.currentRate()).isCloseTo(slope * MONTH, within(1e-9)); // +0.50 a month
        assertThat(plain.projected()).isCloseTo(5 - slope * (91 + 1.0 / 3) + slope * 275, within(1e-9)); // 8.01
        assertThat(plain.projected()).isLessThan(rollUp(plan).scorecard().node("funds").forecast().orElseThrow()
                .projected() - 4);
        assertThat(plain.explanation().inEnglish()).doesNotContain("left out");
    }

    @Test
    void carryingEachUnitsLastReportForwardEveryValueIsComplete() {
        RolledUp r = rollUp(plan("breakdown-settings: {carry-forward: true}"));

        assertThat(r.log().series("funds")).extracting(x -> x.value()).containsExactly(Value.of(3), Value.of(6),
                Value.of(8)); // 3 + 3 + 2 (马坪镇's Q2 report carried forward)
        assertThat(r.scorecard().shares("funds").orElseThrow().partial()).isEmpty();
        Forecast f = r.scorecard().node("funds").forecast().orElseThrow();
        assertThat(f.reports()).isEqualTo(3);
        assertThat(f.explanation().inEnglish()).doesNotContain("left out");
        assertThat(List.of(f.explanation().inChinese())).noneMatch(s -> s.contains("未计入趋势"));
    }

    @Test
    void withTooFewCompleteValuesThereIsNoForecastAndTheExplanationSaysWhy() {
        Plan plan = plan("");
        String reports = REPORTS.replace("funds,mpz,2023-03-31,1,,\n", "");   // Q1 covers 2 of 3 as well
        RolledUp r = RollUp.standard().score(plan, Progress.parse(reports, "reports.csv", plan), Q3);
        NodeScore funds = r.scorecard().node("funds");

        assertThat(r.scorecard().shares("funds").orElseThrow().partial()).containsExactly(LocalDate.of(2023, 3, 31), Q3);
        assertThat(funds.forecast()).isEmpty();
        assertThat(funds.explanation().inEnglish()).endsWith("; forecast: none, fewer than two values covered every"
                + " unit; 2 values left out: they covered only some units, a partial total");
        assertThat(funds.explanation().inChinese()).endsWith("；预测：无，覆盖全部单位的时点不足两个；另有2个时点仅部分单位报送，未计入趋势");
    }
}
