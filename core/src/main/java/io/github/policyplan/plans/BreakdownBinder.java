package io.github.policyplan.plans;

import io.github.policyplan.internal.read.DocumentPath;
import io.github.policyplan.internal.read.Fields;
import io.github.policyplan.internal.read.Node;
import io.github.policyplan.internal.read.Problems;
import io.github.policyplan.internal.read.Texts;
import io.github.policyplan.internal.read.Violations;
import io.github.policyplan.model.Allotment;
import io.github.policyplan.model.Breakdown;
import io.github.policyplan.model.BreakdownSettings;
import io.github.policyplan.model.Checkpoint;
import io.github.policyplan.model.Combine;
import io.github.policyplan.model.Goal;
import io.github.policyplan.model.InvalidPlanException;
import io.github.policyplan.model.Measure;
import io.github.policyplan.model.PlanPeriod;
import io.github.policyplan.model.Target;
import io.github.policyplan.model.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Binds breakdowns (目标任务分解): a target's {@code breakdown:} in a plan, an entry of a breakdown file,
 * a row of a breakdown CSV, and the plan's {@code breakdown-settings:}. Each breakdown is checked
 * against its target ({@link Breakdown#check}) once the plan period and units are known, its problems
 * located at the breakdown. Not thread-safe: one instance serves one load.
 */
final class BreakdownBinder {

    static final Set<String> BREAKDOWN_KEYS = Fields.keys("target", "combine", "under-allocation", "units");
    static final Set<String> UNIT_KEYS = Fields.keys("unit", "goal", "share", "weight", "due", "checkpoints");
    static final Set<String> SETTINGS_KEYS = Fields.keys("carry-forward", "score", "warn-above");
    static final Set<String> CHECKPOINT_KEYS = Fields.keys("date", "value");

    private static final Pattern UNIT_PATH = Pattern.compile("units\\[(\\d+)\\](.*)");

    private final Problems problems;
    private final TargetValueBinder values;
    private final DepartmentBinder departments;
    /** The breakdowns bound so far, with where each was read, to check once the plan is known. */
    private final List<Bound> bound = new ArrayList<>();

    /** A breakdown with its node, path and target, and each unit's node and path. */
    private record Bound(Node node, String path, Breakdown breakdown, Target target, List<? extends Node> unitNodes,
            List<String> unitPaths) {
    }

    BreakdownBinder(Problems problems, TargetValueBinder values, DepartmentBinder departments) {
        this.problems = problems;
        this.values = values;
        this.departments = departments;
    }

    /**
     * Binds a target's {@code breakdown:}, if it has one: a list of units, or a map with
     * {@code combine}, {@code under-allocation} and {@code units}.
     *
     * @param f      the target's fields
     * @param target the target, built
     * @return false after a problem
     */
    boolean inline(Fields f, Target target) {
        Optional<Node> n = f.get("breakdown");
        if (n.isEmpty()) {
            return true;
        }
        if (n.get() instanceof Node.ListNode list) {
            Optional<List<Allotment>> units = units(f, "breakdown", list.items(), target.measure());
            return units.isPresent() && add(n.get(), f.path("breakdown"), () -> new Breakdown(target.id(),
                    units.get(), Optional.empty(), false), target, list.items(), paths(f.path("breakdown"), list.items()));
        }
        Optional<Fields> opened = f.open(n.get(), "breakdown", -1, "a breakdown", BREAKDOWN_KEYS);
        if (opened.isEmpty()) {
            f.fail();
            return false;
        }
        if (opened.get().has("target")) {
            opened.get().problem("target", "a target's own breakdown names no target",
                    Optional.of("remove target:; it is the target the breakdown is under"));
            f.fail();
            return false;
        }
        return body(opened.get(), target);
    }

    /**
     * Binds an entry of a breakdown file: {@code target}, and the units with {@code combine} and
     * {@code under-allocation}.
     *
     * @param e      the entry's fields
     * @param target the target it names, when known
     * @return false after a problem
     */
    boolean entry(Fields e, Optional<Target> target) {
        return target.isPresent() && body(e, target.get());
    }

    private boolean body(Fields b, Target target) {
        Optional<Combine> combine = combine(b);
        boolean under = under(b);
        Optional<Node> n = b.require("units", "list the units with their goals: units: [{unit: 城关镇, goal: 20}]");
        Optional<List<Node>> nodes = n.isPresent() ? b.list("units") : Optional.empty();
        Optional<List<Allotment>> units = nodes.flatMap(list -> units(b, "units", list, target.measure()));
        if (b.failed() || units.isEmpty()) {
            return false;
        }
        return add(b.node(), b.path(), () -> new Breakdown(target.id(), units.get(), combine, under), target,
                nodes.get(), paths(b.path("units"), nodes.get()));
    }

    /**
     * Adds a breakdown built from rows: one unit a row.
     *
     * @param at     where its first row is
     * @param path   its path
     * @param target its target
     * @param units  the units, in row order
     * @param rows   each unit's row
     * @param paths  each unit's path
     * @param whole  false when some rows had problems: the breakdown is then checked for units named twice
     *               and shares, not against its target
     * @return false after a problem
     */
    boolean rows(Node at, String path, Target target, List<Allotment> units, List<? extends Node> rows,
            List<String> paths, boolean whole) {
        int kept = bound.size();
        boolean ok = add(at, path, () -> new Breakdown(target.id(), units, Optional.empty(), false), target, rows,
                paths);
        if (!whole && bound.size() > kept) {
            bound.remove(bound.size() - 1);
        }
        return ok && whole;
    }

    private static List<String> paths(String listPath, List<Node> items) {
        List<String> out = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            out.add(DocumentPath.index(listPath, i));
        }
        return out;
    }

    private boolean add(Node at, String path, java.util.function.Supplier<Breakdown> make, Target target,
            List<? extends Node> unitNodes, List<String> unitPaths) {
        Optional<Breakdown> b;
        try {
            b = Optional.of(make.get());
        } catch (InvalidPlanException e) {
            report(new Bound(at, path, null, target, unitNodes, unitPaths), e.violations());
            b = Optional.empty();
        }
        b.ifPresent(x -> bound.add(new Bound(at, path, x, target, unitNodes, unitPaths)));
        return b.isPresent();
    }

    /** Reports violations of a breakdown at the unit they name ({@code units[2].unit}), or at the breakdown. */
    private void report(Bound b, List<Violation> violations) {
        for (Violation v : violations) {
            Matcher m = UNIT_PATH.matcher(v.path());
            if (m.matches() && Integer.parseInt(m.group(1)) < b.unitNodes().size()) {
                int i = Integer.parseInt(m.group(1));
                String rest = m.group(2).startsWith(".") ? m.group(2).substring(1) : m.group(2);
                Violations.report(b.unitNodes().get(i), b.unitPaths().get(i),
                        List.of(new Violation(rest, v.message(), v.hint())), problems);
            } else {
                String rel = b.node() instanceof Node.ListNode && (v.path().equals("units") || v.path().equals("combine")) ? ""
                        : v.path();
                Violations.report(b.node(), b.path(), List.of(new Violation(rel, v.message(), v.hint())), problems);
            }
        }
    }

    private Optional<Combine> combine(Fields b) {
        Optional<String> code = b.optionalText("combine");
        if (code.isEmpty()) {
            return Optional.empty();
        }
        Optional<Combine> c = Combine.of(code.get());
        if (c.isEmpty()) {
            List<String> codes = Arrays.stream(Combine.values()).map(Combine::code).toList();
            b.problem("combine", "unknown way to combine '" + Texts.abbreviate(code.get()) + "'",
                    Optional.of(Texts.didYouMean(code.get(), codes).orElse("one of " + Texts.list(codes))));
            b.fail();
        }
        return c;
    }

    private static boolean under(Fields b) {
        Optional<String> text = b.optionalText("under-allocation");
        if (text.isPresent() && !text.get().equals("intended")) {
            b.problem("under-allocation", "under-allocation takes one value, intended (was '"
                    + Texts.abbreviate(text.get()) + "')", Optional.of("write under-allocation: intended, or leave it out"));
            b.fail();
        }
        return text.isPresent();
    }

    private Optional<List<Allotment>> units(Fields parent, String key, List<Node> nodes, Measure measure) {
        List<Allotment> out = new ArrayList<>(nodes.size());
        boolean ok = true;
        for (int i = 0; i < nodes.size(); i++) {
            Optional<Allotment> a = parent.open(nodes.get(i), key, i, "a unit's part", UNIT_KEYS)
                    .flatMap(u -> unit(u, measure));
            a.ifPresent(out::add);
            ok &= a.isPresent();
        }
        if (!ok) {
            parent.fail();
            return Optional.empty();
        }
        return Optional.of(out);
    }

    /**
     * Binds one unit's part: {@code unit}, {@code goal} or {@code share}, {@code weight}, {@code due},
     * {@code checkpoints}.
     *
     * @param u       the part's fields
     * @param measure the target's measure
     * @return the part, or empty after a problem
     */
    Optional<Allotment> unit(Fields u, Measure measure) {
        Optional<Node> un = u.require("unit", "name the unit by its id, alias or name, such as 城关镇");
        Optional<String> name = un.flatMap(n -> u.text("unit", n));
        Optional<String> unit = name.flatMap(x -> departments.resolve(u, "unit", -1, un.get(), x));
        Optional<Goal> goal = u.get("goal").flatMap(n -> values.value(u, "goal", n, Optional.of(measure), false));
        OptionalDouble share = share(u);
        double weight = u.optionalNumber("weight").orElse(1.0);
        Optional<LocalDate> due = u.get("due").flatMap(n -> values.date(n, u, "due", true));
        List<Checkpoint> checkpoints = checkpoints(u, measure);
        if (u.failed() || unit.isEmpty() || (u.has("goal") && goal.isEmpty()) || (u.has("due") && due.isEmpty())) {
            return Optional.empty();
        }
        return Violations.construct(u.node(), u::path, () -> new Allotment(unit.get(), goal, share, weight,
                checkpoints, due), problems);
    }

    /** Reads a share: a fraction (0.25) or a percentage (25%). */
    private static OptionalDouble share(Fields u) {
        Optional<Node> n = u.get("share");
        if (n.isEmpty()) {
            return OptionalDouble.empty();
        }
        Optional<Double> percent = u.percent("share", n.get());
        Optional<Double> v = percent.isPresent() ? percent.map(p -> p / 100) : u.number("share", n.get());
        if (v.isEmpty()) {
            u.fail();
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(v.get());
    }

    private List<Checkpoint> checkpoints(Fields u, Measure measure) {
        List<Checkpoint> out = new ArrayList<>();
        List<Node> nodes = u.list("checkpoints").orElse(List.of());
        for (int i = 0; i < nodes.size(); i++) {
            Optional<Fields> c = u.open(nodes.get(i), "checkpoints", i, "a checkpoint", CHECKPOINT_KEYS);
            if (c.isEmpty()) {
                u.fail();
                continue;
            }
            Optional<Node> d = c.get().require("date", "write the checkpoint's date");
            Optional<Node> v = c.get().require("value", "write the value expected by that date");
            Optional<LocalDate> date = d.flatMap(node -> values.date(node, c.get(), "date", true));
            Optional<Goal> value = v.flatMap(node -> values.value(c.get(), "value", node, Optional.of(measure), true));
            if (date.isEmpty() || value.isEmpty()) {
                u.fail();
            } else {
                out.add(new Checkpoint(date.get(), value.get()));
            }
        }
        return out;
    }

    /**
     * Reads the plan's {@code breakdown-settings:}, if given.
     *
     * @param plan the plan's (or a breakdown file's) fields
     * @param key  the key that holds them
     * @return the settings, the defaults when absent; empty after a problem
     */
    Optional<BreakdownSettings> settings(Fields plan, String key) {
        Optional<Node> n = plan.get(key);
        if (n.isEmpty()) {
            return Optional.of(BreakdownSettings.DEFAULTS);
        }
        Optional<Fields> opened = plan.open(n.get(), key, -1, "breakdown settings", SETTINGS_KEYS);
        if (opened.isEmpty()) {
            plan.fail();
            return Optional.empty();
        }
        Fields s = opened.get();
        boolean carry = s.get("carry-forward").map(x -> x instanceof Node.ScalarNode sc
                && sc.type() == Node.ScalarType.BOOLEAN && sc.text().equals("true")).orElse(false);
        if (s.get("carry-forward").filter(x -> !(x instanceof Node.ScalarNode sc
                && sc.type() == Node.ScalarType.BOOLEAN)).isPresent()) {
            s.problem("carry-forward", "carry-forward is true or false", Optional.of("write carry-forward: true"));
            s.fail();
        }
        Optional<String> score = s.optionalText("score");
        if (score.isPresent() && !score.get().equals("units") && !score.get().equals("own")) {
            s.problem("score", "score is own (the target's own report, the default) or units (the units' sum), not '"
                    + Texts.abbreviate(score.get()) + "'", Optional.of("write score: units, or leave it out"));
            s.fail();
        }
        double warn = s.optionalNumber("warn-above").orElse(BreakdownSettings.DEFAULTS.warnAbove());
        if (s.failed()) {
            plan.fail();
            return Optional.empty();
        }
        return Violations.construct(s.node(), s::path, () -> new BreakdownSettings(carry,
                score.orElse("own").equals("units"), warn), problems);
    }

    /**
     * Checks every breakdown bound against its target, the plan's units and period, reporting each
     * problem at the breakdown's place.
     *
     * @param units  the ids of the plan's units
     * @param period the plan period
     * @return the breakdowns, in the order bound; empty after a problem
     */
    Optional<List<Breakdown>> check(Set<String> units, PlanPeriod period) {
        List<Breakdown> out = new ArrayList<>(bound.size());
        int before = problems.total();
        for (Bound b : bound) {
            report(b, b.breakdown().check(b.target(), units, period));
            out.add(b.breakdown());
        }
        return problems.total() == before ? Optional.of(out) : Optional.empty();
    }
}
