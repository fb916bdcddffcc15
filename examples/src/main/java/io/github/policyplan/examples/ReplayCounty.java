package io.github.policyplan.examples;

import io.github.policyplan.assessment.Assessment;
import io.github.policyplan.assessment.AssessmentComparison;
import io.github.policyplan.assessment.AssessmentPeriod;
import io.github.policyplan.assessment.AssessmentResult;
import io.github.policyplan.assessment.Assessments;
import io.github.policyplan.core.InputException;
import io.github.policyplan.core.Provenance;
import io.github.policyplan.model.Plan;
import io.github.policyplan.model.Recorded;
import io.github.policyplan.model.Report;
import io.github.policyplan.model.ReportVersion;
import io.github.policyplan.plans.GoalSheets;
import io.github.policyplan.plans.Revisions;
import io.github.policyplan.progress.Progress;
import io.github.policyplan.progress.ProgressLog;
import io.github.policyplan.scoring.Comparison;
import io.github.policyplan.scoring.Scorecard;
import io.github.policyplan.scoring.Scoring;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * Nothing lost, everything replayable (issue 15): the county plan through 2023, the second-quarter
 * result as published on 5 July, then a correction of a June report recorded on 20 July and a revision
 * of a goal decided on 10 July. The replay as known on 5 July reproduces the published result byte for
 * byte (the assessment under the revisions as known on that day); the result now differs, and the
 * comparisons say where and why: target by target for the scorecard, unit by unit for the assessment.
 *
 * <p>Goals, reports, the correction and the revision are illustrative (示例数据).
 */
public final class ReplayCounty {

    private static final LocalDate Q2 = LocalDate.of(2023, 6, 30);
    private static final LocalDate Q3 = LocalDate.of(2023, 9, 30);
    private static final LocalDate PUBLISHED = LocalDate.of(2023, 7, 5);

    private ReplayCounty() {
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
     * Replays and prints.
     *
     * @param out where the results go
     * @param err where problems go
     * @return 0, or 1 when an input has problems or the replay differs from the published result
     * @throws IOException when a file cannot be read
     */
    public static int run(PrintStream out, PrintStream err) throws IOException {
        try {
            Plan published = ExampleData.plan(null, ExampleData.COUNTY_PLAN);
            Plan plan = GoalSheets.parse(ExampleData.text(ExampleData.COUNTY_ILLUSTRATIVE),
                    ExampleData.COUNTY_ILLUSTRATIVE, published).applyTo(published);
            ProgressLog all = Progress.parse(ExampleData.text("progress/county-2023.csv"), "progress/county-2023.csv",
                    plan);
            Revisions revisions = Revisions.parse(ExampleData.text("revisions/county-2023.yaml"),
                    "revisions/county-2023.yaml", plan);
            Assessment annual = Assessments.parse(ExampleData.text("assess/county-2023-annual.yaml"),
                    "assess/county-2023-annual.yaml", plan);
            Provenance from = Provenance.of(List.of(
                    new Provenance.Input("plan", "county-2023.yaml", sha(ExampleData.COUNTY_PLAN)),
                    new Provenance.Input("goals", "county-2023-illustrative.yaml", sha(ExampleData.COUNTY_ILLUSTRATIVE)),
                    new Provenance.Input("revisions", "county-2023.yaml", sha("revisions/county-2023.yaml")),
                    new Provenance.Input("reports", "county-2023.csv", sha("progress/county-2023.csv"))));
            return replay(out, plan, all, revisions, annual, from);
        } catch (InputException e) {
            err.println(e.getMessage());
            return 1;
        }
    }

    private static int replay(PrintStream out, Plan plan, ProgressLog all, Revisions revisions, Assessment annual,
            Provenance from) {
        Scoring scoring = Scoring.standard();
        // 5 July: the Q2 result is published from what was known then.
        ProgressLog july5 = all.asKnownOn(PUBLISHED);
        String publishedCard = scoring.score(revisions, july5, Q2).toJson(from);
        AssessmentResult q2Published = annual.assess(revisions, july5, AssessmentPeriod.quarter(2023, 2));
        String publishedAssessment = q2Published.toJson(from);
        // 20 July: 县科技局 corrects its June figure.
        Report june = all.latest("s1.i1.t1", Q2).orElseThrow();
        ProgressLog now = all.record(ReportVersion.of(Report.of("s1.i1.t1", Q2, 4), Recorded.on(LocalDate.of(2023, 7, 20))));
        out.println("更正 correction: " + now.versions("s1.i1.t1", Q2).size() + " versions of s1.i1.t1 as of " + Q2
                + " (was " + june.value() + ", now " + now.latest("s1.i1.t1", Q2).orElseThrow().value() + ")");

        ProgressLog replayLog = now.asKnownOn(PUBLISHED);
        Scorecard replayed = scoring.score(revisions, replayLog, Q2);
        boolean same = replayed.toJson(from).equals(publishedCard)
                && annual.assess(revisions, now, AssessmentPeriod.quarter(2023, 2), PUBLISHED).toJson(from)
                        .equals(publishedAssessment);
        out.println("回溯 replay as known on " + PUBLISHED + ": " + (same ? "identical to the published result, byte for"
                + " byte (scorecard and assessment)" : "DIFFERENT from the published result"));
        Scorecard current = scoring.score(revisions, now, Q2);
        out.println("现在 now: plan score " + format(replayed) + " as published, " + format(current) + " now");
        AssessmentResult q2Now = annual.assess(revisions, now, AssessmentPeriod.quarter(2023, 2));
        out.println("考核 assessment, Q2: 县科技局 " + String.format(java.util.Locale.ROOT, "%.2f as published, %.2f now",
                q2Published.unit("kjj").score().orElse(Double.NaN), q2Now.unit("kjj").score().orElse(Double.NaN)));
        out.println("考核差异 assessment differences, Q2 as published and now:");
        List<AssessmentComparison.Change> units = AssessmentComparison.of(q2Published, q2Now);
        for (AssessmentComparison.Change c : units) {
            out.println("  " + c.why().inChinese());
        }
        for (AssessmentComparison.Change c : units) {
            out.println("  " + c.why().inEnglish());
        }
        out.println("差异 differences:");
        for (Comparison.Change c : Comparison.of(replayed, current)) {
            out.println("  " + c.why().inChinese());
            out.println("  " + c.why().inEnglish());
        }
        out.println("目标调整 revision, third quarter:");
        Scorecard q3 = scoring.score(revisions, now, Q3);
        for (Comparison.Change c : Comparison.of(scoring.score(revisions, now.asKnownOn(PUBLISHED), Q3), q3)) {
            if (c.cause() == Comparison.Cause.REVISION) {
                out.println("  " + c.why().inChinese());
            }
        }
        out.println("  " + q3.node("s1.i1.t1").explanation().inChinese());
        for (io.github.policyplan.core.Explanation note : annual.assess(revisions, now, AssessmentPeriod.quarter(2023, 3))
                .unit("kjj").notes()) {
            out.println("  考核 县科技局：" + note.inChinese());
        }
        out.println("来源 provenance: library " + from.library() + ", " + from.inputs().size() + " inputs");
        return same ? 0 : 1;
    }

    private static String format(Scorecard card) {
        return card.root().score().isPresent() ? String.format(java.util.Locale.ROOT, "%.2f",
                card.root().score().getAsDouble()) : "—";
    }

    private static String sha(String resource) throws IOException {
        return Provenance.sha256(ExampleData.text(resource).getBytes(StandardCharsets.UTF_8));
    }
}
