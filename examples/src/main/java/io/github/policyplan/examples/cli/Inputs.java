package io.github.policyplan.examples.cli;

import io.github.policyplan.model.Plan;
import io.github.policyplan.plans.GoalSheet;
import io.github.policyplan.plans.GoalSheets;
import io.github.policyplan.plans.PlanReader;
import io.github.policyplan.progress.Progress;
import io.github.policyplan.progress.ProgressLog;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import picocli.CommandLine.Option;

/** The inputs that scoring and reports share: a plan, its goal sheet and its progress file. */
final class Inputs {

    @Option(names = "--plan", required = true, paramLabel = "PLAN", description = "the plan (YAML or JSON)")
    Path plan;

    @Option(names = "--goals", paramLabel = "SHEET",
            description = "a goal sheet (目标任务分解表) that fills the goals the plan leaves unset")
    Path goals;

    @Option(names = "--progress", required = true, paramLabel = "FILE",
            description = "the progress reports (CSV, YAML or JSON)")
    Path progress;

    @Option(names = "--illustrative", description = "label the figures 示例数值 (illustrative); on by itself when the"
            + " goal sheet says illustrative: true")
    boolean illustrative;

    /** What was read. */
    record Data(Plan plan, ProgressLog log, boolean illustrative) {
        /** The last date any report is as of, or the plan's start when there is none. */
        LocalDate latest() {
            List<LocalDate> dates = log.asOfDates();
            return dates.isEmpty() ? plan.period().start() : dates.get(dates.size() - 1);
        }
    }

    /** Reads the plan, applies the goal sheet and reads the progress file; throws on any problem. */
    Data load(Context context) throws IOException {
        context.progress("reading " + plan);
        Plan read = PlanReader.standard().read(plan);
        boolean labelled = illustrative;
        if (goals != null) {
            context.progress("reading " + goals);
            GoalSheet sheet = GoalSheets.read(goals, read);
            read = sheet.applyTo(read);
            labelled |= sheet.illustrative();
        }
        context.progress("reading " + progress);
        ProgressLog log = Progress.read(progress, read);
        context.progress("read " + read.targets().size() + " targets and " + log.size() + " reports");
        return new Data(read, log, labelled);
    }
}
