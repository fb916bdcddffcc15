package io.github.policyplan.examples.bench;

import io.github.policyplan.model.Cadence;
import io.github.policyplan.model.Goal;
import io.github.policyplan.model.Item;
import io.github.policyplan.model.MeasureKind;
import io.github.policyplan.model.Plan;
import io.github.policyplan.model.Report;
import io.github.policyplan.model.Section;
import io.github.policyplan.model.Target;
import io.github.policyplan.model.Value;
import io.github.policyplan.progress.ProgressLog;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * The floor of the scoring benchmark: the completion-rate scores of a plan of counts, and their
 * weighted means up the tree, computed by a hand-written loop over primitive arrays.
 *
 * <p>It does what {@code Scoring.standard()} does for a target of kind count with the default rule and
 * schedule — the latest value on or before the date (binary search over sorted epoch days), the value
 * expected by then ({@code goal × elapsed ÷ total} days from the day before the plan period to the due
 * date), the completion rate capped at 100, the status (achieved, missed, on track, at risk, off track,
 * no data, not started, and stale when the latest report is dated before the end of the quarter before the
 * date's, or before the due date once that is the earlier: the default quarterly cadence) — and rolls the scores up by weighted means over the children that have one,
 * with status counts at every node. It writes no explanations, forecasts or objects per node: that is
 * what makes it a floor.
 */
public final class PrimitiveScorer {

    /** Status indexes, in the order of {@code io.github.policyplan.scoring.Status}'s constants used here. */
    static final int ACHIEVED = 0;
    static final int ON_TRACK = 1;
    static final int AT_RISK = 2;
    static final int OFF_TRACK = 3;
    static final int MISSED = 4;
    static final int NOT_STARTED = 5;
    static final int NO_DATA = 6;
    static final int STALE = 7;
    static final int STATUSES = 8;

    private final int targets;
    private final int[] reportStart;
    private final int[] days;
    private final double[] values;
    private final double[] goal;
    private final double[] weight;
    private final int[] dueDay;
    private final int originDay;
    private final int[] itemStart;
    private final double[] itemWeight;
    private final int[] sectionStart;
    private final double[] sectionWeight;

    private PrimitiveScorer(int targets, int[] reportStart, int[] days, double[] values, double[] goal,
            double[] weight, int[] dueDay, int originDay, int[] itemStart, double[] itemWeight, int[] sectionStart,
            double[] sectionWeight) {
        this.targets = targets;
        this.reportStart = reportStart;
        this.days = days;
        this.values = values;
        this.goal = goal;
        this.weight = weight;
        this.dueDay = dueDay;
        this.originDay = originDay;
        this.itemStart = itemStart;
        this.itemWeight = itemWeight;
        this.sectionStart = sectionStart;
        this.sectionWeight = sectionWeight;
    }

    /**
     * Copies a plan of counts (sections of items of targets, no headline targets) and its log into arrays.
     *
     * @param plan a plan whose targets are all counts with numeric goals and the default rule and schedule
     * @param log  its progress
     * @return the scorer
     * @throws IllegalArgumentException when the plan is not of that shape
     */
    public static PrimitiveScorer of(Plan plan, ProgressLog log) {
        List<Target> all = plan.targets();
        int n = all.size();
        int items = 0;
        for (Section s : plan.sections()) {
            if (!s.targets().isEmpty()) {
                throw new IllegalArgumentException("the floor handles sections without headline targets");
            }
            items += s.items().size();
        }
        int[] reportStart = new int[n + 1];
        int[] days = new int[log.size()];
        double[] values = new double[log.size()];
        double[] goal = new double[n];
        double[] weight = new double[n];
        int[] dueDay = new int[n];
        int[] itemStart = new int[items + 1];
        double[] itemWeight = new double[items];
        int[] sectionStart = new int[plan.sections().size() + 1];
        double[] sectionWeight = new double[plan.sections().size()];
        int t = 0;
        int r = 0;
        int i = 0;
        for (int s = 0; s < plan.sections().size(); s++) {
            Section section = plan.sections().get(s);
            sectionStart[s] = i;
            sectionWeight[s] = section.weight();
            for (Item item : section.items()) {
                itemStart[i] = t;
                itemWeight[i] = item.weight();
                i++;
                for (Target target : item.targets()) {
                    if (target.measure().kind() != MeasureKind.COUNT || !(target.goal() instanceof Goal.Amount)
                            || target.rule().isPresent() || target.schedule().isPresent()
                            || target.baseline().isPresent() || !target.checkpoints().isEmpty()
                            || target.start().isPresent() || plan.cadenceOf(target) != Cadence.QUARTERLY) {
                        throw new IllegalArgumentException("the floor handles counts with the default rule only: "
                                + target.id());
                    }
                    goal[t] = ((Goal.Amount) target.goal()).value();
                    weight[t] = target.weight();
                    dueDay[t] = (int) target.due().toEpochDay();
                    reportStart[t] = r;
                    for (Report report : log.series(target.id())) {
                        days[r] = (int) report.date().toEpochDay();
                        values[r] = ((Value.Amount) report.value()).value();
                        r++;
                    }
                    t++;
                }
            }
        }
        reportStart[n] = r;
        itemStart[items] = t;
        sectionStart[plan.sections().size()] = items;
        int origin = (int) plan.period().start().minusDays(1).toEpochDay();
        return new PrimitiveScorer(n, reportStart, Arrays.copyOf(days, r), Arrays.copyOf(values, r), goal, weight,
                dueDay, origin, itemStart, itemWeight, sectionStart, sectionWeight);
    }

    /**
     * The scores of every node, NaN where a node has none, and the status counts of the plan.
     *
     * @param targets  the targets' scores
     * @param items    the items' scores
     * @param sections the sections' scores
     * @param plan     the plan's score
     * @param counts   the plan's status counts, by the indexes above
     */
    public record Result(double[] targets, double[] items, double[] sections, double plan, int[] counts) {
    }

    /**
     * Scores every target at a date and rolls the scores up.
     *
     * @param asOf the date
     * @return the scores
     */
    public Result score(LocalDate asOf) {
        int day = (int) asOf.toEpochDay();
        // The last day of the quarter before the date's: the report a quarterly cadence makes due.
        int quarterDue = (int) LocalDate.of(asOf.getYear(), (asOf.getMonthValue() - 1) / 3 * 3 + 1, 1).toEpochDay() - 1;
        double[] targetScores = new double[targets];
        int[] targetStatus = new int[targets];
        for (int t = 0; t < targets; t++) {
            double g = goal[t];
            boolean due = day >= dueDay[t];
            boolean expects = due || day > originDay;
            int from = reportStart[t];
            int to = reportStart[t + 1];
            int found = Arrays.binarySearch(days, from, to, day);
            int latest = found >= 0 ? found : -found - 2;
            if (latest < from) {
                targetScores[t] = Double.NaN;
                targetStatus[t] = expects ? NO_DATA : NOT_STARTED;
                continue;
            }
            double a = values[latest];
            double e = due ? g : g * (day - originDay) / (dueDay[t] - originDay);
            double s = e > 0 ? a / e * 100 : Double.NaN;
            targetScores[t] = s > 100 ? 100 : s < 0 ? 0 : s;
            if (a >= g) {
                targetStatus[t] = ACHIEVED;
            } else if (due) {
                targetStatus[t] = MISSED;
            } else {
                double pace = a / e;
                targetStatus[t] = pace >= 0.95 ? ON_TRACK : pace >= 0.85 ? AT_RISK : OFF_TRACK;
            }
            int reportDue = Math.min(quarterDue, dueDay[t]);
            if (targetStatus[t] != ACHIEVED && reportDue > originDay && days[latest] < reportDue) {
                targetStatus[t] = STALE;
            }
        }
        int[] counts = new int[STATUSES];
        for (int t = 0; t < targets; t++) {
            counts[targetStatus[t]]++;
        }
        double[] itemScores = rollUp(targetScores, weight, itemStart);
        double[] sectionScores = rollUp(itemScores, itemWeight, sectionStart);
        double[] plan = rollUp(sectionScores, sectionWeight, new int[] {0, sectionScores.length});
        return new Result(targetScores, itemScores, sectionScores, plan[0], counts);
    }

    /** Weighted means over the children with a score, renormalising the weights; NaN when none has one. */
    private static double[] rollUp(double[] scores, double[] weights, int[] start) {
        double[] out = new double[start.length - 1];
        for (int p = 0; p < out.length; p++) {
            double num = 0;
            double den = 0;
            for (int c = start[p]; c < start[p + 1]; c++) {
                double s = scores[c];
                if (s == s) {
                    num += weights[c] * s;
                    den += weights[c];
                }
            }
            out[p] = den == 0 ? Double.NaN : num / den;
        }
        return out;
    }
}
