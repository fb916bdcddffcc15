package io.github.policyplan.words;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policyplan.assessment.Assessment;
import io.github.policyplan.assessment.AssessmentPeriod;
import io.github.policyplan.assessment.AssessmentResult;
import io.github.policyplan.assessment.AssessmentScheme;
import io.github.policyplan.assessment.Assessments;
import io.github.policyplan.assessment.PoolResult;
import io.github.policyplan.assessment.UnitResult;
import io.github.policyplan.core.Explanation;
import io.github.policyplan.model.Plan;
import io.github.policyplan.plans.Breakdowns;
import io.github.policyplan.plans.GoalSheets;
import io.github.policyplan.plans.Plans;
import io.github.policyplan.progress.Progress;
import io.github.policyplan.progress.ProgressLog;
import io.github.policyplan.rollup.Allocation;
import io.github.policyplan.rollup.RollUp;
import io.github.policyplan.rollup.RolledUp;
import io.github.policyplan.rollup.TargetRollUp;
import io.github.policyplan.scoring.NodeScore;
import io.github.policyplan.scoring.Scorecard;
import io.github.policyplan.scoring.Scoring;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every explanation meant for officials is in one language at a time: {@code inChinese()} has no
 * English word and {@code inEnglish()} no Chinese, apart from the names, titles, ids, units and codes
 * that come from the input. Checked on every scorecard and assessment of the example data sets.
 */
class OneLanguageTest {

    private static final Path EXAMPLES = Path.of("../examples/src/main/resources");

    @Test
    void theCountyPlansScorecardsSpeakOneLanguageAtATime() throws Exception {
        Plan plan = countyPlan();
        ProgressLog log = Progress.read(EXAMPLES.resolve("progress/county-2023.csv"), plan);
        Set<String> input = Languages.inputWords(plan, log.reports());
        List<String> strays = new ArrayList<>();
        for (LocalDate date : Scoring.quarterEnds(2023)) {
            Scorecard card = Scoring.standard().score(plan, log, date);
            checkNode(card.root(), input, strays);
        }
        // before the first report: every node's roll-up lists children without a score, with their status
        checkNode(Scoring.standard().score(plan, log, LocalDate.of(2023, 1, 15)).root(), input, strays);
        assertThat(strays).isEmpty();
    }

    @Test
    void theCountyPlansAnnualAssessmentSpeaksOneLanguageAtATime() throws Exception {
        Plan plan = countyPlan();
        ProgressLog log = Progress.read(EXAMPLES.resolve("progress/county-2023.csv"), plan);
        AssessmentScheme scheme = Assessments.read(EXAMPLES.resolve("assess/county-2023-annual.yaml"), plan).scheme();
        Set<String> input = Languages.inputWords(plan, log.reports(), scheme);
        List<String> strays = new ArrayList<>();
        Assessment annual = Assessments.read(EXAMPLES.resolve("assess/county-2023-annual.yaml"), plan);
        checkResult(annual.assess(log, AssessmentPeriod.year(2023)), input, strays);
        assertThat(strays).isEmpty();
    }

    @Test
    void theInvestmentPlansScorecardsSpeakOneLanguageAtATime() throws Exception {
        Plan plan = Plans.read(EXAMPLES.resolve("plans/investment-2023.yaml"));
        ProgressLog log = Progress.read(EXAMPLES.resolve("progress/investment-2023.csv"), plan);
        Set<String> input = Languages.inputWords(plan, log.reports());
        List<String> strays = new ArrayList<>();
        for (LocalDate date : Scoring.quarterEnds(2023)) {
            checkNode(Scoring.standard().score(plan, log, date).root(), input, strays);
        }
        assertThat(strays).isEmpty();
    }

    @Test
    void theInvestmentContestSpeaksOneLanguageAtATime() throws Exception {
        Plan plan = Plans.read(EXAMPLES.resolve("plans/investment-2023.yaml"));
        ProgressLog log = Progress.read(EXAMPLES.resolve("progress/investment-2023.csv"), plan);
        Assessment contest = Assessments.read(EXAMPLES.resolve("assess/investment-2023.yaml"), plan);
        Set<String> input = Languages.inputWords(plan, log.reports(), contest.scheme());
        List<String> strays = new ArrayList<>();
        for (int q = 1; q <= 4; q++) {
            checkResult(contest.assess(log, AssessmentPeriod.quarter(2023, q)), input, strays);
        }
        checkResult(contest.assess(log, AssessmentPeriod.year(2023)), input, strays);
        assertThat(strays).isEmpty();
    }

    @Test
    void theBrokenDownInvestmentPlansRollUpsAndContestSpeakOneLanguageAtATime() throws Exception {
        Plan plan = Breakdowns.read(EXAMPLES.resolve("breakdowns/investment-2023.csv"),
                Plans.read(EXAMPLES.resolve("plans/investment-2023-units.yaml")));
        ProgressLog log = Progress.read(EXAMPLES.resolve("progress/investment-2023-units.csv"), plan);
        Assessment contest = Assessments.read(EXAMPLES.resolve("assess/investment-2023-units.yaml"),
                RollUp.byUnit(plan));
        Set<String> input = Languages.inputWords(plan, log.reports(), contest.scheme());
        List<String> strays = new ArrayList<>();
        for (LocalDate date : Scoring.quarterEnds(2023)) {
            RolledUp r = RollUp.standard().score(plan, log, date);
            for (TargetRollUp t : r.targets()) {
                check(t.target() + " roll-up at " + date, t.explanation(), input, strays);
            }
            check("completeness at " + date, r.completeness().explanation(), input, strays);
            checkNode(r.scorecard().root(), input, strays);
            checkNode(r.shares().orElseThrow().root(), input, strays);
            for (NodeScore t : r.scorecard().targets()) {
                t.shares().ifPresent(s -> check(t.id() + " units reported at " + date, s.coverage(), input, strays));
            }
        }
        for (Allocation a : RollUp.allocations(plan)) {
            check(a.target() + " allocation", a.explanation(), input, strays);
        }
        checkResult(contest.assess(RollUp.byUnit(plan, log), AssessmentPeriod.year(2023)), input, strays);
        assertThat(strays).isEmpty();
    }

    @Test
    void periodsAndQuartersAreNamedInOneLanguageAtATime() {
        List<String> strays = new ArrayList<>();
        for (int q = 1; q <= 4; q++) {
            check("quarter " + q, AssessmentPeriod.quarterName(q), Set.of(), strays);
            check("period 2023-Q" + q, AssessmentPeriod.quarter(2023, q).name(), Set.of(), strays);
        }
        check("year 2023", AssessmentPeriod.year(2023).name(), Set.of(), strays);
        assertThat(strays).isEmpty();
        assertThat(AssessmentPeriod.quarter(2023, 1).name().inChinese()).isEqualTo("2023年第一季度");
        assertThat(AssessmentPeriod.quarter(2023, 4).name().inEnglish()).isEqualTo("Q4 2023");
    }

    private static Plan countyPlan() throws Exception {
        Plan published = Plans.read(EXAMPLES.resolve("plans/county-2023.yaml"));
        return GoalSheets.read(EXAMPLES.resolve("plans/county-2023-illustrative.yaml"), published).applyTo(published);
    }

    @Test
    void theCheckFindsEnglishInChineseAndChineseInEnglish() {
        Set<String> input = Set.of("县科技局", "kjj");
        assertThat(Languages.strays("县科技局（kjj）得分 90，quota: 优秀", true, input)).containsExactly("quota");
        assertThat(Languages.strays("县科技局 (kjj) scored 90; 优秀 is limited", false, input)).containsExactly("优秀");
        assertThat(Languages.strays("县科技局 (kjj) scored 90（capped）", false, input)).containsExactly("（", "）");
        assertThat(Languages.strays("基础分 80 = (Q1 70 × 0.2 + 第二季度 90 × 0.8) ÷ 1", true, input))
                .as("a quarter in Chinese text is 第一季度, not Q1").containsExactly("Q1");
        assertThat(Languages.strays("base 80 = (Q1 70 × 0.2 + Q2 90 × 0.8) ÷ 1", false, input)).isEmpty();
    }

    static void checkNode(NodeScore node, Set<String> input, List<String> strays) {
        check(node.id() + " at score", node.explanation(), input, strays);
        node.target().flatMap(t -> t.forecast()).ifPresent(f -> check(node.id() + " forecast", f.explanation(),
                input, strays));
        for (NodeScore child : node.children()) {
            checkNode(child, input, strays);
        }
    }

    static void checkResult(AssessmentResult result, Set<String> input, List<String> strays) {
        for (PoolResult pool : result.pools()) {
            for (UnitResult u : pool.ranking()) {
                check(result.period() + " " + u.unit(), u.explanation(), input, strays);
                for (Explanation note : u.notes()) {
                    check(result.period() + " " + u.unit() + " note", note, input, strays);
                }
            }
        }
    }

    static void check(String where, Explanation e, Set<String> input, List<String> strays) {
        List<String> inChinese = Languages.strays(e.inChinese(), true, input);
        if (!inChinese.isEmpty()) {
            strays.add(where + " (Chinese) has " + inChinese + ": " + e.inChinese());
        }
        List<String> inEnglish = Languages.strays(e.inEnglish(), false, input);
        if (!inEnglish.isEmpty()) {
            strays.add(where + " (English) has " + inEnglish + ": " + e.inEnglish());
        }
    }
}
