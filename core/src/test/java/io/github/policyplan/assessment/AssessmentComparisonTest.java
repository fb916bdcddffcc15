package io.github.policyplan.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.policyplan.model.Recorded;
import io.github.policyplan.model.Report;
import io.github.policyplan.model.ReportVersion;
import io.github.policyplan.plans.Revisions;
import io.github.policyplan.progress.ProgressLog;
import io.github.policyplan.scoring.Comparison;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What changed between two assessments and why, on the townships of {@link AssessmentRevisionsTest}: a
 * correction of B镇's June report, and the July revision of C镇's goal.
 */
class AssessmentComparisonTest {

    private static final Assessment ASSESSMENT = new Assessment(AssessmentTest.scheme(List.of(),
            AssessmentScheme.Caps.NONE, List.of(), AssessmentTest.FLAGS, List.of(), AssessmentScheme.Ranking.DEFAULT),
            AssessmentTest.plan(), io.github.policyplan.scoring.Scoring.standard());
    private static final AssessmentPeriod Q2 = AssessmentPeriod.quarter(2023, 2);
    private static final AssessmentPeriod Q3 = AssessmentPeriod.quarter(2023, 3);

    @Test
    void aCorrectionIsNamedForTheUnitThatLeadsTheTargetAndOthersMoveBecauseOfIt() {
        ProgressLog all = AssessmentRevisionsTest.log();
        AssessmentResult published = ASSESSMENT.assess(all.asKnownOn(LocalDate.of(2023, 7, 5)), Q2);
        ProgressLog corrected = all.record(ReportVersion.of(Report.of("b.x", LocalDate.of(2023, 6, 30), 45),
                Recorded.on(LocalDate.of(2023, 7, 20))));

        List<AssessmentComparison.Change> changes = AssessmentComparison.of(published, ASSESSMENT.assess(corrected, Q2));

        AssessmentComparison.Change b = changes.stream().filter(c -> c.unit().equals("b")).findFirst().orElseThrow();
        assertThat(b.causes()).containsExactly(AssessmentComparison.Cause.CORRECTION);
        assertThat(b.changed()).contains("score", "rank");
        assertThat(b.targets()).extracting(Comparison.Change::target).containsExactly("b.x");
        assertThat(b.why().inChinese()).startsWith("B镇：得分").contains("（牵头）b.x：得分").contains("更正");
        assertThat(b.why().inEnglish()).startsWith("B镇: score ").contains("(lead) b.x: score").contains("correction");
        assertThat(changes).filteredOn(c -> c.unit().equals("a")).singleElement().satisfies(a -> {
            assertThat(a.causes()).as("A cooperates on b.x").containsExactly(AssessmentComparison.Cause.CORRECTION);
            assertThat(a.why().inChinese()).contains("（配合）b.x");
        });
        for (AssessmentComparison.Change c : changes) {
            assertThat(c.why().inChinese()).doesNotContainPattern("[A-Za-z]{2,}");
            if (!c.unit().equals("a") && !c.unit().equals("b")) {
                assertThat(c.causes()).containsExactly(AssessmentComparison.Cause.OTHER_UNITS);
                assertThat(c.changed()).doesNotContain("score");
            }
        }
        assertThat(AssessmentComparison.of(published, published)).isEmpty();
    }

    @Test
    void aRevisionIsNamedWithItsId() {
        ProgressLog all = AssessmentRevisionsTest.log();
        Revisions revisions = Revisions.of(AssessmentTest.plan(), List.of(AssessmentRevisionsTest.lowered(
                LocalDate.of(2023, 7, 1))));

        List<AssessmentComparison.Change> changes = AssessmentComparison.of(ASSESSMENT.assess(all, Q3),
                ASSESSMENT.assess(revisions, all, Q3));

        assertThat(changes).filteredOn(c -> c.unit().equals("c")).singleElement().satisfies(c -> {
            assertThat(c.causes()).containsExactly(AssessmentComparison.Cause.REVISION);
            assertThat(c.why().inChinese()).contains("（牵头）c.x：得分").contains("目标调整 r1");
            assertThat(c.why().inEnglish()).contains("target revised by revision r1");
        });
        assertThatThrownBy(() -> AssessmentComparison.of(ASSESSMENT.assess(all, Q2), ASSESSMENT.assess(all, Q3)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anotherSchemeIsNamedAsTheCause() {
        ProgressLog all = AssessmentRevisionsTest.log();
        AssessmentScheme other = AssessmentTest.scheme(List.of(new AssessmentScheme.Adjustment("d",
                AssessmentScheme.AdjustmentKind.BONUS, 5, "表彰", "获市级表彰", java.util.Optional.empty(),
                LocalDate.of(2023, 6, 1))), AssessmentScheme.Caps.NONE, List.of(), AssessmentTest.FLAGS, List.of(),
                AssessmentScheme.Ranking.DEFAULT);

        List<AssessmentComparison.Change> changes = AssessmentComparison.of(ASSESSMENT.assess(all, Q2),
                new Assessment(other, AssessmentTest.plan(), io.github.policyplan.scoring.Scoring.standard())
                        .assess(all, Q2));

        assertThat(changes).filteredOn(c -> c.unit().equals("d")).singleElement().satisfies(d -> {
            assertThat(d.causes()).containsExactly(AssessmentComparison.Cause.SCHEME_CHANGE);
            assertThat(d.why().inChinese()).endsWith("考核方案或加减分、否决事项有变");
        });
    }
}
