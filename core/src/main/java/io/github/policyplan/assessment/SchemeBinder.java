package io.github.policyplan.assessment;

import io.github.policyplan.internal.read.DateReader;
import io.github.policyplan.internal.read.DocumentPath;
import io.github.policyplan.internal.read.Fields;
import io.github.policyplan.internal.read.Node;
import io.github.policyplan.internal.read.Problems;
import io.github.policyplan.internal.read.Texts;

import io.github.policyplan.assessment.AssessmentScheme.Adjustment;
import io.github.policyplan.assessment.AssessmentScheme.AdjustmentKind;
import io.github.policyplan.assessment.AssessmentScheme.GradeBand;
import io.github.policyplan.assessment.AssessmentScheme.PeerMethod;
import io.github.policyplan.assessment.AssessmentScheme.Pool;
import io.github.policyplan.assessment.AssessmentScheme.Veto;
import io.github.policyplan.assessment.AssessmentScheme.VetoKind;
import io.github.policyplan.model.Checks;
import io.github.policyplan.model.Department;
import io.github.policyplan.model.Plan;
import io.github.policyplan.model.Target;
import io.github.policyplan.model.UnitKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Binds a located document tree to an {@link AssessmentScheme} for a plan, reporting every problem
 * with its location: unknown keys, units and targets (did you mean), malformed dates and numbers,
 * unknown names of methods, kinds and tie rules, grades out of order.
 */
final class SchemeBinder {

    static final List<String> KEYS = List.of("id", "title", "plan", "pools", "credit", "assignments", "peers",
            "grades", "adjustments", "caps", "vetoes", "awards", "annual", "ranking");

    private final Problems problems;
    private final Plan plan;
    private final Map<String, String> unitNames = new LinkedHashMap<>();

    /**
     * Creates a binder.
     *
     * @param problems where problems go
     * @param plan     the plan the scheme assesses
     */
    SchemeBinder(Problems problems, Plan plan) {
        this.problems = problems;
        this.plan = plan;
        for (Department d : plan.departments()) {
            unitNames.put(d.id(), d.id());
            for (String a : d.aliases()) {
                unitNames.putIfAbsent(a, d.id());
            }
        }
        for (Department d : plan.departments()) {
            unitNames.putIfAbsent(d.name(), d.id());
        }
    }

    /**
     * Binds a document.
     *
     * @param root the root
     * @return the scheme, or empty after any problem
     */
    Optional<AssessmentScheme> bind(Node root) {
        Optional<Fields> opened = Fields.open(root, "", "an assessment scheme", KEYS, problems);
        if (opened.isEmpty()) {
            return Optional.empty();
        }
        Fields f = opened.get();
        String id = f.requiredText("id", "give the scheme an id");
        String title = f.requiredText("title", "give the scheme its title");
        String planId = f.requiredText("plan", "name the id of the plan assessed");
        if (planId != null && !planId.equals(plan.id())) {
            f.problem("plan", "this scheme is for plan '" + Texts.abbreviate(planId) + "', not '" + plan.id() + "'",
                    Optional.empty());
        }
        List<Pool> pools = pools(f);
        AssessmentScheme.Credit credit = credit(f);
        List<AssessmentScheme.Assignment> assignments = assignments(f);
        List<AssessmentScheme.PeerMetric> peers = peers(f, pools);
        List<GradeBand> grades = grades(f);
        List<Adjustment> adjustments = adjustments(f);
        AssessmentScheme.Caps caps = caps(f);
        List<Veto> vetoes = vetoes(f);
        AssessmentScheme.Awards awards = awards(f);
        AssessmentScheme.Annual annual = annual(f);
        AssessmentScheme.Ranking ranking = ranking(f);
        if (!problems.isEmpty() || f.failed()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new AssessmentScheme(id, title, planId, pools, credit, assignments, peers, grades,
                    adjustments, caps, vetoes, awards, annual, ranking));
        } catch (IllegalArgumentException e) {
            problems.add(root, "", e.getMessage());
            return Optional.empty();
        }
    }

    private List<Pool> pools(Fields f) {
        List<Node> nodes = f.require("pools", "list the pools units are ranked in") == null ? List.of() : f.list("pools");
        if (f.has("pools") && nodes != null && nodes.isEmpty()) {
            f.problem("pools", "a scheme needs at least one pool", Optional.of("write pools: [{id: townships, kind: township}]"));
        }
        List<Pool> out = new ArrayList<>();
        Map<String, String> placed = new LinkedHashMap<>();
        Set<String> poolIds = new HashSet<>();
        for (int i = 0; nodes != null && i < nodes.size(); i++) {
            String path = DocumentPath.index(f.path("pools"), i);
            Optional<Fields> o = Fields.open(nodes.get(i), path, "a pool", List.of("id", "name", "kind", "units"),
                    problems);
            if (o.isEmpty()) {
                continue;
            }
            Fields p = o.get();
            String id = p.requiredText("id", "give the pool an id, such as townships");
            if (id != null && !poolIds.add(id)) {
                p.problem("id", "duplicate pool id '" + Texts.abbreviate(id) + "'", Optional.of("give each pool its own id"));
            }
            String name = p.optionalText("name").orElse(id);
            List<String> units = new ArrayList<>();
            Map<String, Node> unitNodes = new LinkedHashMap<>();
            if (p.has("kind")) {
                String kind = p.text("kind", p.get("kind"));
                UnitKind k = null;
                for (UnitKind u : UnitKind.values()) {
                    if (u.code().equals(kind)) {
                        k = u;
                    }
                }
                if (k == null) {
                    p.problem("kind", "unknown unit kind '" + Texts.abbreviate(String.valueOf(kind))
                            + "' (expected department, township or other)", Texts.didYouMean(String.valueOf(kind),
                                    List.of("department", "township", "other")));
                } else {
                    for (Department d : plan.departments()) {
                        if (d.kind() == k) {
                            units.add(d.id());
                            unitNodes.put(d.id(), p.get("kind"));
                        }
                    }
                }
            }
            List<Node.ScalarNode> named = p.textList("units");
            for (int u = 0; named != null && u < named.size(); u++) {
                String unit = unit(named.get(u), DocumentPath.index(p.path("units"), u));
                if (unit != null && !units.contains(unit)) {
                    units.add(unit);
                    unitNodes.put(unit, named.get(u));
                }
            }
            if (!p.has("kind") && !p.has("units")) {
                p.problem("units", "a pool needs its units, or a kind: all units of that kind", Optional.of(
                        "write units: [a, b] or kind: township"));
            }
            for (String u : units) {
                String other = placed.putIfAbsent(u, id);
                if (other != null) {
                    Node at = unitNodes.get(u);
                    String where = at == p.get("kind") ? p.path("kind") : DocumentPath.index(p.path("units"),
                            new ArrayList<>(unitNodes.keySet()).indexOf(u));
                    String written = at instanceof Node.ScalarNode && at != p.get("kind") ? ((Node.ScalarNode) at)
                            .text() : u;
                    problems.add(at, where, "unit '" + Texts.abbreviate(written) + "' is already in pool " + other,
                            Optional.of("a unit is ranked in one pool only"));
                    p.fail();
                }
            }
            if (id != null && !p.failed()) {
                out.add(new Pool(id, name, units));
            }
        }
        return out;
    }

    private AssessmentScheme.Credit credit(Fields f) {
        Node n = f.get("credit");
        if (n == null) {
            return AssessmentScheme.Credit.DEFAULT;
        }
        Optional<Fields> o = Fields.open(n, f.path("credit"), "credit", List.of("lead", "cooperating", "split"),
                problems);
        if (o.isEmpty()) {
            return AssessmentScheme.Credit.DEFAULT;
        }
        Fields c = o.get();
        double lead = share(c, "lead", 1);
        double cooperating = share(c, "cooperating", 0.3);
        boolean split = bool(c, "split", false);
        if (lead <= 0) {
            c.problem("lead", "the lead's share must be above 0", Optional.empty());
            return AssessmentScheme.Credit.DEFAULT;
        }
        return new AssessmentScheme.Credit(lead, cooperating, split);
    }

    private List<AssessmentScheme.Assignment> assignments(Fields f) {
        List<AssessmentScheme.Assignment> out = new ArrayList<>();
        List<Node> nodes = f.list("assignments");
        for (int i = 0; nodes != null && i < nodes.size(); i++) {
            Optional<Fields> o = Fields.open(nodes.get(i), DocumentPath.index(f.path("assignments"), i),
                    "an assignment", List.of("unit", "targets"), problems);
            if (o.isEmpty()) {
                continue;
            }
            Fields a = o.get();
            Node u = a.require("unit", "name the unit");
            String unit = u == null ? null : unit(u, a.path("unit"));
            List<String> targets = new ArrayList<>();
            List<Node.ScalarNode> ts = a.textList("targets");
            for (int t = 0; ts != null && t < ts.size(); t++) {
                String target = target(ts.get(t), DocumentPath.index(a.path("targets"), t), ts.get(t).text());
                if (target != null) {
                    targets.add(target);
                }
            }
            if (unit != null) {
                out.add(new AssessmentScheme.Assignment(unit, targets));
            }
        }
        return out;
    }

    private List<AssessmentScheme.PeerMetric> peers(Fields f, List<Pool> pools) {
        List<AssessmentScheme.PeerMetric> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        List<Node> nodes = f.list("peers");
        for (int i = 0; nodes != null && i < nodes.size(); i++) {
            Optional<Fields> o = Fields.open(nodes.get(i), DocumentPath.index(f.path("peers"), i), "a peer metric",
                    List.of("id", "name", "targets", "by", "method", "points", "step", "floor", "weight"), problems);
            if (o.isEmpty()) {
                continue;
            }
            Fields m = o.get();
            String id = m.requiredText("id", "give the metric an id");
            if (id != null && !ids.add(id)) {
                m.problem("id", "duplicate peer metric id '" + Texts.abbreviate(id) + "'", Optional.of(
                        "give each metric its own id"));
            }
            String name = m.optionalText("name").orElse(id == null ? "" : id);
            Map<String, String> targets = new LinkedHashMap<>();
            Node tn = m.require("targets", "map units to their targets, or write a pattern such as '{unit}.funds'");
            if (tn instanceof Node.ScalarNode) {
                String pattern = ((Node.ScalarNode) tn).text();
                if (!pattern.contains("{unit}")) {
                    m.problem("targets", "a target pattern must contain {unit} (was '" + Texts.abbreviate(pattern)
                            + "')", Optional.of("write targets: '{unit}.funds'"));
                } else {
                    for (Pool p : pools) {
                        for (String u : p.units()) {
                            String t = pattern.replace("{unit}", u);
                            if (plan.target(t).isPresent()) {
                                targets.put(u, t);
                            }
                        }
                    }
                    if (targets.isEmpty()) {
                        m.problem("targets", "the pattern '" + Texts.abbreviate(pattern) + "' matches no target of any"
                                + " unit", Optional.empty());
                    }
                }
            } else if (tn instanceof Node.MapNode) {
                for (Node.Entry e : ((Node.MapNode) tn).entries()) {
                    String unit = unitName(e.key(), e.line(), e.column(), DocumentPath.key(m.path("targets"), e.key()));
                    String target = e.value() instanceof Node.ScalarNode ? target(e.value(),
                            DocumentPath.key(m.path("targets"), e.key()), ((Node.ScalarNode) e.value()).text()) : null;
                    if (unit != null && target != null) {
                        targets.put(unit, target);
                    }
                }
            } else if (tn != null) {
                m.problem("targets", "expected a map from unit to target, or a pattern", Optional.empty());
            }
            String by = choice(m, "by", List.of("completion", "value"), "completion");
            String method = choice(m, "method", List.of("rank-points", "proportional", "linear"), "rank-points");
            List<Double> points = new ArrayList<>();
            List<Node> pn = m.list("points");
            for (int p = 0; pn != null && p < pn.size(); p++) {
                Double v = m.number(pn.get(p), DocumentPath.index(m.path("points"), p));
                if (v != null) {
                    points.add(v);
                }
            }
            if ("rank-points".equals(method) && points.isEmpty()) {
                m.problem("points", "rank points need the points of the first ranks", Optional.of(
                        "write points: [60, 57, 54, 51, 48]"));
            }
            double step = nonNegative(m, "step", 0);
            double floor = nonNegative(m, "floor", "linear".equals(method) ? 60 : 0);
            double weight = nonNegative(m, "weight", 1);
            if (!m.failed() && id != null && weight > 0) {
                out.add(new AssessmentScheme.PeerMetric(id, name, targets, "value".equals(by),
                        PeerMethod.valueOf(method.toUpperCase(java.util.Locale.ROOT).replace('-', '_')), points, step,
                        floor, weight));
            }
        }
        return out;
    }

    private List<GradeBand> grades(Fields f) {
        List<GradeBand> out = new ArrayList<>();
        if (!f.has("grades")) {
            out.add(new GradeBand("优秀", Optional.of(90.0), Optional.empty()));
            out.add(new GradeBand("良好", Optional.of(80.0), Optional.empty()));
            out.add(new GradeBand("合格", Optional.of(60.0), Optional.empty()));
            out.add(new GradeBand("不合格", Optional.empty(), Optional.empty()));
            return out;
        }
        List<Node> nodes = f.list("grades");
        if (f.has("grades") && nodes != null && nodes.isEmpty()) {
            f.problem("grades", "grades need at least one band", Optional.of("leave grades out for 优秀 90, 良好 80, 合格 60, 不合格"));
        }
        Set<String> gradeNames = new HashSet<>();
        Double previous = null;
        for (int i = 0; nodes != null && i < nodes.size(); i++) {
            String path = DocumentPath.index(f.path("grades"), i);
            Optional<Fields> o = Fields.open(nodes.get(i), path, "a grade", List.of("name", "min", "quota"), problems);
            if (o.isEmpty()) {
                continue;
            }
            Fields g = o.get();
            String name = g.requiredText("name", "name the grade, such as 优秀");
            if (name != null && !gradeNames.add(name)) {
                g.problem("name", "duplicate grade '" + Texts.abbreviate(name) + "'", Optional.empty());
            }
            Double min = g.optionalNumber("min");
            Double quota = g.optionalNumber("quota");
            boolean last = i == nodes.size() - 1;
            if (last && min != null) {
                g.problem("min", "the last (lowest) grade has no minimum: it takes every score below the others",
                        Optional.of("remove min"));
            } else if (!last && min == null && !g.failed()) {
                problems.add(g.node(), path, "every grade but the last needs a minimum score", Optional.of(
                        "write min: 80"));
            }
            if (min != null && previous != null && min >= previous) {
                g.problem("min", "grades go from the best down: " + Texts.number(min)
                        + " is not below the grade before (" + Texts.number(previous) + ")", Optional.empty());
            }
            if (quota != null && !(quota > 0 && quota <= 1)) {
                g.problem("quota", "a quota is a share of the pool, above 0 and at most 1 (was "
                        + Texts.number(quota) + ")", Optional.of("write quota: 0.3 for 30%"));
                quota = null;
            }
            previous = min == null ? previous : min;
            if (name != null) {
                out.add(new GradeBand(name, Optional.ofNullable(last ? null : min), Optional.ofNullable(quota)));
            }
        }
        return out;
    }

    private List<Adjustment> adjustments(Fields f) {
        List<Adjustment> out = new ArrayList<>();
        List<Node> nodes = f.list("adjustments");
        for (int i = 0; nodes != null && i < nodes.size(); i++) {
            Optional<Fields> o = Fields.open(nodes.get(i), DocumentPath.index(f.path("adjustments"), i),
                    "an adjustment", List.of("unit", "kind", "points", "category", "reason", "evidence", "date"),
                    problems);
            if (o.isEmpty()) {
                continue;
            }
            Fields a = o.get();
            Node u = a.require("unit", "name the unit");
            String unit = u == null ? null : unit(u, a.path("unit"));
            String kind = a.has("kind") ? choice(a, "kind", List.of("bonus", "penalty"), null) : null;
            if (!a.has("kind")) {
                a.require("kind", "write kind: bonus (加分) or kind: penalty (扣分)");
            }
            Node pn = a.require("points", "write the points");
            Double points = pn == null ? null : a.number(pn, a.path("points"));
            if (points != null && !(points > 0)) {
                a.problem("points", "points must be above 0; use kind: penalty to take points away (was "
                        + Texts.number(points) + ")", Optional.empty());
            }
            String category = a.optionalText("category").orElse(kind == null ? "" : kind);
            String reason = a.requiredText("reason", "say why (加分 / 扣分 事由)");
            Optional<String> evidence = a.optionalText("evidence");
            LocalDate date = date(a, "date");
            if (!a.failed() && unit != null && kind != null && points != null && reason != null && date != null) {
                out.add(new Adjustment(unit, kind.equals("bonus") ? AdjustmentKind.BONUS : AdjustmentKind.PENALTY,
                        points, category, reason, evidence, date));
            }
        }
        return out;
    }

    private AssessmentScheme.Caps caps(Fields f) {
        Node n = f.get("caps");
        if (n == null) {
            return AssessmentScheme.Caps.NONE;
        }
        Optional<Fields> o = Fields.open(n, f.path("caps"), "caps", List.of("bonus", "penalty", "categories"),
                problems);
        if (o.isEmpty()) {
            return AssessmentScheme.Caps.NONE;
        }
        Fields c = o.get();
        Double bonus = c.has("bonus") ? nonNegative(c, "bonus", 0) : null;
        Double penalty = c.has("penalty") ? nonNegative(c, "penalty", 0) : null;
        Map<String, Double> categories = new LinkedHashMap<>();
        Node cn = c.get("categories");
        if (cn instanceof Node.MapNode) {
            for (Node.Entry e : ((Node.MapNode) cn).entries()) {
                Double v = c.number(e.value(), DocumentPath.key(c.path("categories"), e.key()));
                if (v != null && v < 0) {
                    problems.add(e.value(), DocumentPath.key(c.path("categories"), e.key()), "a cap must be ≥ 0 (was "
                            + Texts.number(v) + ")", Optional.of("caps limit what an adjustment may add or take"));
                } else if (v != null) {
                    categories.put(e.key(), v);
                }
            }
        } else if (cn != null) {
            c.problem("categories", "expected a map from category to cap", Optional.empty());
        }
        return new AssessmentScheme.Caps(Optional.ofNullable(bonus), Optional.ofNullable(penalty), categories);
    }

    private List<Veto> vetoes(Fields f) {
        List<Veto> out = new ArrayList<>();
        List<Node> nodes = f.list("vetoes");
        for (int i = 0; nodes != null && i < nodes.size(); i++) {
            Optional<Fields> o = Fields.open(nodes.get(i), DocumentPath.index(f.path("vetoes"), i), "a veto",
                    List.of("unit", "kind", "reason", "date"), problems);
            if (o.isEmpty()) {
                continue;
            }
            Fields v = o.get();
            Node u = v.require("unit", "name the unit");
            String unit = u == null ? null : unit(u, v.path("unit"));
            String kind = choice(v, "kind", List.of("veto", "veto-top-grade"), "veto");
            String reason = v.requiredText("reason", "say why (否决事由)");
            LocalDate date = date(v, "date");
            if (!v.failed() && unit != null && reason != null && date != null) {
                out.add(new Veto(unit, "veto".equals(kind) ? VetoKind.VETO : VetoKind.VETO_TOP_GRADE, reason, date));
            }
        }
        return out;
    }

    private AssessmentScheme.Awards awards(Fields f) {
        Node n = f.get("awards");
        if (n == null) {
            return new AssessmentScheme.Awards(List.of(), AssessmentScheme.FlagTies.STANDARD, 0, 0);
        }
        Optional<Fields> o = Fields.open(n, f.path("awards"), "awards", List.of("flags", "ties", "redList",
                "blackList"), problems);
        if (o.isEmpty()) {
            return new AssessmentScheme.Awards(List.of(), AssessmentScheme.FlagTies.STANDARD, 0, 0);
        }
        Fields a = o.get();
        List<String> flags = new ArrayList<>();
        List<Node.ScalarNode> fn = a.textList("flags");
        if (fn != null) {
            fn.forEach(x -> flags.add(x.text()));
        }
        String ties = choice(a, "ties", List.of("standard", "dense"), "standard");
        int red = whole(a, "redList");
        int black = whole(a, "blackList");
        return new AssessmentScheme.Awards(flags, "dense".equals(ties) ? AssessmentScheme.FlagTies.DENSE
                : AssessmentScheme.FlagTies.STANDARD, red, black);
    }

    private AssessmentScheme.Annual annual(Fields f) {
        Node n = f.get("annual");
        if (n == null || (n instanceof Node.ScalarNode && ((Node.ScalarNode) n).text().equals("year-end"))) {
            return AssessmentScheme.Annual.YEAR_END;
        }
        if (n instanceof Node.ScalarNode) {
            f.problem("annual", "unknown annual mode '" + Texts.abbreviate(((Node.ScalarNode) n).text())
                    + "' (expected year-end or {weights: [q1, q2, q3, q4]})", Optional.empty());
            return AssessmentScheme.Annual.YEAR_END;
        }
        Optional<Fields> o = Fields.open(n, f.path("annual"), "annual", List.of("weights"), problems);
        if (o.isEmpty()) {
            return AssessmentScheme.Annual.YEAR_END;
        }
        List<Double> weights = new ArrayList<>();
        List<Node> wn = o.get().list("weights");
        for (int i = 0; wn != null && i < wn.size(); i++) {
            Double w = o.get().number(wn.get(i), DocumentPath.index(o.get().path("weights"), i));
            if (w != null) {
                weights.add(w);
            }
        }
        if (weights.size() != 4 || weights.stream().anyMatch(w -> w < 0)
                || weights.stream().mapToDouble(Double::doubleValue).sum() <= 0) {
            o.get().problem("weights", "annual weights are four numbers ≥ 0 for Q1–Q4, not all 0 (was " + weights
                    + ")", Optional.of("write weights: [0.2, 0.2, 0.2, 0.4]"));
            return AssessmentScheme.Annual.YEAR_END;
        }
        return new AssessmentScheme.Annual(weights);
    }

    private AssessmentScheme.Ranking ranking(Fields f) {
        Node n = f.get("ranking");
        if (n == null) {
            return AssessmentScheme.Ranking.DEFAULT;
        }
        Optional<Fields> o = Fields.open(n, f.path("ranking"), "ranking", List.of("decimals", "margin", "quotaTies"),
                problems);
        if (o.isEmpty()) {
            return AssessmentScheme.Ranking.DEFAULT;
        }
        Fields r = o.get();
        double decimals = nonNegative(r, "decimals", 2);
        double margin = nonNegative(r, "margin", 0.5);
        String ties = choice(r, "quotaTies", List.of("down", "up"), "down");
        if (decimals > 6 || decimals != Math.rint(decimals)) {
            r.problem("decimals", "decimals must be a whole number from 0 to 6 (was " + Texts.number(decimals) + ")",
                    Optional.empty());
            return AssessmentScheme.Ranking.DEFAULT;
        }
        return new AssessmentScheme.Ranking((int) decimals, margin, "up".equals(ties)
                ? AssessmentScheme.QuotaTies.UP : AssessmentScheme.QuotaTies.DOWN);
    }

    private String unit(Node n, String path) {
        if (!(n instanceof Node.ScalarNode)) {
            problems.add(n, path, "expected a unit id, found " + n.describe());
            return null;
        }
        return unitName(((Node.ScalarNode) n).text(), n.line(), n.column(), path);
    }

    private String unitName(String name, int line, int column, String path) {
        String id = unitNames.get(name);
        if (id == null) {
            problems.add(line, column, path, "unknown unit '" + Texts.abbreviate(name) + "' in plan " + plan.id(),
                    Texts.didYouMean(name, unitNames.keySet()));
        }
        return id;
    }

    private String target(Node n, String path, String id) {
        if (plan.target(id).isPresent()) {
            return id;
        }
        List<String> ids = plan.targets().stream().map(Target::id).toList();
        problems.add(n, path, "unknown target '" + Texts.abbreviate(id) + "' in plan " + plan.id(),
                Texts.didYouMean(id, ids));
        return null;
    }

    private String choice(Fields f, String key, List<String> choices, String fallback) {
        if (!f.has(key)) {
            return fallback;
        }
        String text = f.text(key, f.get(key));
        if (text == null) {
            return fallback;
        }
        if (!choices.contains(text)) {
            f.problem(key, "unknown " + key + " '" + Texts.abbreviate(text) + "' (expected " + String.join(", ", choices)
                    + ")", Texts.didYouMean(text, choices));
            return fallback;
        }
        return text;
    }

    private static double share(Fields f, String key, double fallback) {
        Double v = f.optionalNumber(key);
        if (v == null) {
            return fallback;
        }
        if (v < 0 || v > 1) {
            f.problem(key, key + " is a share from 0 to 1 (was " + Texts.number(v) + ")", Optional.of(
                    "write 0.3 for 30%"));
            return fallback;
        }
        return v;
    }

    private static double nonNegative(Fields f, String key, double fallback) {
        Double v = f.optionalNumber(key);
        if (v == null) {
            return fallback;
        }
        if (v < 0) {
            f.problem(key, key + " must be ≥ 0 (was " + Texts.number(v) + ")", Optional.empty());
            return fallback;
        }
        return v;
    }

    private static int whole(Fields f, String key) {
        double v = nonNegative(f, key, 0);
        if (v != Math.rint(v)) {
            f.problem(key, key + " is a number of units, a whole number (was " + Texts.number(v) + ")", Optional.empty());
            return 0;
        }
        return (int) v;
    }

    private static boolean bool(Fields f, String key, boolean fallback) {
        Node n = f.get(key);
        if (n == null) {
            return fallback;
        }
        if (n instanceof Node.ScalarNode && ((Node.ScalarNode) n).type() == Node.ScalarType.BOOLEAN) {
            return Boolean.parseBoolean(((Node.ScalarNode) n).text());
        }
        f.problem(key, "expected true or false, found " + n.describe(), Optional.empty());
        return fallback;
    }

    private LocalDate date(Fields f, String key) {
        Node n = f.require(key, "write the date it was decided, such as 2023-05-20");
        if (n == null) {
            return null;
        }
        String text = f.text(key, n);
        if (text == null) {
            return null;
        }
        Optional<LocalDate> d = DateReader.ACCEPTING_CHINESE.read(text, true, n.line(), n.column(), () -> f.path(key),
                problems);
        if (d.isEmpty()) {
            f.fail();
            return null;
        }
        Optional<String> outside = Checks.withinPeriod("date", d.get(), plan.period());
        if (outside.isPresent()) {
            f.problem(key, outside.get(), Optional.empty());
            return null;
        }
        return d.get();
    }
}
