package io.github.policyplan.examples;

import io.github.policyplan.assessment.Assessment;
import io.github.policyplan.assessment.AssessmentPeriod;
import io.github.policyplan.assessment.AssessmentResult;
import io.github.policyplan.assessment.Assessments;
import io.github.policyplan.assessment.PoolResult;
import io.github.policyplan.assessment.UnitResult;
import io.github.policyplan.assessment.UnitWhatIf;
import io.github.policyplan.core.InputException;
import io.github.policyplan.model.Plan;
import io.github.policyplan.plans.Breakdowns;
import io.github.policyplan.progress.Progress;
import io.github.policyplan.progress.ProgressLog;
import io.github.policyplan.rollup.Allocation;
import io.github.policyplan.rollup.Completeness;
import io.github.policyplan.rollup.RollUp;
import io.github.policyplan.rollup.RolledUp;
import io.github.policyplan.rollup.TargetRollUp;
import io.github.policyplan.scoring.NodeScore;
import io.github.policyplan.scoring.Scoring;
import io.github.policyplan.scoring.UnitShares;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The investment-attraction contest (招商引资争先夺旗) on broken-down targets: one target per kind of
 * work (引进到位资金, 新签约项目, 重点项目推进), its 分解表 among the townships and departments, the units'
 * own reports, the county totals rolled up from them with each unit's share scored under them (as the
 * scorecard shows it), the over-allocation ratio (层层加码), the missing reports (报送率), and the contest that ranks the townships and the
 * departments on their shares, with grades and flags, for the fourth quarter and the year.
 *
 * <p>Units, targets, reports and rules are illustrative (示例): the speech names the contest, not its
 * details.
 */
public final class InvestmentContest {

    static final String PLAN = "plans/investment-2023-units.yaml";
    static final String TABLE = "breakdowns/investment-2023.csv";
    static final String PROGRESS = "progress/investment-2023-units.csv";
    static final String SCHEME = "assess/investment-2023-units.yaml";

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
     * Rolls up, scores, assesses and prints.
     *
     * @param out where the results go
     * @param err where problems go
     * @return 0, or 1 when an input has problems
     * @throws IOException when a file cannot be read
     */
    public static int run(PrintStream out, PrintStream err) throws IOException {
        try {
            Plan plan = Breakdowns.parse(ExampleData.text(TABLE), TABLE, ExampleData.plan(null, PLAN));
            ProgressLog log = Progress.parse(ExampleData.text(PROGRESS), PROGRESS, plan);
            out.println(plan.title() + " — 示例数据 illustrative units, reports and rules");
            out.println();
            out.println("== 分解 Breakdowns: units' goals against the county's (层层加码)");
            for (Allocation a : RollUp.allocations(plan)) {
                out.println("  " + a.target() + (a.warning() ? "  ⚠ " : "    ") + a.explanation().inChinese());
                out.println("  " + " ".repeat(a.target().length() + 4) + a.explanation().inEnglish());
            }
            rollUp(plan, log, LocalDate.of(2023, 9, 30), out);
            rollUp(plan, log, LocalDate.of(2023, 12, 31), out);
            contest(plan, log, out);
            return 0;
        } catch (InputException e) {
            e.problems().forEach(err::println);
            return 1;
        }
    }

    private static void rollUp(Plan plan, ProgressLog log, LocalDate asOf, PrintStream out) {
        RolledUp r = RollUp.standard().score(plan, log, asOf);
        out.println();
        out.println("== 汇总 Roll-up as of " + asOf + ": 全县 the county, and under it each unit's share scored like a target");
        for (TargetRollUp t : r.targets()) {
            NodeScore county = r.scorecard().node(t.target());
            UnitShares units = county.shares().orElseThrow();
            out.println("-- " + county.title() + " [" + t.target() + "]  全县 county: " + score(county) + "  "
                    + county.status().chinese() + "  · " + units.coverage().inChinese() + " / "
                    + units.coverage().inEnglish());
            out.println("   " + units.rollUp().inChinese());
            out.println("   " + units.rollUp().inEnglish());
            for (NodeScore unit : units.units()) {
                out.println(String.format(Locale.ROOT, "     %-8s %6s  %s", unit.title(), score(unit),
                        unit.status().chinese()).stripTrailing());
            }
        }
        NodeScore one = r.scorecard().node("funds").shares().orElseThrow().unit("cgz").orElseThrow();
        out.println("-- 一个单位的分解任务得分说明 How one unit's share is scored: " + one.id());
        out.println("   " + one.title() + ": " + one.explanation().inChinese());
        out.println("   " + one.title() + ": " + one.explanation().inEnglish());
        Completeness c = r.completeness();
        out.println("-- 报送率 Reporting completeness");
        out.println("   " + c.explanation().inChinese());
        out.println("   " + c.explanation().inEnglish());
        for (Map.Entry<String, List<String>> m : c.byUnit().entrySet()) {
            out.println("   未报送 missing: " + plan.department(m.getKey()).orElseThrow().name() + " — "
                    + String.join(", ", m.getValue()));
        }
    }

    private static void contest(Plan plan, ProgressLog log, PrintStream out) {
        Plan byUnit = RollUp.byUnit(plan);
        Assessment contest = Assessments.parse(ExampleData.text(SCHEME), SCHEME, byUnit);
        ProgressLog unitLog = RollUp.byUnit(plan, log);
        for (AssessmentPeriod period : new AssessmentPeriod[] {AssessmentPeriod.quarter(2023, 4),
            AssessmentPeriod.year(2023)}) {
            AssessmentResult result = contest.assess(unitLog, period);
            out.println();
            out.println("== " + contest.scheme().title() + " " + period.name().inChinese() + (period.isAnnual()
                    ? "（四个季度加权 0.2/0.2/0.2/0.4）" : "") + " " + period.name().inEnglish()
                    + " — 按分解任务排名 ranked on the units' shares");
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
                out.println();
                out.println("== 缺报扣分 Missing reports: 白河镇 (reporting: 每缺报一次扣1分)");
                UnitResult bhz = result.unit("bhz");
                out.println("  " + bhz.explanation().inChinese());
                out.println("  " + bhz.explanation().inEnglish());
            }
        }
        out.println();
        out.println("== 目标测算 What if: 新集镇's share of 引进到位资金 funds.xjz");
        Scoring.standard().valueNeeded(byUnit, "funds.xjz", LocalDate.of(2023, 9, 30), 100).ifPresent(n -> {
            out.println("  " + n.explanation().inChinese());
            out.println("  " + n.explanation().inEnglish());
        });
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

    private static String score(NodeScore n) {
        return n.score().isPresent() ? String.format(Locale.ROOT, "%.2f", n.score().getAsDouble()) : "—";
    }
}
