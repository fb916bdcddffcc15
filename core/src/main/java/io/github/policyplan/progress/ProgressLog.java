package io.github.policyplan.progress;

import io.github.policyplan.model.Plan;
import io.github.policyplan.model.Report;
import io.github.policyplan.model.Target;
import io.github.policyplan.model.Value;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The progress reported on a plan's targets (进度台账): for each target, the values reported as of
 * each date. It answers the question scoring asks — what was the latest value of this target on or
 * before that date? — in O(log n).
 *
 * <pre>{@code
 * ProgressLog log = Progress.read(Path.of("progress/2023.csv"), plan);
 * Optional<Report> q2 = log.latest("s1.i1.t1", LocalDate.of(2023, 6, 30));   // the latest on or before
 * List<Report> all = log.series("s1.i1.t1");                                // in date order
 * ProgressLog more = log.plus(Report.of("s1.i1.t1", LocalDate.of(2023, 9, 30), 9));
 * }</pre>
 *
 * <h2>One value a day</h2>
 * A log holds at most one report per target and date. A report that repeats an earlier one's
 * target, date and value is the same report said twice: it is dropped, and the earlier one is kept
 * with its source, note and evidence. A report with the same target and date but another value is
 * a conflict: reading a file reports it as a located problem, {@link #of} throws
 * {@link IllegalArgumentException} (the reports were built in Java), {@link #plus(Report)} and
 * {@link #merge} throw {@link ReportConflictException}. To replace a report, for a value reported
 * again after a mistake (更正), call {@link #correct(Report)}. Numbers compare exactly ({@code 3}
 * equals {@code 3.0}); a reported {@code -0} is held as {@code 0}; an empty source, note or
 * evidence is held as none.
 *
 * <h2>Checked against the plan</h2>
 * A log read by {@link Progress} or built by {@link #of} has only reports that fit the plan: known
 * targets, dates within the plan period, numbers for numeric measures and known stages or grades
 * for milestones and grades. {@link #plus(Report)}, {@link #plus(Collection)}, {@link #correct} and
 * {@link #merge} check only the one-value-a-day rule: they do not have the plan. Use them to combine reports that
 * were checked, or check with {@link #of} first.
 *
 * <h2>Order and memory</h2>
 * Reports are ordered by target (in plan order; targets the plan does not have, added with
 * {@code plus}, after them by id) and then by date. The reports of each run of 128 consecutive
 * targets are held together in sorted primitive arrays (epoch days and numbers), with equal texts
 * shared, so that a log of millions of reports stays small (about 20 bytes a numeric report) and
 * scoring reads it in order; {@link Report} objects are built only when asked for. A log made with
 * {@code plus} shares every run of targets it does not change with the log it came from, so adding a
 * report costs about the same for a plan of any size.
 *
 * <p>Immutable and thread-safe; no method returns null or accepts it. Two logs are equal when they
 * are for the same plan id and hold equal reports.
 */
public final class ProgressLog {

    /** Targets per block: a change rebuilds one block (about a thousand reports) and copies the array of blocks. */
    private static final int BLOCK_BITS = 7;
    private static final int BLOCK = 1 << BLOCK_BITS;

    private final String planId;
    /** The plan whose target order places the reports in {@link #blocks}; shared by every log derived from it. */
    private final Plan plan;
    /**
     * The reports on the plan's targets, by target index: target i is slot {@code i & (BLOCK - 1)} of
     * {@code blocks[i >> BLOCK_BITS]}; a block without reports is null. Logs derived with {@code plus} share
     * the blocks they do not change, so that adding a report costs the same for any size of plan.
     */
    private final Block[] blocks;
    /** The series of targets the plan does not have (added with {@code plus}), by id. */
    private final SortedMap<String, Series> extras;
    private final int size;
    private final int seriesCount;

    /** Where each target's reports start in {@link #reports()}; built on first use. */
    private volatile Order order;
    /** Cached; racy single-check is safe for an immutable list and a primitive. */
    private List<LocalDate> dates;
    private int hash;

    /**
     * The targets with reports in log order — {@code targets[k]} is a plan target's index, or
     * {@code -1 - e} for the e-th extra — and {@code starts[k]}, the index in {@link #reports()} of
     * target k's first report.
     */
    private static final class Order {
        final int[] targets;
        final int[] starts;

        Order(int[] targets, int[] starts) {
            this.targets = targets;
            this.starts = starts;
        }
    }

    private ProgressLog(Plan plan, Block[] blocks, SortedMap<String, Series> extras) {
        this.planId = plan.id();
        this.plan = plan;
        this.blocks = blocks;
        this.extras = extras;
        long total = 0;
        int count = 0;
        for (Block b : blocks) {
            if (b != null) {
                total += b.reports();
                for (int s = 0; s < b.slots(); s++) {
                    count += b.size(s) > 0 ? 1 : 0;
                }
            }
        }
        for (Series s : extras.values()) {
            total += s.size();
            count++;
        }
        this.size = checkedSize(total);
        this.seriesCount = count;
    }

    /** A log that differs from {@code base} in some blocks; counted in O(changes). */
    private ProgressLog(ProgressLog base, Block[] blocks, SortedMap<String, Series> extras, long size, int count) {
        this.planId = base.planId;
        this.plan = base.plan;
        this.blocks = blocks;
        this.extras = extras;
        this.size = checkedSize(size);
        this.seriesCount = count;
    }

    private static int checkedSize(long total) {
        if (total > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("a progress log holds at most " + (Integer.MAX_VALUE - 8)
                    + " reports (was " + total + ")");
        }
        return (int) total;
    }

    private static ProgressLog build(Plan plan, Collection<Series> all) {
        int n = plan.targets().size();
        Series[][] slots = new Series[(n + BLOCK - 1) >> BLOCK_BITS][];
        SortedMap<String, Series> extras = new TreeMap<>();
        for (Series s : all) {
            int i = plan.indexOf(s.target);
            if (i < 0) {
                extras.put(s.target, s);
            } else {
                if (slots[i >> BLOCK_BITS] == null) {
                    slots[i >> BLOCK_BITS] = new Series[Math.min(BLOCK, n - (i & -BLOCK))];
                }
                slots[i >> BLOCK_BITS][i & (BLOCK - 1)] = s;
            }
        }
        Block[] blocks = new Block[slots.length];
        for (int b = 0; b < slots.length; b++) {
            blocks[b] = slots[b] == null ? null : Block.of(slots[b]);
        }
        return new ProgressLog(plan, blocks, extras.isEmpty() ? Collections.emptySortedMap()
                : Collections.unmodifiableSortedMap(extras));
    }

    /** The series of a target, or null. */
    private Series find(String targetId) {
        int i = plan.indexOf(targetId);
        if (i < 0) {
            return extras.get(targetId);
        }
        Block b = blocks[i >> BLOCK_BITS];
        return b == null ? null : b.series(i & (BLOCK - 1), targetId);
    }

    /** The series of a plan target (by index) that has reports. */
    private Series seriesAt(int target) {
        return blocks[target >> BLOCK_BITS].series(target & (BLOCK - 1), plan.targets().get(target).id());
    }

    /** The ids of the extras in order, made on first use: reading every report must not copy them each time. */
    private volatile List<String> extraIdList;

    private List<String> extraIds() {
        List<String> ids = extraIdList;
        if (ids == null) {
            ids = List.copyOf(extras.keySet());
            extraIdList = ids;
        }
        return ids;
    }

    /**
     * Returns a cursor over the reports on a plan's targets, by their index in that plan: straight
     * from the log's own storage when the plan is the very object the log was made for, else by
     * target id.
     *
     * @param plan the plan whose targets are read
     * @return a new cursor; not thread-safe
     */
    public Cursor cursor(Plan plan) {
        Objects.requireNonNull(plan, "plan");
        return plan == this.plan ? new OwnReader() : new ForeignReader(plan);
    }

    /**
     * Reads the reports on one plan's targets in one log, without building {@code Report} objects: a
     * target is named by its index in the plan's targets, a report by a position this cursor gives.
     * This is the allocation-free path that scoring takes; most applications use {@link #reports}
     * and {@link #latest} instead. Not thread-safe: take one cursor per thread.
     */
    public interface Cursor {
        /**
         * Finds a target's latest report on or before a day.
         *
         * @param index the target's index in the plan's targets
         * @param day   an epoch day
         * @return the report's position, or -1 when the target has none that early
         */
        int latest(int index, long day);

        /**
         * Returns a report's date.
         *
         * @param index    the target's index
         * @param position the report's position, from {@link #latest}
         * @return its epoch day
         */
        int day(int index, int position);

        /**
         * Tells whether a report's value is a level (a stage or grade) rather than a number.
         *
         * @param index    the target's index
         * @param position the report's position
         * @return true for a level
         */
        boolean isLevel(int index, int position);

        /**
         * Returns a report's number.
         *
         * @param index    the target's index
         * @param position the position of a report whose value is not a level
         * @return the number
         */
        double amount(int index, int position);

        /**
         * Returns a report's value.
         *
         * @param index    the target's index
         * @param position the report's position
         * @return the value
         */
        Value value(int index, int position);
    }


    /** Reads the log's own plan's targets straight from the blocks. */
    private final class OwnReader implements Cursor {
        @Override
        public int latest(int index, long day) {
            Block b = blocks[index >> BLOCK_BITS];
            return b == null ? -1 : b.floor(index & (BLOCK - 1), day);
        }

        @Override
        public int day(int index, int position) {
            return blocks[index >> BLOCK_BITS].day(position);
        }

        @Override
        public boolean isLevel(int index, int position) {
            return blocks[index >> BLOCK_BITS].isLevel(position);
        }

        @Override
        public double amount(int index, int position) {
            return blocks[index >> BLOCK_BITS].amount(position);
        }

        @Override
        public Value value(int index, int position) {
            return blocks[index >> BLOCK_BITS].value(position);
        }
    }

    /** Reads another plan object's targets by id; not thread-safe (one scoring pass uses it). */
    private final class ForeignReader implements Cursor {
        private final Plan other;
        private int index = -1;
        private Series series;

        ForeignReader(Plan other) {
            this.other = other;
        }

        private Series series(int i) {
            if (i != index) {
                series = find(other.targets().get(i).id());
                index = i;
            }
            return series;
        }

        @Override
        public int latest(int i, long day) {
            Series s = series(i);
            return s == null ? -1 : s.floor(day);
        }

        @Override
        public int day(int i, int position) {
            return series(i).days[position];
        }

        @Override
        public boolean isLevel(int i, int position) {
            return series(i).isLevel(position);
        }

        @Override
        public double amount(int i, int position) {
            return series(i).amount(position);
        }

        @Override
        public Value value(int i, int position) {
            return series(i).value(position);
        }
    }

    private Order order() {
        Order o = order;
        if (o == null) {
            int[] targets = new int[seriesCount];
            int[] starts = new int[seriesCount + 1];
            int k = 0;
            int total = 0;
            for (int b = 0; b < blocks.length; b++) {
                Block block = blocks[b];
                if (block != null) {
                    for (int s = 0; s < block.slots(); s++) {
                        if (block.size(s) > 0) {
                            targets[k] = (b << BLOCK_BITS) + s;
                            starts[k++] = total;
                            total += block.size(s);
                        }
                    }
                }
            }
            int e = 0;
            for (Series s : extras.values()) {
                targets[k] = -1 - e++;
                starts[k++] = total;
                total += s.size();
            }
            starts[k] = total;
            o = new Order(targets, starts);
            order = o;
        }
        return o;
    }

    /**
     * Returns the empty log of a plan.
     *
     * @param plan the plan
     * @return a log with no reports
     */
    public static ProgressLog empty(Plan plan) {
        return build(plan, List.of());
    }

    /**
     * Returns the log of reports checked against a plan: each must name a target of the plan, be
     * dated within its period and have a value that fits the target's measure (a number, or one of
     * its stages or grades); two reports on one target and date must have the same value (the
     * first is kept).
     *
     * <pre>{@code
     * ProgressLog log = ProgressLog.of(plan, List.of(
     *         Report.of("s1.i1.t1", LocalDate.of(2023, 3, 31), 3),
     *         Report.level("s2.i2.t3", LocalDate.of(2023, 6, 30), "开工")));
     * }</pre>
     *
     * @param plan    the plan
     * @param reports the reports, in any order
     * @return the log
     * @throws IllegalArgumentException listing every report that does not fit, by its index in
     *                                  the collection's order ({@code reports[2].value: …})
     */
    public static ProgressLog of(Plan plan, Collection<Report> reports) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(reports, "reports");
        List<String> problems = new ArrayList<>();
        Map<String, Series.Builder> builders = new LinkedHashMap<>();
        Map<String, String> texts = Series.texts();
        int i = 0;
        for (Report r : reports) {
            Objects.requireNonNull(r, "reports must not contain null");
            String path = "reports[" + i + "]";
            ReportRules.Resolved resolved = ReportRules.resolve(r.target(), plan, true);
            Optional<Target> target = resolved.target();
            resolved.issue().ifPresent(issue -> problems.add(path + ".target: " + issue));
            Optional<ReportRules.Issue> date = ReportRules.checkDate(r.date(), plan);
            date.ifPresent(issue -> problems.add(path + ".date: " + issue));
            Value value = null;
            if (target.isPresent()) {
                ReportRules.Checked checked = ReportRules.byRatio(plan, resolved)
                        ? ReportRules.checkRatio(ReportRules.Cell.of(r.value()))
                        : ReportRules.checkValue(target.get(), ReportRules.Cell.of(r.value()));
                checked.issue().ifPresent(issue -> problems.add(path + ".value: " + issue));
                value = checked.value().orElse(null);
            }
            if (target.isPresent() && date.isEmpty() && value != null) {
                builders.computeIfAbsent(resolved.key(), Series.Builder::new).add(r.date(), value,
                        r.source().orElse(null), r.note().orElse(null), r.evidence().orElse(null), i, texts);
            }
            i++;
        }
        List<Series> built = new ArrayList<>();
        for (Series.Builder b : builders.values()) {
            built.add(b.build((target, date, first, kept, second, other) -> problems.add("reports[" + second
                    + "].value: " + ReportRules.conflict(target, date, other, kept, "in reports[" + first + "]"))));
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(problems(problems.size()) + " in the reports for plan " + plan.id()
                    + ":\n" + String.join("\n", problems));
        }
        return build(plan, built);
    }

    private static String problems(int n) {
        return n == 1 ? "1 problem" : n + " problems";
    }

    /** Builds a log from blocks of {@link #blockTargets()} targets each, in plan order (see {@link PlanRows}). */
    static ProgressLog fromBlocks(Plan plan, Block[] blocks) {
        return new ProgressLog(plan, blocks, Collections.emptySortedMap());
    }

    /** How many targets a block holds. */
    static int blockTargets() {
        return BLOCK;
    }

    /** Builds a log from a reader's series. */
    static ProgressLog fromSeries(Plan plan, Collection<Series> series) {
        return build(plan, series);
    }

    /**
     * Returns the id of the plan the reports are on.
     *
     * @return the plan id
     */
    public String planId() {
        return planId;
    }

    /**
     * Returns the latest report on a target dated on or before a day: the value the target had
     * then, as far as anyone reported.
     *
     * @param targetId   the target's id
     * @param onOrBefore the day
     * @return the report, or empty when the target has none that early
     */
    public Optional<Report> latest(String targetId, LocalDate onOrBefore) {
        Objects.requireNonNull(targetId, "targetId");
        Objects.requireNonNull(onOrBefore, "onOrBefore");
        int i = plan.indexOf(targetId);
        if (i < 0) {
            Series s = extras.get(targetId);
            int at = s == null ? -1 : s.floor(onOrBefore.toEpochDay());
            return at < 0 ? Optional.empty() : Optional.of(s.report(at));
        }
        Block b = blocks[i >> BLOCK_BITS];
        int at = b == null ? -1 : b.floor(i & (BLOCK - 1), onOrBefore.toEpochDay());
        return at < 0 ? Optional.empty() : Optional.of(b.report(at, targetId));
    }

    /**
     * Returns the reports on one target.
     *
     * @param targetId the target's id
     * @return an unmodifiable list in date order; empty when the target has none
     */
    public List<Report> series(String targetId) {
        Objects.requireNonNull(targetId, "targetId");
        Series s = find(targetId);
        return s == null ? List.of() : s.asList();
    }

    /**
     * Returns every report, by target in plan order, then by date.
     *
     * @return an unmodifiable list view; each report is built when it is read
     */
    public List<Report> reports() {
        return new AllReports();
    }

    /**
     * Returns how many reports the log holds.
     *
     * @return the count
     */
    public int size() {
        return size;
    }

    /**
     * Tells whether the log holds no report.
     *
     * @return true when empty
     */
    public boolean isEmpty() {
        return seriesCount == 0;
    }

    /**
     * Returns the targets that have at least one report.
     *
     * @return an unmodifiable list of ids in plan order
     */
    public List<String> targets() {
        List<String> ids = new ArrayList<>(seriesCount);
        List<String> extraIds = extraIds();
        for (int target : order().targets) {
            ids.add(target < 0 ? extraIds.get(-1 - target) : plan.targets().get(target).id());
        }
        return Collections.unmodifiableList(ids);
    }

    /**
     * Returns the dates reports are as of, over all targets.
     *
     * @return an unmodifiable list, sorted, without repeats
     */
    public List<LocalDate> asOfDates() {
        List<LocalDate> d = dates;
        if (d == null) {
            int[] all = new int[size];
            int k = 0;
            for (Block b : blocks) {
                if (b != null) {
                    k = b.copyDays(all, k);
                }
            }
            for (Series s : extras.values()) {
                System.arraycopy(s.days, 0, all, k, s.size());
                k += s.size();
            }
            Arrays.sort(all);
            List<LocalDate> out = new ArrayList<>();
            for (int i = 0; i < all.length; i++) {
                if (i == 0 || all[i] != all[i - 1]) {
                    out.add(LocalDate.ofEpochDay(all[i]));
                }
            }
            d = List.copyOf(out);
            dates = d;
        }
        return d;
    }

    /**
     * Returns this log with one more report. The report is not checked against the plan (see the
     * class description); it must not conflict with a report already in the log.
     *
     * @param report the report
     * @return a new log; this one is unchanged. When the report repeats one already in the log
     *         (same target, date and value) the new log equals this one
     * @throws ReportConflictException when the log has another value for the report's target and date;
     *                                   {@link #correct(Report)} replaces it instead
     */
    public ProgressLog plus(Report report) {
        Objects.requireNonNull(report, "report");
        return plus(List.of(report));
    }

    /**
     * Returns this log with more reports. They are not checked against the plan (see the class
     * description); none may conflict with a report in the log or with another of them.
     *
     * @param reports the reports, in any order
     * @return a new log; this one is unchanged
     * @throws ReportConflictException listing every conflict
     */
    public ProgressLog plus(Collection<Report> reports) {
        Objects.requireNonNull(reports, "reports");
        Map<String, Series.Builder> builders = new LinkedHashMap<>();
        Map<String, String> texts = Series.texts();
        int i = 0;
        for (Report r : reports) {
            Objects.requireNonNull(r, "reports must not contain null");
            builder(builders, r.target()).add(r.date(), r.value(), r.source().orElse(null), r.note().orElse(null),
                    r.evidence().orElse(null), i++, texts);
        }
        return combine(builders, (first, second) -> (first < 0 ? "in the log" : "in reports[" + first + "]")
                + " and reports[" + second + "]");
    }

    /**
     * Returns this log with a report corrected (更正): the report replaces the one the log has for the
     * same target and date, whatever its value and texts, or is added when the log has none. Like
     * {@link #plus(Report)}, it is not checked against the plan. Only the corrected report is kept:
     * the value it replaces is not.
     *
     * <pre>{@code
     * ProgressLog corrected = log.correct(Report.of("s1.i1.t1", LocalDate.of(2023, 6, 30), 7));
     * }</pre>
     *
     * @param report the report in force from now on for its target and date
     * @return a new log; this one is unchanged. When the log already holds this very report (same
     *         value and texts) the new log equals this one
     */
    public ProgressLog correct(Report report) {
        Objects.requireNonNull(report, "report");
        List<Report> series = series(report.target());
        boolean replaces = false;
        for (Report r : series) {
            replaces |= r.date().equals(report.date());
        }
        if (!replaces) {
            return plus(report);
        }
        Series.Builder b = new Series.Builder(report.target());
        Map<String, String> texts = Series.texts();
        for (Report r : series) {
            Report kept = r.date().equals(report.date()) ? report : r;
            b.add(kept.date(), kept.value(), kept.source().orElse(null), kept.note().orElse(null),
                    kept.evidence().orElse(null), 0, texts);
        }
        Map<String, Series.Builder> builders = new LinkedHashMap<>();
        builders.put(report.target(), b);
        return combine(builders, (first, second) -> "in the log");
    }

    /**
     * Returns a log with the reports of this log and another log of the same plan, under the same
     * rule as {@link #plus(Collection)}: a report in both is kept once; two values for one target
     * and date are a conflict.
     *
     * @param other a log of the same plan id
     * @return a new log; both are unchanged
     * @throws IllegalArgumentException when the logs are of different plans
     * @throws ReportConflictException  listing every conflict
     */
    public ProgressLog merge(ProgressLog other) {
        Objects.requireNonNull(other, "other");
        if (!other.planId.equals(planId)) {
            throw new IllegalArgumentException("cannot merge the progress of plan " + other.planId
                    + " into a log of plan " + planId);
        }
        if (other.isEmpty()) {
            return this;
        }
        Map<String, Series.Builder> builders = new LinkedHashMap<>();
        Map<String, String> texts = Series.texts();
        for (Series s : other.allSeries()) {
            Series.Builder b = builder(builders, s.target);
            for (int i = 0; i < s.size(); i++) {
                b.add(s.date(i), s.value(i), s.sources == null ? null : s.sources[i],
                        s.notes == null ? null : s.notes[i], s.evidence == null ? null : s.evidence[i], 0, texts);
            }
        }
        return combine(builders, (first, second) -> "in this log and in the other");
    }

    private Series.Builder builder(Map<String, Series.Builder> builders, String target) {
        return builders.computeIfAbsent(target, t -> {
            Series existing = find(t);
            return existing == null ? new Series.Builder(t) : new Series.Builder(existing);
        });
    }

    /** Names the two reports of a conflict by their tags. */
    @FunctionalInterface
    private interface Naming {
        String name(int first, int second);
    }

    private ProgressLog combine(Map<String, Series.Builder> builders, Naming naming) {
        if (builders.isEmpty()) {
            return this;
        }
        List<String> conflicts = new ArrayList<>();
        Map<Integer, Map<Integer, Series>> changedBlocks = new TreeMap<>();
        SortedMap<String, Series> moreExtras = null;
        long total = size;
        int count = seriesCount;
        for (Map.Entry<String, Series.Builder> e : builders.entrySet()) {
            Series built = e.getValue().build((target, date, first, kept, second, other) -> conflicts.add(
                    "conflicting reports for " + target + " as of " + date + ": " + kept + " and " + other + " ("
                            + naming.name(first, second) + ")"));
            int i = plan.indexOf(e.getKey());
            int before;
            if (i < 0) {
                if (moreExtras == null) {
                    moreExtras = new TreeMap<>(extras);
                }
                Series old = moreExtras.put(e.getKey(), built);
                before = old == null ? 0 : old.size();
            } else {
                Block b = blocks[i >> BLOCK_BITS];
                before = b == null ? 0 : b.size(i & (BLOCK - 1));
                changedBlocks.computeIfAbsent(i >> BLOCK_BITS, k -> new TreeMap<>()).put(i & (BLOCK - 1), built);
            }
            total += built.size() - before;
            count += before == 0 ? 1 : 0;
        }
        if (!conflicts.isEmpty()) {
            throw new ReportConflictException(conflicts);
        }
        Block[] changed = blocks.clone();
        int n = plan.targets().size();
        for (Map.Entry<Integer, Map<Integer, Series>> e : changedBlocks.entrySet()) {
            int slots = Math.min(BLOCK, n - (e.getKey() << BLOCK_BITS));
            changed[e.getKey()] = Block.with(blocks[e.getKey()], slots, e.getValue());
        }
        return new ProgressLog(this, changed, moreExtras == null ? extras
                : Collections.unmodifiableSortedMap(moreExtras), total, count);
    }

    /** Returns the series in log order, for the writer: each unpacked when it is read. */
    List<Series> allSeries() {
        Order o = order();
        List<String> extraIds = extraIds();
        return new AbstractList<>() {
            @Override
            public Series get(int k) {
                int target = o.targets[k];
                return target < 0 ? extras.get(extraIds.get(-1 - target)) : seriesAt(target);
            }

            @Override
            public int size() {
                return o.targets.length;
            }
        };
    }

    private final class AllReports extends AbstractList<Report> implements RandomAccess {
        @Override
        public Report get(int index) {
            Objects.checkIndex(index, size());
            Order o = order();
            int found = Arrays.binarySearch(o.starts, 0, o.targets.length, index);
            int k = found >= 0 ? found : -found - 2;
            int target = o.targets[k];
            int offset = index - o.starts[k];
            if (target < 0) {
                return extras.get(extraIds().get(-1 - target)).report(offset);
            }
            Block b = blocks[target >> BLOCK_BITS];
            return b.report(b.start(target & (BLOCK - 1)) + offset, plan.targets().get(target).id());
        }

        @Override
        public int size() {
            return ProgressLog.this.size();
        }
    }

    /**
     * Tells whether another object is a log of the same plan id with equal reports.
     *
     * @param o the other object
     * @return true when equal
     */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof ProgressLog)) {
            return false;
        }
        ProgressLog other = (ProgressLog) o;
        return planId.equals(other.planId) && size == other.size && seriesCount == other.seriesCount
                && allSeries().equals(other.allSeries());
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            h = 31 * planId.hashCode() + allSeries().hashCode();
            hash = h;
        }
        return h;
    }

    /**
     * Describes the log briefly.
     *
     * @return such as {@code ProgressLog[plan county-2023: 152 reports on 44 targets]}
     */
    @Override
    public String toString() {
        return "ProgressLog[plan " + planId + ": " + size() + (size() == 1 ? " report" : " reports") + " on "
                + seriesCount + (seriesCount == 1 ? " target]" : " targets]");
    }
}
