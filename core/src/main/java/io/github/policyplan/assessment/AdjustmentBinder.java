package io.github.policyplan.assessment;

import io.github.policyplan.assessment.AssessmentScheme.Adjustment;
import io.github.policyplan.assessment.AssessmentScheme.AdjustmentKind;
import io.github.policyplan.assessment.AssessmentScheme.Caps;
import io.github.policyplan.assessment.AssessmentScheme.Veto;
import io.github.policyplan.assessment.AssessmentScheme.VetoKind;
import io.github.policyplan.internal.read.DateReader;
import io.github.policyplan.internal.read.DocumentPath;
import io.github.policyplan.internal.read.Fields;
import io.github.policyplan.internal.read.Node;
import io.github.policyplan.internal.read.Problems;
import io.github.policyplan.internal.read.Texts;
import io.github.policyplan.model.Checks;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Binds what is decided outside the targets: bonuses and penalties (加分 / 扣分) with their reasons and
 * dates, the caps on them, the penalty for missing reports (每缺报一次扣分), and vetoes (一票否决). Not thread-safe: one instance serves one read.
 */
final class AdjustmentBinder {

    private static final List<String> ADJUSTMENT_KEYS = List.of("unit", "kind", "points", "category", "reason",
            "evidence", "date");
    private static final List<String> REPORTING_KEYS = List.of("penalty", "per", "cap", "category");
    private static final List<String> VETO_KEYS = List.of("unit", "kind", "reason", "date");

    private final Problems problems;
    private final SchemeNames names;

    /**
     * Creates a binder.
     *
     * @param problems where problems go
     * @param names    the plan's units
     */
    AdjustmentBinder(Problems problems, SchemeNames names) {
        this.problems = problems;
        this.names = names;
    }

    /** Reads the bonuses and penalties; those without a problem. */
    List<Adjustment> adjustments(Fields f) {
        List<Adjustment> out = new ArrayList<>();
        List<Node> nodes = f.list("adjustments").orElse(List.of());
        for (int i = 0; i < nodes.size(); i++) {
            Fields.open(nodes.get(i), DocumentPath.index(f.path("adjustments"), i), "an adjustment",
                    ADJUSTMENT_KEYS, problems).flatMap(this::adjustment).ifPresent(out::add);
        }
        return out;
    }

    private Optional<Adjustment> adjustment(Fields a) {
        Optional<String> unit = a.require("unit", "name the unit").flatMap(u -> names.unit(u, a.path("unit")));
        Optional<String> kind = Optional.empty();
        if (a.has("kind")) {
            kind = SchemeFields.choice(a, "kind", List.of("bonus", "penalty"));
        } else {
            a.require("kind", "write kind: bonus (加分) or kind: penalty (扣分)");
        }
        Optional<Double> points = a.require("points", "write the points").flatMap(n -> a.number("points", n));
        if (points.isPresent() && !(points.get() > 0)) {
            a.problem("points", "points must be above 0; use kind: penalty to take points away (was "
                    + Texts.number(points.get()) + ")", Optional.empty());
        }
        String category = a.optionalText("category").orElse(kind.orElse(""));
        Optional<String> reason = a.requiredText("reason", "say why (加分 / 扣分 事由)");
        Optional<String> evidence = a.optionalText("evidence");
        Optional<LocalDate> date = date(a, "date");
        if (a.failed() || unit.isEmpty() || kind.isEmpty() || points.isEmpty() || reason.isEmpty()
                || date.isEmpty()) {
            return Optional.empty();
        }
        AdjustmentKind adjustmentKind = kind.get().equals("bonus") ? AdjustmentKind.BONUS : AdjustmentKind.PENALTY;
        return Optional.of(new Adjustment(unit.get(), adjustmentKind, points.get(), category, reason.get(), evidence,
                date.get()));
    }

    /** Reads the caps on what adjustments may add or take, per unit and per category. */
    Caps caps(Fields f) {
        Optional<Fields> o = f.get("caps").flatMap(n -> Fields.open(n, f.path("caps"), "caps", List.of("bonus",
                "penalty", "categories"), problems));
        if (o.isEmpty()) {
            return Caps.NONE;
        }
        Fields c = o.get();
        Optional<Double> bonus = c.has("bonus") ? Optional.of(SchemeFields.nonNegative(c, "bonus", 0))
                : Optional.empty();
        Optional<Double> penalty = c.has("penalty") ? Optional.of(SchemeFields.nonNegative(c, "penalty", 0))
                : Optional.empty();
        Map<String, Double> categories = new LinkedHashMap<>();
        Optional<Node> n = c.get("categories");
        if (n.isPresent() && n.get() instanceof Node.MapNode map) {
            for (Node.Entry e : map.entries()) {
                String path = DocumentPath.key(c.path("categories"), e.key());
                Optional<Double> v = c.number(e.value(), path);
                if (v.isPresent() && v.get() < 0) {
                    problems.add(e.value(), path, "a cap must be ≥ 0 (was " + Texts.number(v.get()) + ")",
                            Optional.of("caps limit what an adjustment may add or take"));
                } else {
                    v.ifPresent(cap -> categories.put(e.key(), cap));
                }
            }
        } else if (n.isPresent()) {
            c.problem("categories", "expected a map from category to cap", Optional.empty());
        }
        return new Caps(bonus, penalty, categories);
    }

    /** Reads the penalty for missing reports ({@code reporting:}, 每缺报一次扣分), if the scheme has one. */
    Optional<ReportingPenalty> reporting(Fields f) {
        Optional<Fields> o = f.get("reporting").flatMap(n -> Fields.open(n, f.path("reporting"), "reporting",
                REPORTING_KEYS, problems));
        if (o.isEmpty()) {
            return Optional.empty();
        }
        Fields r = o.get();
        Optional<Double> points = r.require("penalty", "write the points taken per missing report, such as "
                + "penalty: 1").flatMap(n -> r.number("penalty", n));
        if (points.isPresent() && !(points.get() > 0)) {
            r.problem("penalty", "penalty must be above 0: the points taken per missing report (was "
                    + Texts.number(points.get()) + ")", Optional.empty());
        }
        String per = SchemeFields.choice(r, "per", ReportingPenalty.PER).orElse(ReportingPenalty.MISSING_REPORT);
        Optional<Double> cap = r.has("cap") ? Optional.of(SchemeFields.nonNegative(r, "cap", 0)) : Optional.empty();
        String category = r.optionalText("category").orElse(ReportingPenalty.DEFAULT_CATEGORY);
        if (r.failed() || points.isEmpty() || !(points.get() > 0)) {
            return Optional.empty();
        }
        return Optional.of(new ReportingPenalty(points.get(), per, cap, category));
    }

    /** Reads the vetoes; those without a problem. */
    List<Veto> vetoes(Fields f) {
        List<Veto> out = new ArrayList<>();
        List<Node> nodes = f.list("vetoes").orElse(List.of());
        for (int i = 0; i < nodes.size(); i++) {
            Fields.open(nodes.get(i), DocumentPath.index(f.path("vetoes"), i), "a veto", VETO_KEYS, problems)
                    .flatMap(this::veto).ifPresent(out::add);
        }
        return out;
    }

    private Optional<Veto> veto(Fields v) {
        Optional<String> unit = v.require("unit", "name the unit").flatMap(u -> names.unit(u, v.path("unit")));
        String kind = SchemeFields.choice(v, "kind", List.of("veto", "veto-top-grade")).orElse("veto");
        Optional<String> reason = v.requiredText("reason", "say why (否决事由)");
        Optional<LocalDate> date = date(v, "date");
        if (v.failed() || unit.isEmpty() || reason.isEmpty() || date.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Veto(unit.get(), kind.equals("veto") ? VetoKind.VETO : VetoKind.VETO_TOP_GRADE,
                reason.get(), date.get()));
    }

    /** Reads the date a decision was made: within the plan period. */
    private Optional<LocalDate> date(Fields f, String key) {
        Optional<Node> n = f.require(key, "write the date it was decided, such as 2023-05-20");
        Optional<String> text = n.flatMap(node -> f.text(key, node));
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<LocalDate> date = DateReader.ACCEPTING_CHINESE.read(text.get(), true, n.get().line(),
                n.get().column(), () -> f.path(key), problems);
        if (date.isEmpty()) {
            f.fail();
            return date;
        }
        Optional<String> outside = Checks.withinPeriod("date", date.get(), names.plan().period());
        if (outside.isPresent()) {
            f.problem(key, outside.get(), Optional.empty());
            return Optional.empty();
        }
        return date;
    }
}
