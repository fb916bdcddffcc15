package io.github.policyplan.rollup;

import io.github.policyplan.model.Allotment;
import io.github.policyplan.model.Breakdown;
import io.github.policyplan.model.Cadence;
import io.github.policyplan.model.Combine;
import io.github.policyplan.model.Measure;
import io.github.policyplan.model.Plan;
import io.github.policyplan.model.Target;
import io.github.policyplan.model.Value;
import io.github.policyplan.progress.ProgressLog;
import io.github.policyplan.progress.UnitCursor;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.function.LongPredicate;

/**
 * Rolls a plan's broken-down targets up at every date a unit reported on, in one walk over each unit's
 * reports: the same values {@link Combiner#at} gives date by date, read from primitive arrays
 * ({@link UnitCursor}) instead of {@code Report}s found by key, and each unit's latest report at every date
 * found by walking its reports and the dates together instead of a search per date. Each date's value adds
 * its units in breakdown order, as {@link Combiner#at} does, so the numbers are the same to the last bit.
 * Not thread-safe: it keeps its working arrays between breakdowns.
 */
final class UnitValues {

    /** Receives a broken-down target's value at a date. */
    @FunctionalInterface
    interface Sink {
        /**
         * Takes a value.
         *
         * @param day   the date, an epoch day
         * @param value the units' combined value
         */
        void value(long day, Value value);
    }

    private final Plan plan;
    private final UnitCursor units;
    private final boolean carryForward;
    private int[] dates = new int[16];
    private int[] from = new int[16];
    private double[] sums = new double[16];
    private double[] weights = new double[16];
    private int[] counted = new int[16];
    private int[] lowest = new int[16];

    UnitValues(Plan plan, ProgressLog log) {
        this.plan = plan;
        this.units = UnitCursor.of(plan, log);
        this.carryForward = plan.breakdownSettings().carryForward();
    }

    /**
     * Gives a breakdown's combined value at every date some unit reported on, in date order, but for the
     * dates skipped; a date where no unit's report counts has no value.
     *
     * @param index the breakdown's index in the plan's breakdowns
     * @param skip  the dates (epoch days) not to combine
     * @param sink  receives each value
     */
    void values(int index, LongPredicate skip, Sink sink) {
        Breakdown b = plan.breakdowns().get(index);
        Target target = plan.target(b.target()).orElseThrow();
        Combine method = b.method(target).orElseThrow();
        int n = guess(index);
        if (!sum(index, b, method, target.measure(), n)) {
            n = dates(index);
            sum(index, b, method, target.measure(), n);
        }
        for (int d = 0; d < n; d++) {
            if (counted[d] == 0 || skip.test(dates[d])) {
                continue;
            }
            Value v = switch (method) {
                case SUM -> Value.of(Combiner.round(sums[d]));
                case WEIGHTED_MEAN -> Value.of(Combiner.round(sums[d] / weights[d]));
                case RATIO -> Value.of(Combiner.round(sums[d] / weights[d] * 100));
                case LOWEST -> Value.level(target.measure().levels().get(lowest[d]));
            };
            sink.value(dates[d], v);
        }
    }

    /**
     * Adds every unit's reports to the sums of the first {@code n} dates, in breakdown order; stops, returning
     * false, at a unit that reported on a day not among them.
     */
    private boolean sum(int index, Breakdown b, Combine method, Measure measure, int n) {
        counting(plan.cadenceOf(plan.target(b.target()).orElseThrow()), n);
        Arrays.fill(sums, 0, n, 0);
        Arrays.fill(weights, 0, n, 0);
        Arrays.fill(counted, 0, n, 0);
        Arrays.fill(lowest, 0, n, Integer.MAX_VALUE);
        for (int u = 0; u < units.units(index); u++) {
            if (!add(index, u, b.units().get(u), method, measure, n)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Adds one unit's reports to the sums of the dates where each is the unit's latest and counts: a report
     * is the latest from its own date to the date before the unit's next report.
     */
    private boolean add(int index, int u, Allotment a, Combine method, Measure measure, int n) {
        int end = units.end(index, u);
        if (method == Combine.SUM || method == Combine.WEIGHTED_MEAN) {
            double w = method == Combine.WEIGHTED_MEAN ? a.weight() : 1;
            int numbers = addAmounts(index, units.first(index, u), end, w, n);
            if (numbers == end) {
                return true;
            }
            if (numbers < 0) {
                return false;
            }
        }
        int j = 0;
        for (int p = units.first(index, u); p < end; p++) {
            int day = units.day(index, p);
            while (j < n && dates[j] < day) {
                j++;
            }
            if (j == n || dates[j] != day) {
                return false;
            }
            boolean last = p + 1 == end;
            int next = last ? day : units.day(index, p + 1);
            boolean level = units.isLevel(index, p);
            double[] nd = method != Combine.RATIO ? null
                    : level ? Combiner.ratio(units.value(index, p)) : new double[] {0, 0};
            double w = method == Combine.WEIGHTED_MEAN ? a.weight() : 1;
            double x = level ? 0 : w * units.amount(index, p);
            int stage = method == Combine.LOWEST && level
                    ? measure.levelIndex(((Value.Level) units.value(index, p)).name()) : 0;
            for (int d = j; d < n && (last || dates[d] < next); d++) {
                if (j < from[d]) {
                    continue;
                }
                counted[d]++;
                if (nd != null) {
                    sums[d] += nd[0];
                    weights[d] += nd[1];
                } else if (!level) {
                    sums[d] += x;
                    weights[d] += w;
                } else {
                    lowest[d] = Math.min(lowest[d], stage);
                }
            }
        }
        return true;
    }

    /**
     * Adds a unit's reports, summed or weighted, while they are numbers: the common case, in a loop of its own.
     * Returns the position of its first level, if it has one (then nothing is added, and {@link #add} adds them
     * all), or {@code end} once all are added, or −1 at a day not among the first {@code n} dates.
     */
    private int addAmounts(int index, int first, int end, double w, int n) {
        for (int p = first; p < end; p++) {
            if (units.isLevel(index, p)) {
                return p;
            }
        }
        if (end - first == n && sameDays(index, first, n)) {
            for (int d = 0; d < n; d++) {
                if (d >= from[d]) {
                    counted[d]++;
                    sums[d] += w * units.amount(index, first + d);
                    weights[d] += w;
                }
            }
            return end;
        }
        int j = 0;
        for (int p = first; p < end; p++) {
            int day = units.day(index, p);
            while (j < n && dates[j] < day) {
                j++;
            }
            if (j == n || dates[j] != day) {
                return -1;
            }
            double x = w * units.amount(index, p);
            int stop = p + 1 == end ? n : j + 1;
            while (stop < n && dates[stop] < units.day(index, p + 1)) {
                stop++;
            }
            for (int d = j; d < stop; d++) {
                if (j >= from[d]) {
                    counted[d]++;
                    sums[d] += x;
                    weights[d] += w;
                }
            }
        }
        return end;
    }

    /** Tells whether a unit's reports, from {@code first} on, are dated on exactly the first {@code n} dates. */
    private boolean sameDays(int index, int first, int n) {
        for (int d = 0; d < n; d++) {
            if (units.day(index, first + d) != dates[d]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Takes the days of the breakdown's first unit that reported as its dates, which they are when every unit
     * reports on the same days (month ends, quarter ends); returns how many.
     */
    private int guess(int index) {
        for (int u = 0; u < units.units(index); u++) {
            int first = units.first(index, u);
            int n = units.end(index, u) - first;
            if (n > 0) {
                dates = dates.length >= n ? dates : new int[n];
                for (int k = 0; k < n; k++) {
                    dates[k] = units.day(index, first + k);
                }
                return n;
            }
        }
        return 0;
    }

    /** Gathers every date some unit of a breakdown reported on, in order, without repeats; returns how many. */
    private int dates(int index) {
        int n = 0;
        for (int u = 0; u < units.units(index); u++) {
            int end = units.end(index, u);
            int i = 0;
            int p = units.first(index, u);
            while (p < end && i < n) {
                int day = units.day(index, p);
                if (dates[i] < day) {
                    i++;
                } else if (dates[i] == day) {
                    i++;
                    p++;
                } else {
                    break;
                }
            }
            if (p < end) {
                n = union(index, u, n);
            }
        }
        return n;
    }

    /** Merges a unit's days into the first {@code n} dates; returns how many there are now. */
    private int union(int index, int u, int n) {
        int p = units.first(index, u);
        int end = units.end(index, u);
        int[] out = new int[Math.max(dates.length, n + end - p)];
        int i = 0;
        int m = 0;
        while (i < n || p < end) {
            int next = p == end || i < n && dates[i] <= units.day(index, p) ? dates[i] : units.day(index, p);
            if (i < n && dates[i] == next) {
                i++;
            }
            if (p < end && units.day(index, p) == next) {
                p++;
            }
            out[m++] = next;
        }
        dates = out;
        return m;
    }

    /**
     * Finds, for every date, the first date whose reports count there ({@link Combiner#counts}): the
     * reports that count at a date are those of a run of days that ends with it (its reporting period,
     * or every day before it when the plan carries reports forward), so a binary search finds the run's
     * first date.
     */
    private void counting(Cadence cadence, int n) {
        if (from.length < n) {
            from = new int[dates.length];
            sums = new double[dates.length];
            weights = new double[dates.length];
            counted = new int[dates.length];
            lowest = new int[dates.length];
        }
        LocalDate[] days = new LocalDate[n];
        for (int d = 0; d < n; d++) {
            days[d] = LocalDate.ofEpochDay(dates[d]);
        }
        for (int d = 0; d < n; d++) {
            int lo = 0;
            int hi = d + 1;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (Combiner.counts(carryForward, cadence, days[mid], days[d])) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            from[d] = lo;
        }
    }
}
