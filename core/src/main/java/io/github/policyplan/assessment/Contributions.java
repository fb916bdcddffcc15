package io.github.policyplan.assessment;

import io.github.policyplan.assessment.AssessmentScheme.Credit;
import io.github.policyplan.model.Target;
import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The contributions behind a unit as a list made when read: the targets it leads or cooperates on are
 * kept as positions among its {@link Involvement.Involved} targets and become {@link Contribution}
 * records on {@link #get}, then its peer metrics. Assessing 2,800 units × 400 terms makes no record; a
 * result holds an array of positions a unit instead of 400 records. Immutable and thread-safe; equal to
 * a list of the same records.
 */
final class Contributions extends AbstractList<Contribution> implements RandomAccess {

    private final Involvement.Involved involved;
    private final int[] positions;
    private final List<Contribution> peers;
    private final List<Target> targets;
    private final TargetScores card;
    private final Credit credit;

    /**
     * Makes the list.
     *
     * @param involved  the targets the unit leads or cooperates on
     * @param positions the positions among them of those that count, ascending; never written
     * @param peers     its peer-metric contributions, in the scheme's order
     * @param targets   the plan's targets
     * @param card      the scores of the targets
     * @param credit    the scheme's shares of the lead and the cooperating units
     */
    Contributions(Involvement.Involved involved, int[] positions, List<Contribution> peers, List<Target> targets,
            TargetScores card, Credit credit) {
        this.involved = involved;
        this.positions = positions;
        this.peers = List.copyOf(peers);
        this.targets = targets;
        this.card = card;
        this.credit = credit;
    }

    /**
     * Returns the share of a target's weight a unit counts it with.
     *
     * @param credit      the scheme's shares
     * @param lead        whether the unit leads the target (else it cooperates on it)
     * @param cooperating the target's number of cooperating units
     * @return the lead's share; the cooperating share, divided among the cooperating units when the scheme says so
     */
    static double share(Credit credit, boolean lead, int cooperating) {
        if (lead) {
            return credit.lead();
        }
        return credit.split() ? credit.cooperating() / cooperating : credit.cooperating();
    }

    @Override
    public Contribution get(int index) {
        Objects.checkIndex(index, size());
        if (index >= positions.length) {
            return peers.get(index - positions.length);
        }
        int p = positions[index];
        int i = involved.indexes()[p];
        Target t = targets.get(i);
        boolean lead = involved.leads()[p];
        double weight = share(credit, lead, involved.cooperating()[p]) * involved.weights()[p];
        return new Contribution(t.id(), t.title(), lead ? Role.LEAD : Role.COOPERATING, weight, card.score(i),
                card.status(i), "");
    }

    @Override
    public int size() {
        return positions.length + peers.size();
    }
}
