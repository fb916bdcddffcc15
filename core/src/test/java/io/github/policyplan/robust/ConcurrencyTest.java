package io.github.policyplan.robust;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policyplan.assessment.Assessment;
import io.github.policyplan.assessment.AssessmentPeriod;
import io.github.policyplan.assessment.Assessments;
import io.github.policyplan.model.Plan;
import io.github.policyplan.plans.GoalSheet;
import io.github.policyplan.plans.GoalSheets;
import io.github.policyplan.plans.Plans;
import io.github.policyplan.progress.Progress;
import io.github.policyplan.progress.ProgressLog;
import io.github.policyplan.scoring.Scoring;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Loaders, scorers and assessors are thread-safe: many threads reading, scoring and assessing the
 * same and different plans at once give exactly the single-threaded results.
 */
class ConcurrencyTest {

    private static final Path EXAMPLES = Path.of("../examples/src/main/resources");

    /** One full pass over both example data sets, as text that must be identical every time. */
    static String pass(int which) throws Exception {
        if (which % 2 == 0) {
            String planText = Files.readString(EXAMPLES.resolve("plans/county-2023.yaml"));
            Plan published = Plans.parse(planText, "county-2023.yaml");
            Plan plan = GoalSheets.read(EXAMPLES.resolve("plans/county-2023-illustrative.yaml"), published)
                    .applyTo(published);
            ProgressLog log = Progress.read(EXAMPLES.resolve("progress/county-2023.csv"), plan);
            Assessment annual = Assessments.read(EXAMPLES.resolve("assess/county-2023-annual.yaml"), plan);
            return Scoring.standard().score(plan, log, LocalDate.of(2023, 6, 30)).toJson() + Plans.toYaml(plan)
                    + annual.assess(log, AssessmentPeriod.year(2023)).toJson();
        }
        Plan plan = Plans.read(EXAMPLES.resolve("plans/investment-2023.yaml"));
        ProgressLog log = Progress.read(EXAMPLES.resolve("progress/investment-2023.csv"), plan);
        Assessment contest = Assessments.read(EXAMPLES.resolve("assess/investment-2023.yaml"), plan);
        return Scoring.standard().score(plan, log, LocalDate.of(2023, 9, 30)).toJson()
                + contest.assess(log, AssessmentPeriod.quarter(2023, 4)).toJson()
                + contest.assess(log, AssessmentPeriod.year(2023)).toJson();
    }

    @Test
    void manyThreadsGiveTheSingleThreadedResults() throws Exception {
        String[] expected = {pass(0), pass(1)};
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> futures = new ArrayList<>();
            List<Integer> kinds = new ArrayList<>();
            for (int i = 0; i < 48; i++) {
                int which = i;
                kinds.add(which % 2);
                futures.add(pool.submit((Callable<String>) () -> pass(which)));
            }
            for (int i = 0; i < futures.size(); i++) {
                assertThat(futures.get(i).get()).as("pass %d", i).isEqualTo(expected[kinds.get(i)]);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void sharedObjectsGiveTheSameResultsFromManyThreads() throws Exception {
        Plan plan = Plans.read(EXAMPLES.resolve("plans/investment-2023.yaml"));
        ProgressLog log = Progress.read(EXAMPLES.resolve("progress/investment-2023.csv"), plan);
        Assessment contest = Assessments.read(EXAMPLES.resolve("assess/investment-2023.yaml"), plan);
        String expected = contest.assess(log, AssessmentPeriod.year(2023)).toJson()
                + Scoring.standard().score(plan, log, LocalDate.of(2023, 12, 31)).toJson();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                futures.add(pool.submit(() -> contest.assess(log, AssessmentPeriod.year(2023)).toJson()
                        + Scoring.standard().score(plan, log, LocalDate.of(2023, 12, 31)).toJson()));
            }
            for (Future<String> f : futures) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
