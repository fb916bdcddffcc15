package io.github.policyplan.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policyplan.model.Plan;
import io.github.policyplan.model.Recorded;
import io.github.policyplan.model.Report;
import io.github.policyplan.plans.Plans;
import io.github.policyplan.progress.Progress;
import io.github.policyplan.progress.ProgressLog;
import io.github.policyplan.scoring.Scorecard;
import io.github.policyplan.scoring.Scoring;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A published quarterly assessment is reproduced byte for byte, from the log as known on the day it was
 * published, after later reports and corrections (issue 15, point 3); the corrected value is named.
 */
class ReplayTest {

    private static final Path EXAMPLES = Path.of("../examples/src/main/resources");
    private static final LocalDate Q2 = LocalDate.of(2023, 6, 30);
    private static final LocalDate PUBLISHED = LocalDate.of(2023, 7, 5);

    private static Plan plan;
    private static Assessment assessment;
    private static ProgressLog full;

    @BeforeAll
    static void load() throws IOException {
        plan = Plans.read(EXAMPLES.resolve("plans/investment-2023.yaml"));
        assessment = Assessments.read(EXAMPLES.resolve("assess/investment-2023.yaml"), plan);
        full = Progress.read(EXAMPLES.resolve("progress/investment-2023.csv"), plan);
    }

    /** The log as it stood on the day of publication: the reports dated by then. */
    private static ProgressLog thenOnly() {
        List<Report> then = new ArrayList<>();
        for (Report r : full.reports()) {
            if (!r.date().isAfter(PUBLISHED)) {
                then.add(r);
            }
        }
        return ProgressLog.of(plan, then);
    }

    @Test
    void aPublishedQuarterlyAssessmentIsReproducedAfterLaterCorrections() {
        String published = assessment.assess(thenOnly(), AssessmentPeriod.quarter(2023, 2)).toJson();
        Report q2 = full.series(plan.targets().get(0).id()).stream().filter(r -> r.date().equals(Q2)).findFirst()
                .orElseThrow();
        double before = ((io.github.policyplan.model.Value.Amount) q2.value()).value();
        ProgressLog corrected = full.correct(Report.of(q2.target(), Q2, before + 1000),
                Recorded.on(LocalDate.of(2023, 7, 20)));

        String replayed = assessment.assess(corrected.asKnownOn(PUBLISHED), AssessmentPeriod.quarter(2023, 2)).toJson();
        String now = assessment.assess(corrected, AssessmentPeriod.quarter(2023, 2)).toJson();

        assertThat(replayed).isEqualTo(published);
        assertThat(now).isNotEqualTo(published);
    }

    @Test
    void aScorecardNamesTheCorrectedValueAndTheReplayDoesNot() {
        String target = plan.targets().get(0).id();
        Report q2 = full.series(target).stream().filter(r -> r.date().equals(Q2)).findFirst().orElseThrow();
        double before = ((io.github.policyplan.model.Value.Amount) q2.value()).value();
        ProgressLog corrected = full.correct(Report.of(target, Q2, before + 1), Recorded.on(LocalDate.of(2023, 7, 3)));

        Scorecard now = Scoring.standard().score(plan, corrected, Q2);
        Scorecard then = Scoring.standard().score(plan, corrected.asKnownOn(LocalDate.of(2023, 7, 2)), Q2);

        String from = io.github.policyplan.core.NumberText.format(before);
        String to = io.github.policyplan.core.NumberText.format(before + 1);
        String unit = " " + plan.targets().get(0).measure().unit();
        assertThat(now.node(target).explanation().inChinese())
                .contains("6月30日报送值于7月3日由" + from + unit + "更正为" + to + unit);
        assertThat(now.node(target).explanation().inEnglish())
                .contains("the value as of 2023-06-30 was corrected on 2023-07-03 from " + from + unit + " to " + to + unit);
        assertThat(then.toJson()).isEqualTo(Scoring.standard().score(plan, full, Q2).toJson());
    }
}
