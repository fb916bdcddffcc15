package io.github.policyplan.progress;

import io.github.policyplan.internal.read.Texts;
import io.github.policyplan.model.Plan;
import io.github.policyplan.model.Target;
import io.github.policyplan.model.Value;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Builds a {@link ProgressLog} in bulk from values an application already holds — columns of
 * target indexes, epoch days and numbers, or one call a report — with no object and no text made
 * per report. The reports are checked against the plan as the file readers check them (dates within
 * the plan period, finite numbers only for numeric measures, a count's running total not below 0, a
 * share in % from 0 to 100, known stages and grades, no report on a derived target, one value a day:
 * a repeat of an earlier report is dropped, another value on the same day is a conflict), as
 * {@link ProgressLog#of} checks them too, and {@link #build()} throws one exception listing every problem. A target index outside the plan is the
 * caller's mistake, not a problem of the data: the call throws {@link IndexOutOfBoundsException} at
 * once, naming the report, and adds nothing. A builder says no warnings (a count's running total that
 * falls, a target whose reports stop): read a file with {@code Progress.load} or {@code BulkReader.load}
 * for those.
 *
 * <pre>{@code
 * LogBuilder builder = LogBuilder.of(plan);
 * builder.addAll(targetIndexes, epochDays, values);                   // three columns of one length
 * builder.add(plan.indexOf("s1.i1.t1"), (int) LocalDate.of(2023, 6, 30).toEpochDay(), 7);
 * builder.addLevel(plan.indexOf("s2.i2.t3"), (int) LocalDate.of(2023, 6, 30).toEpochDay(), "开工");
 * ProgressLog log = builder.build();
 * }</pre>
 *
 * <p>A target is named by its index in {@code plan.targets()} ({@link Plan#indexOf}), a date by its
 * epoch day ({@link LocalDate#toEpochDay()}). A report is named in problems by the order it was
 * added, from 0: {@code reports[12].date}. Not thread-safe: one builder per thread; a builder
 * builds once.
 *
 * <p>Speed: a builder's first {@link #addAll}, when every report fits the plan and each target's days
 * rise, lays the columns straight out into the log's arrays while they are in hand — one count, one
 * counting sort (a plain copy when the reports come target after target), one check of each target's
 * reports — close to what a hand-written counting sort costs (figures in the README's Speed and scale).
 * Other calls, and a first {@code addAll} with any problem, take the report-by-report path, which finds
 * the same problems and builds the same log. No call keeps the caller's arrays: they may be changed or
 * reused as soon as it returns.
 */
public final class LogBuilder {

    /** How many problems {@link #build()} lists; past it, it says how many more there were. */
    public static final int MAX_PROBLEMS_LISTED = 100;

    private final PlanRows rows;
    /** The reports of a first {@link #addAll} laid out straight into the log's blocks; null otherwise. */
    private ColumnLayout laid;
    private final List<Listed> problems = new ArrayList<>();
    private int added;
    private int total;
    private boolean built;

    private LogBuilder(Plan plan, int capacity) {
        this.rows = new PlanRows(plan, capacity);
    }

    /**
     * Starts a builder.
     *
     * @param plan the plan the reports are on
     * @return a new, empty builder
     */
    public static LogBuilder of(Plan plan) {
        return new LogBuilder(Objects.requireNonNull(plan, "plan"), 16);
    }

    /**
     * Starts a builder with room for a number of reports.
     *
     * @param plan     the plan the reports are on
     * @param expected about how many reports will be added
     * @return a new, empty builder
     */
    public static LogBuilder of(Plan plan, int expected) {
        return new LogBuilder(Objects.requireNonNull(plan, "plan"), Math.max(0, expected));
    }

    /**
     * Adds a number reported on a target.
     *
     * @param target   the target's index in the plan's targets
     * @param epochDay the date, as an epoch day
     * @param value    the number, finite
     * @return this builder
     * @throws IndexOutOfBoundsException when the plan has no target of that index
     */
    public LogBuilder add(int target, int epochDay, double value) {
        check(target);
        int index = added++;
        boolean dated = inPeriod(index, epochDay);
        if (derived(index, target)) {
            return this;
        }
        if (!rows.numeric[target] || !Double.isFinite(value)) {
            Value v = Double.isFinite(value) ? Value.of(value) : null;
            problem(index, "value", v == null ? "the number " + value + " is not finite"
                    : ReportRules.checkValue(rows.plan.targets().get(target), ReportRules.Cell.of(v)).issue()
                            .map(Object::toString).orElse("expected a level"));
            return this;
        }
        if (value < rows.least[target] || value > rows.greatest[target]) {
            // A count's running total below 0, a share in % outside 0 to 100: refused as the readers refuse it.
            Target t = rows.plan.targets().get(target);
            problem(index, "value", RunningTotals.inDomain(t, ReportRules.Checked.ok(Value.of(value))).issue()
                    .map(Object::toString).orElseThrow());
            return this;
        }
        if (dated) {
            rows.add(target, epochDay, value, index);
        }
        return this;
    }

    /**
     * Adds a number with its texts.
     *
     * @param target   the target's index in the plan's targets
     * @param epochDay the date, as an epoch day
     * @param value    the number, finite
     * @param source   who reported it, or null (blank: none)
     * @param note     a note, or null (blank: none)
     * @param evidence the evidence, or null (blank: none)
     * @return this builder
     * @throws IndexOutOfBoundsException when the plan has no target of that index
     */
    public LogBuilder add(int target, int epochDay, double value, String source, String note, String evidence) {
        check(target);
        int before = rows.size();
        add(target, epochDay, value);
        if (rows.size() > before) {
            rows.texts(orNone(source), orNone(note), orNone(evidence));
        }
        return this;
    }

    /**
     * Adds a number reported on a target named by its id.
     *
     * @param targetId the target's id
     * @param date     the date
     * @param value    the number, finite
     * @return this builder
     */
    public LogBuilder add(String targetId, LocalDate date, double value) {
        Objects.requireNonNull(targetId, "targetId");
        Objects.requireNonNull(date, "date");
        int target = rows.plan.indexOf(targetId);
        if (target < 0) {
            unlay();
            problem(added++, "target", ReportRules.unknownTarget(targetId, rows.plan).toString());
            return this;
        }
        return add(target, (int) date.toEpochDay(), value);
    }

    /**
     * Adds a stage reached or a grade given.
     *
     * @param target   the target's index in the plan's targets
     * @param epochDay the date, as an epoch day
     * @param level    one of the target's stages or grades
     * @return this builder
     * @throws IndexOutOfBoundsException when the plan has no target of that index
     */
    public LogBuilder addLevel(int target, int epochDay, String level) {
        Objects.requireNonNull(level, "level");
        check(target);
        int index = added++;
        boolean dated = inPeriod(index, epochDay);
        if (derived(index, target)) {
            return this;
        }
        Target t = rows.plan.targets().get(target);
        ReportRules.Checked checked = ReportRules.checkValue(t, ReportRules.Cell.of(Value.level(level)));
        if (checked.issue().isPresent() || checked.value().orElse(null) instanceof Value.Amount) {
            problem(index, "value", checked.issue().map(Object::toString).orElse("expected a number, found the text '"
                    + Texts.abbreviate(level) + "'"));
            return this;
        }
        if (dated) {
            rows.addLevel(target, epochDay, ((Value.Level) checked.value().get()).name(), index);
        }
        return this;
    }

    /**
     * Adds numbers given as columns: report k is {@code values[k]} on target {@code targets[k]} as of
     * {@code epochDays[k]}.
     *
     * @param targets   the targets' indexes in the plan's targets
     * @param epochDays the dates, as epoch days
     * @param values    the numbers
     * @return this builder
     * @throws IllegalArgumentException  when the columns differ in length
     * @throws IndexOutOfBoundsException when the plan has no target of some index; the call then adds no report
     */
    public LogBuilder addAll(int[] targets, int[] epochDays, double[] values) {
        if (targets.length != epochDays.length || targets.length != values.length) {
            throw new IllegalArgumentException("the columns differ in length: " + targets.length + " targets, "
                    + epochDays.length + " days, " + values.length + " values");
        }
        if (built) {
            throw new IllegalStateException("a LogBuilder builds once");
        }
        if (added == 0 && targets.length > 0) {
            // The first call: laid out straight from the columns when every report fits (the common case).
            laid = ColumnLayout.of(rows, targets, epochDays, values);
            if (laid != null) {
                added = targets.length;
                return this;
            }
        }
        int n = rows.numeric.length;
        for (int k = 0; k < targets.length; k++) {
            // Before any report is added: a call with a bad index adds nothing.
            checkIndex(added + k, targets[k]);
        }
        unlay();
        int from = 0;
        for (int k = 0; k < targets.length; k++) {
            int t = targets[k];
            int day = epochDays[k];
            // The checks of add, inlined: a report that fails one goes through add, which says why.
            double v = values[k];
            if (day < rows.firstDay || day > rows.lastDay || !rows.numeric[t] || rows.range[t] == PlanRows.DERIVED
                    || !Double.isFinite(v) || v < rows.least[t] || v > rows.greatest[t]) {
                addRun(targets, epochDays, values, from, k);
                add(t, day, values[k]);
                from = k + 1;
            }
        }
        addRun(targets, epochDays, values, from, targets.length);
        return this;
    }

    /** Adds reports {@code [from, to)} of columns, each checked. */
    private void addRun(int[] targets, int[] epochDays, double[] values, int from, int to) {
        if (to > from) {
            rows.addAll(targets, epochDays, values, from, to, added);
            added += to - from;
        }
    }

    /**
     * Returns how many reports were added, with or without a problem.
     *
     * @return the count
     */
    public int added() {
        return added;
    }

    /**
     * Builds the log.
     *
     * @return the log of every report added
     * @throws IllegalArgumentException listing the problems in the order of the reports (up to {@link
     *                                  #MAX_PROBLEMS_LISTED}) when any report does not fit the plan or two
     *                                  conflict
     * @throws IllegalStateException    when the builder has built already
     */
    public ProgressLog build() {
        if (built) {
            throw new IllegalStateException("a LogBuilder builds once");
        }
        built = true;
        if (laid != null) {
            return laid.log(rows.plan);
        }
        Plan plan = rows.plan;
        // Built even after a problem, for the conflicts; each report's number is where it was added.
        List<String> conflicts = new ArrayList<>();
        List<Integer> at = new ArrayList<>();
        ProgressLog log = rows.build((target, day, first, kept, second, other) -> {
            at.add((int) rows.where(second));
            conflicts.add(ReportRules.conflict(plan.targets().get(target).id(), LocalDate.ofEpochDay(day), other,
                    kept, "in reports[" + rows.where(first) + "]").toString());
        });
        for (int k = 0; k < conflicts.size(); k++) {
            problem(at.get(k), "value", conflicts.get(k));
        }
        if (total > 0) {
            throw refusal();
        }
        return log;
    }

    private IllegalArgumentException refusal() {
        String count = total == 1 ? "1 problem" : total + " problems";
        // In the order of the reports: a conflict, found when the log is built, among the others.
        problems.sort(java.util.Comparator.comparingInt(Listed::index));
        StringBuilder listed = new StringBuilder();
        for (Listed p : problems) {
            listed.append(listed.length() == 0 ? "" : "\n").append(p.text());
        }
        return new IllegalArgumentException(count + " in the reports for plan " + rows.plan.id() + ":\n"
                + listed + (total > problems.size() ? "\n… and " + (total - problems.size()) + " more" : ""));
    }

    private void check(int target) {
        checkIndex(added, target);
        if (built) {
            throw new IllegalStateException("a LogBuilder builds once");
        }
        unlay();
    }

    /** Throws when the plan has no target of an index, naming the report by the number it would have had. */
    private void checkIndex(int report, int target) {
        int n = rows.numeric.length;
        if (target < 0 || target >= n) {
            throw new IndexOutOfBoundsException("reports[" + report + "].target: plan " + rows.plan.id() + " has no"
                    + " target of index " + target + " (its " + n + " targets are 0 to " + (n - 1) + ")");
        }
    }

    /** Refuses a report on a derived target, whose value is computed from others, as the readers do. */
    private boolean derived(int index, int target) {
        if (rows.range[target] != PlanRows.DERIVED) {
            return false;
        }
        Target t = rows.plan.targets().get(target);
        problem(index, "target", ReportRules.derived(t.id(), rows.plan.derivation(t.id()).orElseThrow()).toString());
        return true;
    }

    /** A text given to {@link #add(int, int, double, String, String, String)}: a blank one is none. */
    private static String orNone(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    /** Gives the reports laid out by a first {@link #addAll} to the rows, for more reports to join them. */
    private void unlay() {
        if (laid != null) {
            laid.unlay(rows);
            laid = null;
        }
    }

    private boolean inPeriod(int index, int epochDay) {
        if (epochDay >= rows.firstDay && epochDay <= rows.lastDay) {
            return true;
        }
        problem(index, "date", ReportRules.checkDate(LocalDate.ofEpochDay(epochDay), rows.plan)
                .map(Object::toString).orElse("the date is outside the plan period"));
        return false;
    }

    private void problem(int index, String field, String message) {
        total++;
        if (problems.size() < MAX_PROBLEMS_LISTED) {
            problems.add(new Listed(index, "reports[" + index + "]." + field + ": " + message));
        }
    }

    /** A problem as listed, with the number of the report it is about. */
    private record Listed(int index, String text) {
    }
}
