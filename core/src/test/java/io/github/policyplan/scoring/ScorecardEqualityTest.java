package io.github.policyplan.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policyplan.model.Plan;
import io.github.policyplan.model.Report;
import io.github.policyplan.plans.GoalSheets;
import io.github.policyplan.plans.Plans;
import io.github.policyplan.progress.Progress;
import io.github.policyplan.progress.ProgressLog;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Two scorecards are equal exactly when their JSON is, and their hash codes agree. */
class ScorecardEqualityTest {

    private static final LocalDate Q2 = LocalDate.of(2023, 6, 30);

    private static Plan plan;
    private static ProgressLog log;

    @BeforeAll
    static void load() throws IOException {
        Path dir = Path.of("../examples/src/main/resources");
        Plan published = Plans.read(dir.resolve("plans/county-2023.yaml"));
        plan = GoalSheets.read(dir.resolve("plans/county-2023-illustrative.yaml"), published).applyTo(published);
        log = Progress.read(dir.resolve("progress/county-2023.csv"), plan);
    }

    @Test
    void scorecardsOfTheSameInputsAreEqualWithEqualHashCodes() {
        Scorecard a = Scoring.standard().score(plan, log, Q2);
        Scorecard b = Scoring.standard().score(plan, ProgressLog.of(plan, log.reports()), Q2);

        assertThat(a).isNotSameAs(b).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a.toJson()).isEqualTo(b.toJson());
        assertThat(a).isEqualTo(a).isNotEqualTo(null).isNotEqualTo(a.toJson());
    }

    @Test
    void aRescoreEqualsAFullScore() {
        Scorecard card = Scoring.standard().score(plan, log, Q2);
        ProgressLog corrected = log.correct(Report.of("s1.i1.t1", Q2, 7));

        Scorecard now = Scoring.standard().rescore(card, plan, corrected, List.of("s1.i1.t1"));

        assertThat(now).isEqualTo(Scoring.standard().score(plan, corrected, Q2))
                .hasSameHashCodeAs(Scoring.standard().score(plan, corrected, Q2));
        assertThat(now).isNotEqualTo(card);
        assertThat(now.toJson()).isNotEqualTo(card.toJson());
    }

    @Test
    void scorecardsWithDifferentJsonAreNotEqual() {
        Scorecard q2 = Scoring.standard().score(plan, log, Q2);
        Scorecard q3 = Scoring.standard().score(plan, log, LocalDate.of(2023, 9, 30));

        assertThat(q2).isNotEqualTo(q3);
        assertThat(q2.toJson()).isNotEqualTo(q3.toJson());
    }
}
