package io.github.policyplan.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.policyplan.assessment.Assessment;
import io.github.policyplan.assessment.AssessmentPeriod;
import io.github.policyplan.assessment.AssessmentResult;
import io.github.policyplan.assessment.UnitResult;
import io.github.policyplan.model.Plan;
import io.github.policyplan.progress.ProgressLog;
import io.github.policyplan.scoring.NodeScore;
import io.github.policyplan.scoring.Scorecard;
import io.github.policyplan.scoring.Scoring;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The scoring benchmark's floor computes what the library computes — every target's, item's, section's
 * and the plan's score, and the status counts — at dates before, during and after the reports and the
 * due dates; the benchmarks' data sets are well formed. No timing is checked.
 */
class PrimitiveScorerTest {

    @Test
    void theFloorScoresEveryNodeAsTheLibraryDoes() {
        Plan plan = Fixtures.countPlan(1_000);
        ProgressLog log = Fixtures.tenReportsEach(plan);
        PrimitiveScorer floor = PrimitiveScorer.of(plan, log);

        for (LocalDate date : List.of(LocalDate.of(2023, 1, 15), ScoreBenchmark.AS_OF, LocalDate.of(2023, 12, 31),
                LocalDate.of(2024, 12, 31))) {
            Scorecard card = Scoring.standard().score(plan, log, date);
            PrimitiveScorer.Result result = floor.score(date);

            ScoreBenchmark.check(card, result);
            int t = 0;
            int i = 0;
            for (int s = 0; s < card.root().children().size(); s++) {
                NodeScore section = card.root().children().get(s);
                assertThat(section.score().orElse(Double.NaN)).isCloseTo(result.sections()[s], within(1e-9));
                for (NodeScore item : section.children()) {
                    assertThat(item.score().orElse(Double.NaN)).isCloseTo(result.items()[i++], within(1e-9));
                    for (NodeScore target : item.children()) {
                        double expected = result.targets()[t++];
                        if (Double.isNaN(expected)) {
                            assertThat(target.score()).isEmpty();
                        } else {
                            assertThat(target.score().getAsDouble()).isCloseTo(expected, within(1e-9));
                        }
                    }
                }
            }
        }
    }

    @Test
    void theAssessmentSchemeRanksGradesAndFlagsEveryUnitOfItsPlan() {
        Plan plan = Fixtures.countPlan(1_000);
        ProgressLog log = Fixtures.monthly(plan);

        AssessmentResult result = new Assessment(Fixtures.scheme(plan), plan, Scoring.standard()).assess(log,
                AssessmentPeriod.year(2023));

        List<UnitResult> ranking = result.pool("townships").ranking();
        assertThat(ranking).hasSize(50).allSatisfy(u -> assertThat(u.grade()).isPresent());
        assertThat(ranking.get(0).flag()).isPresent();
    }
}
