package io.github.policyplan.model;

import java.time.LocalDate;
import java.util.List;

/**
 * The slow way of {@link PlanTemplate#plan}, taken only when its loop found a problem: each problem with
 * its path and the words the plan and its targets would use. A target whose values do not pass is made
 * with them, so that its own checks say what is wrong, in their order; then come the plan's checks of its
 * lead and due date.
 */
final class ColumnChecks {

    private ColumnChecks() {
    }

    static List<Violation> violations(PlanTemplate template, String id, String title, String issuer, double[] goals,
            int[] dueDays, double[] weights, int[] leads) {
        Plan shape = template.shape();
        TargetPlaces places = shape.places();
        Checks checks = new Checks();
        checks.id("id", id);
        checks.notBlank("title", title);
        checks.notBlank("issuer", issuer);
        if (places.isNode(id)) {
            checks.add(places.nodePath(places.number(id)) + ".id", Checks.duplicateId(id, "id"));
        }
        for (int i = 0; i < template.size(); i++) {
            if (!template.fits(i, goals[i], dueDays[i], weights[i], leads[i])) {
                target(checks, template, i, goals[i], dueDays[i], weights[i], leads[i]);
            }
        }
        return checks.violations();
    }

    private static void target(Checks checks, PlanTemplate template, int i, double g, int d, double w, int l) {
        Plan shape = template.shape();
        String path = shape.places().nodePath(i);
        Target s = shape.targets().get(i);
        List<Department> departments = shape.departments();
        boolean known = l >= 0 && l < departments.size();
        Goal goal = s.goal();
        if (template.takesGoal(i) || g == g) {
            try {
                goal = Goal.of(g);
            } catch (IllegalArgumentException e) {
                checks.add(path + ".goal", e.getMessage());
            }
        }
        LocalDate due = LocalDate.ofEpochDay(d);
        try {
            new Target(s.id(), s.title(), s.gloss(), s.measure(), s.baseline(), goal, s.commitment(), s.start(), due,
                    s.checkpoints(), known ? departments.get(l).id() : s.lead(), s.cooperating(), w, s.rule(),
                    s.schedule(), s.cadence(), s.quote(), s.note(), s.countsToward());
        } catch (InvalidPlanException e) {
            checks.addAll(path, e.violations());
        }
        if (!known) {
            checks.add(path + ".lead", unknownLead(l, departments.size()));
        }
        checks.add(path + ".due", Checks.withinPeriod("due date", due, shape.period()));
    }

    /** Says that a lead's index names none of the plan's departments. */
    static String unknownLead(int index, int departments) {
        return "unknown department: index " + index + " is not one of the plan's " + departments
                + " departments (0 to " + (departments - 1) + ")";
    }
}
