package io.github.policyplan.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policyplan.model.Plan;
import io.github.policyplan.model.Report;
import io.github.policyplan.plans.Plans;
import io.github.policyplan.progress.ProgressLog;
import io.github.policyplan.report.Bulletin;
import io.github.policyplan.report.Language;
import io.github.policyplan.report.ReportSettings;
import io.github.policyplan.report.ScoredPlan;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A target whose latest report is older than its reporting cadence allows is stale: never achieved or
 * missed on it, and its words name the report's date. Every expected value is computed by hand in the
 * comments.
 */
class StaleReportsTest {

    private static final LocalDate JUNE = LocalDate.of(2024, 6, 30);
    private static final LocalDate SEPTEMBER = LocalDate.of(2024, 9, 30);
    private static final LocalDate YEAR_END = LocalDate.of(2024, 12, 31);

    /** One growth rate (7%, due at year end) and one count (12, due at year end), each with a cadence. */
    private static Plan plan(String planCadence, String growthCadence) {
        return Plans.parse("""
                id: stale-2024
                title: 报送周期示例
                issuer: 县委
                period: 2024
                %s
                departments:
                  - {id: tjj, name: 县统计局}
                sections:
                  - id: s1
                    title: 稳增长
                    targets:
                      - {id: growth, title: 规上工业增加值增速, kind: growth-rate, unit: '%%', goal: 7, due: 2024, lead: tjj%s}
                      - {id: count, title: 新增规上企业, kind: count, unit: 家, goal: 12, due: 2024, lead: tjj}
                """.formatted(planCadence, growthCadence), "stale-2024.yaml");
    }

    private static Scorecard score(Plan plan, LocalDate asOf, Report... reports) {
        return Scoring.standard().score(plan, ProgressLog.of(plan, List.of(reports)), asOf);
    }

    @Test
    void aGrowthRateReportOfJuneDoesNotMakeTheTargetAchievedAtTheEndOfTheYearUnderAQuarterlyCadence() {
        Plan plan = plan("", "");
        // Quarterly, on 2024-12-31 the report as of 2024-09-30 is due; 2024-06-30 is before it: stale.
        NodeScore node = score(plan, YEAR_END, Report.of("growth", JUNE, 8)).node("growth");

        assertThat(node.status()).isEqualTo(Status.STALE);
        // completion-rate: min(8 ÷ 7 × 100, 100) = 100, the score that report gives.
        assertThat(node.score().getAsDouble()).isEqualTo(100);
        assertThat(node.explanation().inEnglish()).contains("actual 8 % reported 2024-06-30",
                "status stale (the latest report, as of 2024-06-30, is older than the quarterly cadence allows: on "
                        + "2024-12-31 a report as of 2024-09-30 or later is due; not judged on it, which would make "
                        + "it achieved)");
        assertThat(node.explanation().inChinese()).contains("状态：数据过期（最近一次报送截至2024-06-30，按季报送，"
                + "2024-12-31应已报送截至2024-09-30或更晚的数据；不据此判定，按该数据为已完成）");
        // The same report as of 2024-09-30 is the one due: achieved.
        assertThat(score(plan, YEAR_END, Report.of("growth", SEPTEMBER, 8)).node("growth").status())
                .isEqualTo(Status.ACHIEVED);
    }

    @Test
    void aStaleReportBelowTheGoalIsNotMissedEither() {
        NodeScore node = score(plan("", ""), YEAR_END, Report.of("growth", JUNE, 6.3)).node("growth");

        assertThat(node.status()).isEqualTo(Status.STALE);
        assertThat(node.score().getAsDouble()).isEqualTo(90);   // 6.3 ÷ 7 × 100
        assertThat(node.explanation().inEnglish()).contains("which would make it missed");
        assertThat(score(plan("", ""), YEAR_END, Report.of("growth", SEPTEMBER, 6.3)).node("growth").status())
                .isEqualTo(Status.MISSED);
    }

    @Test
    void theBoundariesOfAQuarterlyCadence() {
        Plan plan = plan("", "");
        Report june = Report.of("growth", JUNE, 8);

        // On 2024-09-30 the report as of 2024-06-30 is the one due: judged as usual (8 ≥ 7, not due: on track).
        assertThat(score(plan, SEPTEMBER, june).node("growth").status()).isEqualTo(Status.ON_TRACK);
        // From 2024-10-01 the report as of 2024-09-30 is due.
        assertThat(score(plan, SEPTEMBER.plusDays(1), june).node("growth").status()).isEqualTo(Status.STALE);
        // A report one day before the one due is stale; on the day it is not.
        assertThat(score(plan, YEAR_END, Report.of("growth", SEPTEMBER.minusDays(1), 8)).node("growth").status())
                .isEqualTo(Status.STALE);
    }

    @Test
    void theTargetsCadenceOverridesThePlansAndThePlansTheDefault() {
        Report june = Report.of("growth", JUNE, 8);
        Report october = Report.of("growth", LocalDate.of(2024, 10, 31), 8);

        // Yearly: on 2024-12-31 the report as of 2023-12-31 would be due, before the plan starts: none is due.
        assertThat(score(plan("", ", cadence: yearly"), YEAR_END, june).node("growth").status())
                .isEqualTo(Status.ACHIEVED);
        // Monthly (the plan's): on 2024-12-31 the report as of 2024-11-30 is due; 2024-10-31 is stale.
        assertThat(score(plan("cadence: monthly", ""), YEAR_END, october).node("growth").status())
                .isEqualTo(Status.STALE);
        // The target's 按季 overrides the plan's monthly: 2024-10-31 is after 2024-09-30.
        assertThat(score(plan("cadence: monthly", ", cadence: 按季"), YEAR_END, october).node("growth").status())
                .isEqualTo(Status.ACHIEVED);
    }

    @Test
    void anAmountThatBuildsUpAndReachedItsGoalStaysAchievedButOneShortIsStale() {
        Plan plan = plan("", "");

        assertThat(score(plan, YEAR_END, Report.of("count", LocalDate.of(2024, 3, 31), 12)).node("count").status())
                .isEqualTo(Status.ACHIEVED);
        NodeScore short10 = score(plan, YEAR_END, Report.of("count", LocalDate.of(2024, 3, 31), 10)).node("count");
        assertThat(short10.status()).isEqualTo(Status.STALE);
        // completion-rate against the goal at the due date: 10 ÷ 12 × 100 = 83.33
        assertThat(short10.score().getAsDouble()).isEqualTo(10.0 / 12 * 100);
    }

    @Test
    void staleTargetsAreCountedShownInJsonAndNamedInTheBulletinCounts() {
        Scorecard card = score(plan("", ""), YEAR_END, Report.of("growth", JUNE, 8),
                Report.of("count", LocalDate.of(2024, 3, 31), 10));

        assertThat(card.root().counts().count(Status.STALE)).isEqualTo(2);
        assertThat(card.toJson()).contains("\"status\": \"stale\"", "\"stale\": 2");
        assertThat(card.root().explanation().inChinese()).contains("数据过期2个");
        assertThat(card.root().explanation().inEnglish()).contains("2 stale");
    }

    @Test
    void theBulletinCountsAndNamesStaleTargetsInEachLanguage() {
        Plan plan = plan("", "");
        ProgressLog log = ProgressLog.of(plan, List.of(Report.of("growth", JUNE, 8)));
        ScoredPlan scored = ScoredPlan.of(plan, log, Scoring.standard().score(plan, log, YEAR_END));

        assertThat(Bulletin.of(scored, ReportSettings.standard()).text()).contains("无数据1项，数据过期1项",
                "未按报送周期更新数据的目标及牵头单位：规上工业增加值增速（县统计局）");
        assertThat(Bulletin.of(scored, ReportSettings.standard().withLanguage(Language.ENGLISH)).text())
                .contains("1 with a stale report", "Not reported within the cadence, with their lead departments: "
                        + "规上工业增加值增速 (县统计局)");
    }
}
