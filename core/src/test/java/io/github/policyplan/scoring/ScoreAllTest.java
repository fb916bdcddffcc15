package io.github.policyplan.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.policyplan.model.Department;
import io.github.policyplan.model.Item;
import io.github.policyplan.model.MeasureKind;
import io.github.policyplan.model.Plan;
import io.github.policyplan.model.PlanPeriod;
import io.github.policyplan.model.Section;
import io.github.policyplan.model.Target;
import io.github.policyplan.model.UnitKind;
import io.github.policyplan.plans.GoalSheets;
import io.github.policyplan.plans.Plans;
import io.github.policyplan.progress.Progress;
import io.github.policyplan.progress.ProgressLog;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Many plans scored on several threads give exactly the scorecards of a loop on one thread. */
class ScoreAllTest {

    private static final List<LocalDate> DATES = List.of(LocalDate.of(2023, 3, 31), LocalDate.of(2023, 6, 30),
            LocalDate.of(2023, 12, 31));

    private static final List<Plan> PLANS = new ArrayList<>();
    private static final Map<Plan, ProgressLog> LOGS = new IdentityHashMap<>();

    @BeforeAll
    static void load() throws IOException {
        Path dir = Path.of("../examples/src/main/resources");
        Plan published = Plans.read(dir.resolve("plans/county-2023.yaml"));
        Plan county = GoalSheets.read(dir.resolve("plans/county-2023-illustrative.yaml"), published).applyTo(published);
        Plan investment = Plans.read(dir.resolve("plans/investment-2023.yaml"));
        ProgressLog countyLog = Progress.read(dir.resolve("progress/county-2023.csv"), county);
        ProgressLog investmentLog = Progress.read(dir.resolve("progress/investment-2023.csv"), investment);
        for (int i = 0; i < 3; i++) {
            add(county, countyLog);
            add(investment, investmentLog);
            add(published, ProgressLog.empty(published));
        }
    }

    private static void add(Plan plan, ProgressLog log) {
        PLANS.add(plan);
        LOGS.put(plan, log);
    }

    private static List<String> sequential(LocalDate asOf) {
        List<String> out = new ArrayList<>();
        for (Plan p : PLANS) {
            out.add(Scoring.standard().score(p, LOGS.get(p), asOf).toJson());
        }
        return out;
    }

    private static List<String> json(List<Scorecard> cards) {
        return cards.stream().map(Scorecard::toJson).toList();
    }

    @Test
    void fourThreadsGiveTheScorecardsOfOneThreadInPlanOrder() {
        Scoring four = Scoring.standard().withParallelism(4);
        for (LocalDate d : DATES) {
            List<Scorecard> cards = four.scoreAll(PLANS, LOGS::get, d);

            assertThat(cards).hasSize(PLANS.size());
            assertThat(json(cards)).as("as of %s", d).containsExactlyElementsOf(sequential(d));
            for (int i = 0; i < cards.size(); i++) {
                Scorecard one = Scoring.standard().score(PLANS.get(i), LOGS.get(PLANS.get(i)), d);
                assertThat(cards.get(i)).isEqualTo(one);
                assertThat(cards.get(i).planId()).isEqualTo(PLANS.get(i).id());
                for (NodeScore t : one.targets()) {
                    NodeScore same = cards.get(i).node(t.id());
                    assertThat(same.explanation().inChinese()).isEqualTo(t.explanation().inChinese());
                    assertThat(same.explanation().inEnglish()).isEqualTo(t.explanation().inEnglish());
                }
            }
        }
    }

    @Test
    void anApplicationsExecutorRunsTheWorkersBesideTheCallingThread() {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Scorecard> cards = Scoring.standard().withParallelism(4).scoreAll(PLANS, LOGS::get, DATES.get(1), pool);

            assertThat(json(cards)).containsExactlyElementsOf(sequential(DATES.get(1)));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anExecutorThatNeverRunsTheWorkersLeavesTheWorkToTheCallingThread() {
        List<Runnable> neverRun = new ArrayList<>();

        List<Scorecard> cards = Scoring.standard().withParallelism(8).scoreAll(PLANS, LOGS::get, DATES.get(2),
                neverRun::add);

        assertThat(neverRun).hasSize(7);
        assertThat(json(cards)).containsExactlyElementsOf(sequential(DATES.get(2)));
    }

    @Test
    void oneThreadIsTheDefaultAndFewerThanOneIsRefused() {
        assertThat(Scoring.standard().parallelism()).isEqualTo(1);
        assertThat(Scoring.standard().withParallelism(3).withThresholds(StatusThresholds.DEFAULT).parallelism())
                .isEqualTo(3);
        assertThat(json(Scoring.standard().scoreAll(PLANS, LOGS::get, DATES.get(0))))
                .containsExactlyElementsOf(sequential(DATES.get(0)));
        assertThat(Scoring.standard().withParallelism(2).scoreAll(List.of(), LOGS::get, DATES.get(0))).isEmpty();
        assertThatThrownBy(() -> Scoring.standard().withParallelism(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("parallelism must be at least 1 (was 0)");
    }

    @Test
    void theFailureOfTheFirstFailingPlanInListOrderIsThrown() {
        List<Plan> plans = new ArrayList<>(PLANS);
        plans.add(3, withUnknownRule("bad-a", "first-unknown"));
        plans.add(withUnknownRule("bad-b", "second-unknown"));

        assertThatThrownBy(() -> Scoring.standard().withParallelism(4).scoreAll(plans,
                p -> LOGS.getOrDefault(p, ProgressLog.empty(p)), DATES.get(1)))
                .isInstanceOf(ScoringException.class)
                .hasMessageContaining("first-unknown");
        assertThatThrownBy(() -> Scoring.standard().withParallelism(2).scoreAll(PLANS, p -> null, DATES.get(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no progress log for plan " + PLANS.get(0).id());
    }

    private static Plan withUnknownRule(String id, String rule) {
        Target t = Target.builder("s1.i1.t1", "新增企业").measure(MeasureKind.COUNT, "家").goal(10)
                .due(LocalDate.of(2023, 12, 31)).lead("kj").rule(rule).build();
        return Plan.builder(id, "示例").issuer("县委").period(PlanPeriod.years(2023, 2023))
                .department(Department.of("kj", "县科技局", UnitKind.DEPARTMENT))
                .section(Section.builder("s1", "强科技").item(Item.of("s1.i1", "企业", t)).build()).build();
    }
}
