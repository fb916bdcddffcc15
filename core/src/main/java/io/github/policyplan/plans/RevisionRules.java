package io.github.policyplan.plans;

import io.github.policyplan.internal.read.Texts;
import io.github.policyplan.model.Breakdown;
import io.github.policyplan.model.Item;
import io.github.policyplan.model.Plan;
import io.github.policyplan.model.Revision;
import io.github.policyplan.model.Section;
import io.github.policyplan.model.Target;
import io.github.policyplan.model.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Optional;

/**
 * What makes a revision fit its plan, with the messages that say why one does not. Shared by the
 * revisions file reader (located problems) and {@link Revisions#of} (an exception). Stateless.
 */
final class RevisionRules {

    private RevisionRules() {
    }

    /**
     * A problem with one field of a revision.
     *
     * @param field   the field: target, effective, due, item, or a breakdown's ({@code units[1].unit})
     * @param message what is wrong
     * @param hint    the likely fix
     */
    record Issue(String field, String message, Optional<String> hint) {
    }

    static List<Issue> check(Plan plan, Revision r) {
        return check(plan, r, List.of());
    }

    /**
     * Checks a revision against the plan as issued and the other revisions of the same set: a revision
     * may change a target that another adds, taking effect on or after it.
     */
    static List<Issue> check(Plan plan, Revision r, List<Revision> others) {
        List<Issue> out = new ArrayList<>();
        if (r.effective().isBefore(plan.period().start()) || r.effective().isAfter(plan.period().end())) {
            out.add(new Issue("effective", "revision " + r.id() + " takes effect on " + r.effective()
                    + ", outside the plan period " + plan.period().start() + " to " + plan.period().end(),
                    Optional.of("a revision takes effect within the period of the plan it revises")));
        }
        if (r.change() instanceof Revision.Added added) {
            if (plan.target(r.target()).isPresent()) {
                out.add(new Issue("target", "revision " + r.id() + " adds target " + r.target()
                        + ", which the plan already has", Optional.of("give the new target an id of its own")));
            }
            addedBy(others, r.target()).filter(o -> o != r).ifPresent(o -> out.add(new Issue("target", "revision "
                    + r.id() + " adds target " + r.target() + ", which revision " + o.id() + " adds too",
                    Optional.of("give the new target an id of its own"))));
            if (item(plan, added.item()).isEmpty()) {
                out.add(new Issue("item", "revision " + r.id() + " adds a target to item '"
                        + Texts.abbreviate(added.item()) + "', which the plan does not have",
                        Texts.didYouMean(added.item(), itemIds(plan))));
            }
            return out;
        }
        Optional<Target> target = plan.target(r.target());
        Optional<Revision> adding = target.isPresent() ? Optional.empty() : addedBy(others, r.target());
        if (adding.isPresent()) {
            target = Optional.of(((Revision.Added) adding.get().change()).definition());
            if (r.effective().isBefore(adding.get().effective())) {
                out.add(new Issue("effective", "revision " + r.id() + " takes effect on " + r.effective()
                        + ", before revision " + adding.get().id() + " adds " + r.target() + " on "
                        + adding.get().effective(), Optional.of("a target added by a revision can be changed"
                                + " from the day it is added; take effect on or after " + adding.get().effective())));
            }
        }
        if (target.isEmpty()) {
            List<String> ids = new ArrayList<>();
            plan.targets().forEach(t -> ids.add(t.id()));
            out.add(new Issue("target", "revision " + r.id() + " names target '" + Texts.abbreviate(r.target())
                    + "', which plan " + plan.id() + " does not have", Texts.didYouMean(r.target(), ids)));
            return out;
        }
        LocalDate due = target.get().due();
        if (r.effective().isAfter(due)) {
            out.add(new Issue("effective", "revision " + r.id() + " takes effect on " + r.effective() + ", after "
                    + r.target() + " was due (" + due + ")", Optional.of("a revision changes a target while it"
                            + " runs; take effect on or before " + due)));
        }
        if (r.change() instanceof Revision.NewBreakdown && plan.breakdown(r.target()).isEmpty()) {
            out.add(new Issue("target", "revision " + r.id() + " changes the breakdown of " + r.target()
                    + ", which the plan does not break down", Optional.of("divide the target in the plan or its"
                            + " breakdown table (分解表) first; a revision changes a breakdown in force")));
        }
        if (r.change() instanceof Revision.NewBreakdown nb) {
            for (Violation v : nb.breakdown().check(goalAt(target.get(), r, others), units(plan), plan.period())) {
                out.add(new Issue(v.path().isEmpty() ? "units" : v.path(), "revision " + r.id() + " breaks down "
                        + r.target() + ": " + v.message(), v.hint()));
            }
        }
        breakdownStillFits(plan, target.get(), r, others, out);
        if (r.change() instanceof Revision.NewDue nd && (nd.due().isBefore(plan.period().start())
                || nd.due().isAfter(plan.period().end()))) {
            out.add(new Issue("due", "revision " + r.id() + " moves the due date of " + r.target() + " to "
                    + nd.due() + ", outside the plan period " + plan.period().start() + " to " + plan.period().end(),
                    Optional.empty()));
        }
        return out;
    }

    /**
     * A new goal or due date of a broken-down target must leave the breakdown in force on its day fit
     * (the units' goals not falling short, no unit due after the target): else the plan in force would
     * not be a plan.
     */
    private static void breakdownStillFits(Plan plan, Target target, Revision r, List<Revision> others,
            List<Issue> out) {
        Target revised;
        String field;
        if (r.change() instanceof Revision.NewGoal g) {
            revised = revised(goalAt(target, r, others), g);
            field = "goal";
        } else if (r.change() instanceof Revision.NewDue d) {
            revised = revised(goalAt(target, r, others), d);
            field = "due";
        } else {
            return;
        }
        if (revised == null) {
            out.add(new Issue(field, "revision " + r.id() + " sets the " + field + " of " + r.target() + " to "
                    + describe(r.change()) + ", which the target refuses: " + refusal(goalAt(target, r, others),
                            r.change()), Optional.of("give a " + field + " that fits the target's measure and baseline")));
            return;
        }
        Optional<Breakdown> inForce = breakdownAt(plan, r, others);
        if (inForce.isEmpty()) {
            return;
        }
        for (Violation v : inForce.get().check(revised, units(plan), plan.period())) {
            out.add(new Issue(field, "revision " + r.id() + " changes the " + field + " of " + r.target()
                    + ", and then its breakdown does not fit: " + v.message(), Optional.of(v.hint().map(h -> h + "; ")
                            .orElse("") + "or change the breakdown by a revision taking effect the same day")));
        }
    }

    private static String describe(Revision.Change change) {
        return change instanceof Revision.NewGoal g ? g.goal().toString() : ((Revision.NewDue) change).due().toString();
    }

    private static String refusal(Target t, Revision.Change change) {
        try {
            revisedOrThrow(t, change);
            return "";
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    private static Target revisedOrThrow(Target t, Revision.Change change) {
        return change instanceof Revision.NewGoal g ? t.toBuilder().goal(g.goal()).build()
                : t.toBuilder().due(((Revision.NewDue) change).due()).build();
    }

    private static Target revised(Target t, Revision.Change change) {
        try {
            return revisedOrThrow(t, change);
        } catch (IllegalArgumentException e) {
            return null;   // a goal or date the target itself refuses
        }
    }

    /** The target with the goal in force on the revision's day: the last new goal of the set before it. */
    private static Target goalAt(Target target, Revision r, List<Revision> others) {
        Revision last = null;
        for (Revision o : others) {
            if (o != r && o.target().equals(r.target()) && o.change() instanceof Revision.NewGoal
                    && !o.effective().isAfter(r.effective()) && (last == null || !o.effective().isBefore(last.effective()))) {
                last = o;
            }
        }
        if (last == null) {
            return target;
        }
        Target t = revised(target, last.change());
        return t == null ? target : t;
    }

    /** The breakdown in force on the revision's day: the last breakdown revision of the set before it, or the plan's. */
    private static Optional<Breakdown> breakdownAt(Plan plan, Revision r, List<Revision> others) {
        Revision last = null;
        for (Revision o : others) {
            if (o != r && o.target().equals(r.target()) && o.change() instanceof Revision.NewBreakdown
                    && !o.effective().isAfter(r.effective()) && (last == null || !o.effective().isBefore(last.effective()))) {
                last = o;
            }
        }
        return last != null ? Optional.of(((Revision.NewBreakdown) last.change()).breakdown())
                : plan.breakdown(r.target());
    }

    private static Set<String> units(Plan plan) {
        Set<String> units = new HashSet<>();
        plan.departments().forEach(d -> units.add(d.id()));
        return units;
    }

    /** The revision of a set that adds a target, if one does. */
    private static Optional<Revision> addedBy(List<Revision> revisions, String target) {
        for (Revision o : revisions) {
            if (o.change() instanceof Revision.Added && o.target().equals(target)) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }

    static Optional<Item> item(Plan plan, String id) {
        for (Section s : plan.sections()) {
            for (Item i : s.items()) {
                if (i.id().equals(id)) {
                    return Optional.of(i);
                }
            }
        }
        return Optional.empty();
    }

    private static List<String> itemIds(Plan plan) {
        List<String> ids = new ArrayList<>();
        for (Section s : plan.sections()) {
            s.items().forEach(i -> ids.add(i.id()));
        }
        return ids;
    }
}
