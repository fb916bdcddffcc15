package io.github.policyplan.assessment;

import io.github.policyplan.assessment.AssessmentScheme.PeerMethod;
import io.github.policyplan.assessment.AssessmentScheme.PeerMetric;
import io.github.policyplan.assessment.AssessmentScheme.Pool;
import io.github.policyplan.internal.read.DocumentPath;
import io.github.policyplan.internal.read.Fields;
import io.github.policyplan.internal.read.Node;
import io.github.policyplan.internal.read.Problems;
import io.github.policyplan.internal.read.Texts;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Binds the peer metrics: units compared with one another on a target each, by completion or by
 * value, scored by rank points, in proportion or linearly. A metric names each unit's target, or
 * gives a pattern such as {@code '{unit}.funds'}. Not thread-safe: one instance serves one read.
 */
final class PeerMetricBinder {

    private static final List<String> KEYS = List.of("id", "name", "targets", "by", "method", "points", "step",
            "floor", "weight");
    private static final List<String> BY = List.of("completion", "value");
    private static final List<String> METHODS = List.of("rank-points", "proportional", "linear");

    private final Problems problems;
    private final SchemeNames names;
    private final Set<String> ids = new HashSet<>();

    /**
     * Creates a binder.
     *
     * @param problems where problems go
     * @param names    the plan's units and targets
     */
    PeerMetricBinder(Problems problems, SchemeNames names) {
        this.problems = problems;
        this.names = names;
    }

    /**
     * Binds the peer metrics.
     *
     * @param f     the scheme's fields
     * @param pools the pools, whose units a pattern is tried for
     * @return the metrics without a problem
     */
    List<PeerMetric> peers(Fields f, List<Pool> pools) {
        List<PeerMetric> out = new ArrayList<>();
        List<Node> nodes = f.list("peers").orElse(List.of());
        for (int i = 0; i < nodes.size(); i++) {
            Fields.open(nodes.get(i), DocumentPath.index(f.path("peers"), i), "a peer metric", KEYS, problems)
                    .flatMap(m -> peer(m, pools)).ifPresent(out::add);
        }
        return out;
    }

    private Optional<PeerMetric> peer(Fields m, List<Pool> pools) {
        Optional<String> id = m.requiredText("id", "give the metric an id");
        if (id.isPresent() && !ids.add(id.get())) {
            m.problem("id", "duplicate peer metric id '" + Texts.abbreviate(id.get()) + "'", Optional.of(
                    "give each metric its own id"));
        }
        String name = m.optionalText("name").orElse(id.orElse(""));
        Map<String, String> targets = targets(m, pools);
        String by = SchemeFields.choice(m, "by", BY).orElse("completion");
        String method = SchemeFields.choice(m, "method", METHODS).orElse("rank-points");
        List<Double> points = points(m);
        if (method.equals("rank-points") && points.isEmpty()) {
            m.problem("points", "rank points need the points of the first ranks", Optional.of(
                    "write points: [60, 57, 54, 51, 48]"));
        }
        double step = SchemeFields.nonNegative(m, "step", 0);
        double floor = SchemeFields.nonNegative(m, "floor", method.equals("linear") ? 60 : 0);
        double weight = SchemeFields.nonNegative(m, "weight", 1);
        if (m.failed() || id.isEmpty() || !(weight > 0)) {
            return Optional.empty();
        }
        return Optional.of(new PeerMetric(id.get(), name, targets, by.equals("value"),
                PeerMethod.valueOf(method.toUpperCase(Locale.ROOT).replace('-', '_')), points, step, floor, weight));
    }

    /** Reads each unit's target: a map from unit to target, or a pattern tried for every pooled unit. */
    private Map<String, String> targets(Fields m, List<Pool> pools) {
        Map<String, String> targets = new LinkedHashMap<>();
        Optional<Node> n = m.require("targets", "map units to their targets, or write a pattern such as"
                + " '{unit}.funds'");
        if (n.isEmpty()) {
            return targets;
        }
        if (n.get() instanceof Node.ScalarNode s) {
            pattern(m, s.text(), pools, targets);
        } else if (n.get() instanceof Node.MapNode map) {
            for (Node.Entry e : map.entries()) {
                String path = DocumentPath.key(m.path("targets"), e.key());
                Optional<String> unit = names.unit(e.key(), e.line(), e.column(), path);
                Optional<String> target = e.value() instanceof Node.ScalarNode s
                        ? names.target(s, path, s.text()) : Optional.empty();
                if (unit.isPresent() && target.isPresent()) {
                    targets.put(unit.get(), target.get());
                }
            }
        } else {
            m.problem("targets", "expected a map from unit to target, or a pattern", Optional.empty());
        }
        return targets;
    }

    private void pattern(Fields m, String pattern, List<Pool> pools, Map<String, String> targets) {
        if (!pattern.contains("{unit}")) {
            m.problem("targets", "a target pattern must contain {unit} (was '" + Texts.abbreviate(pattern) + "')",
                    Optional.of("write targets: '{unit}.funds'"));
            return;
        }
        for (Pool p : pools) {
            for (String u : p.units()) {
                String t = pattern.replace("{unit}", u);
                if (names.plan().target(t).isPresent()) {
                    targets.put(u, t);
                }
            }
        }
        if (targets.isEmpty()) {
            m.problem("targets", "the pattern '" + Texts.abbreviate(pattern) + "' matches no target of any unit",
                    Optional.empty());
        }
    }

    /** Reads the points of the first ranks, those that are numbers. */
    private static List<Double> points(Fields m) {
        List<Double> points = new ArrayList<>();
        List<Node> nodes = m.list("points").orElse(List.of());
        for (int p = 0; p < nodes.size(); p++) {
            m.number(nodes.get(p), DocumentPath.index(m.path("points"), p)).ifPresent(points::add);
        }
        return points;
    }
}
