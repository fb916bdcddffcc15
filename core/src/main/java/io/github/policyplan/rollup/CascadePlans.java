package io.github.policyplan.rollup;

import io.github.policyplan.model.Allotment;
import io.github.policyplan.model.Breakdown;
import io.github.policyplan.model.Department;
import io.github.policyplan.model.Goal;
import io.github.policyplan.model.Plan;
import io.github.policyplan.model.Report;
import io.github.policyplan.model.UnitKind;
import io.github.policyplan.model.Value;
import io.github.policyplan.plans.Magnitudes;
import io.github.policyplan.plans.PlanSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * A higher plan as its roll-up sees it: each target that lower plans count toward broken down among
 * them, a lower plan a unit (its id, named by its title), with the lower target's goal in the higher
 * target's unit. The roll-up of breakdowns then does the rest: the method, the coverage, the higher
 * target's own report against the lower plans' total. Stateless.
 */
final class CascadePlans {

    private CascadePlans() {
    }

    /** The plan with its cascaded targets broken down among the lower plans; the plan itself when none is. */
    static Plan of(PlanSet set, Plan plan) {
        List<String> cascaded = set.cascaded(plan.id());
        if (cascaded.isEmpty()) {
            return plan;
        }
        List<Department> units = new ArrayList<>(plan.departments());
        Set<String> added = new HashSet<>();
        List<Breakdown> breakdowns = new ArrayList<>(plan.breakdowns());
        for (String id : cascaded) {
            List<Allotment> parts = new ArrayList<>();
            List<PlanSet.Link> links = set.into(plan.id(), id);
            for (PlanSet.Link l : links) {
                if (added.add(l.lowerPlan().id())) {
                    units.add(Department.of(l.lowerPlan().id(), l.lowerPlan().title(), UnitKind.OTHER));
                }
                parts.add(new Allotment(l.lowerPlan().id(), Optional.of(goal(l)), OptionalDouble.empty(), l.weight(),
                        List.of(), Optional.empty()));
            }
            breakdowns.add(new Breakdown(id, parts, Optional.of(links.get(0).method()), true));
        }
        return new Plan(plan.id(), plan.title(), plan.issuer(), plan.period(), plan.source(), units, plan.sections(),
                plan.aggregation(), plan.rule(), plan.cadence(), plan.derivations(), breakdowns,
                plan.breakdownSettings());
    }

    /** The lower target's goal in the higher target's unit; unset when it is not a number or a level. */
    private static Goal goal(PlanSet.Link l) {
        Goal g = l.lower().goal();
        if (g instanceof Goal.Amount a) {
            return Goal.of(Magnitudes.convert(a.value(), l.exponent()));
        }
        return g instanceof Goal.Level ? g : Goal.unset();
    }

    /** The lower target's reports as the higher target's unit's reports, in the higher target's unit. */
    static void reports(PlanSet.Link l, List<Report> series, List<Report> out) {
        String key = Breakdown.reportKey(l.higher().id(), l.lowerPlan().id());
        for (Report r : series) {
            Value v = r.value() instanceof Value.Amount a && l.exponent() != 0
                    ? Value.of(Magnitudes.convert(a.value(), l.exponent())) : r.value();
            out.add(new Report(key, r.date(), v, r.source(), r.note(), r.evidence()));
        }
    }
}
