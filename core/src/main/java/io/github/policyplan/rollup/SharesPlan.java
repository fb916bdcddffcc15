package io.github.policyplan.rollup;

import io.github.policyplan.model.BreakdownSettings;
import io.github.policyplan.model.Derivation;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.Map;
import io.github.policyplan.model.Allotment;
import io.github.policyplan.model.Breakdown;
import io.github.policyplan.model.Checkpoint;
import io.github.policyplan.model.Combine;
import io.github.policyplan.model.Goal;
import io.github.policyplan.model.Item;
import io.github.policyplan.model.Plan;
import io.github.policyplan.model.Section;
import io.github.policyplan.model.Target;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The units' shares of a plan's broken-down targets, as a plan of their own that scores like any
 * other: a section a broken-down target (its id and title), a target a unit ({@code funds.cgz}, titled
 * with the unit's name) with the unit's goal, due date and checkpoints, and the parent's measure, rule
 * and schedule. A unit without checkpoints of its own follows the parent's, scaled to its goal when the
 * units' values are summed. Derived once a plan ({@link Plan#derived}).
 */
final class SharesPlan {

    final Plan plan;
    /** The plan with each broken-down target replaced, in place, by its units' shares; see {@link RollUp#byUnit}. */
    final Plan byUnit;

    SharesPlan(Plan source) {
        List<Section> sections = new ArrayList<>();
        for (Breakdown b : source.breakdowns()) {
            Target parent = source.target(b.target()).orElseThrow();
            List<Target> units = new ArrayList<>();
            for (Allotment a : b.units()) {
                units.add(share(source, parent, b, a));
            }
            sections.add(new Section(parent.id(), parent.title(), 1, units, List.of(), Optional.empty()));
        }
        this.plan = sections.isEmpty() ? null : new Plan(source.id() + ".units", source.title(), source.issuer(),
                source.period(), source.source(), source.departments(), sections, source.aggregation(), source.rule(),
                source.cadence(), Map.of(), List.of(), BreakdownSettings.DEFAULTS);
        this.byUnit = sections.isEmpty() ? source : byUnit(source);
    }

    private static Plan byUnit(Plan source) {
        List<Section> sections = new ArrayList<>();
        for (Section s : source.sections()) {
            List<Item> items = new ArrayList<>();
            for (Item i : s.items()) {
                items.add(new Item(i.id(), i.title(), i.weight(), replaced(source, i.targets()), i.aggregation()));
            }
            sections.add(new Section(s.id(), s.title(), s.weight(), replaced(source, s.targets()), items,
                    s.aggregation()));
        }
        Set<String> kept = new HashSet<>();
        sections.forEach(s -> {
            s.targets().forEach(t -> kept.add(t.id()));
            s.items().forEach(i -> i.targets().forEach(t -> kept.add(t.id())));
        });
        // A derivation whose target or inputs were divided into units no longer applies.
        Map<String, Derivation> derivations = new LinkedHashMap<>();
        source.derivations().forEach((id, d) -> {
            if (kept.contains(id) && kept.containsAll(d.inputs())) {
                derivations.put(id, d);
            }
        });
        return new Plan(source.id(), source.title(), source.issuer(), source.period(), source.source(),
                source.departments(), sections, source.aggregation(), source.rule(), source.cadence(), derivations,
                List.of(), BreakdownSettings.DEFAULTS);
    }

    private static List<Target> replaced(Plan source, List<Target> targets) {
        List<Target> out = new ArrayList<>();
        for (Target t : targets) {
            Optional<Breakdown> b = source.breakdown(t.id());
            if (b.isEmpty()) {
                out.add(t);
                continue;
            }
            for (Allotment a : b.get().units()) {
                out.add(share(source, t, b.get(), a));
            }
        }
        return out;
    }

    /** The id of a unit's share in the shares plan. */
    static String id(String target, String unit) {
        return target + "." + unit;
    }

    static Target share(Plan source, Target parent, Breakdown b, Allotment a) {
        Goal goal = a.goalUnder(parent);
        LocalDate due = a.due().orElse(parent.due());
        List<Checkpoint> checkpoints = a.checkpoints().isEmpty() ? scaled(parent, b, goal, due) : a.checkpoints();
        String name = source.department(a.unit()).map(d -> d.name()).orElse(a.unit());
        return new Target(id(parent.id(), a.unit()), name, Optional.empty(), parent.measure(), Optional.empty(), goal,
                parent.commitment(), parent.start(), due, checkpoints, a.unit(), List.of(), a.weight(), parent.rule(),
                parent.schedule(), parent.cadence(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** The parent's checkpoints up to the unit's due date, scaled to the unit's goal when values are summed. */
    private static List<Checkpoint> scaled(Target parent, Breakdown b, Goal goal, LocalDate due) {
        boolean sum = b.method(parent).orElse(null) == Combine.SUM;
        double factor = sum && parent.goal() instanceof Goal.Amount p && goal instanceof Goal.Amount u
                && p.value() != 0 ? u.value() / p.value() : 1;
        List<Checkpoint> out = new ArrayList<>();
        for (Checkpoint c : parent.checkpoints()) {
            if (c.date().isAfter(due)) {
                continue;
            }
            if (!sum || !(c.expected() instanceof Goal.Amount e)) {
                out.add(c);
            } else if (factor != 1 || !(goal instanceof Goal.Amount)) {
                out.add(goal instanceof Goal.Amount ? Checkpoint.of(c.date(), Math.round(e.value() * factor * 1e6) / 1e6)
                        : new Checkpoint(c.date(), Goal.unset()));
            } else {
                out.add(c);
            }
        }
        return out;
    }
}
