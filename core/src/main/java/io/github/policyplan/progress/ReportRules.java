package io.github.policyplan.progress;

import io.github.policyplan.internal.read.DateReader;
import io.github.policyplan.internal.read.Node;
import io.github.policyplan.internal.read.PercentText;
import io.github.policyplan.internal.read.Problems;
import io.github.policyplan.internal.read.Texts;
import io.github.policyplan.internal.read.Unknown;
import io.github.policyplan.internal.read.UnitHints;
import io.github.policyplan.model.Checks;
import io.github.policyplan.model.Derivation;
import io.github.policyplan.model.Combine;
import io.github.policyplan.model.Measure;
import io.github.policyplan.model.MeasureKind;
import io.github.policyplan.model.Plan;
import io.github.policyplan.model.Breakdown;
import io.github.policyplan.model.Recorded;
import io.github.policyplan.model.Target;
import io.github.policyplan.model.Value;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What makes a report fit a plan, with the messages that say why one does not: the target is one
 * of the plan's, the date is well formed and within the plan period, the value is a number for a
 * numeric measure and one of the stages or grades for a milestone or grade. Shared by the file
 * readers (located problems) and {@link ProgressLog#of} (an exception). Stateless.
 */
final class ReportRules {

    /** A number as a spreadsheet or a person writes it in CSV: 12, -3.5, .5, 1e6. */
    private static final Pattern NUMBER = Pattern.compile("[-+]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][-+]?\\d+)?");
    private static final Pattern THOUSANDS = Pattern.compile("[-+]?\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("[-+]?\\d+,\\d+");
    private static final Pattern NUMBER_IN_TEXT = Pattern.compile("[-+]?\\d+(?:\\.\\d+)?");

    /**
     * How many targets a file must name, none of them the plan's, to be taken for another plan's. With
     * fewer, each unknown target is more likely a typo, and is reported with the nearest id.
     */
    static final int ANOTHER_PLAN_MIN_TARGETS = 3;

    private ReportRules() {
    }

    /**
     * What is wrong, and the likely fix.
     *
     * @param message what is wrong
     * @param hint    the likely fix, if any
     */
    record Issue(String message, Optional<String> hint) {
        static Issue of(String message) {
            return new Issue(message, Optional.empty());
        }

        @Override
        public String toString() {
            return message + hint.map(h -> " (" + h + ")").orElse("");
        }
    }

    /** Where a value came from, which decides how it is read and what the hints say. */
    enum Origin {
        /** A CSV field: text only; a numeric measure's value is read from it as a number. */
        CSV,
        /** A YAML or JSON scalar, typed by how it was written. */
        TREE,
        /** A {@link Value} built in Java. */
        JAVA
    }

    /** What a value was written as. */
    enum Shape {
        /** A number. */
        NUMBER,
        /** Text (every CSV field). */
        TEXT,
        /** true or false. */
        BOOLEAN,
        /** A map or a list. */
        OTHER
    }

    /**
     * A field as written, with where it starts.
     *
     * @param text   the text as written (a number's text for numbers); "" for a map or list
     * @param shape  what it was written as
     * @param origin where it came from
     * @param what   how a message names it: {@code the number 3}, {@code a map}
     * @param line   the line, from 1
     * @param column the column, from 1
     */
    record Cell(String text, Shape shape, Origin origin, String what, int line, int column) {

        static Cell csv(String text, int line, int column) {
            return new Cell(text, Shape.TEXT, Origin.CSV, "the text '" + Texts.abbreviate(text) + "'", line, column);
        }

        static Cell tree(Node node) {
            Shape shape = Shape.OTHER;
            String text = "";
            if (node instanceof Node.ScalarNode s) {
                text = s.text();
                shape = s.isNumber() ? Shape.NUMBER : s.type() == Node.ScalarType.BOOLEAN ? Shape.BOOLEAN : Shape.TEXT;
            }
            return new Cell(text, shape, Origin.TREE, node.describe(), node.line(), node.column());
        }

        /** The cell of a unit's report: its text names the target and the unit, {@code funds@cgz}. */
        Cell withUnit(String unit) {
            return new Cell(text + Breakdown.UNIT_SEPARATOR + unit.strip(), shape, origin, what, line, column);
        }

        static Cell of(Value value) {
            if (value instanceof Value.Amount amount) {
                String text = plain(amount.value());
                return new Cell(text, Shape.NUMBER, Origin.JAVA, "the number " + text, 1, 1);
            }
            String name = value instanceof Value.Level level ? level.name() : value.toString();
            return new Cell(name, Shape.TEXT, Origin.JAVA, "the text '" + Texts.abbreviate(name) + "'", 1, 1);
        }
    }

    /**
     * A value checked against its target.
     *
     * @param value the value, when it fits
     * @param issue why it does not, otherwise
     * @param note  how it was read, when it fits although not written the canonical way ({@code 8%})
     */
    record Checked(Optional<Value> value, Optional<Issue> issue, Optional<String> note) {
        static Checked ok(Value value) {
            return new Checked(Optional.of(value), Optional.empty(), Optional.empty());
        }

        static Checked wrong(String message, Optional<String> hint) {
            return new Checked(Optional.empty(), Optional.of(new Issue(message, hint)), Optional.empty());
        }

        Checked noting(String how) {
            return value.isPresent() ? new Checked(value, issue, Optional.of(how)) : this;
        }
    }

    /**
     * A report's target resolved: the target reported on (for a unit's report, the broken-down target)
     * and the key its reports are kept under ({@code funds@cgz} for a unit's, with the unit's id), or
     * what is wrong.
     *
     * @param target the target, when found
     * @param key    the key
     * @param issue  what is wrong, otherwise
     * @param unit   true when the issue is with the unit
     */
    record Resolved(Optional<Target> target, String key, Optional<Issue> issue, boolean unit) {
    }

    /**
     * Resolves the target a report names: a target's id, or {@code id@unit} for a unit of its breakdown
     * (the unit by its id, alias or full name).
     *
     * @param text  the target as written
     * @param plan  the plan
     * @param hints whether to work out suggestions
     * @return the target and key, or the issue
     */
    static Resolved resolve(String text, Plan plan, boolean hints) {
        int at = text.indexOf(Breakdown.UNIT_SEPARATOR);
        String id = at < 0 ? text : text.substring(0, at);
        Optional<Target> target = plan.target(id);
        if (target.isEmpty()) {
            return new Resolved(target, text, Optional.of(hints ? unknownTarget(id, plan)
                    : Issue.of(Checks.unknownTarget(Texts.abbreviate(id), plan.id()))), false);
        }
        if (at < 0) {
            return new Resolved(target, text, Optional.empty(), false);
        }
        String name = text.substring(at + 1);
        Optional<Breakdown> breakdown = plan.breakdown(id);
        if (breakdown.isEmpty()) {
            return new Resolved(Optional.empty(), text, Optional.of(new Issue("target " + id + " is not broken down;"
                    + " a report by unit '" + Texts.abbreviate(name) + "' needs a breakdown of it", Optional.of(
                            "leave the unit out, or divide the target among its units under breakdown:"))), true);
        }
        UnitNames names = UnitNames.of(plan);
        String unit = names.id(name);
        if (!names.divides(id, unit)) {
            List<String> units = breakdown.get().unitIds();
            return new Resolved(Optional.empty(), text, Optional.of(new Issue("unit '" + Texts.abbreviate(name)
                    + "' is not in the breakdown of target " + id, Optional.of(Texts.didYouMean(name, units)
                            .orElse("the units of " + id + " are " + Texts.list(units))))), true);
        }
        return new Resolved(target, Breakdown.reportKey(id, unit), Optional.empty(), true);
    }

    /** numerator/denominator, as a unit of a target combined by ratio reports it: 45/150. */
    private static final Pattern RATIO = Pattern.compile("\\s*(\\d+(?:\\.\\d+)?)\\s*/\\s*(\\d+(?:\\.\\d+)?)\\s*");

    /**
     * Tells whether a report is a unit's report on a target whose units combine by ratio, and so
     * carries numerator/denominator.
     *
     * @param plan     the plan
     * @param resolved the report's target, resolved
     * @return true for such a report
     */
    static boolean byRatio(Plan plan, Resolved resolved) {
        return resolved.unit() && resolved.target().isPresent() && plan.breakdown(resolved.target().get().id())
                .flatMap(b -> b.method(resolved.target().get())).orElse(null) == Combine.RATIO;
    }

    /**
     * Checks a value of numerator/denominator ({@code 45/150}), kept as written (a level's text) for the
     * roll-up to add numerators and denominators.
     *
     * @param cell the value as written
     * @return the value, or why it does not fit
     */
    static Checked checkRatio(Cell cell) {
        Matcher m = RATIO.matcher(cell.text());
        if (!m.matches() || !(Double.parseDouble(m.group(2)) > 0)) {
            return Checked.wrong("a unit of a target combined by ratio reports numerator/denominator, found "
                    + cell.what(), Optional.of("write both numbers, the denominator above 0: 45/150"));
        }
        return Checked.ok(Value.level(plain(Double.parseDouble(m.group(1))) + "/"
                + plain(Double.parseDouble(m.group(2)))));
    }

    static Issue unknownTarget(String id, Plan plan) {
        Unknown unknown = Unknown.target(id, plan);
        return new Issue(unknown.message(), unknown.hint());
    }

    static Optional<Issue> checkDate(LocalDate date, Plan plan) {
        return Checks.withinPeriod("date", date, plan.period()).map(Issue::of);
    }

    /**
     * Checks a value against a target's measure.
     *
     * @param target the target
     * @param cell   the value as written
     * @return the value, or why it does not fit
     */
    static Checked checkValue(Target target, Cell cell) {
        Measure m = target.measure();
        if (!m.kind().isNumeric()) {
            String what = m.kind() == MeasureKind.GRADE ? "grade" : "stage";
            String levels = Texts.list(m.levels());
            if (cell.shape() == Shape.OTHER) {
                return Checked.wrong("expected a " + what + " of " + target.id() + " (" + levels + "), found "
                        + cell.what(), Optional.empty());
            }
            int index = m.levelIndex(cell.text());
            if (index >= 0) {
                return Checked.ok(Value.level(m.levels().get(index)));
            }
            if (cell.shape() == Shape.NUMBER || NUMBER.matcher(cell.text()).matches()) {
                return Checked.wrong("expected a " + what + " of " + target.id() + " (" + levels
                        + "), found the number " + cell.text(), Optional.empty());
            }
            return Checked.wrong("unknown " + what + " '" + Texts.abbreviate(cell.text()) + "' of " + target.id()
                    + " (expected one of " + levels + ")", Texts.didYouMean(cell.text(), m.levels()));
        }
        return switch (cell.shape()) {
            case NUMBER -> number(cell.text());
            case TEXT -> cell.origin() == Origin.CSV && NUMBER.matcher(cell.text()).matches() ? number(cell.text())
                    : cell.origin() != Origin.JAVA && PercentText.number(cell.text()).isPresent() ? percent(target, cell)
                    : Checked.wrong("expected a number, found " + cell.what(), UnitHints.inUnit(cell.text(),
                            m.unit()).or(() -> numberHint(cell)));
            case BOOLEAN, OTHER -> Checked.wrong("expected a number, found " + cell.what(), Optional.empty());
        };
    }

    /**
     * Reads a number written with a percent sign, as a plan's goal is read ({@link PercentText}): on a
     * measure in %, the number, with a note; on any other, a problem that names the measure's unit.
     */
    private static Checked percent(Target target, Cell cell) {
        String number = PercentText.number(cell.text()).orElseThrow();
        String unit = target.measure().unit();
        if (PercentText.isPercent(unit)) {
            return number(number).noting(PercentText.note(cell.text(), number));
        }
        String written = "'" + Texts.abbreviate(cell.text().strip()) + "'";
        return unit.isBlank()
                ? Checked.wrong("found the percentage " + written + ", but " + target.id() + " has no unit",
                        Optional.of(PercentText.withoutSign(number)))
                : Checked.wrong("found the percentage " + written + ", but the unit of " + target.id() + " is "
                        + unit + ", not %", Optional.of("write the value in " + unit + ", without %"));
    }

    private static Checked number(String text) {
        String t = text.replace("_", "");
        if (!NUMBER.matcher(t).matches()) {
            String lower = t.toLowerCase(Locale.ROOT);
            return Checked.wrong("expected a " + (lower.contains("inf") || lower.contains("nan") ? "finite" : "decimal")
                    + " number, found " + Texts.abbreviate(text), Optional.empty());
        }
        double d;
        try {
            d = new BigDecimal(t).doubleValue();
        } catch (NumberFormatException e) {
            // An exponent beyond BigDecimal's range (0.0e00…22250738585072014): a double reads it, as 0 or ∞.
            d = Double.parseDouble(t);
        }
        if (!Double.isFinite(d)) {
            return Checked.wrong("the number " + Texts.abbreviate(text) + " is too large", Optional.empty());
        }
        return Checked.ok(Value.of(d));
    }

    private static Optional<String> numberHint(Cell cell) {
        String t = cell.text().strip();
        if (NUMBER.matcher(t).matches()) {
            return cell.origin() == Origin.TREE ? Optional.of("write it without quotes: " + t) : Optional.empty();
        }
        if (THOUSANDS.matcher(t).matches()) {
            return Optional.of("write it without thousands separators: " + t.replace(",", ""));
        }
        if (DECIMAL_COMMA.matcher(t).matches()) {
            return Optional.of("write the decimal point as '.': " + t.replace(',', '.'));
        }
        // One number among other text (a unit, a rank's 第…名): suggest the number alone.
        Matcher m = NUMBER_IN_TEXT.matcher(t);
        if (m.find()) {
            String number = m.group();
            if (!m.find()) {
                return Optional.of("write the number alone: " + number);
            }
        }
        return Optional.empty();
    }

    /**
     * Describes a conflict: two values for one target and date.
     *
     * @param target     the target
     * @param date       the date
     * @param here       the value of the report pointed at
     * @param first      the value of the earlier report
     * @param firstWhere where the earlier one is: {@code at line 5}
     * @return the issue
     */
    static Issue conflict(String target, LocalDate date, Value here, Value first, String firstWhere) {
        return new Issue("conflicting reports for " + target + " as of " + date + ": " + show(here) + " here, "
                + show(first) + " " + firstWhere, Optional.of("keep the right one and remove the other"));
    }

    static String show(Value value) {
        if (value instanceof Value.Amount amount) {
            return plain(amount.value());
        }
        return "'" + Texts.abbreviate(value instanceof Value.Level level ? level.name() : value.toString()) + "'";
    }

    /** A number as a person writes it: 12, not 12.0; 0.000001, not 1.0E-6. */
    static String plain(double value) {
        return Texts.number(value);
    }

    /**
     * Checks the reports read from a file against the plan and builds the log, adding a located
     * problem for each report that does not fit and each conflict.
     *
     * @param plan        the plan
     * @param raws        the reports as read, in file order
     * @param problems    where problems go
     * @param maxProblems how many problems are kept: past it, hints are not worked out
     * @return the log, or empty when any problem was found (here or before)
     */
    static Optional<ProgressLog> assemble(Plan plan, List<RawReport> raws, Problems problems, int maxProblems) {
        return assemble(plan, raws, problems, maxProblems, null);
    }

    /**
     * Checks the reports read from a file and builds the log, or, given a log to correct, records them in
     * it as corrections: a correction of a report that log does not have is added, with a note (a warning).
     *
     * @param base the log corrected, or null for a file of reports
     * @return the log, or empty when any problem was found (here or before)
     */
    static Optional<ProgressLog> assemble(Plan plan, List<RawReport> raws, Problems problems, int maxProblems,
            ProgressLog base) {
        if (forAnotherPlan(plan, raws, problems)) {
            return Optional.empty();
        }
        Map<String, Series.Builder> builders = new LinkedHashMap<>();
        Map<String, String> texts = Series.texts();
        RunningTotals totals = new RunningTotals();
        Stamps stamps = new Stamps();
        ReportGaps gaps = new ReportGaps();
        for (int i = 0; i < raws.size(); i++) {
            RawReport raw = raws.get(i);
            boolean keep = problems.total() < maxProblems;
            Optional<Resolved> resolved = raw.target().map(cell -> target(plan, cell, raw, keep, problems));
            Optional<Target> target = resolved.flatMap(Resolved::target);
            Optional<LocalDate> date = raw.date().flatMap(cell -> date(plan, cell, raw, problems));
            boolean ratio = resolved.filter(r -> byRatio(plan, r)).isPresent();
            Optional<Value> value = target.flatMap(t -> raw.value().flatMap(cell -> value(t, cell, raw, ratio,
                    problems)));
            Optional<Recorded> recorded = raw.recorded().flatMap(cell -> Stamps.recorded(cell, raw, date, problems));
            if (target.isPresent() && date.isPresent() && value.isPresent()) {
                stamps.add(i, resolved.get().key(), date.get(), recorded);
                builders.computeIfAbsent(resolved.get().key(), Series.Builder::new).add(date.get(), value.get(),
                        raw.source().orElse(null), raw.note().orElse(null), raw.evidence().orElse(null), i, texts);
                totals.add(resolved.get().key(), target.get(), date.get(), value.get(), raw.value().orElseThrow(),
                        raw.path("value"));
                gaps.add(resolved.get().key(), target.get(), date.get(), raw.value().orElseThrow(), raw.path("value"));
            }
        }
        List<Series> built = new ArrayList<>();
        for (Series.Builder b : builders.values()) {
            built.add(b.build((target, date, first, kept, second, other) -> {
                RawReport later = raws.get(second);
                Cell at = later.value().orElseThrow();
                add(problems, at, later.path("value"), conflict(target, date, other, kept,
                        "at line " + raws.get(first).value().orElseThrow().line()));
            }));
        }
        if (!problems.isEmpty()) {
            return Optional.empty();
        }
        totals.warnWhereTheyFall(problems);
        gaps.warnWhereReportsStop(plan, problems);
        ProgressLog log = stamps.apply(ProgressLog.fromSeries(plan, built), raws);
        return Optional.of(base == null ? log : stamps.corrections(base, log, raws, problems));
    }

    /**
     * Tells whether a file is for another plan: it names at least {@link #ANOTHER_PLAN_MIN_TARGETS}
     * targets and none of them is the plan's. Then one problem says so, at the first report's target,
     * in place of an unknown target (and a date perhaps outside the period) on every row; a file with
     * some of the plan's targets gets a problem for each unknown one, with the nearest id.
     */
    private static boolean forAnotherPlan(Plan plan, List<RawReport> raws, Problems problems) {
        Set<String> named = new HashSet<>();
        Cell first = null;
        String firstPath = null;
        for (RawReport raw : raws) {
            if (raw.target().isEmpty()) {
                continue;
            }
            Cell cell = raw.target().get();
            int unit = cell.text().indexOf(Breakdown.UNIT_SEPARATOR);
            if (plan.target(unit < 0 ? cell.text() : cell.text().substring(0, unit)).isPresent()) {
                return false;
            }
            if (first == null) {
                first = cell;
                firstPath = raw.path("target");
            }
            named.add(cell.text());
        }
        if (named.size() < ANOTHER_PLAN_MIN_TARGETS) {
            return false;
        }
        List<String> ids = new ArrayList<>();
        for (Target t : plan.targets().subList(0, Math.min(3, plan.targets().size()))) {
            ids.add(t.id());
        }
        String like = Texts.list(ids) + (plan.targets().size() > ids.size() ? ", …" : "");
        add(problems, first, firstPath, new Issue("none of the " + named.size() + " targets named in this file is in"
                + " plan " + plan.id() + "; is it the right plan?", Optional.of("read it with the plan it reports on;"
                        + " the targets of " + plan.id() + " are " + like)));
        return true;
    }

    /** Finds a report's target in the plan; past the problems kept, an unknown one gets no suggestion. */
    private static Resolved target(Plan plan, Cell cell, RawReport raw, boolean keep, Problems problems) {
        Resolved resolved = resolve(cell.text(), plan, keep);
        resolved.issue().ifPresent(issue -> add(problems, cell, raw.path(resolved.unit() ? "unit" : "target"), issue));
        Optional<Derivation> derived = resolved.target().flatMap(t -> plan.derivation(t.id()));
        if (derived.isPresent()) {
            add(problems, cell, raw.path("target"), derived(resolved.target().get().id(), derived.get()));
            return new Resolved(Optional.empty(), resolved.key(), resolved.issue(), resolved.unit());
        }
        return resolved;
    }

    /** The problem of a report on a derived target, whose value is computed, not reported. */
    static Issue derived(String targetId, Derivation d) {
        return new Issue("target '" + targetId + "' is derived (" + d + "): its value is computed from those"
                + " targets, not reported", Optional.of("report " + String.join(" and ", d.inputs()) + " instead"));
    }

    /** Reads a report's date: one of the plan date forms, within the plan period. */
    private static Optional<LocalDate> date(Plan plan, Cell cell, RawReport raw, Problems problems) {
        Optional<LocalDate> date = DateReader.CANONICAL_ONLY.read(cell.text(), true, cell.line(), cell.column(),
                () -> raw.path("date"), problems);
        Optional<Issue> outside = date.flatMap(d -> checkDate(d, plan));
        if (outside.isPresent()) {
            add(problems, cell, raw.path("date"), outside.get());
            return Optional.empty();
        }
        return date;
    }

    /** Checks a report's value against its target's measure. */
    private static Optional<Value> value(Target target, Cell cell, RawReport raw, boolean ratio, Problems problems) {
        Checked checked = ratio ? checkRatio(cell) : RunningTotals.inDomain(target, checkValue(target, cell));
        checked.issue().ifPresent(issue -> add(problems, cell, raw.path("value"), issue));
        checked.note().ifPresent(note -> problems.note(cell.line(), cell.column(), raw.path("value"), note));
        return checked.value();
    }

    private static void add(Problems problems, Cell at, String path, Issue issue) {
        problems.add(at.line(), at.column(), path, issue.message(), issue.hint());
    }
}
