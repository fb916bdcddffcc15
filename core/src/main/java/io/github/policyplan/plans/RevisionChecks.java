package io.github.policyplan.plans;

import io.github.policyplan.model.Plan;
import io.github.policyplan.model.Revision;
import io.github.policyplan.model.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Checks one revision against a plan with the rules and words of {@link Revisions#of}, for readers of
 * other sources (a journal, a database) that locate each problem themselves: a known target (a new
 * id for one added), an effective date within the plan period and not after the target's due date, a
 * new due date within the period.
 *
 * <p>Stateless and thread-safe.
 */
public final class RevisionChecks {

    private RevisionChecks() {
    }

    /**
     * Returns what is wrong with a revision against a plan.
     *
     * @param plan     the plan as issued
     * @param revision the revision
     * @return the violations, each with the path of its field ({@code target}, {@code effective}, …), a
     *         message and the likely fix; empty when the revision fits
     */
    public static List<Violation> check(Plan plan, Revision revision) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(revision, "revision");
        List<Violation> out = new ArrayList<>();
        for (RevisionRules.Issue issue : RevisionRules.check(plan, revision)) {
            out.add(new Violation(issue.field(), issue.message(), issue.hint()));
        }
        return List.copyOf(out);
    }

    /**
     * Returns what is wrong with a revision against a plan and the revisions already made: besides the
     * checks of {@link #check(Plan, Revision)}, a revision may change a target that one of them added,
     * taking effect on or after it, and may not add a target one of them added.
     *
     * @param plan     the plan as issued
     * @param revision the revision
     * @param earlier  the plan's revisions so far, in any order
     * @return the violations, as {@link #check(Plan, Revision)} gives them
     */
    public static List<Violation> check(Plan plan, Revision revision, List<Revision> earlier) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(revision, "revision");
        Objects.requireNonNull(earlier, "earlier");
        List<Violation> out = new ArrayList<>();
        for (RevisionRules.Issue issue : RevisionRules.check(plan, revision, earlier)) {
            out.add(new Violation(issue.field(), issue.message(), issue.hint()));
        }
        return List.copyOf(out);
    }
}
