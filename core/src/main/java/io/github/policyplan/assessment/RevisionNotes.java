package io.github.policyplan.assessment;

import io.github.policyplan.core.Explanation;
import io.github.policyplan.model.Breakdown;
import io.github.policyplan.model.Plan;
import io.github.policyplan.model.Revision;
import io.github.policyplan.model.Target;
import io.github.policyplan.plans.Revisions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which revisions (目标调整) touch a unit: those of a target it leads, cooperates on, is assigned, is
 * measured by as a peer metric, or has a part of in the target's breakdown. Writes the notes of an
 * assessment under revisions and finds the causes a comparison of assessments names. Stateless.
 */
final class RevisionNotes {

    private RevisionNotes() {
    }

    /**
     * Returns the notes naming each revision in force that touches a unit.
     *
     * @param scheme the scheme
     * @param issued the plan as issued
     * @param plan   the plan in force at the period's end; its applied revisions are read
     * @param unit   the unit
     * @return one note a revision, in the order applied; empty for a plan without revisions
     */
    static List<Explanation> of(AssessmentScheme scheme, Plan issued, Plan plan, String unit) {
        List<Explanation> out = new ArrayList<>();
        for (Revision r : Revisions.appliedTo(plan)) {
            Optional<Role> role = role(scheme, issued, plan, unit, r.target());
            if (role.isPresent()) {
                Explanation what = Revisions.describe(r);
                out.add(Explanation.of("revision " + r.id() + " applies to " + r.target() + ", which " + unit + " "
                        + role.get().english + " (" + what.inEnglish() + ")", "目标调整" + r.id() + "适用于"
                        + r.target() + "（" + role.get().chinese + "；" + what.inChinese() + "）"));
            }
        }
        return out;
    }

    /** How a unit takes part in a target. */
    enum Role {
        /** It leads the target. */
        LEADS("leads", "牵头"),
        /** It cooperates on the target. */
        COOPERATES("cooperates on", "配合"),
        /** The scheme assigns it the target. */
        ASSIGNED("is assessed on", "考核指定"),
        /** It has a part of the target's breakdown. */
        SHARE("has a part of", "承担分解任务");

        final String english;
        final String chinese;

        Role(String english, String chinese) {
            this.english = english;
            this.chinese = chinese;
        }
    }

    /**
     * Finds how a unit takes part in a target, in the plan in force or, for a target withdrawn, as issued.
     *
     * @param scheme the scheme
     * @param issued the plan as issued
     * @param plan   the plan in force
     * @param unit   the unit
     * @param target the target's id
     * @return the role, empty when the unit has none
     */
    static Optional<Role> role(AssessmentScheme scheme, Plan issued, Plan plan, String unit, String target) {
        for (AssessmentScheme.Assignment a : scheme.assignments()) {
            if (a.unit().equals(unit) && a.targets().contains(target)) {
                return Optional.of(Role.ASSIGNED);
            }
        }
        for (AssessmentScheme.PeerMetric m : scheme.peers()) {
            if (target.equals(m.targets().get(unit))) {
                return Optional.of(Role.ASSIGNED);
            }
        }
        Optional<Target> t = plan.target(target).or(() -> issued.target(target));
        if (t.isEmpty()) {
            return Optional.empty();
        }
        if (t.get().lead().equals(unit)) {
            return Optional.of(Role.LEADS);
        }
        if (t.get().cooperating().contains(unit)) {
            return Optional.of(Role.COOPERATES);
        }
        Optional<Breakdown> b = plan.breakdown(target).or(() -> issued.breakdown(target));
        return b.flatMap(x -> x.unit(unit)).map(x -> Role.SHARE);
    }
}
