package io.github.policyplan.assessment;

import static io.github.policyplan.assessment.UnitWords.fmt;

import io.github.policyplan.assessment.AssessmentScheme.PeerMetric;
import io.github.policyplan.assessment.AssessmentScheme.Pool;
import io.github.policyplan.model.Direction;
import io.github.policyplan.model.Goal;
import io.github.policyplan.model.Plan;
import io.github.policyplan.model.Target;
import io.github.policyplan.model.Value;
import io.github.policyplan.scoring.NodeScore;
import io.github.policyplan.scoring.Scorecard;
import io.github.policyplan.scoring.Status;
import io.github.policyplan.scoring.TargetResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Peer metrics: each unit of a pool scored by its place among the pool's units on one target each
 * (its completion rate, or its reported value), by rank points, in proportion to the best, or
 * linearly from the first to the last. A unit without a value to compare has no score on the metric.
 *
 * @param byMetric metric id → unit id → the unit's contribution on the metric
 */
record PeerScores(Map<String, Map<String, Contribution>> byMetric) {

    /**
     * Scores every peer metric of a scheme in one pool.
     *
     * @param scheme the scheme
     * @param plan   the plan
     * @param pool   the pool
     * @param card   the scorecard whose values are compared
     * @return the scores
     */
    static PeerScores of(AssessmentScheme scheme, Plan plan, Pool pool, Scorecard card) {
        Map<String, Map<String, Contribution>> byMetric = new HashMap<>();
        for (PeerMetric m : scheme.peers()) {
            byMetric.put(m.id(), metric(m, plan, pool, card));
        }
        return new PeerScores(byMetric);
    }

    /**
     * Returns a unit's contribution on a metric.
     *
     * @param m    the metric, which names a target of the unit
     * @param unit the unit, in the pool scored
     * @return the contribution
     */
    Contribution of(PeerMetric m, String unit) {
        return byMetric.get(m.id()).get(unit);
    }

    /** The values compared on a metric, and how they are ordered. */
    private record Field(PeerMetric metric, Map<String, Double> values, List<Double> bestFirst, boolean lower) {
        double best() {
            return bestFirst.get(0);
        }

        double worst() {
            return bestFirst.get(bestFirst.size() - 1);
        }

        String what() {
            return metric.byValue() ? "value" : "completion";
        }

        String whatZh() {
            return metric.byValue() ? "完成值" : "完成率";
        }
    }

    private static Map<String, Contribution> metric(PeerMetric m, Plan plan, Pool pool, Scorecard card) {
        Map<String, Double> values = new LinkedHashMap<>();
        Map<String, Status> statuses = new LinkedHashMap<>();
        boolean lowerBetter = false;
        for (String unit : pool.units()) {
            if (!m.targets().containsKey(unit)) {
                continue;
            }
            String targetId = m.targets().get(unit);
            Target t = plan.target(targetId).orElseThrow();
            NodeScore own = card.node(targetId);
            TargetResult r = own.target().orElseThrow();
            // As written: the direction is that of the last of the pool's units the metric covers.
            lowerBetter = t.measure().direction() == Direction.LOWER_IS_BETTER;
            statuses.put(unit, own.status());
            value(t, r, m.byValue()).filter(Double::isFinite).ifPresent(v -> values.put(unit, v));
        }
        boolean lower = lowerBetter && m.byValue();
        List<Double> bestFirst = new ArrayList<>(values.values());
        bestFirst.sort(lower ? Comparator.naturalOrder() : Comparator.reverseOrder());
        Field field = new Field(m, values, bestFirst, lower);
        Map<String, Contribution> out = new HashMap<>();
        statuses.forEach((unit, status) -> out.put(unit, score(field, unit, status)));
        return out;
    }

    /** Scores one unit on a metric; no score when it has no value, or values too far apart to compare. */
    private static Contribution score(Field f, String unit, Status status) {
        PeerMetric m = f.metric();
        if (!f.values().containsKey(unit)) {
            return new Contribution(m.id(), m.name(), Role.PEER, m.weight(), OptionalDouble.empty(), status,
                    "no " + f.what() + " to compare");
        }
        double mine = f.values().get(unit);
        int rank = 1 + strictlyBetter(f, mine);
        int of = f.values().size();
        double score = switch (m.method()) {
            case PROPORTIONAL -> f.best() == 0 ? 100 : 100 * (f.lower() ? f.best() / mine : mine / f.best());
            case LINEAR -> f.best() == f.worst() ? 100
                    : 100 - (100 - m.floor()) * (f.best() - mine) / (f.best() - f.worst());
            case RANK_POINTS -> rank <= m.points().size() ? m.points().get(rank - 1)
                    : Math.max(m.floor(),
                            m.points().get(m.points().size() - 1) - m.step() * (rank - m.points().size()));
        };
        if (!Double.isFinite(score)) {
            // Values too far apart to compare (a ratio or a difference overflows): no score.
            return new Contribution(m.id(), m.name(), Role.PEER, m.weight(), OptionalDouble.empty(), status,
                    "the " + f.what() + "s are too far apart to compare");
        }
        String note = switch (m.method()) {
            case PROPORTIONAL -> fmt(score) + " = 100 × " + (f.lower() ? fmt(f.best()) + " ÷ " + fmt(mine)
                    : fmt(mine) + " ÷ " + fmt(f.best())) + " (" + f.what() + " against the best of " + of + ")";
            case LINEAR -> fmt(score) + " = 100 − (100 − " + fmt(m.floor()) + ") × (" + fmt(f.best()) + " − "
                    + fmt(mine) + ") ÷ (" + fmt(f.best()) + " − " + fmt(f.worst()) + ") (" + f.what()
                    + ", first to last of " + of + ")";
            case RANK_POINTS -> fmt(score) + " points for rank " + rank + " of " + of + " by " + f.what() + " "
                    + fmt(mine);
        };
        return new Contribution(m.id(), m.name(), Role.PEER, m.weight(), OptionalDouble.of(Math.max(0, score)),
                status, note + "；" + f.whatZh() + fmt(mine) + "，第" + rank + "名/" + of);
    }

    /** The number of values strictly better than a value (binary search over the values, best first). */
    private static int strictlyBetter(Field f, double value) {
        List<Double> bestFirst = f.bestFirst();
        int lo = 0;
        int hi = bestFirst.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            double v = bestFirst.get(mid);
            if (f.lower() ? v < value : v > value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The value a unit is compared on: its reported amount, or its completion rate (in %) of the expected. */
    private static Optional<Double> value(Target t, TargetResult r, boolean byValue) {
        if (r.actual().isEmpty() || !(r.actual().get() instanceof Value.Amount actual)) {
            return Optional.empty();
        }
        double a = actual.value();
        if (byValue) {
            return Optional.of(a);
        }
        if (r.expected().isEmpty() || !(r.expected().get() instanceof Goal.Amount expected)) {
            return Optional.empty();
        }
        double e = expected.value();
        if (t.measure().direction() == Direction.LOWER_IS_BETTER) {
            return a > 0 ? Optional.of(100 * e / a) : Optional.empty();
        }
        return e > 0 ? Optional.of(100 * a / e) : Optional.empty();
    }
}
