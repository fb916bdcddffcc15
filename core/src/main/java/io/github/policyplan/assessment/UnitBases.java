package io.github.policyplan.assessment;

import io.github.policyplan.assessment.AssessmentScheme.PeerMetric;
import io.github.policyplan.model.Plan;
import io.github.policyplan.model.Target;
import io.github.policyplan.rules.WeightedMean;
import io.github.policyplan.scoring.NodeScore;
import io.github.policyplan.scoring.Scorecard;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
        List<Contribution> all = contributions(unit, peers, card);
        WeightedMean mean = new WeightedMean();
        for (Contribution c : all) {
            if (c.score().isPresent()) {
                mean.add(c.weight(), c.score().getAsDouble());
            }
        }
        return new Base.OfTargets(mean.value(), all, mean.totalWeight());
    }

    /**
     * Makes a unit's annual base from the quarters' scorecards.
     *
     * @param unit         the unit's id
     * @param quarterPeers the peer metrics' scores in its pool, in each quarter
     * @param quarters     the scorecards at the end of Q1–Q4
     * @param yearEnd      the contributions at the year's end, which the base keeps to show
     * @return the weighted mean of the quarters' bases that exist and have a weight above 0
     */
    Base ofQuarters(String unit, List<PeerScores> quarterPeers, List<TargetScores> quarters,
            List<Contribution> yearEnd) {
        List<OptionalDouble> bases = new ArrayList<>();
        for (int q = 0; q < 4; q++) {
            bases.add(ofTargets(unit, quarterPeers.get(q), quarters.get(q)).score());
        }
        List<Double> weights = scheme.annual().quarterWeights();
        WeightedMean mean = new WeightedMean();
        for (int q = 0; q < 4; q++) {
            if (bases.get(q).isPresent() && weights.get(q) > 0) {
                mean.add(weights.get(q), bases.get(q).getAsDouble());
            }
        }
        return new Base.OfQuarters(mean.value(), yearEnd, bases, weights, mean.totalWeight());
    }

    /**
     * Lists the targets and peer metrics behind a unit.
     *
     * @param unit  the unit's id
     * @param peers the peer metrics' scores in its pool
     * @param card  the scorecard's target scores
     * @return the contributions, in the order of the class comment
     */
    List<Contribution> contributions(String unit, PeerScores peers, TargetScores card) {
        List<PeerMetric> metrics = scheme.peers().stream().filter(m -> m.targets().containsKey(unit)).toList();
        // The plan's own instances, compared by identity: no target's id is read for the comparison.
        List<Target> byPeers = metrics.stream().map(m -> plan.target(m.targets().get(unit)).orElseThrow()).toList();
        int[] involvedIn = involved.targets(unit);
        List<Contribution> all = new ArrayList<>(involvedIn.length + metrics.size());
        for (int i : involvedIn) {
            if (!isAny(targets.get(i), byPeers)) {
                involvement(unit, i, card).ifPresent(all::add);
            }
        }
        List<Target> assignedTargets = assigned.getOrDefault(unit, List.of());
        if (!assignedTargets.isEmpty()) {
            // An assigned target takes the place of the same target's lead or cooperating term.
            Map<String, Contribution> byTarget = new LinkedHashMap<>();
            all.forEach(c -> byTarget.put(c.id(), c));
            assignedTargets.forEach(t -> byTarget.put(t.id(), assignment(t, card.card())));
            all = new ArrayList<>(byTarget.values());
        }
        for (PeerMetric m : metrics) {
            all.add(peers.of(m, unit));
        }
        return all;
    }

    private static boolean isAny(Target t, List<Target> among) {
        for (Target a : among) {
            if (a == t) {
                return true;
            }
        }
        return false;
    }

    /** The term of a target the unit leads or cooperates on; none for a cooperating share of 0. */
    private Optional<Contribution> involvement(String unit, int index, TargetScores card) {
        Target t = targets.get(index);
        if (t.lead().equals(unit)) {
            return Optional.of(term(t, index, Role.LEAD, scheme.credit().lead(), card));
        }
        double share = scheme.credit().split() ? scheme.credit().cooperating() / t.cooperating().size()
                : scheme.credit().cooperating();
        return share > 0 ? Optional.of(term(t, index, Role.COOPERATING, share, card)) : Optional.empty();
    }

    private static Contribution term(Target t, int index, Role role, double share, TargetScores card) {
        return new Contribution(t.id(), t.title(), role, share * t.weight(), card.score(index), card.status(index), "");
    }

    private static Contribution assignment(Target t, Scorecard card) {
        NodeScore n = card.node(t.id());
        return new Contribution(t.id(), t.title(), Role.ASSIGNED, t.weight(), n.score(), n.status(), "");
    }
}
