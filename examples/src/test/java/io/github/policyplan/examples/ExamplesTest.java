package io.github.policyplan.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import io.github.policyplan.model.Plan;
import io.github.policyplan.plans.Plans;
import io.github.policyplan.progress.Progress;
import io.github.policyplan.progress.ProgressLog;
import io.github.policyplan.scoring.Scoring;
import org.junit.jupiter.api.Test;

/**
 * The example programs print what the README shows: the county plan's tree and summary (a golden
 * file), and every problem of a broken plan with its line and column.
 */
class ExamplesTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    @Test
    void printPlanPrintsTheCountyPlanTreeAndSummary() throws IOException {
        Output out = new Output();

        int status = PrintPlan.run(new String[0], out.stream(), out.stream());

        assertThat(status).isZero();
        assertGolden("print-plan.txt", out.text());
        assertThat(out.text()).contains("3 个部分 sections · 12 项重点 items · 47 个目标 targets · 37 个目标值未公布 unset (*)");
    }

    @Test
    void printPlanMarksTheIllustrativeGoals() throws IOException {
        Output out = new Output();

        int status = PrintPlan.run(new String[] {"--illustrative"}, out.stream(), out.stream());

        assertThat(status).isZero();
        assertThat(out.text()).startsWith("† 示例数值 illustrative")
                .contains("目标 goal 12† 家 (count)")
                .contains("0 个目标值未公布 unset (*)");
    }

    @Test
    void scoreCountyPrintsTheQuarterlyScorecardsAndTwoExplanations() throws IOException {
        Output out = new Output();

        int status = ScoreCounty.run(new String[0], out.stream(), out.stream());

        assertThat(status).isZero();
        assertGolden("score-county.txt", out.text());
        assertThat(out.text()).contains("示例数值 illustrative").contains("== 2023-03-31 全县得分")
                .contains("== 2023-12-31 全县得分").contains("== 一个目标的得分说明").contains("== 一个部分的得分说明");
    }

    @Test
    void theCountyScorecardJsonIsByteIdenticalToItsGoldenFile() throws IOException {
        Plan plan = ExampleData.goalSheet(null, ExampleData.COUNTY_ILLUSTRATIVE,
                ExampleData.plan(null, ExampleData.COUNTY_PLAN)).applyTo(ExampleData.plan(null, ExampleData.COUNTY_PLAN));
        ProgressLog log = Progress.parse(ExampleData.text(ScoreCounty.COUNTY_PROGRESS), ScoreCounty.COUNTY_PROGRESS, plan);

        String json = Scoring.standard().score(plan, log, LocalDate.of(2023, 6, 30)).toJson();

        assertGolden("county-2023-06-30.json", json);
        assertThat(Scoring.standard().score(plan, log, LocalDate.of(2023, 6, 30)).toJson()).isEqualTo(json);
    }

    @Test
    void investmentContestRollsUpTheUnitsScoresTheirSharesAndRanksThem() throws IOException {
        Output out = new Output();

        int status = InvestmentContest.run(out.stream(), out.stream());

        assertThat(status).isZero();
        assertGolden("investment-contest.txt", out.text());
        assertThat(out.text()).contains("冠军旗").contains("亚军旗").contains("季军旗").contains("一票否决")
                .contains("== 名次分析 What if").contains("== 目标测算 What if")
                .contains("分解比 1.25：层层加码25%，超过预警线1.2")
                .contains("合计 74.55亿元 = 城关镇 6.95亿元 + 新集镇 4.1亿元").contains("19个单位中18个已报送")
                .contains("全县 county: 100.00  正常推进  · 19个单位中18个已报送 / 18 of 19 units reported\n")
                .contains("\n     城关镇      100.00  正常推进\n     新集镇       91.36  存在风险\n")
                .contains("本级报送 103.8亿元（2023-12-31，县统计局），与各单位合计相差 -1.77亿元；以本级报送计分")
                .contains("报送率94.74%").contains("未报送 missing: 白河镇 — funds, projects, signed")
                .contains("扣3分：缺报3次（funds.bhz截至2023-09-30、projects.bhz截至2023-09-30、signed.bhz截至2023-09-30），每次扣1分")
                .contains("−3 penalty for 3 reports missing (funds.bhz as of 2023-09-30");
        // Much shorter than the 709-line plan of one target per unit it replaces.
        assertThat(ExampleData.text(InvestmentContest.PLAN).lines().count()).isLessThan(120);
    }

    @Test
    void annualAssessmentGradesEveryDepartmentWithTheTargetsBehindIt() throws IOException {
        Output out = new Output();

        int status = AnnualAssessment.run(out.stream(), out.stream());

        assertThat(status).isZero();
        assertGolden("annual-assessment.txt", out.text());
        assertThat(out.text()).contains("县工信局").contains("牵头").contains("配合").contains("等次");
    }

    @Test
    void replayCountyReproducesThePublishedResultAndListsTheDifferences() throws IOException {
        Output out = new Output();

        int status = ReplayCounty.run(out.stream(), out.stream());

        assertThat(status).isZero();
        assertGolden("replay-county.txt", out.text());
        assertThat(out.text()).contains("identical to the published result, byte for byte")
                .contains("s1.i1.t1：得分 100 → 67.22；更正：6月30日报送值于7月20日由6 家更正为4 家")
                .contains("s1.i1.t1：得分 66.85 → 100；目标调整 r1").contains("按目标调整r1（目标值调整为10");
    }

    @Test
    void validatePlanAcceptsTheCountyPlan() {
        Output out = new Output();

        int status = ValidatePlan.run(new String[] {"src/main/resources/plans/county-2023.yaml"}, out.stream(),
                out.stream());

        assertThat(status).isZero();
        assertThat(out.text()).isEqualTo("src/main/resources/plans/county-2023.yaml: ok (3 sections, 47 targets)\n");
    }

    @Test
    void validatePlanPrintsEveryProblemWithLineAndColumnAndFails() {
        Output out = new Output();
        String bad = "../core/src/test/resources/bad/plans/21-many-problems.yaml";

        int status = ValidatePlan.run(new String[] {bad}, out.stream(), out.stream());

        assertThat(status).isEqualTo(1);
        assertThat(out.text().lines()).hasSize(5).allSatisfy(line -> assertThat(line).startsWith(bad + ":"))
                .anySatisfy(line -> assertThat(line).startsWith(bad + ":20:19: sections[0].items[0].targets[0].lead:"
                        + " unknown department 'kjj' (did you mean 'kj'?)"));
    }

    @Test
    void validatePlanPrintsWarningsAndWithStrictFailsOnThem() {
        Output lenient = new Output();
        Output strict = new Output();
        String file = "../core/src/test/resources/corpus/accepted/plan-warn-names-with-spaces.yaml";

        int lenientStatus = ValidatePlan.run(new String[] {file}, lenient.stream(), lenient.stream());
        int strictStatus = ValidatePlan.run(new String[] {"--strict", file}, strict.stream(), strict.stream());

        assertThat(lenientStatus).isZero();
        assertThat(lenient.text().lines()).hasSize(5).first().isEqualTo(file + ": ok (2 sections, 5 targets)");
        assertThat(lenient.text().lines().skip(1)).allSatisfy(line -> assertThat(line).startsWith(file + ":")
                .contains(": warning: departments["));
        assertThat(lenient.text()).contains(file + ":8:11: warning: departments[0].name: '县科技局\\u3000' ends with an"
                + " ideographic space (U+3000)");
        assertThat(strictStatus).isEqualTo(1);
        assertThat(strict.text().lines()).hasSize(4).noneMatch(line -> line.contains("warning:"));
    }

    @Test
    void scoreCountyTakesAPlanAndReportsWithoutAGoalSheet() throws IOException {
        Output out = new Output();
        Path plan = Path.of("../core/src/test/resources/plans/small.yaml");
        Path reports = Files.createTempFile("reports", ".csv");
        try {
            String first = Plans.read(plan).targets().get(0).id();
            Files.writeString(reports, "target,date,value,source,note\n" + first + ",2023-06-30,3,,\n");

            int status = ScoreCounty.run(new String[] {plan.toString(), reports.toString()}, out.stream(),
                    out.stream());

            assertThat(status).isZero();
            assertThat(out.text()).doesNotContain("示例数值").contains("== " + Plans.read(plan).period().start().getYear()
                    + "-06-30").contains(first + " ");
        } finally {
            Files.delete(reports);
        }
    }

    @Test
    void scoreCountyTakesTheGoalSheetAndReportsInEitherOrder() throws IOException {
        String plan = "src/main/resources/plans/county-2023.yaml";
        String sheet = "src/main/resources/plans/county-2023-illustrative.yaml";
        String reports = "src/main/resources/progress/county-2023.csv";
        Output bundled = new Output();
        Output given = new Output();
        Output swapped = new Output();
        Output flagged = new Output();

        ScoreCounty.run(new String[0], bundled.stream(), bundled.stream());
        ScoreCounty.run(new String[] {plan, sheet, reports}, given.stream(), given.stream());
        ScoreCounty.run(new String[] {plan, reports, sheet}, swapped.stream(), swapped.stream());
        ScoreCounty.run(new String[] {plan, "--reports", reports, "--sheet", sheet}, flagged.stream(),
                flagged.stream());

        assertThat(given.text()).isEqualTo(bundled.text());
        assertThat(swapped.text()).isEqualTo(bundled.text());
        assertThat(flagged.text()).isEqualTo(bundled.text());
    }

    @Test
    void scoreCountyPrintsItsUsageOnAWrongCall() throws IOException {
        for (String[] args : new String[][] {{"no-such-plan.yaml"}, {"--frobnicate"}, {"--sheet"},
                {"src/main/resources/plans/county-2023.yaml", "src/main/resources/progress/county-2023.csv",
                        "src/main/resources/progress/county-2023.csv"}}) {
            Output out = new Output();

            assertThat(ScoreCounty.run(args, out.stream(), out.stream())).as(String.join(" ", args)).isEqualTo(2);
            assertThat(out.text()).as(String.join(" ", args)).startsWith("ScoreCounty: ").contains("usage: ScoreCounty");
        }
        Output help = new Output();
        assertThat(ScoreCounty.run(new String[] {"--help"}, help.stream(), help.stream())).isZero();
        assertThat(help.text()).startsWith("usage: ScoreCounty");
    }

    @Test
    void validatePlanNeedsAFile() {
        Output out = new Output();

        assertThat(ValidatePlan.run(new String[0], out.stream(), out.stream())).isEqualTo(2);
        assertThat(out.text()).startsWith("usage: ValidatePlan");
    }

    private static void assertGolden(String name, String actual) throws IOException {
        Path file = GOLDEN.resolve(name);
        if (!Files.exists(file)) {
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            throw new AssertionError("golden file " + file + " was missing and has been written; review and commit it");
        }
        assertThat(actual).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }

    /** Captures what a program prints. */
    private static final class Output {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final PrintStream stream = new PrintStream(bytes, true, StandardCharsets.UTF_8);

        PrintStream stream() {
            return stream;
        }

        String text() {
            return bytes.toString(StandardCharsets.UTF_8);
        }
    }
}
