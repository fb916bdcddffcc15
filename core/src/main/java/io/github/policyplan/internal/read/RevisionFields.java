package io.github.policyplan.internal.read;

import io.github.policyplan.model.Allotment;
import io.github.policyplan.model.Breakdown;
import io.github.policyplan.model.Combine;
import io.github.policyplan.model.Goal;
import io.github.policyplan.model.InvalidPlanException;
import io.github.policyplan.model.MeasureKind;
import io.github.policyplan.model.Revision;
import io.github.policyplan.model.Target;
import io.github.policyplan.model.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads one revision entry as stores and {@code plans.RevisionEntry} keep it: {@code id, target,
 * effective, decided, reason, reference, change} and the change's own keys ({@code goal}; {@code due};
 * {@code item, title, kind, unit, goal, due, lead} for a target added; none for a withdrawal;
 * {@code units} of {@code unit} with {@code goal} or {@code share} and an optional {@code weight}, and
 * optional {@code combine} and {@code under-allocation: intended}, for a breakdown). Dates are
 * days written in full; every problem is located at its key. Checks the entry, not its fit to a plan.
 * Stateless.
 */
public final class RevisionFields {

    /** The keys of a revision entry. */
    public static final List<String> KEYS = List.of("id", "target", "effective", "decided", "reason", "reference",
            "change", "goal", "due", "item", "title", "kind", "unit", "lead", "units", "combine", "under-allocation");

    /** The changes an entry can hold. */
    public static final List<String> CHANGES = List.of("goal", "due", "add", "withdraw", "breakdown");

    /** The keys of a unit's part in a breakdown revision. */
    public static final List<String> UNIT_KEYS = List.of("unit", "goal", "share", "weight");

    /** The keys each change has of its own; the other change keys are refused. */
    private static final Map<String, List<String>> OWN = Map.of("goal", List.of("goal"), "due", List.of("due"),
            "add", List.of("item", "title", "kind", "unit", "goal", "due", "lead"), "withdraw", List.of(),
            "breakdown", List.of("units", "combine", "under-allocation"));

    /** A day written in full, as stores write it: 2023-06-30. */
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private RevisionFields() {
    }

    /**
     * Reads a revision entry.
     *
     * @param f        its fields, opened with {@link #KEYS}
     * @param problems where problems go
     * @return the revision, empty after a problem
     */
    public static Optional<Revision> revision(Fields f, Problems problems) {
        int before = problems.total();
        Optional<String> id = string(f, "id", "id: the revision's id", problems);
        Optional<String> target = string(f, "target", "target: the id of the target changed", problems);
        Optional<LocalDate> effective = day(f, "effective", "effective: the day it takes effect", problems);
        Optional<LocalDate> decided = day(f, "decided", "decided: the day it was decided", problems);
        Optional<String> reason = string(f, "reason", "reason: why, in the words of the decision", problems);
        Optional<String> reference = optionalString(f, "reference", problems);
        Optional<Revision.Change> change = string(f, "change", "change: " + String.join(", ", CHANGES), problems)
                .flatMap(kind -> change(kind, f, target, problems));
        if (id.isEmpty() || target.isEmpty() || effective.isEmpty() || decided.isEmpty() || reason.isEmpty()
                || change.isEmpty() || f.failed() || problems.total() > before) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Revision(id.get(), target.get(), effective.get(), decided.get(), reason.get(),
                    reference, change.get()));
        } catch (IllegalArgumentException e) {
            problems.add(f.node(), f.path(), e.getMessage(), Optional.empty());
            return Optional.empty();
        }
    }

    private static Optional<Revision.Change> change(String kind, Fields f, Optional<String> target,
            Problems problems) {
        if (!OWN.containsKey(kind)) {
            f.problem("change", "unknown change '" + Texts.abbreviate(kind) + "'", Optional.of(Texts.didYouMean(
                    kind, CHANGES).orElse("the changes are " + String.join(", ", CHANGES))));
            return Optional.empty();
        }
        for (String key : KEYS.subList(KEYS.indexOf("goal"), KEYS.size())) {
            if (f.has(key) && !OWN.get(kind).contains(key)) {
                f.problem(key, "a revision that changes " + kind + " has no " + key, Optional.of("remove " + key
                        + ", or record a revision of its own for it"));
            }
        }
        switch (kind) {
            case "goal":
                return f.require("goal", "goal: the new goal, a number, {low, high}, a stage or *")
                        .flatMap(n -> goal(n, f, problems)).map(Revision.NewGoal::new);
            case "due":
                return day(f, "due", "due: the new due date", problems).map(Revision.NewDue::new);
            case "withdraw":
                return Optional.of(new Revision.Withdrawn());
            case "breakdown":
                return target.flatMap(t -> breakdown(f, t, problems)).map(Revision.NewBreakdown::new);
            default:
                return added(f, target, problems);
        }
    }

    private static Optional<Revision.Change> added(Fields f, Optional<String> target, Problems problems) {
        Optional<String> item = string(f, "item", "item: the id of the item the target is added to", problems);
        Optional<String> title = string(f, "title", "title: the new target's title", problems);
        Optional<MeasureKind> kind = string(f, "kind", "kind: the new target's measure kind", problems)
                .flatMap(k -> kind(k, f));
        Optional<String> unit = optionalString(f, "unit", problems);
        Optional<Goal> goal = f.require("goal", "goal: the new target's goal").flatMap(n -> goal(n, f, problems));
        Optional<LocalDate> due = day(f, "due", "due: the new target's due date", problems);
        Optional<String> lead = string(f, "lead", "lead: the id of the lead department", problems);
        if (target.isEmpty() || item.isEmpty() || title.isEmpty() || kind.isEmpty() || goal.isEmpty()
                || due.isEmpty() || lead.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Revision.Added(item.get(), Target.builder(target.get(), title.get())
                    .measure(kind.get(), unit.orElse("")).goal(goal.get()).due(due.get()).lead(lead.get()).build()));
        } catch (RuntimeException e) {
            f.problem("target", "the new target does not fit: " + Texts.abbreviate(String.valueOf(e.getMessage())),
                    Optional.empty());
            return Optional.empty();
        }
    }

    /**
     * Reads the breakdown of a breakdown revision: {@code units}, {@code combine}, {@code under-allocation}.
     * Checks its shape (units named once, shares adding up to 1), not its fit to the target.
     *
     * @param f        the revision's fields
     * @param target   the target's id
     * @param problems where problems go
     * @return the breakdown, empty after a problem
     */
    public static Optional<Breakdown> breakdown(Fields f, String target, Problems problems) {
        int before = problems.total();
        Optional<Combine> combine = f.optionalText("combine").flatMap(c -> {
            Optional<Combine> known = Combine.of(c);
            if (known.isEmpty()) {
                List<String> codes = new ArrayList<>();
                for (Combine x : Combine.values()) {
                    codes.add(x.code());
                }
                f.problem("combine", "unknown way to combine '" + Texts.abbreviate(c) + "'", Optional.of(
                        Texts.didYouMean(c, codes).orElse("one of " + String.join(", ", codes))));
            }
            return known;
        });
        Optional<String> under = f.optionalText("under-allocation");
        under.filter(u -> !u.equals("intended")).ifPresent(u -> f.problem("under-allocation", "under-allocation"
                + " takes one value, intended (was '" + Texts.abbreviate(u) + "')", Optional.of("write"
                        + " under-allocation: intended, or leave it out")));
        List<Node> nodes = f.require("units", "units: each unit with its goal, [{unit: 城关镇, goal: 20}]")
                .flatMap(n -> f.list("units")).orElse(List.of());
        List<Allotment> units = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            f.open(nodes.get(i), "units", i, "a unit's part", UNIT_KEYS).flatMap(u -> allotment(u, problems))
                    .ifPresent(units::add);
        }
        if (f.failed() || problems.total() > before || units.size() != nodes.size() || nodes.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Breakdown(target, units, combine, under.isPresent()));
        } catch (InvalidPlanException e) {
            for (Violation v : e.violations()) {
                problems.add(f.get("units").orElseThrow(), f.path("units"), v.message(), v.hint());
            }
            return Optional.empty();
        }
    }

    private static Optional<Allotment> allotment(Fields u, Problems problems) {
        int before = problems.total();
        Optional<String> unit = string(u, "unit", "unit: the id of the unit", problems);
        Optional<Goal> goal = u.get("goal").flatMap(n -> goal(n, u, problems));
        Optional<Double> share = u.optionalFraction("share");
        Optional<Double> weight = u.optionalNumber("weight");
        if (!u.has("goal") && !u.has("share")) {
            u.problem("goal", "a unit's part gives its goal or its share of the target's goal", Optional.of(
                    "write goal: 20, or share: 0.25"));
        }
        if (unit.isEmpty() || u.failed() || problems.total() > before) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Allotment(unit.get(), goal, share.map(java.util.OptionalDouble::of)
                    .orElse(java.util.OptionalDouble.empty()), weight.orElse(1.0), List.of(), Optional.empty()));
        } catch (InvalidPlanException e) {
            for (Violation v : e.violations()) {
                problems.add(u.node(), u.path(), v.message(), v.hint());
            }
            return Optional.empty();
        }
    }

    private static Optional<MeasureKind> kind(String code, Fields f) {
        List<String> codes = new ArrayList<>();
        for (MeasureKind m : MeasureKind.values()) {
            if (m.code().equals(code)) {
                return Optional.of(m);
            }
            codes.add(m.code());
        }
        f.problem("kind", "unknown measure kind '" + Texts.abbreviate(code) + "'", Optional.of(Texts.didYouMean(code,
                codes).orElse("the kinds are " + String.join(", ", codes))));
        return Optional.empty();
    }

    /**
     * Reads a required day written in full, such as 2023-06-30.
     *
     * @param f        the fields
     * @param key      the key
     * @param advice   what to write when it is missing
     * @param problems where problems go
     * @return the day, empty after a problem
     */
    public static Optional<LocalDate> day(Fields f, String key, String advice, Problems problems) {
        Optional<Node> n = f.require(key, advice);
        if (n.isEmpty()) {
            return Optional.empty();
        }
        if (n.get() instanceof Node.ScalarNode s && s.type() == Node.ScalarType.STRING
                && DAY.matcher(s.text()).matches()) {
            try {
                return Optional.of(LocalDate.parse(s.text()));
            } catch (java.time.format.DateTimeParseException e) {
                // Reported below.
            }
        }
        problems.add(n.get(), f.path(key), "expected a day written in full, such as 2023-06-30, found "
                + n.get().describe(), Optional.empty());
        return Optional.empty();
    }

    /**
     * Reads a required text that is a JSON string and not blank.
     *
     * @param f        the fields
     * @param key      the key
     * @param advice   what to write when it is missing
     * @param problems where problems go
     * @return the text, empty after a problem
     */
    public static Optional<String> string(Fields f, String key, String advice, Problems problems) {
        return f.require(key, advice).flatMap(n -> string(f, key, n, problems));
    }

    /**
     * Reads an optional text that, when given, is a JSON string; blank is none.
     *
     * @param f        the fields
     * @param key      the key
     * @param problems where problems go
     * @return the text, empty when absent, blank or after a problem
     */
    public static Optional<String> optionalString(Fields f, String key, Problems problems) {
        return f.get(key).flatMap(n -> string(f, key, n, problems)).filter(t -> !t.isEmpty());
    }

    private static Optional<String> string(Fields f, String key, Node n, Problems problems) {
        if (n instanceof Node.ScalarNode s && s.type() == Node.ScalarType.STRING) {
            if (s.text().isBlank() && !List.of("source", "note", "evidence", "reference", "unit").contains(key)) {
                problems.add(n, f.path(key), "expected a text that is not blank, found '" + s.text() + "'",
                        Optional.empty());
                return Optional.empty();
            }
            return Optional.of(s.text());
        }
        problems.add(n, f.path(key), "expected a text (a JSON string), found " + n.describe(), Optional.empty());
        return Optional.empty();
    }

    /**
     * Reads a goal as revisions write it: a number, {@code {low, high}}, a stage or grade name, or
     * {@code *} for unset; whether it fits the target is checked against the plan, not here.
     *
     * @param n        the node under {@code goal}
     * @param f        the fields that hold it
     * @param problems where a problem goes, located at the node
     * @return the goal; empty after a problem
     */
    public static Optional<Goal> goal(Node n, Fields f, Problems problems) {
        if (n instanceof Node.ScalarNode s && (s.type() == Node.ScalarType.INTEGER
                || s.type() == Node.ScalarType.DECIMAL)) {
            return f.number("goal", n).map(Goal::of);
        }
        if (n instanceof Node.ScalarNode s && s.type() == Node.ScalarType.STRING && !s.text().isBlank()) {
            return Optional.of(s.text().equals("*") ? Goal.unset() : Goal.level(s.text()));
        }
        if (n instanceof Node.MapNode) {
            Optional<Fields> band = f.open(n, "goal", -1, "a band of goals", List.of("low", "high"));
            if (band.isPresent()) {
                Optional<Double> low = band.get().require("low", "low: the lower end").flatMap(
                        x -> band.get().number("low", x));
                Optional<Double> high = band.get().require("high", "high: the upper end").flatMap(
                        x -> band.get().number("high", x));
                if (low.isPresent() && high.isPresent()) {
                    try {
                        return Optional.of(Goal.band(low.get(), high.get()));
                    } catch (IllegalArgumentException e) {
                        problems.add(n, f.path("goal"), e.getMessage(), Optional.empty());
                    }
                }
            }
            return Optional.empty();
        }
        problems.add(n, f.path("goal"), "expected a goal (a number, {low, high}, a stage or *), found "
                + n.describe());
        return Optional.empty();
    }
}
