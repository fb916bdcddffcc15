package io.github.policyplan.examples;

import io.github.policyplan.assessment.Assessment;
import io.github.policyplan.assessment.AssessmentPeriod;
import io.github.policyplan.assessment.AssessmentResult;
import io.github.policyplan.assessment.Assessments;
import io.github.policyplan.model.Plan;
import io.github.policyplan.plans.Breakdowns;
import io.github.policyplan.core.InputException;
import io.github.policyplan.progress.Progress;
import io.github.policyplan.progress.ProgressLog;
import io.github.policyplan.report.AssessmentReport;
import io.github.policyplan.report.Bulletin;
import io.github.policyplan.report.Language;
import io.github.policyplan.report.ReportSettings;
import io.github.policyplan.report.ScoredPlan;
import io.github.policyplan.report.ScorecardReport;
import io.github.policyplan.report.Supervision;
import io.github.policyplan.report.SupervisionRules;
import io.github.policyplan.rollup.RollUp;
import io.github.policyplan.scoring.Scorecard;
import io.github.policyplan.scoring.Scoring;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes every report of the example data into a folder: the county plan's scorecard, bulletin and
 * supervision notices as of 2023-06-30 (with the first quarter before it), the investment plan divided
 * among its units as of 2023-09-30 (each unit's share under its target: {@code scorecard-units-*}), and
 * the investment contest's year, each in Chinese and English, as HTML, CSV, Markdown, text and JSON. The figures are
 * illustrative (示例数值) and every report says so.
 *
 * <pre>
 * ExampleReports target/reports      # then open target/reports/scorecard-zh.html
 * </pre>
 */
public final class ExampleReports {

    /** The date the county reports are as of. */
    public static final LocalDate AS_OF = LocalDate.of(2023, 6, 30);

    /** The date the report on the investment plan's units is as of: one township has not reported yet. */
    public static final LocalDate UNITS_AS_OF = LocalDate.of(2023, 9, 30);

    private ExampleReports() {
    }

    /**
     * Runs the example.
     *
     * @param args the folder to write to (default {@code target/reports})
     * @throws IOException when a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        System.exit(run(args, new PrintStream(System.out, true, StandardCharsets.UTF_8),
                new PrintStream(System.err, true, StandardCharsets.UTF_8)));
    }

    /**
     * Writes the reports.
     *
     * @param args the folder to write to (default {@code target/reports})
     * @param out  where the list of files goes
     * @param err  where problems go
     * @return 0, or 1 when an input has problems
     * @throws IOException when a file cannot be written
     */
    public static int run(String[] args, PrintStream out, PrintStream err) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/reports");
        try {
            Map<String, String> files = reports();
            Files.createDirectories(dir);
            for (Map.Entry<String, String> f : files.entrySet()) {
                Path file = dir.resolve(f.getKey());
                Files.writeString(file, f.getValue(), StandardCharsets.UTF_8);
                out.println(file + "  " + f.getValue().getBytes(StandardCharsets.UTF_8).length + " bytes");
            }
            return 0;
        } catch (InputException e) {
            e.problems().forEach(err::println);
            return 1;
        }
    }

    /**
     * Returns the county plan (its goals from the illustrative goal sheet) scored at the end of the first
     * quarter and at {@link #AS_OF}: what the county reports are written from.
     *
     * @return the plan, its log and its two scorecards
     * @throws IOException when a bundled file cannot be read
     */
    public static ScoredPlan county() throws IOException {
        Plan published = ExampleData.plan(null, ExampleData.COUNTY_PLAN);
        Plan plan = ExampleData.goalSheet(null, ExampleData.COUNTY_ILLUSTRATIVE, published).applyTo(published);
        ProgressLog log = Progress.parse(ExampleData.text(ScoreCounty.COUNTY_PROGRESS), ScoreCounty.COUNTY_PROGRESS, plan);
        List<LocalDate> dates = new ArrayList<>(Scoring.quarterEnds(2023).subList(0, 1));
        dates.add(AS_OF);
        List<Scorecard> cards = Scoring.standard().series(plan, log, dates);
        return ScoredPlan.of(plan, log, cards);
    }

    /**
     * Returns every example report by file name.
     *
     * @return the reports, sorted by name
     * @throws IOException when a bundled file cannot be read
     */
    public static Map<String, String> reports() throws IOException {
        ScoredPlan scored = county();
        Supervision supervision = Supervision.of(scored, SupervisionRules.standard());

        Plan contestPlan = ExampleData.plan(null, "plans/investment-2023.yaml");
        ProgressLog contestLog = Progress.parse(ExampleData.text("progress/investment-2023.csv"),
                "progress/investment-2023.csv", contestPlan);
        Assessment contest = Assessments.parse(ExampleData.text("assess/investment-2023.yaml"),
                "assess/investment-2023.yaml", contestPlan);
        AssessmentResult year = contest.assess(contestLog, AssessmentPeriod.year(2023));

        // The investment plan divided among its units: each unit's share under its target (issue 14, point 4).
        Plan units = Breakdowns.parse(ExampleData.text(InvestmentContest.TABLE), InvestmentContest.TABLE,
                ExampleData.plan(null, InvestmentContest.PLAN));
        ScoredPlan rolledUp = ScoredPlan.of(units, RollUp.standard().score(units, Progress.parse(
                ExampleData.text(InvestmentContest.PROGRESS), InvestmentContest.PROGRESS, units), UNITS_AS_OF));

        Map<String, String> files = new TreeMap<>();
        for (Language lang : Language.values()) {
            // The county's goals come from the illustrative goal sheet and its reports are invented: 示例数值.
            ReportSettings settings = ReportSettings.standard().withLanguage(lang).withIllustrative(true);
            String l = lang.code();
            files.put("scorecard-" + l + ".html", ScorecardReport.html(scored, settings));
            files.put("scorecard-" + l + ".csv", ScorecardReport.csv(scored, settings));
            files.put("scorecard-units-" + l + ".html", ScorecardReport.html(rolledUp, settings));
            files.put("scorecard-units-" + l + ".csv", ScorecardReport.csv(rolledUp, settings));
            Bulletin bulletin = Bulletin.of(scored, settings);
            files.put("bulletin-" + l + ".txt", bulletin.text());
            files.put("bulletin-" + l + ".md", bulletin.markdown());
            files.put("supervision-" + l + ".html", supervision.html(settings));
            files.put("supervision-" + l + ".csv", supervision.csv(settings));
            files.put("assessment-" + l + ".html", AssessmentReport.html(year, contest.scheme(), settings));
            files.put("assessment-" + l + ".csv", AssessmentReport.csv(year, contest.scheme(), settings));
        }
        files.put("supervision.json", supervision.toJson());
        files.put("scorecard.json", scored.current().toJson());
        files.put("scorecard-units.json", rolledUp.current().toJson());
        return files;
    }
}
