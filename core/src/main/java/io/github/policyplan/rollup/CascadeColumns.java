package io.github.policyplan.rollup;

import io.github.policyplan.model.Breakdown;
import io.github.policyplan.model.Cadence;
import io.github.policyplan.model.Combine;
import io.github.policyplan.model.Measure;
import io.github.policyplan.model.Plan;
import io.github.policyplan.model.Report;
import io.github.policyplan.model.Target;
import io.github.policyplan.model.Value;
import io.github.policyplan.plans.Magnitudes;
import io.github.policyplan.plans.PlanSet;
import io.github.policyplan.progress.ProgressLog;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Combines the lower plans' values of one target that they count toward, on primitive columns: each lower
 * target's series read from its rolled-up log through a {@link ProgressLog.Cursor} (epoch days, numbers
 * converted into the higher target's unit, level names where a report has one), no {@code Report} made
 * but the combined values. The same values {@link Combiner#at} gives from the converted reports, to the
 * bit: each date adds the lower plans in the breakdown's order with the same arithmetic, and a report
 * counts by the same rule ({@link Combiner#counts}).
 */
final class CascadeColumns {

    private final Target target;
    private final Combine method;
    private final Measure measure;
    private final boolean carryForward;
    private final Cadence cadence;
    private final double[] weights;
    private final int[][] days;
    private final double[][] amounts;
    /** Level names by lower plan, null for a plan whose reports are all numbers; null where a report is a number. */
    private final String[][] levels;

    /**
     * Reads the lower plans' series.
     *
     * @param plan      the higher plan as the cascade scores it, its target broken down among the lower plans
     * @param breakdown the target's breakdown among the lower plans
     * @param links     the links into the target, in the breakdown's order
     * @param rolled    the lower plans' rolled-up logs, by plan id
     */
    CascadeColumns(Plan plan, Breakdown breakdown, List<PlanSet.Link> links, Map<String, ProgressLog> rolled) {
        this.target = plan.target(breakdown.target()).orElseThrow();
        this.method = breakdown.method(target).orElseThrow();
        this.measure = target.measure();
        this.carryForward = plan.breakdownSettings().carryForward();
        this.cadence = plan.cadenceOf(target);
        int n = links.size();
        weights = new double[n];
        days = new int[n][];
        amounts = new double[n][];
        levels = new String[n][];
        for (int u = 0; u < n; u++) {
            weights[u] = breakdown.units().get(u).weight();
            read(u, links.get(u), rolled.get(links.get(u).lowerPlan().id()));
        }
    }

    /** Reads one lower target's series, from its last report back, converting its numbers. */
    private void read(int u, PlanSet.Link l, ProgressLog log) {
        Plan lower = l.lowerPlan();
        int index = lower.indexOf(l.lower().id());
        ProgressLog.Cursor cursor = log.cursor(lower);
        int count = 0;
        int p = cursor.latest(index, Integer.MAX_VALUE);
        while (p >= 0) {
            count++;
            p = cursor.latest(index, cursor.day(index, p) - 1L);
        }
        int[] d = new int[count];
        double[] a = new double[count];
        String[] lv = null;
        int k = count;
        for (p = cursor.latest(index, Integer.MAX_VALUE); p >= 0; p = cursor.latest(index, d[k] - 1L)) {
            k--;
            d[k] = cursor.day(index, p);
            if (cursor.isLevel(index, p)) {
                lv = lv == null ? new String[count] : lv;
                lv[k] = ((Value.Level) cursor.value(index, p)).name();
                a[k] = Double.NaN;
            } else {
                a[k] = Magnitudes.convert(cursor.amount(index, p), l.exponent());
            }
        }
        days[u] = d;
        amounts[u] = a;
        levels[u] = lv;
    }

    /** Every date some lower plan reported on, in order, without repeats. */
    int[] dates() {
        return Combiner.dates(days);
    }

    /**
     * The lower plans' combined value at a date, with how many count: as {@link Combiner#at}.
     *
     * @param day the date, an epoch day
     */
    Combiner.Point at(int day) {
        long periodStart = carryForward ? Long.MIN_VALUE : cadence.periodStart(LocalDate.ofEpochDay(day)).toEpochDay();
        double sum = 0;
        double total = 0;
        int lowest = Integer.MAX_VALUE;
        int counted = 0;
        for (int u = 0; u < days.length; u++) {
            int at = Arrays.binarySearch(days[u], day);
            at = at >= 0 ? at : -at - 2;
            if (at < 0 || days[u][at] < periodStart) {
                continue;
            }
            counted++;
            if (levels[u] == null || levels[u][at] == null) {
                double w = method == Combine.WEIGHTED_MEAN ? weights[u] : 1;
                sum += w * amounts[u][at];
                total += w;
            } else {
                lowest = Math.min(lowest, measure.levelIndex(levels[u][at]));
            }
        }
        if (counted == 0) {
            return new Combiner.Point(Optional.empty(), 0);
        }
        Value v = switch (method) {
            case SUM -> Value.of(Combiner.round(sum));
            case WEIGHTED_MEAN -> Value.of(Combiner.round(sum / total));
            case RATIO -> Value.of(Combiner.round(sum / total * 100));
            case LOWEST -> Value.level(measure.levels().get(lowest));
        };
        return new Combiner.Point(Optional.of(v), counted);
    }

    /**
     * Adds the target's combined values, one at every date a lower plan reported on, as {@link RollUp#values}
     * adds a breakdown's: but for the dates of the target's own reports (which win), unless the plan scores
     * units, when its own reports are replaced.
     */
    void rolledValues(List<Report> own, boolean fromUnits, List<Report> added, java.util.Set<String> replaced) {
        java.util.Set<Long> ownDates = new java.util.HashSet<>();
        if (!own.isEmpty() && fromUnits) {
            replaced.add(target.id());
        } else {
            own.forEach(r -> ownDates.add(r.date().toEpochDay()));
        }
        for (int day : dates()) {
            if (ownDates.contains((long) day)) {
                continue;
            }
            Optional<Value> v = at(day).value();
            if (v.isPresent()) {
                added.add(new Report(target.id(), LocalDate.ofEpochDay(day), v.get(), Optional.empty(),
                        Optional.empty(), Optional.empty()));
            }
        }
    }
}
