package io.github.policyplan.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.policyplan.assessment.AssessmentScheme.Adjustment;
import io.github.policyplan.assessment.AssessmentScheme.AdjustmentKind;
import io.github.policyplan.assessment.AssessmentScheme.Caps;
import io.github.policyplan.assessment.AssessmentScheme.Credit;
import io.github.policyplan.assessment.AssessmentScheme.Pool;
import io.github.policyplan.assessment.AssessmentScheme.Ranking;
import io.github.policyplan.model.Plan;
import io.github.policyplan.model.Report;
import io.github.policyplan.progress.ProgressLog;
import io.github.policyplan.scoring.Scoring;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The penalty for missing reports (每缺报一次扣分), computed by hand on the four townships of
 * {@link AssessmentTest}, each leading one quarterly target: A reports every quarter (25, 50, 75, 100), B
 * in Q2 and Q4 (40, 80), C and D only in Q4 (80, 50). Over 2023, A misses none, B two (Q1, Q3), C and D
 * three (Q1–Q3). The scheme takes 1 point per missing report, at most 2.5; D also has a penalty of 1
 * written in the scheme, and penalties are capped at 3 in all.
 */
class ReportingPenaltyTest {

    private static final LocalDate Q1 = LocalDate.of(2023, 3, 31);
    private static final LocalDate Q2 = LocalDate.of(2023, 6, 30);
    private static final LocalDate Q3 = LocalDate.of(2023, 9, 30);
    private static final LocalDate Q4 = LocalDate.of(2023, 12, 31);

    private static ProgressLog log(Plan plan) {
        return ProgressLog.of(plan, List.of(Report.of("a.x", Q1, 25), Report.of("a.x", Q2, 50), Report.of("a.x", Q3, 75),
                Report.of("a.x", Q4, 100), Report.of("b.x", Q2, 40), Report.of("b.x", Q4, 80), Report.of("c.x", Q4, 80),
                Report.of("d.x", Q4, 50)));
    }

    private static Assessment assessment(Optional<ReportingPenalty> reporting) {
        AssessmentScheme scheme = new AssessmentScheme("s", "考核", "p", List.of(new Pool("towns", "乡镇",
                List.of("a", "b", "c", "d"))), Credit.DEFAULT, List.of(), List.of(), AssessmentTest.GRADES,
                List.of(new Adjustment("d", AdjustmentKind.PENALTY, 1, "报送", "迟报", Optional.empty(),
                        LocalDate.of(2023, 7, 1))),
                new Caps(Optional.empty(), Optional.of(3.0), Map.of()), List.of(), AssessmentTest.FLAGS,
                AssessmentScheme.Annual.YEAR_END, Ranking.DEFAULT, reporting);
        return new Assessment(scheme, AssessmentTest.plan(), Scoring.standard());
    }

    private static final Optional<ReportingPenalty> ONE_POINT = Optional.of(new ReportingPenalty(1,
            ReportingPenalty.MISSING_REPORT, Optional.of(2.5), "报送"));

    @Test
    void takesOnePointPerMissingReportCappedLikeOtherPenalties() {
        Plan plan = AssessmentTest.plan();
        PoolResult towns = assessment(ONE_POINT).assess(log(plan), AssessmentPeriod.year(2023)).pool("towns");

        UnitResult a = towns.unit("a");
        assertThat(a.adjustments()).as("A reported every quarter").isEmpty();
        assertThat(a.score().getAsDouble()).isCloseTo((100 + 80 * 0.3) / 1.3, within(1e-9));

        UnitResult b = towns.unit("b");
        assertThat(b.adjustments()).singleElement().satisfies(x -> {
            assertThat(x.adjustment().points()).isEqualTo(2);
            assertThat(x.counted()).isEqualTo(2);
            assertThat(x.adjustment().category()).isEqualTo("报送");
            assertThat(x.adjustment().date()).isEqualTo(Q4);
            assertThat(x.reason().inChinese()).isEqualTo("缺报2次（b.x截至2023-03-31、b.x截至2023-09-30），每次扣1分");
            assertThat(x.reason().inEnglish())
                    .isEqualTo("2 reports missing (b.x as of 2023-03-31, b.x as of 2023-09-30), 1 point each");
        });
        assertThat(b.score()).hasValue(80 - 2);
        assertThat(b.explanation().inChinese()).contains("；扣2分：缺报2次（b.x截至2023-03-31、b.x截至2023-09-30），每次扣1分");
        assertThat(b.explanation().inEnglish())
                .contains("; −2 penalty for 2 reports missing (b.x as of 2023-03-31, b.x as of 2023-09-30), 1 point each");

        UnitResult c = towns.unit("c");
        assertThat(c.adjustments()).singleElement().satisfies(x -> {
            assertThat(x.adjustment().points()).as("3 missing × 1").isEqualTo(3);
            assertThat(x.counted()).as("the section's own cap").isEqualTo(2.5);
            assertThat(x.note()).isEqualTo("reporting capped at 2.5");
        });
        assertThat(c.score()).hasValue(80 - 2.5);

        UnitResult d = towns.unit("d");
        assertThat(d.adjustments()).hasSize(2);
        assertThat(d.adjustments().get(0).counted()).as("迟报, as written").isEqualTo(1);
        assertThat(d.adjustments().get(1).counted()).as("min(3, 2.5, 3 − 1)").isEqualTo(2);
        assertThat(d.adjustments().get(1).note()).isEqualTo("reporting capped at 2.5; penalty capped at 3");
        assertThat(d.score()).hasValue(50 - 1 - 2);
    }

    @Test
    void countsOnlyTheReportsMissingInTheQuarterAssessed() {
        Plan plan = AssessmentTest.plan();
        PoolResult q3 = assessment(ONE_POINT).assess(log(plan), AssessmentPeriod.quarter(2023, 3)).pool("towns");

        assertThat(q3.unit("a").adjustments()).isEmpty();
        assertThat(q3.unit("b").adjustments()).singleElement().satisfies(x -> {
            assertThat(x.counted()).isEqualTo(1);
            assertThat(x.reason().inChinese()).isEqualTo("缺报1次（b.x截至2023-09-30），每次扣1分");
            assertThat(x.reason().inEnglish()).isEqualTo("1 report missing (b.x as of 2023-09-30), 1 point each");
        });
        assertThat(q3.unit("d").score()).as("D has reported nothing by 2023-09-30: no score, unranked").isEmpty();
        assertThat(q3.unit("d").adjustments()).as("like every adjustment, only on a score").isEmpty();
    }

    @Test
    void takesNothingWithoutTheSection() {
        Plan plan = AssessmentTest.plan();
        PoolResult towns = assessment(Optional.empty()).assess(log(plan), AssessmentPeriod.year(2023)).pool("towns");

        assertThat(towns.unit("b").adjustments()).isEmpty();
        assertThat(towns.unit("b").score()).hasValue(80);
    }

    @Test
    void isReadFromTheScheme() throws Exception {
        Plan plan = io.github.policyplan.plans.Plans.read(java.nio.file.Path.of("src/test/resources/assess/plan.yaml"));
        String yaml = "id: c\ntitle: 考核\nplan: assess-test-2023\npools: [{id: t, kind: township}]\n";

        assertThat(Assessments.parse(yaml + "reporting: {penalty: 1, per: missing-report, cap: 5, category: 报送}",
                "s.yaml", plan).scheme().reporting())
                .contains(new ReportingPenalty(1, "missing-report", Optional.of(5.0), "报送"));
        assertThat(Assessments.parse(yaml + "reporting: {penalty: 0.5}", "s.yaml", plan).scheme().reporting())
                .contains(new ReportingPenalty(0.5, "missing-report", Optional.empty(), "reporting"));
        assertThat(Assessments.parse(yaml, "s.yaml", plan).scheme().reporting()).isEmpty();
    }
}
