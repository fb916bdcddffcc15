package io.github.policyplan.progress;

import io.github.policyplan.internal.read.Problems;
import io.github.policyplan.model.MeasureKind;
import io.github.policyplan.model.Plan;
import io.github.policyplan.model.Target;
import java.time.LocalDate;

/**
 * The warnings of a bulk read, the same the one-plan reader gives (issue 12): a count's running totals
 * that fall, naming both rows, and a target with no report for its last two cadences, judged as of the
 * latest report date of its plan in the file. Worked out on a plan's columns once its reports are sorted
 * by target and day: one comparison per report of a count, one look per target with reports, and no
 * message built past the cap on warnings. Stateless.
 */
final class BulkWarnings {

    private BulkWarnings() {
    }

    /**
     * Warns about one plan's reports.
     *
     * @param plan     the plan
     * @param order    the reports kept, target after target, each target's by day
     * @param kept     where each target's reports start in {@code order}; one more entry than targets
     * @param days     each report's epoch day
     * @param amounts  each report's number
     * @param levels   each report's stage or grade, or null; null when no report has one
     * @param wheres   where each report was written, packed as {@link BulkRows#where(int, int, int)}
     * @param problems where the warnings go
     */
    static void warn(Plan plan, int[] order, int[] kept, int[] days, double[] amounts, String[] levels,
            long[] wheres, Problems problems) {
        int n = kept.length - 1;
        ReportGaps gaps = new ReportGaps();
        for (int t = 0; t < n && !problems.warningsFull(); t++) {
            int from = kept[t];
            int to = kept[t + 1];
            if (from == to) {
                continue;
            }
            Target target = plan.targets().get(t);
            if (target.measure().kind() == MeasureKind.COUNT) {
                for (int k = from + 1; k < to; k++) {
                    int before = order[k - 1];
                    int now = order[k];
                    if (amounts[now] < amounts[before] && (levels == null || levels[now] == null)) {
                        long at = wheres[now];
                        RunningTotals.warnFall(target.id(), amounts[before], LocalDate.ofEpochDay(days[before]),
                                BulkRows.lineOf(wheres[before]), amounts[now], LocalDate.ofEpochDay(days[now]),
                                BulkRows.lineOf(at), BulkRows.columnOf(at), path(at), problems);
                    }
                }
            }
            long last = wheres[order[to - 1]];
            gaps.add(target.id(), target, LocalDate.ofEpochDay(days[order[to - 1]]),
                    ReportRules.Cell.csv("", BulkRows.lineOf(last), BulkRows.columnOf(last)), path(last));
        }
        if (!problems.warningsFull()) {
            gaps.warnWhereReportsStop(plan, problems);
        }
    }

    private static String path(long where) {
        return "reports[" + BulkRows.rowOf(where) + "].value";
    }
}
