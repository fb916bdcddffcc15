package io.github.policyplan.progress;

import io.github.policyplan.model.Plan;
import io.github.policyplan.model.Recorded;
import io.github.policyplan.model.Report;
import io.github.policyplan.model.ReportVersion;
import io.github.policyplan.model.Value;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

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
 * again after a mistake (更正), call {@link #correct(Report, Recorded)}: the log keeps every version,
 * the one recorded last is in force, and {@link #asKnownOn} replays the log as known on any day.
 * Numbers compare exactly ({@code 3}
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
 * scoring reads it in order; {@link Report} objects are built only when asked for. The units' reports
 * ({@code funds@cgz}) are held alike, a block a breakdown in breakdown order, which is how rolling values
 * up reads them; they are listed after the plan's targets, among any other ids, by id. A log made with
 * {@code plus} shares every run of targets it does not change with the log it came from, so adding a
 * report costs about the same for a plan of any size.
 *
 * <p>Immutable and thread-safe; no method returns null or accepts it. Two logs are equal when they
 * are for the same plan id and hold equal reports in force (compare {@link #versions()} for the rest).
 */
public final class ProgressLog {

    /** Targets per block: a change rebuilds one block (about a thousand reports) and copies the array of blocks. */
    static final int BLOCK_BITS = 7;
    static final int BLOCK = 1 << BLOCK_BITS;

    private final String planId;
    /** The plan whose target order places the reports in {@link #blocks}; shared by every log derived from it. */
    final Plan plan;
    /**
     * The reports on the plan's targets, by target index: target i is slot {@code i & (BLOCK - 1)} of
     * {@code blocks[i >> BLOCK_BITS]}; a block without reports is null. Logs derived with {@code plus} share
     * the blocks they do not change, so that adding a report costs the same for any size of plan.
     */
    final Block[] blocks;
    /** The series on keys that are not the plan's targets: the units' (laid out by breakdown), and others by id. */
    final Extras extras;
    final int size;
    final int seriesCount;
    /** The versions kept beside the reports in force (corrections, record times). */
    final ReportHistory history;
    /** The epoch day this log is known on, or {@link KnownOn#ALL}; a limited log reads its storage through it. */
    final int known;
    /** A limited log resolved in full, built on first use. */
    private volatile ProgressLog resolved;

    /** Where each target's reports start in {@link #reports()}; built on first use. */
    volatile LogOrder.Order order;
    /** The units' reports packed for rolling up by another plan object than {@link #plan} ({@link UnitCursor#of}). */
    volatile UnitCursor units;
    /** Cached; racy single-check is safe for an immutable list and a primitive. */
    private List<LocalDate> dates;
    private int hash;

    /** A log of the blocks and extras given, with its reports and series counted ({@link LogChanges#count}). */
    ProgressLog(Plan plan, Block[] blocks, Extras extras, long[] counted) {
        this.planId = plan.id();
        this.plan = plan;
        this.blocks = blocks;
        this.extras = extras;
        this.history = ReportHistory.empty(plan);
        this.known = KnownOn.ALL;
        this.size = LogChanges.checkedSize(counted[0]);
        this.seriesCount = (int) counted[1];
    }

    /** A log that differs from {@code base} in some blocks; counted in O(changes). */
    ProgressLog(ProgressLog base, Block[] blocks, Extras extras, long size, int count,
            ReportHistory history, int known) {
        this.planId = base.planId;
        this.plan = base.plan;
        this.blocks = blocks;
        this.extras = extras;
        this.size = LogChanges.checkedSize(size);
        this.seriesCount = count;
        this.history = history;
        this.known = known;
    }

    /** The series of a target, or null. */
    Series find(String targetId) {
        int i = plan.indexOf(targetId);
        if (i < 0) {
            return extras.get(targetId);
        }
        Block b = blocks[i >> BLOCK_BITS];
        return b == null ? null : b.series(i & (BLOCK - 1), targetId);
    }

    /** The series of a plan target (by index) that has reports. */
    Series seriesAt(int target) {
        return blocks[target >> BLOCK_BITS].series(target & (BLOCK - 1), plan.targets().get(target).id());
    }

    /** The keys of the extras with reports, sorted; made once a log. */
    List<String> extraIds() {
        return extras.ids();
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
        Cursor own = plan == this.plan ? new LogReaders.Own(blocks) : new LogReaders.Foreign(this, plan);
        return known == KnownOn.ALL ? own : new KnownOn.Reader(own, history, plan, plan == this.plan, known);
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


    /**
     * Returns the empty log of a plan.
     *
     * @param plan the plan
     * @return a log with no reports
     */
    public static ProgressLog empty(Plan plan) {
        return LogChanges.build(plan, List.of());
    }

    /**
     * Returns the log of reports checked against a plan as the readers check them: each must name a
     * target of the plan that is not derived, be dated within its period and have a value that fits the
     * target's measure (a number — a count's running total not below 0, a share in % within 0 to 100 —
     * or one of its stages or grades); two reports on one target and date must have the same value (the
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
        return JavaReports.log(plan, reports);
    }

    /** Builds a log from blocks of {@link #blockTargets()} targets each, in plan order (see {@link PlanRows}). */
    static ProgressLog fromBlocks(Plan plan, Block[] blocks) {
        Extras none = Extras.empty(plan);
        return new ProgressLog(plan, blocks, none, LogChanges.count(blocks, none));
    }

    /** How many targets a block holds. */
    static int blockTargets() {
        return BLOCK;
    }

    /** Builds a log from a reader's series. */
    static ProgressLog fromSeries(Plan plan, Collection<Series> series) {
        return LogChanges.build(plan, series);
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
        if (known != KnownOn.ALL) {
            return full().latest(targetId, onOrBefore);
        }
        return LogReaders.latest(this, targetId, onOrBefore.toEpochDay());
    }

    /**
     * Returns the reports on one target.
     *
     * @param targetId the target's id
     * @return an unmodifiable list in date order; empty when the target has none
     */
    public List<Report> series(String targetId) {
        Objects.requireNonNull(targetId, "targetId");
        if (known != KnownOn.ALL) {
            return full().series(targetId);
        }
        Series s = find(targetId);
        return s == null ? List.of() : s.asList();
    }

    /**
     * Returns every report, by target in plan order, then by date.
     *
     * @return an unmodifiable list view; each report is built when it is read
     */
    public List<Report> reports() {
        return known != KnownOn.ALL ? full().reports() : new LogOrder.AllReports(this);
    }

    /**
     * Returns how many reports the log holds.
     *
     * @return the count
     */
    public int size() {
        return known != KnownOn.ALL ? full().size() : size;
    }

    /**
     * Tells whether the log holds no report.
     *
     * @return true when empty
     */
    public boolean isEmpty() {
        return known != KnownOn.ALL ? full().isEmpty() : seriesCount == 0;
    }

    /**
     * Returns the targets that have at least one report.
     *
     * @return an unmodifiable list of ids in plan order
     */
    public List<String> targets() {
        if (known != KnownOn.ALL) {
            return full().targets();
        }
        return LogOrder.targetIds(this);
    }

    /**
     * Returns the dates reports are as of, over all targets.
     *
     * @return an unmodifiable list, sorted, without repeats
     */
    public List<LocalDate> asOfDates() {
        if (known != KnownOn.ALL) {
            return full().asOfDates();
        }
        List<LocalDate> d = dates;
        if (d == null) {
            d = LogOrder.asOfDates(this);
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
        if (known != KnownOn.ALL) {
            return full().plus(reports);
        }
        return LogChanges.plus(this, reports);
    }

    /**
     * Returns this log with a report corrected (更正) at no known time: {@link #record(ReportVersion)} of a
     * version without a record time, which counts as known from the report's own date. The value it
     * replaces is kept ({@link #versions(String, LocalDate)}).
     *
     * @param report the report in force from now on for its target and date
     * @return a new log; this one is unchanged. It equals this one when this holds that very report
     */
    public ProgressLog correct(Report report) {
        Objects.requireNonNull(report, "report");
        return record(List.of(new ReportVersion(report, Optional.empty())));
    }

    /**
     * Returns this log with a report corrected (更正) when it was recorded, so that a replay as known on
     * an earlier day sees the value before: {@link #record(ReportVersion)}.
     *
     * @param report   the corrected report
     * @param recorded when the correction was recorded; not before the report's date
     * @return a new log; this one is unchanged
     * @throws IllegalArgumentException when it was recorded before the report's date
     */
    public ProgressLog correct(Report report, Recorded recorded) {
        Objects.requireNonNull(report, "report");
        return record(List.of(ReportVersion.of(report, recorded)));
    }

    /**
     * Returns this log with a version of a report recorded. A report the log does not have is added
     * (unchecked, like {@link #plus(Report)}); a version of one it has is a correction, kept with the
     * versions before it and in force when recorded last (a version without a record time counts as
     * recorded at the start of its report's date; equal times count in the order added).
     *
     * @param version the version
     * @return a new log; this one is unchanged
     * @throws IllegalArgumentException when it was recorded before its report's date
     */
    public ProgressLog record(ReportVersion version) {
        Objects.requireNonNull(version, "version");
        return record(List.of(version));
    }

    /**
     * Returns this log with versions recorded in the order given, each as by {@link #record(ReportVersion)}.
     *
     * @param versions the versions
     * @return a new log; this one is unchanged
     * @throws IllegalArgumentException when one was recorded before its report's date
     */
    public ProgressLog record(Collection<ReportVersion> versions) {
        Objects.requireNonNull(versions, "versions");
        return Recording.record(full(), versions);
    }

    /**
     * Returns every version of one report in the order recorded; the last is in force.
     *
     * @param targetId the target
     * @param date     the report's date
     * @return one version for a report never corrected; none for a report the log does not have
     */
    public List<ReportVersion> versions(String targetId, LocalDate date) {
        Objects.requireNonNull(targetId, "targetId");
        Objects.requireNonNull(date, "date");
        return Recording.versions(full(), targetId, date);
    }

    /**
     * Returns every version kept of the reports that were corrected or carry a record time, by target in
     * log order, date and order recorded; a report with one version and no record time is not listed.
     *
     * @return the versions
     */
    public List<ReportVersion> versions() {
        return full().history.versions();
    }

    /**
     * Returns this log as it was known at the end of a day: of each report, the version recorded last by
     * then, and no report recorded later. Scoring it gives exactly what scoring could have given that
     * day. It shares this log's storage: scoring reads it without copying; its other methods build the
     * log known then on first use.
     *
     * <pre>{@code
     * ProgressLog published = log.asKnownOn(LocalDate.of(2023, 7, 5));
     * }</pre>
     *
     * @param day the day
     * @return the log as known then
     */
    public ProgressLog asKnownOn(LocalDate day) {
        Objects.requireNonNull(day, "day");
        ProgressLog all = full();
        long d = Math.max(Integer.MIN_VALUE, Math.min(KnownOn.ALL - 1L, day.toEpochDay()));
        return new ProgressLog(all, all.blocks, all.extras, all.size, all.seriesCount, all.history, (int) d);
    }

    /**
     * Returns the day this log is {@link #asKnownOn known on}.
     *
     * @return the day, or empty for a log of everything recorded
     */
    public Optional<LocalDate> knownOn() {
        return known == KnownOn.ALL ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(known));
    }

    /** The log of everything this one knows, without a limiting day. */
    ProgressLog full() {
        if (known == KnownOn.ALL) {
            return this;
        }
        ProgressLog r = resolved;
        if (r == null) {
            r = KnownOn.resolve(this, known);
            resolved = r;
        }
        return r;
    }

    ReportHistory history() {
        return history;
    }

    /** This log with another history, sharing its storage. */
    ProgressLog withHistory(ReportHistory newHistory) {
        return new ProgressLog(this, blocks, extras, size, seriesCount, newHistory, known);
    }

    /** This log with reports replaced or added, by target and epoch day. */
    ProgressLog replacing(Map<String, java.util.TreeMap<Integer, Report>> reports) {
        return LogChanges.combine(this, Recording.replaced(this, reports), (first, second) -> "in the log");
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
        if (known != KnownOn.ALL || other.known != KnownOn.ALL) {
            return full().merge(other.full());
        }
        return other.isEmpty() ? this : LogChanges.merge(this, other);
    }

    /** Returns the series in log order, for the writer: each unpacked when it is read. */
    List<Series> allSeries() {
        return known != KnownOn.ALL ? full().allSeries() : LogOrder.storedSeries(this);
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
        ProgressLog other = ((ProgressLog) o).full();
        if (known != KnownOn.ALL) {
            return full().equals(other);
        }
        return planId.equals(other.planId) && size == other.size && seriesCount == other.seriesCount
                && allSeries().equals(other.allSeries());
    }

    @Override
    public int hashCode() {
        if (known != KnownOn.ALL) {
            return full().hashCode();
        }
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
        if (known != KnownOn.ALL) {
            return full().toString().replace("]", ", as known on " + LocalDate.ofEpochDay(known) + "]");
        }
        return "ProgressLog[plan " + planId + ": " + size() + (size() == 1 ? " report" : " reports") + " on "
                + seriesCount + (seriesCount == 1 ? " target]" : " targets]");
    }
}
