package io.github.policyplan.assessment;

import io.github.policyplan.internal.read.DocumentPath;
import io.github.policyplan.internal.read.Node;
import io.github.policyplan.internal.read.Problems;
import io.github.policyplan.internal.read.Texts;
import io.github.policyplan.model.Plan;
import io.github.policyplan.model.Target;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What is legal in a scheme but almost surely wrong, each a warning located like a problem: rank
 * points that do not fall with rank, a peer metric that maps a unit to another unit's target, a cap
 * category that no adjustment uses, a veto or adjustment for a unit in no pool, a grade threshold no
 * score can reach, an empty pool, split credit shares that do not add up to 1. Looked for once the
 * scheme is bound without a problem. Stateless.
 */
final class SchemeWarnings {

    /** The highest score a unit earns on its targets and peer metrics, before adjustments. */
    private static final double TOP_SCORE = 100;

    private SchemeWarnings() {
    }

    /**
     * Warns about a bound scheme.
     *
     * @param scheme   the scheme
     * @param plan     the plan it assesses
     * @param root     the document's root, to locate warnings
     * @param problems where the warnings go
     */
    static void check(AssessmentScheme scheme, Plan plan, Node root, Problems problems) {
        Set<String> pooled = new HashSet<>();
        for (int i = 0; i < scheme.pools().size(); i++) {
            AssessmentScheme.Pool pool = scheme.pools().get(i);
            pooled.addAll(pool.units());
            if (pool.units().isEmpty()) {
                warn(root, "pools[" + i + "]", "pool " + pool.id() + " has no units: the plan has none of its kind",
                        "name its units, or remove the pool", problems);
            }
        }
        credit(scheme.credit(), root, problems);
        for (int i = 0; i < scheme.peers().size(); i++) {
            peer(scheme.peers().get(i), "peers[" + i + "]", plan, root, problems);
        }
        grades(scheme, root, problems);
        Set<String> categories = new HashSet<>();
        for (int i = 0; i < scheme.adjustments().size(); i++) {
            AssessmentScheme.Adjustment a = scheme.adjustments().get(i);
            categories.add(a.category());
            unpooled(a.unit(), pooled, root, "adjustments[" + i + "].unit", "an adjustment", problems);
        }
        for (int i = 0; i < scheme.vetoes().size(); i++) {
            unpooled(scheme.vetoes().get(i).unit(), pooled, root, "vetoes[" + i + "].unit", "a veto", problems);
        }
        for (String category : Texts.sorted(scheme.caps().categories().keySet())) {
            if (!categories.contains(category)) {
                warn(root, DocumentPath.key("caps.categories", category), "the cap of category '" + Texts.abbreviate(category)
                        + "' applies to no adjustment: none has that category", "check the spelling against the"
                                + " adjustments' categories, or remove the cap", problems);
            }
        }
    }

    private static void credit(AssessmentScheme.Credit credit, Node root, Problems problems) {
        if (credit.split() && Math.abs(credit.lead() + credit.cooperating() - 1) > 1e-9) {
            warn(root, "credit", "with split, the lead's share " + Texts.number(credit.lead())
                    + " and the cooperating units' share " + Texts.number(credit.cooperating()) + " add up to "
                    + Texts.number(credit.lead() + credit.cooperating()) + ", not 1", "split shares divide a"
                            + " target between its units: write shares that add up to 1, such as lead: 0.7,"
                            + " cooperating: 0.3", problems);
        }
    }

    private static void peer(AssessmentScheme.PeerMetric metric, String path, Plan plan, Node root,
            Problems problems) {
        List<Double> points = metric.points();
        for (int p = 1; p < points.size(); p++) {
            if (points.get(p) > points.get(p - 1)) {
                warn(root, path + ".points[" + p + "]", "place " + (p + 1) + " earns " + Texts.number(points.get(p))
                        + " points, more than place " + p + " (" + Texts.number(points.get(p - 1)) + ")",
                        "list the points of the first place first, falling with each place", problems);
            }
        }
        for (Map.Entry<String, String> e : Texts.sorted(metric.targets().keySet()).stream()
                .map(unit -> Map.entry(unit, metric.targets().get(unit))).toList()) {
            Optional<Target> target = plan.target(e.getValue());
            if (target.isEmpty() || target.get().lead().equals(e.getKey())
                    || target.get().cooperating().contains(e.getKey())) {
                continue;
            }
            warn(root, targetPath(root, path, e.getKey(), plan), "peer metric " + metric.id() + " ranks " + e.getKey()
                    + " on target " + e.getValue() + ", which " + target.get().lead() + " leads and " + e.getKey()
                    + " does not work on", "map each unit to its own target", problems);
        }
    }

    /** The path of the entry of a peer map that names a unit (by id, name or alias), or of the metric's targets. */
    private static String targetPath(Node root, String path, String unit, Plan plan) {
        Set<String> names = new HashSet<>(Set.of(unit));
        plan.department(unit).ifPresent(d -> {
            names.add(d.name());
            names.addAll(d.aliases());
        });
        if (DocumentPath.locate(root, path + ".targets") instanceof Node.MapNode map) {
            for (int i = 0; i < map.size(); i++) {
                if (names.contains(map.key(i))) {
                    return path + ".targets." + map.key(i);
                }
            }
        }
        return path + ".targets";
    }

    private static void grades(AssessmentScheme scheme, Node root, Problems problems) {
        double bonus = 0;
        for (AssessmentScheme.Adjustment a : scheme.adjustments()) {
            bonus += a.kind() == AssessmentScheme.AdjustmentKind.BONUS ? a.points() : 0;
        }
        double top = TOP_SCORE + Math.min(bonus, scheme.caps().bonus().orElse(bonus));
        List<AssessmentScheme.GradeBand> grades = scheme.grades();
        for (int i = 0; i < grades.size(); i++) {
            Optional<Double> min = grades.get(i).min();
            if (min.isPresent() && min.get() > top) {
                warn(root, "grades[" + i + "].min", "no score can reach grade " + grades.get(i).name() + ": it starts"
                        + " at " + Texts.number(min.get()) + ", and the highest score is " + Texts.number(top),
                        "scores run from 0 to 100, plus bonus points; lower the threshold", problems);
            }
        }
    }

    private static void unpooled(String unit, Set<String> pooled, Node root, String path, String what,
            Problems problems) {
        if (!pooled.contains(unit)) {
            warn(root, path, what + " for " + unit + ", which is in no pool: it changes no ranking",
                    "add the unit to a pool, or check the name", problems);
        }
    }

    private static void warn(Node root, String path, String message, String hint, Problems problems) {
        problems.warn(DocumentPath.locate(root, path), path, message, Optional.of(hint));
    }
}
