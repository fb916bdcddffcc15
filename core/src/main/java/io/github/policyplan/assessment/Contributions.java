package io.github.policyplan.assessment;

import io.github.policyplan.assessment.AssessmentScheme.Credit;
import io.github.policyplan.model.Target;
import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The contributions behind a unit as a list made when read: the targets it leads or cooperates on are
 * kept as indexes into the plan's targets and become {@link Contribution} records on {@link #get}, then
 * its peer metrics. Assessing 2,800 units × 400 terms makes no record; a result holds an array of
 * indexes a unit instead of 400 records. Immutable and thread-safe; equal to a list of the same records.
 */
final class Contributions extends AbstractList<Contribution> implements RandomAccess {

    private final String unit;
    private final int[] indexes;
    private final List<Contribution> peers;
    private final List<Target> targets;
    private final TargetScores card;
    private final Credit credit;

    /**
     * Makes the list.
     *
     * @param unit    the unit's id
     * @param indexes the targets it leads or cooperates on that count, in plan order; never written
     * @param peers   its peer-metric contributions, in the scheme's order
     * @param targets the plan's targets
     * @param card    the scores of the targets
     * @param credit  the scheme's shares of the lead and the cooperating units
     */
    Contributions(String unit, int[] indexes, List<Contribution> peers, List<Target> targets, TargetScores card,
            Credit credit) {
        this.unit = unit;
        this.indexes = indexes;
        this.peers = List.copyOf(peers);
        this.targets = targets;
        this.card = card;
        this.credit = credit;
    }

    /**
     * Tells how a unit counts a target it leads or cooperates on.
     *
     * @param t    the target
     * @param unit the unit
     * @return lead or cooperating
     */
    static Role role(Target t, String unit) {
        return t.lead().equals(unit) ? Role.LEAD : Role.COOPERATING;
    }

    /**
     * Returns the share of a target's weight a unit counts it with.
     *
     * @param credit the scheme's shares
     * @param t      the target
     * @param role   lead or cooperating
     * @return the lead's share; the cooperating share, divided among the cooperating units when the scheme says so
     */
    static double share(Credit credit, Target t, Role role) {
        if (role == Role.LEAD) {
            return credit.lead();
        }
        return credit.split() ? credit.cooperating() / t.cooperating().size() : credit.cooperating();
    }

    @Override
    public Contribution get(int index) {
        Objects.checkIndex(index, size());
        if (index >= indexes.length) {
            return peers.get(index - indexes.length);
        }
        int i = indexes[index];
        Target t = targets.get(i);
        Role role = role(t, unit);
        return new Contribution(t.id(), t.title(), role, share(credit, t, role) * t.weight(), card.score(i),
                card.status(i), "");
    }

    @Override
    public int size() {
        return indexes.length + peers.size();
    }
}
