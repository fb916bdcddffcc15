package io.github.policyplan.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.policyplan.assessment.AssessmentScheme.Caps;
import io.github.policyplan.assessment.AssessmentScheme.Ranking;
import io.github.policyplan.model.Goal;
import io.github.policyplan.model.Plan;
import io.github.policyplan.model.Recorded;
import io.github.policyplan.model.Report;
import io.github.policyplan.model.ReportVersion;
import io.github.policyplan.model.Revision;
import io.github.policyplan.plans.Revisions;
import io.github.policyplan.progress.ProgressLog;
import io.github.policyplan.scoring.Scoring;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * An assessment under revisions, as known on a day (issue 15, point 3): the four townships of
 * {@link AssessmentTest}, each reporting at the ends of Q2 (recorded 3 July) and Q3 (recorded 3
 * October); on 10 July the county lowers C镇's goal from 100 to 50, in force from 1 July.
 */
class AssessmentRevisionsTest {

    private static final LocalDate Q2 = LocalDate.of(2023, 6, 30);
    private static final LocalDate Q3 = LocalDate.of(2023, 9, 30);
    private static final LocalDate PUBLISHED = LocalDate.of(2023, 7, 5);
    private static final Plan PLAN = AssessmentTest.plan();
    private static final AssessmentScheme SCHEME = AssessmentTest.scheme(List.of(), Caps.NONE, List.of(),
            AssessmentTest.FLAGS, List.of(), Ranking.DEFAULT);
    private static final Assessment ASSESSMENT = new Assessment(SCHEME, PLAN, Scoring.standard());

    static ProgressLog log() {
        List<ReportVersion> versions = new ArrayList<>();
        double[] q2 = {40, 35, 20, 30};
        double[] q3 = {70, 60, 45, 50};
        String[] units = {"a", "b", "c", "d"};
        for (int i = 0; i < units.length; i++) {
            versions.add(ReportVersion.of(Report.of(units[i] + ".x", Q2, q2[i]), Recorded.on(LocalDate.of(2023, 7, 3))));
            versions.add(ReportVersion.of(Report.of(units[i] + ".x", Q3, q3[i]), Recorded.on(LocalDate.of(2023, 10, 3))));
        }
        ProgressLog log = ProgressLog.empty(PLAN);
        for (ReportVersion v : versions) {
            log = log.record(v);
        }
        return log;
    }

    static Revision lowered(LocalDate effective) {
        return new Revision("r1", "c.x", effective, LocalDate.of(2023, 7, 10), "受征地影响下调",
                Optional.of("县常委会会议纪要〔2023〕12号"), new Revision.NewGoal(Goal.of(50)));
    }

    @Test
    void aGoalLoweredInJulyChangesTheThirdQuarterButNotTheSecondAsPublished() {
        ProgressLog all = log();
        Revisions revisions = Revisions.of(PLAN, List.of(lowered(LocalDate.of(2023, 7, 1))));
        String published = ASSESSMENT.assess(all.asKnownOn(PUBLISHED), AssessmentPeriod.quarter(2023, 2)).toJson();

        String replayed = ASSESSMENT.assess(revisions, all, AssessmentPeriod.quarter(2023, 2), PUBLISHED).toJson();
        String q2Now = ASSESSMENT.assess(revisions, all, AssessmentPeriod.quarter(2023, 2)).toJson();

        assertThat(replayed).isEqualTo(published);
        assertThat(q2Now).as("the revision takes effect after the quarter").isEqualTo(published);
        UnitResult before = ASSESSMENT.assess(all, AssessmentPeriod.quarter(2023, 3)).unit("c");
        UnitResult after = ASSESSMENT.assess(revisions, all, AssessmentPeriod.quarter(2023, 3)).unit("c");
        assertThat(after.score().getAsDouble()).isGreaterThan(before.score().getAsDouble());
        assertThat(after.explanation().inChinese()).contains("目标调整r1适用于c.x（牵头；目标值调整为50；2023-07-10决定，"
                + "2023-07-01起执行；受征地影响下调；县常委会会议纪要〔2023〕12号）");
        assertThat(after.explanation().inEnglish()).contains("revision r1 applies to c.x, which c leads (goal 50;"
                + " decided 2023-07-10, effective 2023-07-01;");
        assertThat(ASSESSMENT.assess(revisions, all, AssessmentPeriod.quarter(2023, 3)).unit("a").explanation()
                .inEnglish()).as("a revision of a target a unit has no part in is not among its notes")
                .doesNotContain("r1");
        UnitResult knownBefore = ASSESSMENT.assess(revisions, all, AssessmentPeriod.quarter(2023, 3), PUBLISHED)
                .unit("c");
        assertThat(knownBefore).as("the revision is not known on 5 July").isEqualTo(ASSESSMENT.assess(
                all.asKnownOn(PUBLISHED), AssessmentPeriod.quarter(2023, 3)).unit("c"));
    }

    @Test
    void aRevisionBackdatedIntoTheQuarterChangesItNowButNotAsKnownOnItsDay() {
        ProgressLog all = log();
        Revisions revisions = Revisions.of(PLAN, List.of(lowered(LocalDate.of(2023, 6, 1))));
        String published = ASSESSMENT.assess(all.asKnownOn(PUBLISHED), AssessmentPeriod.quarter(2023, 2)).toJson();

        assertThat(ASSESSMENT.assess(revisions, all.asKnownOn(PUBLISHED), AssessmentPeriod.quarter(2023, 2)).toJson())
                .isEqualTo(published);
        AssessmentResult now = ASSESSMENT.assess(revisions, all, AssessmentPeriod.quarter(2023, 2));
        assertThat(now.toJson()).isNotEqualTo(published).contains("目标调整r1适用于c.x");
    }

    @Test
    void anAnnualAssessmentWithQuarterWeightsScoresEachQuarterUnderThePlanInForceThen() {
        AssessmentScheme weighted = new AssessmentScheme("s", "考核", "p", SCHEME.pools(), SCHEME.credit(), List.of(),
                List.of(), SCHEME.grades(), List.of(), Caps.NONE, List.of(), SCHEME.awards(),
                new AssessmentScheme.Annual(List.of(0.25, 0.25, 0.25, 0.25)), Ranking.DEFAULT);
        Assessment a = new Assessment(weighted, PLAN, Scoring.standard());
        ProgressLog all = log();
        Revisions revisions = Revisions.of(PLAN, List.of(lowered(LocalDate.of(2023, 7, 1))));

        UnitResult plain = a.assess(all, AssessmentPeriod.year(2023)).unit("c");
        UnitResult revised = a.assess(revisions, all, AssessmentPeriod.year(2023)).unit("c");

        assertThat(term(revised, "Q2")).as("Q2, before the revision").isEqualTo(term(plain, "Q2"));
        assertThat(term(revised, "Q3")).isNotEqualTo(term(plain, "Q3"));
        assertThat(revised.base().getAsDouble()).isGreaterThan(plain.base().getAsDouble());
    }

    /** A quarter's term in a base over quarters, such as {@code Q2 54.66 × 0.25}. */
    private static String term(UnitResult unit, String quarter) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(quarter + " [0-9.]+ × 0.25")
                .matcher(unit.explanation().inEnglish());
        assertThat(m.find()).as(unit.explanation().inEnglish()).isTrue();
        return m.group();
    }

    @Test
    void revisionsOfAnotherPlanAreRefused() {
        Plan other = Plan.builder("q", "另一部署").issuer("县委").period(PLAN.period()).build();
        assertThatThrownBy(() -> ASSESSMENT.assess(Revisions.none(other), log(), AssessmentPeriod.quarter(2023, 2)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("the revisions are of plan 'q', not 'p'");
    }
}
