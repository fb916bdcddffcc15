package io.github.policyplan.progress;

import io.github.policyplan.model.Plan;
import io.github.policyplan.model.Target;
import io.github.policyplan.model.Value;
import io.github.policyplan.internal.read.Problems;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The reports on one plan gathered column by column as they arrive, in any order of targets and
 * dates — a target index, an epoch day, a number or a level, optional texts and a tag that locates
 * the report (a file's line and column, or an index) — then built into a {@link ProgressLog} under
 * the log's rules: sorted by target and date, a report that repeats an earlier one's value dropped,
 * another value on the same day a conflict. No object is made per report; the arrays grow by half.
 * The caller checks each report against the plan before adding it. Not thread-safe.
 */
final class PlanRows {

    /** Receives a conflict: two values for one target and day. */
    @FunctionalInterface
    interface Conflicts {
        /**
         * Reports a conflict.
         *
         * @param target   the target's index
         * @param day      the epoch day
         * @param first    the report kept (the one added first), by the order added
         * @param kept     its value
         * @param second   the other report, by the order added
         * @param other    its value
         */
        void conflict(int target, int day, int first, Value kept, int second, Value other);
    }

    final Plan plan;
    /** The epoch days of the plan period's first and last days. */
    final int firstDay;
    final int lastDay;
    /** Whether each target's measure is numeric. */
    final boolean[] numeric;
    /** The least and the greatest value each target's measure allows (a running total is never below 0, a share in % lies from 0 to 100). */
    final double[] least;
    final double[] greatest;
    /**
     * The same three checks as one class of range a target's numbers must lie in, a byte a target, which
     * a check of many plans' reports reads far less of than the three arrays above: {@link #ANY_NUMBER},
     * {@link #NOT_BELOW_ZERO}, {@link #PERCENT}, {@link #NO_NUMBER}, {@link #DERIVED} (no report at all), or
     * {@link #OTHER_RANGE} for a range none of these is (a check of the class then fails, for the
     * report-by-report check to decide).
     */
    final byte[] range;
    /** The class of range of every target when all have the same, or -1. */
    final int uniform;
    /** Any finite number. */
    static final byte ANY_NUMBER = 0;
    /** A running total: a finite number, 0 or more. */
    static final byte NOT_BELOW_ZERO = 1;
    /** A share in %: 0 to 100. */
    static final byte PERCENT = 2;
    /** A stage or a grade: no number. */
    static final byte NO_NUMBER = 3;
    /** A range of another kind. */
    static final byte OTHER_RANGE = 4;
    /** A derived target: its value is computed, never reported. */
    static final byte DERIVED = 5;
    private final Map<String, String> texts = new HashMap<>();
    private int size;
    /** How many reports the arrays are first made for: they are made when the first report comes. */
    private final int capacity;
    private int[] targets;
    private int[] days;
    private double[] amounts;
    private String[] levels;
    private String[] sources;
    private String[] notes;
    private String[] evidence;
    /**
     * Where each report was written, as the caller packs it (a line and column, or the order added); null
     * while each report's is its own position, as when a {@link LogBuilder} has refused none.
     */
    private long[] wheres;

    PlanRows(Plan plan, int capacity) {
        this.plan = plan;
        this.firstDay = (int) plan.period().start().toEpochDay();
        this.lastDay = (int) plan.period().end().toEpochDay();
        // Measures alone are read: a template's plan shares its template's, without making its targets.
        Plan shape = plan.columns().map(c -> c.template().shape()).orElse(plan);
        Domains domains = shape.derived(Domains.class, Domains::of);
        this.numeric = domains.numeric();
        this.least = domains.least();
        this.greatest = domains.greatest();
        this.range = domains.range();
        this.uniform = domains.uniform();
        this.capacity = Math.max(4, capacity);
    }

    /**
     * Each target's measure as the rows check a number against it: numeric or not, and the least and the
     * greatest value its measure allows. Worked out once a plan (or a template's shape) and kept with it,
     * never written after: a log built again for the same plan does not work them out again.
     */
    private record Domains(boolean[] numeric, double[] least, double[] greatest, byte[] range, int uniform) {

        static Domains of(Plan plan) {
            List<Target> all = plan.targets();
            int n = all.size();
            boolean[] numeric = new boolean[n];
            double[] least = new double[n];
            double[] greatest = new double[n];
            byte[] range = new byte[n];
            int uniform = n == 0 ? -1 : 0;
            for (int i = 0; i < n; i++) {
                numeric[i] = all.get(i).measure().kind().isNumeric();
                least[i] = RunningTotals.least(all.get(i));
                greatest[i] = RunningTotals.greatest(all.get(i));
                range[i] = plan.derivation(all.get(i).id()).isPresent() ? DERIVED
                        : rangeOf(numeric[i], least[i], greatest[i]);
                uniform = range[i] == range[0] ? uniform : -1;
            }
            return new Domains(numeric, least, greatest, range, uniform < 0 ? -1 : range[0]);
        }

        private static byte rangeOf(boolean numeric, double least, double greatest) {
            if (!numeric) {
                return NO_NUMBER;
            }
            if (greatest == Double.POSITIVE_INFINITY) {
                return least == Double.NEGATIVE_INFINITY ? ANY_NUMBER : least == 0 ? NOT_BELOW_ZERO : OTHER_RANGE;
            }
            return least == 0 && greatest == 100 ? PERCENT : OTHER_RANGE;
        }
    }

    int size() {
        return size;
    }

    /** Where the report added k-th (from 0) was written, as the caller packed it; 0 when not given. */
    long where(int k) {
        return wheres == null ? k : wheres[k];
    }

    /** Adds a numeric report. */
    void add(int target, int day, double amount, long where) {
        room(1);
        targets[size] = target;
        days[size] = day;
        amounts[size] = amount == 0 ? 0 : amount;
        if (wheres != null || where != size) {
            where(size, where);
        }
        size++;
    }

    /** Records where the report at a position was written, keeping the positions of those before. */
    private void where(int position, long where) {
        if (wheres == null) {
            wheres = new long[targets.length];
            for (int k = 0; k < position; k++) {
                wheres[k] = k;
            }
        }
        wheres[position] = where;
    }

    /**
     * Adds numeric reports from columns, {@code [from, to)}, each checked by the caller; the first was
     * written at {@code where}, each next one at the next.
     */
    void addAll(int[] targetColumn, int[] dayColumn, double[] valueColumn, int from, int to, long where) {
        int n = to - from;
        room(n);
        System.arraycopy(targetColumn, from, targets, size, n);
        System.arraycopy(dayColumn, from, days, size, n);
        for (int k = 0; k < n; k++) {
            double v = valueColumn[from + k];
            amounts[size + k] = v == 0 ? 0 : v;
        }
        if (wheres != null || where != size) {
            for (int k = 0; k < n; k++) {
                where(size + k, where + k);
            }
        }
        size += n;
    }

    /** Adds a report whose value is a stage or grade, by its canonical name. */
    void addLevel(int target, int day, String level, long where) {
        room(1);
        if (levels == null) {
            levels = new String[targets.length];
        }
        add(target, day, 0, where);
        levels[size - 1] = intern(level);
    }

    /** Adds another's reports after these, as if added here in their order: for a file read in runs on several threads. */
    void append(PlanRows later) {
        int n = later.size;
        room(n);
        System.arraycopy(later.targets, 0, targets, size, n);
        System.arraycopy(later.days, 0, days, size, n);
        System.arraycopy(later.amounts, 0, amounts, size, n);
        if (wheres != null || later.wheres != null) {
            for (int k = 0; k < n; k++) {
                where(size + k, later.where(k) + (later.wheres == null ? size : 0));
            }
        }
        levels = appendTexts(levels, later.levels, n);
        sources = appendTexts(sources, later.sources, n);
        notes = appendTexts(notes, later.notes, n);
        evidence = appendTexts(evidence, later.evidence, n);
        size += n;
        later.discard();
    }

    private String[] appendTexts(String[] into, String[] from, int n) {
        if (from == null) {
            return into;
        }
        String[] a = into == null ? new String[targets.length] : into;
        for (int k = 0; k < n; k++) {
            a[size + k] = from[k] == null ? null : intern(from[k]);
        }
        return a;
    }

    /** Sets the texts of the report added last; null or empty for none. */
    void texts(String source, String note, String evidence) {
        sources = put(sources, source);
        notes = put(notes, note);
        this.evidence = put(this.evidence, evidence);
    }

    private String[] put(String[] array, String text) {
        if (text == null || text.isEmpty()) {
            return array;
        }
        String[] a = array == null ? new String[targets.length] : array;
        a[size - 1] = intern(text);
        return a;
    }

    private String intern(String text) {
        String shared = texts.putIfAbsent(text, text);
        return shared == null ? text : shared;
    }

    /** Makes room for {@code n} more reports: makes the arrays at the first, grows them by half when full. */
    private void room(int n) {
        if (targets == null) {
            targets = new int[capacity];
            days = new int[capacity];
            amounts = new double[capacity];
        }
        while (size + n > targets.length) {
            grow();
        }
    }

    private void grow() {
        int n = targets.length + (targets.length >> 1) + 1;
        targets = Arrays.copyOf(targets, n);
        days = Arrays.copyOf(days, n);
        amounts = Arrays.copyOf(amounts, n);
        wheres = wheres == null ? null : Arrays.copyOf(wheres, n);
        levels = levels == null ? null : Arrays.copyOf(levels, n);
        sources = sources == null ? null : Arrays.copyOf(sources, n);
        notes = notes == null ? null : Arrays.copyOf(notes, n);
        evidence = evidence == null ? null : Arrays.copyOf(evidence, n);
    }

    /** Drops every report gathered, once a problem means nothing will be built. */
    void discard() {
        size = 0;
        targets = new int[4];
        days = new int[4];
        amounts = new double[4];
        wheres = null;
        levels = null;
        sources = null;
        notes = null;
        evidence = null;
        texts.clear();
    }

    /**
     * Builds the log and lets go of the gathered arrays: the reports sorted by target (a counting sort)
     * and by day, laid out straight into the log's blocks, with no object made per target.
     *
     * @param conflicts receives each conflict, while {@link #where} still answers; when there is one, the log
     *                  returned must not be used
     * @return the log
     */
    ProgressLog build(Conflicts conflicts) {
        return build(conflicts, null);
    }

    /**
     * Builds the log as {@link #build(Conflicts)} does, warning as the one-plan reader warns: a count's
     * running totals that fall, a target with no report for two cadences ({@link BulkWarnings}).
     *
     * @param conflicts receives each conflict
     * @param warnings  where the warnings go; null for none
     * @return the log
     */
    ProgressLog build(Conflicts conflicts, Problems warnings) {
        boolean plain = levels == null && sources == null && notes == null && evidence == null;
        Block[] laidOut = plain ? laidOut(warnings) : null;
        if (laidOut != null) {
            discard();
            return ProgressLog.fromBlocks(plan, laidOut);
        }
        int n = numeric.length;
        int[] starts = new int[n + 1];
        for (int i = 0; i < size; i++) {
            starts[targets[i] + 1]++;
        }
        for (int t = 0; t < n; t++) {
            starts[t + 1] += starts[t];
        }
        // A stable counting sort by target: each target's reports in the order they came.
        int[] order = new int[size];
        int[] next = Arrays.copyOf(starts, n);
        for (int i = 0; i < size; i++) {
            order[next[targets[i]]++] = i;
        }
        // The reports kept, target after target, each target's by day; kept[t] is where target t starts.
        int[] kept = new int[n + 1];
        int k = 0;
        for (int t = 0; t < n; t++) {
            kept[t] = k;
            k = keep(t, order, starts[t], starts[t + 1], k, conflicts);
        }
        kept[n] = k;
        if (warnings != null) {
            BulkWarnings.warn(plan, order, kept, days, amounts, levels, wheres, warnings);
        }
        int per = ProgressLog.blockTargets();
        Block[] blocks = new Block[(n + per - 1) / per];
        for (int b = 0; b < blocks.length; b++) {
            blocks[b] = block(order, kept, b * per, Math.min(n, (b + 1) * per));
        }
        discard();
        return ProgressLog.fromBlocks(plan, blocks);
    }

    /**
     * The common case, numbers without texts that came in date order for each target (any order of
     * targets): a stable counting sort by target straight into the blocks' final arrays, no order array
     * and no pass through one. Returns null when some target's days are not strictly increasing (a
     * repeat, a conflict or reports out of date order), for the general path, which sorts them. With
     * warnings, the lay-out also notes where each report came from, and the warnings are said from it as
     * the general path says them ({@link BulkWarnings}), once the lay-out is known to hold.
     */
    private Block[] laidOut(Problems warnings) {
        int n = numeric.length;
        int per = ProgressLog.blockTargets();
        int bits = Integer.numberOfTrailingZeros(per);
        int[] next = new int[n];
        for (int i = 0; i < size; i++) {
            next[targets[i]]++;
        }
        Block[] blocks = new Block[(n + per - 1) / per];
        int[][] blockDays = new int[blocks.length][];
        double[][] blockAmounts = new double[blocks.length][];
        int[][] blockStarts = new int[blocks.length][];
        int[] blockBases = new int[blocks.length];
        // With warnings: each laid-out report's index as added, target after target (BulkWarnings' order).
        int[] order = warnings == null ? null : new int[size];
        for (int b = 0; b < blocks.length; b++) {
            int t0 = b * per;
            int t1 = Math.min(n, t0 + per);
            int[] st = new int[t1 - t0 + 1];
            int total = 0;
            for (int t = t0; t < t1; t++) {
                st[t - t0] = total;
                int count = next[t];
                next[t] = total;
                total += count;
            }
            st[t1 - t0] = total;
            blockStarts[b] = st;
            blockBases[b] = b == 0 ? 0 : blockBases[b - 1] + blockDays[b - 1].length;
            blockDays[b] = new int[total];
            blockAmounts[b] = new double[total];
        }
        for (int i = 0; i < size; i++) {
            int t = targets[i];
            int at = next[t]++;
            blockDays[t >> bits][at] = days[i];
            blockAmounts[t >> bits][at] = amounts[i];
            if (order != null) {
                order[blockBases[t >> bits] + at] = i;
            }
        }
        for (int b = 0; b < blocks.length; b++) {
            int[] st = blockStarts[b];
            int[] d = blockDays[b];
            for (int s = 0; s + 1 < st.length; s++) {
                for (int k = st[s] + 1; k < st[s + 1]; k++) {
                    if (d[k] <= d[k - 1]) {
                        return null;
                    }
                }
            }
            blocks[b] = d.length == 0 ? null : Block.packed(st, d, blockAmounts[b], null, null, null, null);
        }
        if (warnings != null) {
            warnLaidOut(order, blockBases, blockStarts, warnings);
        }
        return blocks;
    }

    /** Says the warnings of reports laid out: {@code order} holds their indexes as added, target after target. */
    private void warnLaidOut(int[] order, int[] blockBases, int[][] blockStarts, Problems warnings) {
        int n = numeric.length;
        int per = ProgressLog.blockTargets();
        int bits = Integer.numberOfTrailingZeros(per);
        int[] kept = new int[n + 1];
        for (int t = 0; t < n; t++) {
            kept[t] = blockBases[t >> bits] + blockStarts[t >> bits][t & (per - 1)];
        }
        kept[n] = size;
        BulkWarnings.warn(plan, order, kept, days, amounts, null, wheres, warnings);
    }

    /**
     * Keeps one target's reports, {@code order[from..to)}, by day: writes their indexes back into
     * {@code order} from {@code into} on, drops a repeat of the same value, reports another value on the
     * same day; returns where the next target's go.
     */
    private int keep(int target, int[] order, int from, int to, int into, Conflicts conflicts) {
        boolean sorted = true;
        for (int k = from + 1; k < to && sorted; k++) {
            sorted = days[order[k]] > days[order[k - 1]];
        }
        if (sorted) {
            System.arraycopy(order, from, order, into, to - from);
            return into + to - from;
        }
        long[] byDay = new long[to - from];
        for (int k = from; k < to; k++) {
            byDay[k - from] = ((long) days[order[k]] << 32) | (k - from);
        }
        Arrays.sort(byDay);
        int[] ids = Arrays.copyOfRange(order, from, to);
        int at = into;
        int first = -1;
        for (long packed : byDay) {
            int i = ids[(int) packed];
            if (first >= 0 && days[first] == days[i]) {
                if (!sameValue(first, i)) {
                    conflicts.conflict(target, days[i], first, value(first), i, value(i));
                }
                continue;
            }
            first = i;
            order[at++] = i;
        }
        return at;
    }

    /** The block of targets {@code [t0, t1)}, or null when they have no report. */
    private Block block(int[] order, int[] kept, int t0, int t1) {
        int total = kept[t1] - kept[t0];
        if (total == 0) {
            return null;
        }
        int[] st = new int[t1 - t0 + 1];
        for (int t = t0; t <= t1; t++) {
            st[t - t0] = kept[t] - kept[t0];
        }
        int base = kept[t0];
        int[] d = new int[total];
        double[] a = new double[total];
        boolean anyAmount = false;
        for (int k = 0; k < total; k++) {
            int i = order[base + k];
            d[k] = days[i];
            a[k] = amounts[i];
            anyAmount |= levels == null || levels[i] == null;
        }
        return Block.packed(st, d, anyAmount ? a : null, pick(levels, order, base, total),
                pick(sources, order, base, total), pick(notes, order, base, total),
                pick(evidence, order, base, total));
    }

    private static String[] pick(String[] array, int[] order, int base, int count) {
        if (array == null) {
            return null;
        }
        String[] out = new String[count];
        boolean any = false;
        for (int k = 0; k < count; k++) {
            out[k] = array[order[base + k]];
            any |= out[k] != null;
        }
        return any ? out : null;
    }

    private boolean sameValue(int i, int j) {
        boolean li = levels != null && levels[i] != null;
        boolean lj = levels != null && levels[j] != null;
        if (li || lj) {
            return li && lj && levels[i].equals(levels[j]);
        }
        return Double.compare(amounts[i], amounts[j]) == 0;
    }

    private Value value(int i) {
        return levels != null && levels[i] != null ? Value.level(levels[i]) : Value.of(amounts[i]);
    }
}
