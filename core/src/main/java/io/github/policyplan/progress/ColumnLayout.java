package io.github.policyplan.progress;

import io.github.policyplan.model.Plan;
import java.util.Arrays;

/**
 * Numeric reports given as columns laid out straight into a log's arrays, while the caller's columns
 * are in hand: one pass counts each target's reports, a second lays them out by target (a stable
 * counting sort, or a plain copy when they came target after target), a third checks them target by
 * target. This is {@link LogBuilder#addAll}'s path when it is the builder's first call; any report that
 * does not fit it (a problem of any kind, or a target's reports not strictly in date order) sends the
 * whole call down the checked path instead. No copy of the columns is kept but the targets', as narrow
 * as the plan allows, which is what {@link #unlay} needs to give each report back its number when more
 * reports follow; reports that came target after target need none.
 */
final class ColumnLayout {

    /**
     * The targets as given, to number the reports: a {@code byte[]} (read unsigned) for a plan of at most
     * 256 targets, a {@code char[]} for at most 65,536, an {@code int[]} beyond; null when the reports
     * came target after target, each laid out where it was given.
     */
    private final Object targets;
    /** Where each target's reports start in {@link #days} and {@link #amounts}, and where the last one's end. */
    private final int[] starts;
    private final int[] days;
    private final double[] amounts;
    /** How many targets have reports. */
    private final int series;

    private ColumnLayout(Object targets, int[] starts, int[] days, double[] amounts, int series) {
        this.targets = targets;
        this.starts = starts;
        this.days = days;
        this.amounts = amounts;
        this.series = series;
    }

    /**
     * Lays out the columns, or returns null when some report fails a check of the rows (target, date,
     * value) or some target's days do not strictly rise, for the checked path to say why or sort them.
     *
     * @param rows      the plan's rows, for their checks; nothing is added to them
     * @param targets   the targets' indexes
     * @param epochDays the dates, as epoch days
     * @param values    the numbers
     * @return the layout, or null
     */
    static ColumnLayout of(PlanRows rows, int[] targets, int[] epochDays, double[] values) {
        int n = rows.range.length;
        int[] starts = new int[n + 1];
        int descents = count(targets, starts, n);
        if (descents == OUTSIDE) {
            return null;
        }
        for (int t = 0; t < n; t++) {
            starts[t + 1] += starts[t];
        }
        int[] days;
        double[] amounts = new double[targets.length];
        Object order = null;
        if (descents >= 0) {
            days = Arrays.copyOf(epochDays, targets.length);
            copy(values, amounts);
        } else {
            days = new int[targets.length];
            order = n <= 256 ? scatterNarrow(targets, epochDays, values, starts, days, amounts)
                    : scatter(targets, epochDays, values, starts, days, amounts, n);
        }
        int series = check(rows, starts, days, amounts);
        return series < 0 ? null : new ColumnLayout(order, starts, days, amounts, series);
    }

    /** What {@link #count} returns when a target index is outside the plan. */
    private static final int OUTSIDE = Integer.MIN_VALUE;

    /**
     * Counts each target's reports into {@code starts[t + 1]}; returns a negative number when some target
     * comes after a greater one (the reports did not come target after target), {@link #OUTSIDE} when some
     * index is outside the plan. Each pass over the reports is a method of its own, for the JIT.
     */
    private static int count(int[] targets, int[] starts, int n) {
        int descents = 0;
        int previous = 0;
        for (int k = 0; k < targets.length; k++) {
            int t = targets[k];
            if (Integer.compareUnsigned(t, n) >= 0) {
                return OUTSIDE;
            }
            starts[t + 1]++;
            descents |= t - previous;
            previous = t;
        }
        return descents == OUTSIDE ? -1 : descents;
    }

    /**
     * Lays the reports out by target, in the order they came: a stable counting sort over the starts.
     * Returns a copy of the targets as narrow as {@code n} targets allow (see {@link #targets}).
     */
    private static Object scatter(int[] targets, int[] epochDays, double[] values, int[] starts, int[] days,
            double[] amounts, int n) {
        int[] next = Arrays.copyOf(starts, starts.length - 1);
        for (int k = 0; k < targets.length; k++) {
            int at = next[targets[k]]++;
            days[at] = epochDays[k];
            // Adding +0 turns -0 into 0 and leaves every other number as it is.
            amounts[at] = values[k] + 0.0;
        }
        if (n <= 65_536) {
            char[] c = new char[targets.length];
            for (int k = 0; k < c.length; k++) {
                c[k] = (char) targets[k];
            }
            return c;
        }
        return targets.clone();
    }

    /** {@link #scatter} for a plan of at most 256 targets, the copy of the targets made on the way. */
    private static byte[] scatterNarrow(int[] targets, int[] epochDays, double[] values, int[] starts, int[] days,
            double[] amounts) {
        int[] next = Arrays.copyOf(starts, starts.length - 1);
        byte[] order = new byte[targets.length];
        for (int k = 0; k < targets.length; k++) {
            int t = targets[k];
            order[k] = (byte) t;
            int at = next[t]++;
            days[at] = epochDays[k];
            amounts[at] = values[k] + 0.0;
        }
        return order;
    }

    /** Copies numbers that are already laid out, -0 made 0. */
    private static void copy(double[] values, double[] amounts) {
        for (int k = 0; k < amounts.length; k++) {
            amounts[k] = values[k] + 0.0;
        }
    }

    /**
     * Checks the reports laid out, target by target: days that strictly rise lie in the period when the
     * first and the last do; numbers in a range that fails for a level's target, for NaN and for
     * infinities. Returns how many targets have reports, or -1 when some report does not fit.
     */
    private static int check(PlanRows rows, int[] starts, int[] days, double[] amounts) {
        int series = 0;
        int first = rows.firstDay;
        int last = rows.lastDay;
        byte[] range = rows.range;
        // One class of range for every target (as in a plan of counts): the numbers checked in one run.
        boolean uniform = rows.uniform >= 0;
        for (int t = 0; t + 1 < starts.length; t++) {
            int from = starts[t];
            int to = starts[t + 1];
            if (to == from) {
                continue;
            }
            series++;
            if (days[from] < first || days[to - 1] > last
                    || !(uniform ? rising(days, from, to) : fits(days, amounts, from, to, range[t]))) {
                return -1;
            }
        }
        return !uniform || fits(amounts, rows.uniform) ? series : -1;
    }

    private static boolean rising(int[] days, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (days[k] <= days[k - 1]) {
                return false;
            }
        }
        return true;
    }

    /** Whether days rise from {@code from} to {@code to} and the numbers lie in a class of range. */
    private static boolean fits(int[] days, double[] amounts, int from, int to, int range) {
        int shift = SHIFT[range];
        // Unsigned, as the bits are: each number's bits plus the least long.
        long limit = LIMIT[range] + Long.MIN_VALUE;
        if ((Double.doubleToRawLongBits(amounts[from]) << shift) + Long.MIN_VALUE >= limit) {
            return false;
        }
        for (int k = from + 1; k < to; k++) {
            if (days[k] <= days[k - 1]
                    || (Double.doubleToRawLongBits(amounts[k]) << shift) + Long.MIN_VALUE >= limit) {
                return false;
            }
        }
        return true;
    }

    /** Whether every number lies in a class of range. */
    private static boolean fits(double[] amounts, int range) {
        int shift = SHIFT[range];
        long limit = LIMIT[range] + Long.MIN_VALUE;
        for (double a : amounts) {
            if ((Double.doubleToRawLongBits(a) << shift) + Long.MIN_VALUE >= limit) {
                return false;
            }
        }
        return true;
    }

    /**
     * The classes of range of {@link PlanRows#range}, by their number, as tests on a number's bits, which
     * need no comparison of doubles: a number lies in its range when its bits shifted left by {@code SHIFT}
     * are less than {@code LIMIT}, compared unsigned. Shifted by one, the sign drops out and any finite
     * number's bits lie below infinity's; unshifted, a number of 0 or more lies below the bits after the
     * greatest's when it is at most the greatest (the bits of numbers of 0 or more rise with them), and a
     * negative one's sign bit puts it above. NaN lies above infinity in both; an empty limit, 0, takes no
     * number. (-0 was made 0 first.)
     */
    private static final int[] SHIFT = {1, 0, 0, 0, 0, 0};
    private static final long[] LIMIT = {Double.doubleToRawLongBits(Double.POSITIVE_INFINITY) << 1,
        Double.doubleToRawLongBits(Double.POSITIVE_INFINITY), Double.doubleToRawLongBits(100) + 1, 0, 0, 0};

    /** The target of the report given k-th, from the copy kept. */
    private int target(int k) {
        if (targets instanceof byte[] b) {
            return b[k] & 0xFF;
        }
        return targets instanceof char[] c ? c[k] : ((int[]) targets)[k];
    }

    /**
     * The log of the reports laid out: the arrays handed over as they are (the layout is not used after).
     *
     * @param plan the plan the rows were for
     * @return the log
     */
    ProgressLog log(Plan plan) {
        return new ProgressLog(plan, blocks(), Extras.empty(plan), new long[] {days.length, series});
    }

    /** A block (or null, for a run of targets with no report) for each run of {@link ProgressLog#blockTargets()}. */
    private Block[] blocks() {
        int n = starts.length - 1;
        int per = ProgressLog.blockTargets();
        Block[] blocks = new Block[(n + per - 1) / per];
        for (int b = 0; b < blocks.length; b++) {
            int t0 = b * per;
            int t1 = Math.min(n, t0 + per);
            // The blocks share the arrays, each its run of them.
            blocks[b] = starts[t1] == starts[t0] ? null : Block.packed(Arrays.copyOfRange(starts, t0, t1 + 1), days,
                    amounts, null, null, null, null);
        }
        return blocks;
    }

    /**
     * Adds the reports laid out to rows in the order they were given, each numbered by its place there:
     * for more reports after them, which the checked path then sorts in with these.
     *
     * @param rows empty rows of the same plan
     */
    void unlay(PlanRows rows) {
        int n = starts.length - 1;
        if (targets == null) {
            for (int t = 0; t < n; t++) {
                for (int k = starts[t]; k < starts[t + 1]; k++) {
                    rows.add(t, days[k], amounts[k], k);
                }
            }
            return;
        }
        int[] next = Arrays.copyOf(starts, n);
        for (int k = 0; k < days.length; k++) {
            int t = target(k);
            int at = next[t]++;
            rows.add(t, days[at], amounts[at], k);
        }
    }
}
