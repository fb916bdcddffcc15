package io.github.policyplan.plans;

import io.github.policyplan.internal.read.DateReader;
import io.github.policyplan.internal.read.Fields;
import io.github.policyplan.internal.read.Node;
import io.github.policyplan.internal.read.Problems;
import io.github.policyplan.internal.read.Texts;
import io.github.policyplan.internal.read.UnitHints;
import io.github.policyplan.internal.read.Violations;
import io.github.policyplan.model.Baseline;
import io.github.policyplan.model.Cadence;
import io.github.policyplan.model.Checkpoint;
import io.github.policyplan.model.Checks;
import io.github.policyplan.model.Commitment;
import io.github.policyplan.model.Direction;
import io.github.policyplan.model.Goal;
import io.github.policyplan.model.Measure;
import io.github.policyplan.model.MeasureKind;
import io.github.policyplan.model.PlanPeriod;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Binds what a target measures and expects: its measure, baseline, goal, commitment, due date and
 * checkpoints, and the dates of a plan. Goal sheets read goals and baselines with it too. The due
 * dates and checkpoints it reads are checked against the plan period once that is known
 * ({@link #checkDates}). Not thread-safe: one instance serves one load.
 */
final class TargetValueBinder {

    static final Set<String> BASELINE_KEYS = Fields.keys("value", "date");
    static final Set<String> CHECKPOINT_KEYS = Fields.keys("date", "value");
    static final Set<String> BAND_KEYS = Fields.keys("low", "high");

    private static final MeasureKind[] KINDS = MeasureKind.values();
    private static final Direction[] DIRECTIONS = Direction.values();
    private static final Commitment[] COMMITMENTS = Commitment.values();
    /** The names a cadence may be written with. */
    private static final List<String> CADENCES = List.of("monthly", "quarterly", "yearly", "按月", "按季", "按年");
    /** The commitment of a target that writes none: most do. */
    private static final Optional<Commitment> STRIVE = Optional.of(Commitment.STRIVE);
    private static final String KIND_ADVICE = "write the measure's kind: "
            + Texts.list(Codes.list(KINDS, MeasureKind::code));

    private final Problems problems;
    private final SharedValues shared;
    /** Due dates and checkpoints read, to check against the period once it is known. */
    private final List<DatedField> dated = new ArrayList<>();

    /** A date read from a key of a map; its path is worked out only for a problem. */
    private record DatedField(Fields owner, String key, Node node, LocalDate date, boolean checkpoint) {
        String path() {
            return owner.path(key);
        }
    }

    /**
     * Creates a binder.
     *
     * @param problems where problems go
     * @param shared   the values this load shares
     */
    TargetValueBinder(Problems problems, SharedValues shared) {
        this.problems = problems;
        this.shared = shared;
    }

    /** Reads a target's measure: kind, unit, direction, and stages or grades. */
    Optional<Measure> measure(Fields f) {
        if (f.require("kind", KIND_ADVICE).isEmpty()) {
            return Optional.empty();
        }
        Optional<MeasureKind> read = Codes.read(f, "kind", KINDS, MeasureKind::code);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        MeasureKind kind = read.get();
        Optional<String> written = f.optionalText("unit");
        String unit = written.isPresent() ? shared.text(written.get())
                : kind == MeasureKind.SHARE || kind == MeasureKind.GROWTH_RATE ? "%" : "";
        Optional<Direction> direction = f.has("direction") ? Codes.read(f, "direction", DIRECTIONS, Direction::code)
                : Optional.of(kind.defaultDirection());
        List<String> levels = levels(f, kind);
        if (kind == MeasureKind.GRADE && !f.has("grades")) {
            f.problem("kind", "a grade target needs its grades, lowest first", Optional.of(
                    "add grades: [不合格, 合格, 良好, 优秀]"));
            return Optional.empty();
        }
        if (direction.isEmpty()) {
            return Optional.empty();
        }
        Optional<Measure> measure = Violations.construct(f.node(), f::path, () -> new Measure(kind, unit,
                direction.get(), levels), problems);
        return measure.isPresent() ? Optional.of(shared.measure(measure.get())) : measure;
    }

    /** Reads a milestone's stages or a grade target's grades; each key is refused on the other kinds. */
    private List<String> levels(Fields f, MeasureKind kind) {
        List<String> levels = new ArrayList<>();
        for (String key : List.of("stages", "grades")) {
            if (!f.has(key)) {
                continue;
            }
            MeasureKind owner = key.equals("stages") ? MeasureKind.MILESTONE : MeasureKind.GRADE;
            if (kind != owner) {
                f.problem(key, "'" + key + "' is only for kind " + owner.code() + " (this target is " + kind.code()
                        + ")", Optional.of("remove it, or change the kind"));
                continue;
            }
            List<Node.ScalarNode> names = f.textList(key).orElse(List.of());
            for (int i = 0; i < names.size(); i++) {
                Node.ScalarNode n = names.get(i);
                if (n.type() == Node.ScalarType.BOOLEAN) {
                    problems.add(n, io.github.policyplan.internal.read.DocumentPath.index(f.path(key), i), "the " + key
                            + " are names, but " + n.text() + " reads as a boolean", Optional.of("name the " + key
                                    + ", such as " + (key.equals("grades") ? "[不合格, 合格, 良好, 优秀]" : "[未开工, 开工, 建成]")
                                    + "; quote a name that reads as true or false: '" + n.text() + "'"));
                    f.fail();
                }
                levels.add(shared.text(n.text()));
            }
        }
        if (kind == MeasureKind.MILESTONE && !f.has("stages")) {
            levels.addAll(Measure.DEFAULT_STAGES);
        }
        return levels;
    }

    /** Reads a target's baseline, if it has one; empty too after a problem (the target is failed). */
    Optional<Baseline> baseline(Fields f, Optional<Measure> measure) {
        Optional<Node> n = f.get("baseline");
        return n.isPresent() ? baseline(f, "baseline", n.get(), measure) : Optional.empty();
    }

    /**
     * Reads a baseline written as a number or {value, date}.
     *
     * @param f   the map that holds it
     * @param key its key in that map
     * @param n       its node
     * @param measure the target's measure, when it could be read
     * @return the baseline, or empty after a problem (the map is failed)
     */
    Optional<Baseline> baseline(Fields f, String key, Node n, Optional<Measure> measure) {
        if (!(n instanceof Node.MapNode)) {
            return amount(f, key, n, measure).map(Baseline::of);
        }
        Optional<Fields> opened = f.open(n, key, -1, "a baseline", BASELINE_KEYS);
        if (opened.isEmpty()) {
            f.fail();
            return Optional.empty();
        }
        Fields b = opened.get();
        Optional<Double> value = b.require("value", "write the baseline value").flatMap(v -> amount(b, "value", v,
                measure));
        Optional<Node> d = b.get("date");
        Optional<LocalDate> date = d.flatMap(node -> date(node, b, "date", true));
        if (b.failed() || value.isEmpty() || (d.isPresent() && date.isEmpty())) {
            f.fail();
            return Optional.empty();
        }
        return Optional.of(new Baseline(value.get(), date));
    }

    /** Reads a number, written plain or with a percent sign (on a measure in %), within the measure's domain. */
    private Optional<Double> amount(Fields f, String key, Node n, Optional<Measure> measure) {
        if (measure.isPresent() && n instanceof Node.ScalarNode s && ValueDomain.isPercentText(s)) {
            return ValueDomain.percentFits(f, key, s, measure.get(), problems)
                    ? ValueDomain.within(f, key, s, f.percent(key, s), measure.get(), problems) : Optional.empty();
        }
        Optional<String> unitHint = measure.isPresent() && n instanceof Node.ScalarNode s
                && s.type() == Node.ScalarType.STRING ? UnitHints.inUnit(s.text(), measure.get().unit()) : Optional.empty();
        if (unitHint.isPresent()) {
            problems.add(n, f.path(key), "expected a number, found " + n.describe(), unitHint);
            f.fail();
            return Optional.empty();
        }
        Optional<Double> d = f.percent(key, n).or(() -> f.number(key, n));
        return measure.isPresent() ? ValueDomain.within(f, key, n, d, measure.get(), problems) : d;
    }

    /** Reads a target's goal; '*' (unpublished) is allowed. */
    Optional<Goal> goal(Fields f, Optional<Measure> measure) {
        Optional<Node> n = f.require("goal", "write the goal, or '*' if the plan does not publish it");
        return n.isPresent() ? value(f, "goal", n.get(), measure, true) : Optional.empty();
    }

    /**
     * Reads a goal or checkpoint value: a number, a band {low, high}, a stage or grade, or '*'.
     *
     * @param f            the map that holds it
     * @param key          its key in that map
     * @param n            its node
     * @param measure      the target's measure, when it could be read
     * @param unsetAllowed whether '*' (unpublished) is allowed
     * @return the value, or empty after a problem
     */
    Optional<Goal> value(Fields f, String key, Node n, Optional<Measure> measure, boolean unsetAllowed) {
        if (n instanceof Node.MapNode) {
            return band(f, key, n, measure);
        }
        boolean numeric = measure.isPresent() && measure.get().kind().isNumeric();
        if (n instanceof Node.ScalarNode s) {
            boolean text = s.type() == Node.ScalarType.STRING;
            if (s.isNumber()) {
                Optional<Double> d = f.number(key, s);
                return (numeric ? ValueDomain.within(f, key, s, d, measure.get(), problems) : d).map(Goal::of);
            }
            if (text && s.text().trim().equals("*")) {
                if (unsetAllowed) {
                    return Optional.of(Goal.unset());
                }
                problems.add(n, f.path(key), "'*' (unpublished) is not allowed here; write the value");
                f.fail();
                return Optional.empty();
            }
            if (numeric && ValueDomain.isPercentText(s)) {
                return ValueDomain.percentFits(f, key, s, measure.get(), problems)
                        ? ValueDomain.within(f, key, s, f.percent(key, s), measure.get(), problems).map(Goal::of)
                        : Optional.empty();
            }
            if (text && !numeric && s.text().isBlank()) {
                problems.add(n, f.path(key), "the " + key + " is empty", Optional.of("write a stage or grade"
                        + (unsetAllowed ? ", or '*' if the plan does not publish it" : "")));
                f.fail();
                return Optional.empty();
            }
            if (text && !numeric) {
                return Optional.of(Goal.level(shared.text(s.text())));
            }
            if (s.type() == Node.ScalarType.BOOLEAN && measure.isPresent() && measure.get().levels().contains(s.text())) {
                // Stages or grades written true and false: the list of them is refused, once.
                return Optional.of(Goal.level(s.text()));
            }
        }
        notAValue(f, key, n, unsetAllowed, measure);
        return Optional.empty();
    }

    private void notAValue(Fields f, String key, Node n, boolean unsetAllowed, Optional<Measure> measure) {
        String advice = unsetAllowed ? "write a number, or '*' if the plan does not publish it" : "write a number";
        Optional<String> hint = Optional.of(advice);
        if (n instanceof Node.ScalarNode s && s.type() == Node.ScalarType.STRING) {
            String t = s.text().trim();
            hint = Optional.of(t.matches("[-+]?[0-9]+(\\.[0-9]+)?") ? "write it without quotes: " + t
                    : measure.flatMap(me -> UnitHints.inUnit(t, me.unit())).or(() -> Fields.numberHint(t))
                            .orElse(advice));
        }
        problems.add(n, f.path(key), "expected a number" + (unsetAllowed ? " or '*'" : "") + ", found "
                + n.describe(), hint);
        f.fail();
    }

    private Optional<Goal> band(Fields f, String key, Node n, Optional<Measure> measure) {
        Optional<Fields> opened = f.open(n, key, -1, "a band", BAND_KEYS);
        if (opened.isEmpty()) {
            f.fail();
            return Optional.empty();
        }
        Fields b = opened.get();
        Optional<Node> lo = b.require("low", "write the band's lower bound");
        Optional<Node> hi = b.require("high", "write the band's upper bound");
        Optional<Double> low = inDomain(b, "low", lo, lo.flatMap(node -> b.number("low", node)), measure);
        Optional<Double> high = inDomain(b, "high", hi, hi.flatMap(node -> b.number("high", node)), measure);
        if (low.isEmpty() || high.isEmpty()) {
            f.fail();
            return Optional.empty();
        }
        return Violations.construct(n, b::path, () -> Goal.band(low.get(), high.get()), problems);
    }

    private Optional<Double> inDomain(Fields b, String key, Optional<Node> at, Optional<Double> value,
            Optional<Measure> measure) {
        return measure.isPresent() && measure.get().kind().isNumeric() && at.isPresent()
                ? ValueDomain.within(b, key, at.get(), value, measure.get(), problems) : value;
    }

    /** Reads how firmly the plan commits to a target, by code or in Chinese; strive when not written. */
    Optional<Commitment> commitment(Fields f) {
        Optional<Node> n = f.get("commitment");
        if (n.isEmpty()) {
            return STRIVE;
        }
        Optional<String> text = f.text("commitment", n.get());
        if (text.isEmpty()) {
            return Optional.empty();
        }
        List<String> known = new ArrayList<>();
        for (Commitment c : COMMITMENTS) {
            if (c.code().equals(text.get()) || c.chinese().equals(text.get())) {
                return Optional.of(c);
            }
            known.add(c.code());
            known.add(c.chinese());
        }
        f.problem("commitment", "unknown commitment '" + Texts.abbreviate(text.get()) + "' (expected must 确保,"
                + " strive 力争 or aim 争取)", Texts.didYouMean(text.get(), known));
        return Optional.empty();
    }

    /**
     * Reads how often a plan's or a target's progress is reported, if it says: a {@link Cadence} by code or
     * Chinese name; empty too after a problem (the map is failed).
     */
    Optional<Cadence> cadence(Fields f) {
        Optional<Node> n = f.get("cadence");
        if (n.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> text = f.text("cadence", n.get());
        Optional<Cadence> cadence = text.flatMap(Cadence::byCode);
        if (cadence.isEmpty()) {
            text.ifPresent(t -> f.problem("cadence", "unknown cadence '" + Texts.abbreviate(t)
                    + "' (known: monthly 按月, quarterly 按季, yearly 按年)", Texts.didYouMean(t, CADENCES)));
            f.fail();
        }
        return cadence;
    }

    /**
     * Reads the first day of a target's schedule, if it starts later than the plan's period: a partial date
     * means its first day ({@code start: 2023-Q3} is 2023-07-01); it is checked against the period later.
     */
    Optional<LocalDate> start(Fields f) {
        Optional<Node> n = f.get("start");
        if (n.isEmpty()) {
            return Optional.empty();
        }
        Optional<LocalDate> start = date(n.get(), f, "start", false);
        if (start.isPresent()) {
            dated.add(new DatedField(f, "start", n.get(), start.get(), false));
        } else {
            f.fail();
        }
        return start;
    }

    /** Reads a target's due date; it is checked against the period later. */
    Optional<LocalDate> due(Fields f) {
        Optional<Node> n = f.require("due", "write the due date: " + DateReader.FORMS);
        if (n.isEmpty()) {
            return Optional.empty();
        }
        Optional<LocalDate> due = date(n.get(), f, "due", true);
        if (due.isPresent()) {
            dated.add(new DatedField(f, "due", n.get(), due.get(), false));
        }
        return due;
    }

    /** Reads a target's checkpoints, each a date and the value expected by then. */
    Optional<List<Checkpoint>> checkpoints(Fields f, Optional<Measure> measure) {
        Optional<List<Node>> nodes = f.list("checkpoints");
        if (nodes.isEmpty()) {
            return Optional.empty();
        }
        List<Checkpoint> out = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < nodes.get().size(); i++) {
            Optional<Fields> opened = f.open(nodes.get().get(i), "checkpoints", i, "a checkpoint", CHECKPOINT_KEYS);
            Optional<Checkpoint> checkpoint = opened.flatMap(c -> checkpoint(c, measure));
            checkpoint.ifPresent(out::add);
            ok &= checkpoint.isPresent();
        }
        if (!ok) {
            f.fail();
            return Optional.empty();
        }
        return Optional.of(out);
    }

    private Optional<Checkpoint> checkpoint(Fields c, Optional<Measure> measure) {
        Optional<Node> d = c.require("date", "write the checkpoint's date");
        Optional<Node> v = c.require("value", "write the value expected by that date");
        Optional<LocalDate> date = d.flatMap(node -> date(node, c, "date", true));
        Optional<Goal> value = v.flatMap(node -> value(c, "value", node, measure, true));
        if (c.failed() || date.isEmpty() || value.isEmpty()) {
            return Optional.empty();
        }
        dated.add(new DatedField(c, "date", d.get(), date.get(), true));
        return Optional.of(new Checkpoint(date.get(), value.get()));
    }

    /**
     * Reads a date.
     *
     * @param n   the node
     * @param f   the map that holds it
     * @param key its key in that map
     * @param end true for the last day of a span it names, false for the first
     * @return the date, or empty after a problem
     */
    Optional<LocalDate> date(Node n, Fields f, String key, boolean end) {
        Optional<LocalDate> date = DateReader.ACCEPTING_CHINESE.read(n, end, f, key, problems);
        return date.isPresent() ? Optional.of(shared.date(date.get())) : date;
    }

    /**
     * Checks every start and due date read against the plan period, and every checkpoint against its start.
     *
     * @param period the plan period
     */
    void checkDates(PlanPeriod period) {
        for (DatedField d : dated) {
            Optional<String> outside = d.checkpoint() ? Checks.checkpointInPeriod(d.date(), period)
                    : Checks.withinPeriod(d.key().equals("start") ? "start" : "due date", d.date(), period);
            outside.ifPresent(message -> problems.add(d.node(), d.path(), message, Optional.empty()));
        }
    }
}
