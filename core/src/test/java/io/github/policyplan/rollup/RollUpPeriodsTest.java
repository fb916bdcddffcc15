package io.github.policyplan.rollup;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policyplan.model.Plan;
import io.github.policyplan.model.Report;
import io.github.policyplan.model.Value;
import io.github.policyplan.progress.Progress;
import io.github.policyplan.progress.ProgressLog;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A unit's report counts in a roll-up within the period of the target's reporting cadence that holds the
 * date (the month, the quarter or the year), the same period {@link Completeness} judges. Hand-computed on
 * the fixtures' reports with one more: 马坪镇 reports funds 2 on 2023-05-31.
 */
class RollUpPeriodsTest {

    private static final LocalDate MAY = LocalDate.of(2023, 5, 31);
    private static final LocalDate JUNE = LocalDate.of(2023, 6, 30);
    private static final String REPORTS = BreakdownFixtures.REPORTS + "funds,mpz,2023-05-31,2,马坪镇,\n";

    private static ProgressLog log(Plan plan) {
        return Progress.parse(REPORTS, "reports.csv", plan);
    }

    private static TargetRollUp funds(Plan plan, LocalDate asOf) {
        return RollUp.standard().score(plan, log(plan), asOf).target("funds");
    }

    private static Value rolledUp(Plan plan, LocalDate date) {
        return RollUp.standard().values(plan, log(plan)).latest("funds", date).map(Report::value).orElseThrow();
    }

    @Test
    void aQuarterlyTargetCountsEveryReportOfTheQuarter() {
        Plan plan = BreakdownFixtures.plan();

        // 30 June: 城关镇 4.5 (06-30) + 新集镇 3 (06-30) + 马坪镇 2 (05-31, the same quarter) = 9.5
        assertThat(funds(plan, JUNE).total()).contains(Value.of(9.5));
        assertThat(funds(plan, JUNE).reported()).isEqualTo(3);
        // 31 May: 城关镇 2 + 新集镇 1.5 (both 03-31, the first quarter) no longer count; 马坪镇 2 does
        assertThat(rolledUp(plan, MAY)).isEqualTo(Value.of(2));
    }

    @Test
    void aMonthlyTargetCountsOnlyTheMonthsReports() {
        Plan plan = BreakdownFixtures.plan("cadence: monthly");

        TargetRollUp june = funds(plan, JUNE);

        // 30 June: 城关镇 4.5 + 新集镇 3 (both 06-30); 马坪镇's report of 05-31 is May's, not June's
        assertThat(june.total()).contains(Value.of(7.5));
        assertThat(june.reported()).isEqualTo(2);
        assertThat(june.figures()).extracting(UnitFigure::counted).containsExactly(true, true, false);
        assertThat(june.explanation().inChinese()).contains("3个乡镇中2个已报送，截至2023-06-30；未报送：马坪镇；数据不全");
        // 31 May: only 马坪镇 reported in May
        assertThat(rolledUp(plan, MAY)).isEqualTo(Value.of(2));
    }

    @Test
    void aYearlyTargetCountsEveryReportOfTheYear() {
        Plan plan = BreakdownFixtures.plan("cadence: yearly");

        TargetRollUp june = funds(plan, JUNE);

        // 30 June: 城关镇 4.5 + 新集镇 3 (06-30) + 马坪镇 2 (05-31), all in 2023
        assertThat(june.total()).contains(Value.of(9.5));
        assertThat(june.reported()).isEqualTo(3);
        assertThat(june.explanation().inChinese()).doesNotContain("沿用上期").doesNotContain("未报送");
        // 31 May: 城关镇 2 + 新集镇 1.5 (03-31, the same year) + 马坪镇 2 (05-31) = 5.5
        assertThat(rolledUp(plan, MAY)).isEqualTo(Value.of(5.5));
    }

    @Test
    void theRollUpAndTheCompletenessJudgeTheSamePeriod() {
        Plan plan = BreakdownFixtures.plan("cadence: monthly");

        RolledUp r = RollUp.standard().score(plan, log(plan), JUNE);

        assertThat(r.completeness().from()).isEqualTo(LocalDate.of(2023, 6, 1));
        assertThat(r.completeness().missingOf("mpz")).extracting(Completeness.Missing::target).contains("funds");
        assertThat(r.target("funds").figures().get(2).counted()).isFalse();
    }
}
