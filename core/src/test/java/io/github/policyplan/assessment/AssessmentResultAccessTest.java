package io.github.policyplan.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policyplan.model.Plan;
import io.github.policyplan.plans.Plans;
import io.github.policyplan.progress.Progress;
import io.github.policyplan.progress.ProgressLog;
import io.github.policyplan.scoring.Scoring;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** What an assessment result gives beyond the ranking: the scorecard it used and each unit's peer points. */
class AssessmentResultAccessTest {

    private static final Path EXAMPLES = Path.of("../examples/src/main/resources");

    @Test
    void theResultHoldsTheScorecardItStartedFromAndEachUnitsPeerPoints() throws Exception {
        Plan plan = Plans.read(EXAMPLES.resolve("plans/investment-2023.yaml"));
        ProgressLog log = Progress.read(EXAMPLES.resolve("progress/investment-2023.csv"), plan);
        Assessment contest = Assessments.read(EXAMPLES.resolve("assess/investment-2023.yaml"), plan);

        AssessmentResult q4 = contest.assess(log, AssessmentPeriod.quarter(2023, 4));

        assertThat(q4.scorecard()).isEqualTo(Scoring.standard().score(plan, log, AssessmentPeriod.quarter(2023, 4).end()));
        UnitResult first = q4.pools().get(0).ranking().get(0);
        assertThat(first.peers()).isNotEmpty().allSatisfy(c -> assertThat(c.role()).isEqualTo(Role.PEER))
                .extracting(Contribution::id).containsExactly("funds-rank");
        assertThat(first.contributions()).containsAll(first.peers());
        assertThat(contest.assess(log, AssessmentPeriod.quarter(2023, 4))).isEqualTo(q4).hasSameHashCodeAs(q4);
    }
}
