package io.github.policyplan.examples;

import io.github.policyplan.assessment.Assessment;
import io.github.policyplan.assessment.AssessmentPeriod;
import io.github.policyplan.assessment.AssessmentResult;
import io.github.policyplan.assessment.Assessments;
import io.github.policyplan.assessment.PoolResult;
import io.github.policyplan.assessment.UnitResult;
import io.github.policyplan.assessment.UnitWhatIf;
import io.github.policyplan.model.Plan;
import io.github.policyplan.core.InputException;
import io.github.policyplan.progress.Progress;
import io.github.policyplan.progress.ProgressLog;
import io.github.policyplan.scoring.Needed;
import io.github.policyplan.scoring.Scoring;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The investment-attraction contest (招商引资争先夺旗): ranks the townships and the departments
 * separately, grades them (优秀 at most 30% of a pool), applies bonus, penalty and vetoes, and hands
 * out 冠军旗、亚军旗、季军旗 — for the fourth quarter and for the year — then asks two what-ifs.
 *
 * <p>Units, targets, reports and rules are illustrative (示例): the speech names the contest, not its
 * details.
 */
public final class InvestmentContest {

    private InvestmentContest() {
    }

    /**
     * Runs the example.
     *
     * @param args none
     * @throws IOException when a file cannot be read
     */
    public static void main(String[] args) throws IOException {
        System.exit(run(new PrintStream(System.out, true, StandardCharsets.UTF_8),
                new PrintStream(System.err, true, StandardCharsets.UTF_8)));
    }

    /**
     * Assesses and prints.
     *
     * @param out where the rankings go
     * @param err where problems go
     * @return 0, or 1 when an input has problems
     * @throws IOException when a file cannot be read
     */
    public static int run(PrintStream out, PrintStream err) throws IOException {
        try {
            Plan plan = ExampleData.plan(null, "plans/investment-2023.yaml");
            ProgressLog log = Progress.parse(ExampleData.text("progress/investment-2023.csv"),
                    "progress/investment-2023.csv", plan);
            Assessment contest = Assessments.parse(ExampleData.text("assess/investment-2023.yaml"),
                    "assess/investment-2023.yaml", plan);
            out.println(contest.scheme().title() + " — 示例数据 illustrative units, reports and rules");
            for (AssessmentPeriod period : new AssessmentPeriod[] {AssessmentPeriod.quarter(2023, 4),
                AssessmentPeriod.year(2023)}) {
                AssessmentResult result = contest.assess(log, period);
                out.println();
                out.println("== " + period.label() + (period.isAnnual() ? " 年度（四个季度加权 Q1–Q4 0.2/0.2/0.2/0.4）"
                        : " 季度"));
                for (PoolResult pool : result.pools()) {
                    print(pool, out);
                }
                if (period.isAnnual()) {
                    out.println();
                    out.println("== 名次分析 What if: 新集镇");
                    UnitWhatIf w = result.whatIf("xjz");
                    out.println("  " + w.explanation().inChinese());
                    out.println("  " + w.explanation().inEnglish());
                    out.println();
                    out.println("== 一个单位的得分说明 How 城关镇's result is reached");
                    UnitResult cgz = result.unit("cgz");
                    out.println("  " + cgz.explanation().inChinese());
                    out.println("  " + cgz.explanation().inEnglish());
                }
            }
            out.println();
            out.println("== 目标测算 What if: 新集镇引进到位资金 xjz.funds");
            Scoring.standard().valueNeeded(plan, "xjz.funds", LocalDate.of(2023, 9, 30), 100).ifPresent(n ->
                    print(n, out));
            return 0;
        } catch (InputException e) {
            e.problems().forEach(err::println);
            return 1;
        }
    }

    static void print(PoolResult pool, PrintStream out) {
        out.println("-- " + pool.name() + " [" + pool.id() + "]");
        for (UnitResult u : pool.ranking()) {
            out.println(String.format(Locale.ROOT, "  %2s  %-8s %6s  %-4s %s", u.rank() == 0 ? "—" : u.rank(),
                    u.name(), u.score().isPresent() ? String.format(Locale.ROOT, "%.2f", u.score().getAsDouble())
                            : "—", u.grade().orElse("—"), u.flag().orElse("")).stripTrailing());
            u.notes().forEach(n -> out.println("        · " + n.inChinese()));
        }
        if (!pool.redList().isEmpty() || !pool.blackList().isEmpty()) {
            out.println("  红榜 red list: " + String.join("、", pool.redList()) + "  黑榜 black list: "
                    + String.join("、", pool.blackList()));
        }
    }

    static void print(Needed n, PrintStream out) {
        out.println("  " + n.explanation().inChinese());
        out.println("  " + n.explanation().inEnglish());
    }
}
