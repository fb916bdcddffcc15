package io.github.policyplan.assessment;

import io.github.policyplan.assessment.AssessmentScheme.PeerMetric;
import io.github.policyplan.model.Plan;
import io.github.policyplan.model.Target;
import io.github.policyplan.rules.WeightedMean;
import io.github.policyplan.scoring.NodeScore;
import io.github.policyplan.scoring.Scorecard;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The base scores: the targets behind a unit and their weighted mean ({@link WeightedMean}), or the
 * weighted mean of the quarters' bases. Made once per scheme and plan; immutable.
 *
 * <p>Behind a unit are, in this order: the targets it leads (× the lead share of the target's
 * weight) and cooperates on (× the cooperating share, split among the cooperating units when the
 * scheme says so), in plan order; those the scheme assigns to it (with the target's weight, in place
 * of the same target's lead or cooperating term); and its peer metrics, in the scheme's order. A
 * target the unit is measured by in a peer metric counts through the metric only.
 */
final class UnitBases {

    private final AssessmentScheme scheme;
    private final Plan plan;
    private final List<Target> targets;
    /** The targets each unit leads or cooperates on. */
    private final Involvement involved;
    /** The targets assigned to each unit, in the scheme's order (a target may recur). */
    private final Map<String, List<Target>> assigned = new HashMap<>();

    UnitBases(AssessmentScheme scheme, Plan plan) {
        this.scheme = scheme;
        this.plan = plan;
        this.targets = plan.targets();
        this.involved = Involvement.of(plan);
        for (AssessmentScheme.Assignment a : scheme.assignments()) {
            for (String id : a.targets()) {
                assigned.computeIfAbsent(a.unit(), k -> new ArrayList<>()).add(plan.target(id).orElseThrow());
            }
        }
    }

    /**
     * Makes a unit's base from one scorecard.
     *
     * @param unit  the unit's id
     * @param peers the peer metrics' scores in its pool, from the same scorecard
     * @param card  the scorecard's target scores
     * @return the weighted mean of the contributions that have a score
     */
    Base ofTargets(String unit, PeerScores peers, TargetScores card) {
        Behind behind = behind(unit, peers, card);
        return new Base.OfTargets(behind.mean().value(), behind.contributions(), behind.mean().totalWeight());
    }

    /**
     * Makes a unit's annual base from the quarters' scorecards.
     *
     * @param unit         the unit's id
     * @param quarterPeers the peer metrics' scores in its pool, in each quarter
     * @param quarters     the target scores at the end of Q1–Q4
     * @param peers        the peer metrics' scores at the year's end
     * @param card         the target scores at the year's end, whose contributions the base keeps to show
     * @return the weighted mean of the quarters' bases that exist and have a weight above 0
     */
    Base ofQuarters(String unit, List<PeerScores> quarterPeers, List<TargetScores> quarters, PeerScores peers,
            TargetScores card) {
        List<OptionalDouble> bases = new ArrayList<>();
        for (int q = 0; q < 4; q++) {
            bases.add(behind(unit, quarterPeers.get(q), quarters.get(q)).mean().value());
        }
        List<Double> weights = scheme.annual().quarterWeights();
        WeightedMean mean = new WeightedMean();
        for (int q = 0; q < 4; q++) {
            if (bases.get(q).isPresent() && weights.get(q) > 0) {
                mean.add(weights.get(q), bases.get(q).getAsDouble());
            }
        }
        List<Contribution> yearEnd = behind(unit, peers, card).contributions();
        return new Base.OfQuarters(mean.value(), yearEnd, bases, weights, mean.totalWeight());
    }

    /** What is behind a unit in one scorecard: its contributions, and their weighted mean. */
    private record Behind(List<Contribution> contributions, WeightedMean mean) {
    }

    /**
     * Weighs the targets and peer metrics behind a unit, in the order of the class comment. Without
     * assignments the contributions are a list made when read ({@link Contributions}): the mean is taken
     * from the target scores by index, term by term in the list's order, and no record is made.
     */
    private Behind behind(String unit, PeerScores peers, TargetScores card) {
        List<PeerMetric> metrics = scheme.peers().stream().filter(m -> m.targets().containsKey(unit)).toList();
        int[] byPeers = metrics.stream()
                .mapToInt(m -> involved.index(plan.position(m.targets().get(unit)).orElseThrow())).toArray();
        List<Contribution> peerTerms = metrics.stream().map(m -> peers.of(m, unit)).toList();
        Involvement.Involved mine = involved.of(unit);
        int[] positions = new int[mine.size()];
        int n = 0;
        WeightedMean mean = new WeightedMean();
        for (int p = 0; p < mine.size(); p++) {
            int i = mine.indexes()[p];
            boolean lead = mine.leads()[p];
            double share = Contributions.share(scheme.credit(), lead, mine.cooperating()[p]);
            if (isAny(i, byPeers) || !lead && !(share > 0)) {
                continue;
            }
            positions[n++] = p;
            double score = card.rawScore(i);
            if (!Double.isNaN(score)) {
                mean.add(share * mine.weights()[p], score);
            }
        }
        for (Contribution c : peerTerms) {
            c.score().ifPresent(s -> mean.add(c.weight(), s));
        }
        List<Contribution> all = new Contributions(mine, n == positions.length ? positions
                : Arrays.copyOf(positions, n), peerTerms, targets, card, scheme.credit());
        List<Target> assignedTargets = assigned.getOrDefault(unit, List.of());
        return assignedTargets.isEmpty() ? new Behind(all, mean)
                : withAssignments(all.subList(0, n), assignedTargets, peerTerms, card.card());
    }

    /** The contributions with the unit's assigned targets, each in place of the same target's own term. */
    private static Behind withAssignments(List<Contribution> involvedTerms, List<Target> assignedTargets,
            List<Contribution> peerTerms, Scorecard card) {
        Map<String, Contribution> byTarget = new LinkedHashMap<>();
        involvedTerms.forEach(c -> byTarget.put(c.id(), c));
        for (Target t : assignedTargets) {
            NodeScore node = card.node(t.id());
            byTarget.put(t.id(), new Contribution(t.id(), t.title(), Role.ASSIGNED, t.weight(), node.score(),
                    node.status(), ""));
        }
        List<Contribution> all = new ArrayList<>(byTarget.values());
        all.addAll(peerTerms);
        WeightedMean mean = new WeightedMean();
        for (Contribution c : all) {
            c.score().ifPresent(s -> mean.add(c.weight(), s));
        }
        return new Behind(List.copyOf(all), mean);
    }

    private static boolean isAny(int index, int[] among) {
        for (int a : among) {
            if (a == index) {
                return true;
            }
        }
        return false;
    }
}
