package io.github.policyplan.rollup;

import io.github.policyplan.core.Explanation;
import io.github.policyplan.core.NumberText;
import io.github.policyplan.model.Cadence;
import io.github.policyplan.model.Combine;
import io.github.policyplan.model.Department;
import io.github.policyplan.model.Plan;
import io.github.policyplan.model.Report;
import io.github.policyplan.model.UnitKind;
import io.github.policyplan.model.Value;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/** The words of a roll-up, in English and in Chinese, each in one language apart from the units' names. */
final class RollUpWords {

    private RollUpWords() {
    }

    static String value(Value v) {
        return v instanceof Value.Amount a ? NumberText.format(a.value()) : v.toString();
    }

    /** What the units are called: 乡镇 / townships when all are, 部门 / departments, or 单位 / units. */
    static String[] kind(Plan plan, List<UnitFigure> figures) {
        UnitKind kind = null;
        boolean same = true;
        for (UnitFigure f : figures) {
            UnitKind k = plan.department(f.unit()).map(Department::kind).orElse(UnitKind.OTHER);
            same &= kind == null || kind == k;
            kind = k;
        }
        if (same && kind == UnitKind.TOWNSHIP) {
            return new String[] {"townships", "乡镇"};
        }
        return same && kind == UnitKind.DEPARTMENT ? new String[] {"departments", "部门"} : new String[] {"units", "单位"};
    }

    static Explanation explain(Plan plan, TargetRollUp r, double warnAbove) {
        StringBuilder en = new StringBuilder();
        StringBuilder zh = new StringBuilder();
        String unit = plan.target(r.target()).orElseThrow().measure().unit();
        combination(r, unit, en, zh);
        coverage(plan, r, en, zh);
        own(r, unit, en, zh);
        allocation(r, warnAbove, en, zh);
        return Explanation.of(en.toString(), zh.toString());
    }

    /** A value with the target's unit when it is a number: 105.57亿元, as the words of a cascade write it. */
    static String amount(Value v, String unit) {
        return value(v) + (v instanceof Value.Amount ? unit : "");
    }

    /** The units' values combined, each figure with the target's unit: 合计 46.2亿元 = 城关镇 8.1亿元 + …. */
    private static void combination(TargetRollUp r, String unit, StringBuilder en, StringBuilder zh) {
        if (r.total().isEmpty()) {
            en.append("no unit has reported yet");
            zh.append("尚无单位报送");
            return;
        }
        String total = amount(r.total().get(), unit);
        List<String> terms = new ArrayList<>();
        double weights = 0;
        for (UnitFigure f : r.figures()) {
            if (f.counted() && f.value().isPresent()) {
                String t = f.name() + " " + (r.method() == Combine.RATIO ? value(f.value().get())
                        : amount(f.value().get(), unit));
                terms.add(r.method() == Combine.WEIGHTED_MEAN ? t + " × " + NumberText.format(f.weight()) : t);
                weights += f.weight();
            }
        }
        switch (r.method()) {
            case SUM -> {
                en.append("total ").append(total).append(" = ").append(String.join(" + ", terms));
                zh.append("合计 ").append(total).append(" = ").append(String.join(" + ", terms));
            }
            case RATIO -> {
                List<String> nums = new ArrayList<>();
                List<String> dens = new ArrayList<>();
                for (UnitFigure f : r.figures()) {
                    if (f.counted() && f.value().isPresent()) {
                        double[] nd = Combiner.ratio(f.value().get());
                        nums.add(NumberText.format(nd[0]));
                        dens.add(NumberText.format(nd[1]));
                    }
                }
                String sum = "(" + String.join(" + ", nums) + ") ÷ (" + String.join(" + ", dens) + ") × 100";
                en.append("total ").append(total).append(" = ").append(sum).append(" (numerators over denominators: ")
                        .append(String.join(", ", terms)).append(")");
                zh.append("合计 ").append(total).append(" = ").append(sum).append("（分子分母合计：")
                        .append(String.join("，", terms)).append("）");
            }
            case WEIGHTED_MEAN -> {
                String sum = "(" + String.join(" + ", terms) + ") ÷ " + NumberText.format(weights);
                en.append("total ").append(total).append(" = ").append(sum).append(" (weighted mean)");
                zh.append("合计 ").append(total).append(" = ").append(sum).append("（加权平均）");
            }
            case LOWEST -> {
                en.append("total ").append(total).append(" = the least advanced unit's (").append(String.join(", ",
                        terms)).append(")");
                zh.append("合计 ").append(total).append(" = 各单位中最低（").append(String.join("，", terms)).append("）");
            }
        }
    }

    private static void coverage(Plan plan, TargetRollUp r, StringBuilder en, StringBuilder zh) {
        String[] kind = kind(plan, r.figures());
        List<String> missing = new ArrayList<>();
        List<String> carried = new ArrayList<>();
        Cadence cadence = plan.cadenceOf(plan.target(r.target()).orElseThrow());
        for (UnitFigure f : r.figures()) {
            if (!f.counted()) {
                missing.add(f.name());
            } else if (r.date().isPresent() && f.reported().isPresent()
                    && !Periods.within(cadence, f.reported().get(), r.date().get())) {
                carried.add(f.name() + " " + f.reported().get());
            }
        }
        String as = r.date().map(LocalDate::toString).orElse("");
        en.append("; ").append(r.reported()).append(" of ").append(r.units()).append(' ').append(kind[0])
                .append(" reported").append(as.isEmpty() ? "" : ", as of " + as);
        zh.append("；").append(r.units()).append("个").append(kind[1]).append("中").append(r.reported())
                .append("个已报送").append(as.isEmpty() ? "" : "，截至" + as);
        if (!missing.isEmpty()) {
            en.append("; not reported: ").append(String.join(", ", missing)).append("; partial data");
            zh.append("；未报送：").append(String.join("、", missing)).append("；数据不全");
        }
        if (!carried.isEmpty()) {
            en.append("; carried forward: ").append(String.join(", ", carried));
            zh.append("；沿用上期：").append(String.join("、", carried));
        }
    }

    /** How many units the value covers: {@code 12个乡镇中9个已报送} / {@code 9 of 12 townships reported}. */
    static Explanation coverage(Plan plan, TargetRollUp r) {
        String[] kind = kind(plan, r.figures());
        return Explanation.of(r.reported() + " of " + r.units() + " " + kind[0] + " reported",
                r.units() + "个" + kind[1] + "中" + r.reported() + "个已报送");
    }

    /** The target's own report beside the units' total, its figures in {@code unit} (blank: none) like the total's. */
    static void own(TargetRollUp r, String unit, StringBuilder en, StringBuilder zh) {
        if (r.own().isEmpty()) {
            return;
        }
        Report report = r.own().get();
        String own = value(report.value()) + (report.value() instanceof Value.Amount ? unit : "");
        String source = report.source().map(x -> "，" + x).orElse("");
        en.append("; own report ").append(own).append(" of ").append(report.date())
                .append(report.source().map(x -> " by " + x).orElse(""));
        zh.append("；本级报送 ").append(own).append("（").append(report.date()).append(source).append("）");
        OptionalDouble d = r.difference();
        if (d.isPresent()) {
            String diff = NumberText.format(d.getAsDouble()) + unit;
            en.append(", units' total differs by ").append(diff);
            zh.append("，与各单位合计相差 ").append(diff);
        }
        en.append(r.scoredOnUnits() ? "; scored on the units' total" : "; scored on the own report");
        zh.append(r.scoredOnUnits() ? "；以各单位合计计分" : "；以本级报送计分");
    }

    static void allocation(TargetRollUp r, double warnAbove, StringBuilder en, StringBuilder zh) {
        if (r.allocation().isEmpty()) {
            return;
        }
        String[] words = allocationWords(r.allocation().getAsDouble(), warnAbove);
        en.append("; ").append(words[0]);
        zh.append("；").append(words[1]);
    }

    /** The allocation ratio in words: 1.18 = 18% 加码. */
    static String[] allocationWords(double ratio, double warnAbove) {
        String x = NumberText.format(ratio);
        String pct = NumberText.percent(Math.abs(ratio - 1));
        String w = NumberText.format(warnAbove);
        if (ratio > warnAbove) {
            return new String[] {"allocation ratio " + x + ": units' goals " + pct + " above the goal, over the warning"
                    + " threshold " + w, "分解比 " + x + "：层层加码" + pct + "，超过预警线" + w};
        }
        if (ratio > 1 + 1e-9) {
            return new String[] {"allocation ratio " + x + ": units' goals " + pct + " above the goal, within the warning"
                    + " threshold " + w, "分解比 " + x + "：加码" + pct + "，未超过预警线" + w};
        }
        if (ratio < 1 - 1e-9) {
            return new String[] {"allocation ratio " + x + ": units' goals " + pct + " below the goal (intended)",
                "分解比 " + x + "：分解不足" + pct + "（计划注明）"};
        }
        return new String[] {"allocation ratio 1: the units' goals make up the goal", "分解比 1：分解合计等于目标"};
    }
}
