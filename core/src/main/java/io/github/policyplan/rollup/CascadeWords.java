package io.github.policyplan.rollup;

import io.github.policyplan.core.Explanation;
import io.github.policyplan.core.NumberText;
import io.github.policyplan.model.Combine;
import io.github.policyplan.model.Plan;
import io.github.policyplan.model.Value;
import io.github.policyplan.plans.Magnitudes;
import io.github.policyplan.plans.PlanSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words of a roll-up across plans, in English and in Chinese, each in one language apart from the
 * plans' names and units: 合计 5.5亿元 = A县 2.5亿元 + B县 0.8亿元（8000万元）…（3个县中2个已报送）.
 */
final class CascadeWords {

    /** Endings of a plan's name that say what the lower plans are: 3个县中2个已报送. */
    private static final Set<Character> PLACES = Set.of('省', '市', '县', '区', '镇', '乡');

    private CascadeWords() {
    }

    /** The roll-up with each cascaded target's explanation in the words of plans. */
    static RolledUp explained(PlanSet set, Plan plan, RolledUp r) {
        Set<String> cascaded = Set.copyOf(set.cascaded(plan.id()));
        Map<String, TargetRollUp> targets = new LinkedHashMap<>();
        for (TargetRollUp t : r.targets()) {
            if (cascaded.contains(t.target())) {
                t = new TargetRollUp(t.target(), t.method(), t.date(), t.total(), t.reported(), t.units(), t.figures(),
                        t.own(), t.difference(), t.scoredOnUnits(), t.allocation(), t.overAllocated(),
                        explain(set.into(plan.id(), t.target()), t, plan.breakdownSettings().warnAbove()));
            }
            targets.put(t.target(), t);
        }
        return new RolledUp(r.scorecard(), r.shares(), targets, r.completeness(), r.log());
    }

    static Explanation explain(List<PlanSet.Link> links, TargetRollUp r, double warnAbove) {
        StringBuilder en = new StringBuilder();
        StringBuilder zh = new StringBuilder();
        Map<String, PlanSet.Link> byPlan = new HashMap<>();
        for (PlanSet.Link l : links) {
            byPlan.put(l.lowerPlan().id(), l);
        }
        String unit = links.get(0).higher().measure().unit();
        combination(r, byPlan, unit, en, zh);
        coverage(r, en, zh);
        RollUpWords.own(r, unit, en, zh);
        RollUpWords.allocation(r, warnAbove, en, zh);
        return Explanation.of(en.toString(), zh.toString());
    }

    private static void combination(TargetRollUp r, Map<String, PlanSet.Link> links, String unit, StringBuilder en,
            StringBuilder zh) {
        if (r.total().isEmpty()) {
            en.append("no lower plan has reported yet");
            zh.append("下级尚无报送");
            return;
        }
        List<String> enTerms = new ArrayList<>();
        List<String> zhTerms = new ArrayList<>();
        double weights = 0;
        for (UnitFigure f : r.figures()) {
            if (f.counted() && f.value().isPresent()) {
                PlanSet.Link l = links.get(f.unit());
                String term = f.name() + " " + amount(f.value().get(), unit);
                String original = "";
                if (l.exponent() != 0 && f.value().get() instanceof Value.Amount a) {
                    original = amount(Value.of(Magnitudes.convert(a.value(), -l.exponent())),
                            l.lower().measure().unit());
                }
                String weight = r.method() == Combine.WEIGHTED_MEAN ? " × " + NumberText.format(f.weight()) : "";
                enTerms.add(term + (original.isEmpty() ? "" : " (" + original + ")") + weight);
                zhTerms.add(term + (original.isEmpty() ? "" : "（" + original + "）") + weight);
                weights += f.weight();
            }
        }
        String total = amount(r.total().get(), unit);
        switch (r.method()) {
            case WEIGHTED_MEAN -> {
                en.append("total ").append(total).append(" = (").append(String.join(" + ", enTerms)).append(") ÷ ")
                        .append(NumberText.format(weights)).append(" (weighted mean)");
                zh.append("合计 ").append(total).append(" = (").append(String.join(" + ", zhTerms)).append(") ÷ ")
                        .append(NumberText.format(weights)).append("（加权平均）");
            }
            case LOWEST -> {
                en.append("total ").append(total).append(" = the least advanced plan's (")
                        .append(String.join(", ", enTerms)).append(")");
                zh.append("合计 ").append(total).append(" = 各下级中最低（").append(String.join("，", zhTerms)).append("）");
            }
            default -> {
                en.append("total ").append(total).append(" = ").append(String.join(" + ", enTerms));
                zh.append("合计 ").append(total).append(" = ").append(String.join(" + ", zhTerms));
            }
        }
    }

    private static String amount(Value v, String unit) {
        return RollUpWords.amount(v, unit);
    }

    private static void coverage(TargetRollUp r, StringBuilder en, StringBuilder zh) {
        List<String> missing = new ArrayList<>();
        Character place = null;
        boolean same = true;
        for (UnitFigure f : r.figures()) {
            if (!f.counted()) {
                missing.add(f.name());
            }
            char last = f.name().isEmpty() ? ' ' : f.name().charAt(f.name().length() - 1);
            same &= place == null || place == last;
            place = last;
        }
        String kind = same && place != null && PLACES.contains(place) ? String.valueOf(place) : "下级计划";
        String as = r.date().map(LocalDate::toString).orElse("");
        en.append("; ").append(r.reported()).append(" of ").append(r.units()).append(" lower plans reported")
                .append(as.isEmpty() ? "" : ", as of " + as);
        zh.append("；").append(r.units()).append("个").append(kind).append("中").append(r.reported()).append("个已报送")
                .append(as.isEmpty() ? "" : "，截至" + as);
        if (!missing.isEmpty()) {
            en.append("; not reported: ").append(String.join(", ", missing)).append("; partial data");
            zh.append("；未报送：").append(String.join("、", missing)).append("；数据不全");
        }
    }
}
