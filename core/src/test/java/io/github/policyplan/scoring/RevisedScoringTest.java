package io.github.policyplan.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policyplan.model.Plan;
import io.github.policyplan.plans.GoalSheets;
import io.github.policyplan.plans.Plans;
import io.github.policyplan.plans.Revisions;
import io.github.policyplan.progress.Progress;
import io.github.policyplan.progress.ProgressLog;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Scoring uses the plan in force at the date, as known on the log's day, and says which revision applied. */
class RevisedScoringTest {

    @Test
    void scoresThePlanInForceAndNamesTheRevision() throws IOException {
        Path dir = Path.of("../examples/src/main/resources");
        Plan published = Plans.read(dir.resolve("plans/county-2023.yaml"));
        Plan plan = GoalSheets.read(dir.resolve("plans/county-2023-illustrative.yaml"), published).applyTo(published);
        ProgressLog log = Progress.read(dir.resolve("progress/county-2023.csv"), plan);
        Revisions revisions = Revisions.read(dir.resolve("revisions/county-2023.yaml"), plan);
        LocalDate q3 = LocalDate.of(2023, 9, 30);

        Scorecard now = Scoring.standard().score(revisions, log, q3);
        Scorecard knownJuly5 = Scoring.standard().score(revisions, log.asKnownOn(LocalDate.of(2023, 7, 5)), q3);

        assertThat(now.node("s1.i1.t1").explanation().inChinese()).contains("按目标调整r1（目标值调整为10；2023-07-10决定，"
                + "2023-07-01起执行；受认定批次调整影响");
        assertThat(now.node("s1.i1.t1").explanation().inEnglish()).contains("revision r1 applies (goal 10; decided"
                + " 2023-07-10, effective 2023-07-01;");
        assertThat(now.toJson()).isNotEqualTo(Scoring.standard().score(plan, log, q3).toJson());
        assertThat(knownJuly5.node("s1.i1.t1").explanation().inEnglish()).doesNotContain("revision");
        assertThat(Scoring.standard().score(revisions, log, LocalDate.of(2023, 6, 30)).toJson())
                .isEqualTo(Scoring.standard().score(plan, log, LocalDate.of(2023, 6, 30)).toJson());
    }
}
