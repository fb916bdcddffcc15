package io.github.policyplan.rollup;

import io.github.policyplan.model.Allotment;
import io.github.policyplan.model.Breakdown;
import io.github.policyplan.model.Cadence;
import io.github.policyplan.model.Combine;
import io.github.policyplan.model.Measure;
import io.github.policyplan.model.Plan;
import io.github.policyplan.model.Report;
import io.github.policyplan.model.Target;
import io.github.policyplan.model.Value;
import io.github.policyplan.progress.ProgressLog;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Combines the units' values of one broken-down target at a date: each unit's latest report on or before
 * the date, counted when it falls in the reporting period (or always, carrying forward), combined by the
 * breakdown's method. Holds the units' series, read once from the log.
 */
final class Combiner {

    final Target target;
    final Breakdown breakdown;
    final Combine method;
    private final boolean carryForward;
    /** The target's reporting cadence: a unit's report counts within the period of it that holds the date. */
    private final Cadence cadence;
    private final List<List<Report>> series;
    /** Each unit's report dates as epoch days (a log keeps its days as ints). */
    private final int[][] days;

    Combiner(Plan plan, Breakdown breakdown, ProgressLog log) {
        this(plan, breakdown, unitSeries(plan, breakdown, log));
    }

    /** A combiner over the units' series given, in breakdown order (a cascade's, converted). */
    Combiner(Plan plan, Breakdown breakdown, List<List<Report>> unitSeries) {
        this.target = plan.target(breakdown.target()).orElseThrow();
        this.breakdown = breakdown;
        this.method = breakdown.method(target).orElseThrow();
        this.carryForward = plan.breakdownSettings().carryForward();
        this.cadence = plan.cadenceOf(target);
        int n = breakdown.units().size();
        this.series = new java.util.ArrayList<>(n);
        this.days = new int[n][];
        for (int u = 0; u < n; u++) {
            List<Report> reports = unitSeries.get(u);
            series.add(reports);
            days[u] = new int[reports.size()];
            for (int k = 0; k < days[u].length; k++) {
                days[u][k] = (int) reports.get(k).date().toEpochDay();
            }
        }
    }

    private static List<List<Report>> unitSeries(Plan plan, Breakdown breakdown, ProgressLog log) {
        List<List<Report>> out = new java.util.ArrayList<>(breakdown.units().size());
        for (io.github.policyplan.model.Allotment a : breakdown.units()) {
            out.add(log.series(Breakdown.reportKey(breakdown.target(), a.unit())));
        }
        return out;
    }

    /** Every date some unit reported on, in order, without repeats. */
    int[] dates() {
        return dates(days);
    }

    /** Every day of some series of epoch days, in order, without repeats: for {@link CascadeColumns} too. */
    static int[] dates(int[][] days) {
        int total = 0;
        for (int[] d : days) {
            total += d.length;
        }
        int[] all = new int[total];
        int k = 0;
        for (int[] d : days) {
            System.arraycopy(d, 0, all, k, d.length);
            k += d.length;
        }
        Arrays.sort(all);
        int distinct = 0;
        for (int i = 0; i < all.length; i++) {
            if (i == 0 || all[i] != all[i - 1]) {
                all[distinct++] = all[i];
            }
        }
        return Arrays.copyOf(all, distinct);
    }

    /** An epoch day as an int key among a log's days: one beyond their range is their first or last. */
    static int day(long day) {
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, day));
    }

    /** The index of a unit's latest report on or before a day, or -1. */
    int latest(int unit, long day) {
        int at = Arrays.binarySearch(days[unit], day(day));
        return at >= 0 ? at : -at - 2;
    }

    /** A unit's latest report on or before a date, if any. */
    Optional<Report> report(int unit, LocalDate date) {
        int at = latest(unit, date.toEpochDay());
        return at < 0 ? Optional.empty() : Optional.of(series.get(unit).get(at));
    }

    /** Tells whether a unit's report of a date counts at another date. */
    boolean counts(LocalDate reported, LocalDate date) {
        return counts(carryForward, cadence, reported, date);
    }

    /** The rule of {@link #counts(LocalDate, LocalDate)}, which {@link UnitValues} shares. */
    static boolean counts(boolean carryForward, Cadence cadence, LocalDate reported, LocalDate date) {
        return carryForward || Periods.within(cadence, reported, date);
    }

    /**
     * The units' combined value at a date, with how many units it covers.
     *
     * @param value   the combined value, if any unit counts
     * @param counted how many units count
     */
    record Point(Optional<Value> value, int counted) {
    }

    Point at(LocalDate date) {
        long day = date.toEpochDay();
        double sum = 0;
        double weights = 0;
        int lowest = Integer.MAX_VALUE;
        int counted = 0;
        Measure measure = target.measure();
        for (int u = 0; u < series.size(); u++) {
            int at = latest(u, day);
            if (at < 0) {
                continue;
            }
            Report r = series.get(u).get(at);
            if (!counts(r.date(), date)) {
                continue;
            }
            counted++;
            Allotment a = breakdown.units().get(u);
            if (method == Combine.RATIO) {
                double[] nd = ratio(r.value());
                sum += nd[0];
                weights += nd[1];
            } else if (r.value() instanceof Value.Amount v) {
                double w = method == Combine.WEIGHTED_MEAN ? a.weight() : 1;
                sum += w * v.value();
                weights += w;
            } else if (r.value() instanceof Value.Level l) {
                lowest = Math.min(lowest, measure.levelIndex(l.name()));
            }
        }
        if (counted == 0) {
            return new Point(Optional.empty(), 0);
        }
        Value v = switch (method) {
            case SUM -> Value.of(round(sum));
            case WEIGHTED_MEAN -> Value.of(round(sum / weights));
            case RATIO -> Value.of(round(sum / weights * 100));
            case LOWEST -> Value.level(measure.levels().get(lowest));
        };
        return new Point(Optional.of(v), counted);
    }

    /** The numerator and denominator of a unit's report on a target combined by ratio: {@code 45/150}. */
    static double[] ratio(Value v) {
        String text = v instanceof Value.Level l ? l.name() : "";
        int slash = text.indexOf('/');
        return slash < 0 ? new double[] {0, 0} : new double[] {Double.parseDouble(text.substring(0, slash)),
            Double.parseDouble(text.substring(slash + 1))};
    }

    /** A unit's value as a number: a ratio's numerator ÷ denominator × 100, an amount as it is. */
    static Optional<Value> amount(Value v) {
        if (v instanceof Value.Amount) {
            return Optional.of(v);
        }
        double[] nd = ratio(v);
        return nd[1] > 0 ? Optional.of(Value.of(round(nd[0] / nd[1] * 100))) : Optional.empty();
    }

    /** Rounds away the binary noise of a sum (0.1 + 0.2), keeping nine decimals. */
    static double round(double x) {
        return Math.abs(x) < 1e9 ? Math.round(x * 1e9) / 1e9 : x;
    }

    int units() {
        return series.size();
    }
}
