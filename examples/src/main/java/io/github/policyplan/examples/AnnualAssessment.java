package io.github.policyplan.examples;

import io.github.policyplan.assessment.Assessment;
import io.github.policyplan.assessment.AssessmentPeriod;
import io.github.policyplan.assessment.AssessmentResult;
import io.github.policyplan.assessment.Assessments;
import io.github.policyplan.assessment.Contribution;
import io.github.policyplan.assessment.PoolResult;
import io.github.policyplan.assessment.UnitResult;
import io.github.policyplan.model.Plan;
import io.github.policyplan.plans.GoalSheet;
import io.github.policyplan.core.InputException;
import io.github.policyplan.progress.Progress;
import io.github.policyplan.progress.ProgressLog;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The year-end 党政履责考核 of the county plan's departments: each department's score, rank and
 * grade, with the targets behind it (led, and cooperated on at 0.3).
 *
 * <p>Goals, reports and the scheme's rules are illustrative (示例).
 */
public final class AnnualAssessment {

    private AnnualAssessment() {
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
     * @param out where the results go
     * @param err where problems go
     * @return 0, or 1 when an input has problems
     * @throws IOException when a file cannot be read
     */
    public static int run(PrintStream out, PrintStream err) throws IOException {
        try {
            Plan published = ExampleData.plan(null, ExampleData.COUNTY_PLAN);
            GoalSheet sheet = ExampleData.goalSheet(null, ExampleData.COUNTY_ILLUSTRATIVE, published);
            Plan plan = sheet.applyTo(published);
            ProgressLog log = Progress.parse(ExampleData.text(ScoreCounty.COUNTY_PROGRESS), ScoreCounty.COUNTY_PROGRESS,
                    plan);
            Assessment annual = Assessments.parse(ExampleData.text("assess/county-2023-annual.yaml"),
                    "assess/county-2023-annual.yaml", plan);
            AssessmentResult result = annual.assess(log, AssessmentPeriod.year(2023));
            out.println(annual.scheme().title() + " — 示例数据 illustrative goals, reports and rules");
            for (PoolResult pool : result.pools()) {
                out.println("-- " + pool.name());
                for (UnitResult u : pool.ranking()) {
                    out.println(String.format(Locale.ROOT, "%2s  %-8s 得分 %s  等次 %s", u.rank() == 0 ? "—" : u.rank(),
                            u.name(), u.score().isPresent() ? String.format(Locale.ROOT, "%.2f",
                                    u.score().getAsDouble()) : "—", u.grade().orElse("—")));
                    for (Contribution c : u.contributions()) {
                        out.println(String.format(Locale.ROOT, "      %-5s %-8s ×%-4s %6s  %s %s", c.role().chinese(),
                                c.id(), number(c.weight()), c.score().isPresent() ? String.format(Locale.ROOT, "%.1f",
                                        c.score().getAsDouble()) : "—", c.status().chinese(), c.title()).stripTrailing());
                    }
                    u.adjustments().forEach(a -> out.println("      " + (a.adjustment().kind().name().equals("BONUS")
                            ? "加分 +" : "扣分 −") + number(a.counted()) + " " + a.adjustment().reason()));
                    u.notes().forEach(n -> out.println("      · " + n.inChinese()));
                }
                out.println("  红榜 red list: " + String.join("、", pool.redList()) + "  黑榜 black list: "
                        + String.join("、", pool.blackList()));
            }
            return 0;
        } catch (InputException e) {
            e.problems().forEach(err::println);
            return 1;
        }
    }

    static String number(double d) {
        return java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
}
