package io.github.policyplan.rollup;

import io.github.policyplan.model.Allotment;
import io.github.policyplan.model.Breakdown;
import io.github.policyplan.model.Cadence;
import io.github.policyplan.model.Department;
import io.github.policyplan.model.Plan;
import io.github.policyplan.model.Report;
import io.github.policyplan.model.Target;
import io.github.policyplan.progress.ProgressLog;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The reports units owe (应报): one a period of the target's {@linkplain Plan#cadenceOf cadence} for each
 * share a unit holds in a breakdown and, when asked, each target a unit leads that is not broken down
 * (the shares of {@link RollUp#byUnit(Plan)} are such targets), from the target's start to its (or the
 * unit's) due date.
 */
final class Duties {

    /** A report one unit owes on one target, under the log's key for it. */
    record Duty(Target target, String unit, String name, String key, LocalDate due) {
    }

    private Duties() {
    }

    /** The duties in plan order, then in breakdown order; with {@code leads}, the leads' too. */
    static List<Duty> of(Plan plan, boolean leads) {
        List<Duty> out = new ArrayList<>();
        for (Target t : plan.targets()) {
            Optional<Breakdown> b = plan.breakdowns().isEmpty() ? Optional.empty() : plan.breakdown(t.id());
            if (b.isPresent()) {
                for (Allotment a : b.get().units()) {
                    out.add(new Duty(t, a.unit(), name(plan, a.unit()), Breakdown.reportKey(t.id(), a.unit()),
                            a.due().orElse(t.due())));
                }
            } else if (leads && !plan.derivations().containsKey(t.id())) {
                out.add(new Duty(t, t.lead(), name(plan, t.lead()), t.id(), t.due()));
            }
        }
        return out;
    }

    private static String name(Plan plan, String unit) {
        return plan.department(unit).map(Department::name).orElse(unit);
    }

    /** Whether a duty runs in a window: the target has started by its end and is not due before its start. */
    static boolean active(Plan plan, Duty d, LocalDate from, LocalDate to) {
        LocalDate start = d.target().start().orElse(plan.period().start());
        return !start.isAfter(to) && !d.due().isBefore(from);
    }

    /** Whether the log holds a report of the duty dated from {@code from} to {@code to}. */
    static boolean reported(ProgressLog log, Duty d, LocalDate from, LocalDate to) {
        Optional<Report> r = log.latest(d.key(), to);
        return r.isPresent() && !r.get().date().isBefore(from);
    }

    /** The duty's cadence. */
    static Cadence cadence(Plan plan, Duty d) {
        return plan.cadenceOf(d.target());
    }
}
