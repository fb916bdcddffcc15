package io.github.policyplan.rollup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.policyplan.model.Plan;
import io.github.policyplan.model.Value;
import io.github.policyplan.progress.Progress;
import io.github.policyplan.progress.ProgressLog;
import io.github.policyplan.scoring.Scorecard;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Roll-ups computed by hand: sums with full and partial coverage, carrying forward, the target's own
 * report against its units' sum, numerators over denominators, a weighted mean, the least advanced stage,
 * each unit's share scored, over-allocation and reporting completeness.
 */
class RollUpTest {

    private static final LocalDate Q1 = LocalDate.of(2023, 3, 31);
    private static final LocalDate Q2 = LocalDate.of(2023, 6, 30);

    private static RolledUp rollUp(Plan plan, LocalDate asOf) {
        ProgressLog log = Progress.parse(BreakdownFixtures.REPORTS, "reports.csv", plan);
        return RollUp.standard().score(plan, log, asOf);
    }

    @Test
    void sumsTheUnitsLatestValuesWhenAllHaveReported() {
        TargetRollUp funds = rollUp(BreakdownFixtures.plan(), Q1).target("funds");

        assertThat(funds.total()).contains(Value.of(4.5)); // 2 + 1.5 + 1
        assertThat(funds.reported()).isEqualTo(3);
        assertThat(funds.partial()).isFalse();
        assertThat(funds.explanation().inChinese()).startsWith("合计 4.5亿元 = 城关镇 2亿元 + 新集镇 1.5亿元 + 马坪镇 1亿元；3个乡镇中3个已报送");
        assertThat(funds.explanation().inEnglish()).startsWith("total 4.5亿元 = 城关镇 2亿元 + 新集镇 1.5亿元 + 马坪镇 1亿元; 3 of 3 townships"
                + " reported");
    }

    @Test
    void coversOnlyTheUnitsThatReportedInThePeriodAndSaysSo() {
        TargetRollUp funds = rollUp(BreakdownFixtures.plan(), Q2).target("funds");

        assertThat(funds.total()).contains(Value.of(7.5)); // 4.5 + 3; 马坪镇's Q1 report is not this quarter's
        assertThat(funds.reported()).isEqualTo(2);
        assertThat(funds.units()).isEqualTo(3);
        assertThat(funds.partial()).isTrue();
        assertThat(funds.explanation().inChinese()).contains("3个乡镇中2个已报送，截至2023-06-30；未报送：马坪镇；数据不全");
        assertThat(funds.figures()).extracting(UnitFigure::counted).containsExactly(true, true, false);
    }

    @Test
    void carriesTheLastReportForwardWhenThePlanSays() {
        TargetRollUp funds = rollUp(BreakdownFixtures.plan("breakdown-settings: {carry-forward: true}"), Q2)
                .target("funds");

        assertThat(funds.total()).contains(Value.of(8.5)); // 4.5 + 3 + 1 (马坪镇, 2023-03-31)
        assertThat(funds.reported()).isEqualTo(3);
        assertThat(funds.explanation().inChinese()).contains("沿用上期：马坪镇 2023-03-31");
    }

    @Test
    void scoresTheTargetsOwnReportByDefaultAndShowsTheDifference() {
        RolledUp r = rollUp(BreakdownFixtures.plan(), Q2);
        TargetRollUp funds = r.target("funds");

        assertThat(funds.own().orElseThrow().value()).isEqualTo(Value.of(9));
        assertThat(funds.difference().getAsDouble()).isEqualTo(1.5); // 9 − 7.5
        assertThat(funds.scoredOnUnits()).isFalse();
        assertThat(r.scorecard().node("funds").target().orElseThrow().actual()).contains(Value.of(9));
        assertThat(funds.explanation().inChinese()).contains("本级报送 9亿元（2023-06-30，县统计局），与各单位合计相差 1.5亿元；以本级报送计分");
    }

    @Test
    void scoresTheUnitsSumWhenThePlanSays() {
        RolledUp r = rollUp(BreakdownFixtures.plan("breakdown-settings: {score: units}"), Q2);

        assertThat(r.target("funds").scoredOnUnits()).isTrue();
        assertThat(r.scorecard().node("funds").target().orElseThrow().actual()).contains(Value.of(7.5));
        // The county scores its own rolled-up value against its goal: 7.5 ÷ (20 × 181/365) × 100.
        assertThat(r.scorecard().node("funds").score().getAsDouble()).isCloseTo(7.5 / (20 * 181 / 365.0) * 100,
                within(0.01));
    }

    @Test
    void scoresTheUnitsSumAtDatesWithoutAnOwnReport() {
        RolledUp r = rollUp(BreakdownFixtures.plan(), Q1);

        assertThat(r.scorecard().node("funds").target().orElseThrow().actual()).contains(Value.of(4.5));
        assertThat(r.target("funds").scoredOnUnits()).isTrue();
    }

    @Test
    void addsNumeratorsAndDenominatorsOfShares() {
        TargetRollUp rate = rollUp(BreakdownFixtures.plan(), Q2).target("rate");

        assertThat(rate.total()).contains(Value.of(30)); // (45 + 30) ÷ (150 + 100) × 100
        assertThat(rate.explanation().inChinese()).startsWith("合计 30% = (45 + 30) ÷ (150 + 100) × 100（分子分母合计");
    }

    @Test
    void averagesRatesWithTheStatedWeights() {
        TargetRollUp growth = rollUp(BreakdownFixtures.plan(), Q2).target("growth");

        assertThat(growth.total()).contains(Value.of(7)); // (9 × 3 + 6 × 2 + 3 × 1) ÷ 6
        assertThat(growth.explanation().inChinese()).startsWith("合计 7% = (城关镇 9% × 3 + 新集镇 6% × 2 + 马坪镇 3% × 1) ÷ 6（加权平均）");
    }

    @Test
    void takesTheLeastAdvancedStage() {
        TargetRollUp project = rollUp(BreakdownFixtures.plan(), Q2).target("project");

        assertThat(project.total()).contains(Value.level("签约"));
    }

    @Test
    void scoresEachUnitsShareLikeATargetUnderItsParent() {
        Scorecard shares = rollUp(BreakdownFixtures.plan(), Q2).shares().orElseThrow();

        assertThat(shares.node("funds").children()).extracting(n -> n.id())
                .containsExactly("funds.cgz", "funds.xjz", "funds.mpz");
        // 新集镇: 3 ÷ (7 × 181/365) × 100; its goal 7, the parent's linear schedule.
        assertThat(shares.node("funds.xjz").score().getAsDouble()).isCloseTo(3 / (7 * 181 / 365.0) * 100, within(0.01));
        assertThat(shares.node("funds.xjz").explanation().inChinese()).contains("完成值3 ÷ 时序目标3.47");
        // A ratio's share scores numerator ÷ denominator × 100: 城关镇 45/150 = 30%.
        assertThat(shares.node("rate.cgz").target().orElseThrow().actual()).contains(Value.of(30));
    }

    @Test
    void comparesTheUnitsGoalsWithTheTargetsGoal() {
        List<Allocation> allocations = RollUp.allocations(BreakdownFixtures.plan());

        assertThat(allocations).extracting(Allocation::target).containsExactly("funds", "growth");
        assertThat(allocations.get(0).ratio()).isCloseTo(1.05, within(1e-9)); // (8 + 7 + 6) ÷ 20
        assertThat(allocations.get(0).warning()).isFalse();
        assertThat(allocations.get(0).explanation().inChinese()).isEqualTo("分解比 1.05：加码5%，未超过预警线1.2");
        assertThat(RollUp.allocations(BreakdownFixtures.plan("breakdown-settings: {warn-above: 1.04}")).get(0)
                .warning()).isTrue();
    }

    @Test
    void saysWhichUnitsHaveNotReportedWhichTargets() {
        Completeness c = rollUp(BreakdownFixtures.plan(), Q2).completeness();

        assertThat(c.expected()).isEqualTo(12);
        assertThat(c.reported()).isEqualTo(10);
        assertThat(c.rate()).isCloseTo(10 / 12.0, within(1e-12));
        assertThat(c.byUnit()).isEqualTo(Map.of("mpz", List.of("funds", "rate")));
        assertThat(c.byTarget()).containsOnlyKeys("funds", "rate");
        assertThat(c.explanation().inChinese()).isEqualTo("报送率83.33%（2023-04-01至2023-06-30应报12项，已报10项）");
    }

    @Test
    void judgesCompletenessWithinEachTargetsCadence() {
        Completeness yearly = rollUp(BreakdownFixtures.plan("cadence: yearly"), Q2).completeness();

        assertThat(yearly.from()).as("the year, not the quarter").isEqualTo(LocalDate.of(2023, 1, 1));
        assertThat(yearly.reported()).as("马坪镇's funds of 2023-03-31 counts within the year").isEqualTo(11);
        assertThat(yearly.missing()).containsExactly(new Completeness.Missing("rate", "mpz", "马坪镇",
                LocalDate.of(2023, 1, 1), Q2));
    }

    @Test
    void countsTheReportsMissedInEachWholePeriodOfASpan() {
        Plan plan = BreakdownFixtures.plan();
        ProgressLog log = Progress.parse(BreakdownFixtures.REPORTS, "reports.csv", plan);
        LocalDate from = LocalDate.of(2023, 1, 1);
        LocalDate q1From = from;
        LocalDate q2From = LocalDate.of(2023, 4, 1);

        List<Completeness.Missing> byUnit = Completeness.missedIn(RollUp.byUnit(plan), RollUp.byUnit(plan, log), from,
                Q2);

        // Q1: only funds was reported (3 shares); rate, growth and project (9 shares) and plain (led by 城关镇)
        // were not. Q2: 马坪镇 missed funds and rate. 10 + 2 = 12.
        assertThat(byUnit).hasSize(12);
        assertThat(byUnit).extracting(m -> m.target() + " " + m.to()).containsExactly(
                "funds.mpz " + Q2, "rate.cgz " + Q1, "rate.xjz " + Q1, "rate.mpz " + Q1, "rate.mpz " + Q2,
                "growth.cgz " + Q1, "growth.xjz " + Q1, "growth.mpz " + Q1,
                "project.cgz " + Q1, "project.xjz " + Q1, "project.mpz " + Q1, "plain " + Q1);
        assertThat(byUnit.get(0)).isEqualTo(new Completeness.Missing("funds.mpz", "mpz", "马坪镇", q2From, Q2));
        assertThat(byUnit.get(11)).isEqualTo(new Completeness.Missing("plain", "cgz", "城关镇", q1From, Q1));
        assertThat(Completeness.missedIn(plan, log, from, Q2))
                .as("the plan with its breakdowns owes the same reports, under the parents' ids")
                .extracting(m -> m.unit() + " " + m.to())
                .isEqualTo(byUnit.stream().map(m -> m.unit() + " " + m.to()).toList());
        assertThat(Completeness.missedIn(BreakdownFixtures.plan("cadence: yearly"), log, from, Q2))
                .as("a yearly report is owed in no quarter").isEmpty();
    }

    @Test
    void replacesBrokenDownTargetsByTheUnitsSharesForAssessment() {
        Plan plan = BreakdownFixtures.plan();
        Plan byUnit = RollUp.byUnit(plan);
        ProgressLog log = RollUp.byUnit(plan, Progress.parse(BreakdownFixtures.REPORTS, "reports.csv", plan));

        assertThat(byUnit.id()).isEqualTo(plan.id());
        assertThat(byUnit.targetsLedBy("xjz")).extracting(t -> t.id())
                .containsExactly("funds.xjz", "rate.xjz", "growth.xjz", "project.xjz");
        assertThat(byUnit.target("plain")).isPresent();
        assertThat(byUnit.target("funds")).isEmpty();
        assertThat(log.latest("funds.xjz", Q2).orElseThrow().value()).isEqualTo(Value.of(3));
        assertThat(log.latest("plain", Q2).orElseThrow().value()).isEqualTo(Value.of(2));
    }

    @Test
    void leavesALogWithoutBreakdownsAsItIs() {
        Plan plan = BreakdownFixtures.plan();
        ProgressLog log = Progress.parse("target,date,value,source,note\nplain,2023-Q1,1,,\n", "p.csv", plan);

        assertThat(RollUp.standard().values(plan, log)).isSameAs(log);
    }
}
