package io.github.policyplan.scoring;

import io.github.policyplan.model.Strategy;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * How a node's score follows from its children's:
 * <ul>
 *   <li>{@code weighted-mean} (default): Σ weight × score ÷ Σ weight over the children that have a score —
 *       the weights renormalised, so a child without a score changes the coverage, not the others' mean;</li>
 *   <li>{@code missing-as-zero}: the same over all children, a child without a score counting 0;</li>
 *   <li>{@code weakest}: the lowest score of a child;</li>
 *   <li>{@code points}: Σ weight × score ÷ 100, the weights being points allotted (分值).</li>
 * </ul>
 * Each takes {@code minCoverage} (0–1, default 0): below it the node has no score. Coverage is the
 * share of the node's weight that has a score, each child counting its own coverage.
 */
final class RollUps {

    private RollUps() {
    }

    /** A child as the roll-up sees it. */
    record Child(String id, double weight, OptionalDouble score, double coverage, Status status) {
    }

    /** The roll-up's result. */
    record Result(OptionalDouble score, double coverage, double scale, String english, String chinese) {
    }

    static Result rollUp(Strategy strategy, List<Child> children) {
        String name = strategy.name();
        Object min = strategy.parameters().get("minCoverage");
        double minCoverage = min instanceof Double ? (Double) min : 0;
        double total = 0;
        double covered = 0;
        for (Child c : children) {
            total += c.weight();
            covered += c.weight() * c.coverage();
        }
        double coverage = total == 0 ? 0 : covered / total;
        double scale = name.equals("points") ? total : 100;
        List<Child> scored = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Child c : children) {
            if (c.score().isPresent()) {
                scored.add(c);
            } else {
                missing.add(c.id() + " (" + c.status().english() + ")");
            }
        }
        String coverageText = "coverage " + Numbers.percent(coverage);
        String coverageZh = "覆盖率" + Numbers.percent(coverage);
        String missingText = missing.isEmpty() ? "" : "; no score: " + String.join(", ", missing);
        String missingZh = missing.isEmpty() ? "" : "；无得分：" + String.join("、", missing);
        if (children.isEmpty()) {
            return new Result(OptionalDouble.empty(), 0, scale, "no score: nothing below this node",
                    "无得分：无下级");
        }
        if (scored.isEmpty() && !name.equals("missing-as-zero")) {
            return new Result(OptionalDouble.empty(), coverage, scale, "no score: no child has a score" + missingText,
                    "无得分：下级均无得分" + missingZh);
        }
        if (coverage < minCoverage) {
            return new Result(OptionalDouble.empty(), coverage, scale, "no score: " + coverageText
                    + " is below the minimum " + Numbers.percent(minCoverage) + missingText, "无得分：" + coverageZh
                    + "低于最低要求" + Numbers.percent(minCoverage) + missingZh);
        }
        switch (name) {
            case "weakest": {
                Child weakest = scored.get(0);
                for (Child c : scored) {
                    if (c.score().getAsDouble() < weakest.score().getAsDouble()) {
                        weakest = c;
                    }
                }
                double s = weakest.score().getAsDouble();
                return new Result(OptionalDouble.of(s), coverage, scale, Numbers.format(s) + " = the weakest child, "
                        + weakest.id() + " (" + coverageText + missingText + ")", Numbers.format(s) + " = 最弱下级"
                        + weakest.id() + "的得分（" + coverageZh + missingZh + "）");
            }
            case "points": {
                double sum = 0;
                List<String> terms = new ArrayList<>();
                for (Child c : scored) {
                    sum += c.weight() * c.score().getAsDouble() / 100;
                    terms.add(Numbers.format(c.weight()) + " × " + Numbers.format(c.score().getAsDouble()) + "%");
                }
                return new Result(OptionalDouble.of(sum), coverage, scale, Numbers.format(sum) + " = "
                        + String.join(" + ", terms) + " (points allotted × score, out of " + Numbers.format(total)
                        + "; " + coverageText + missingText + ")", Numbers.format(sum) + " = " + String.join(" + ", terms)
                        + "（分值 × 得分率，满分" + Numbers.format(total) + "；" + coverageZh + missingZh + "）");
            }
            default: {
                boolean zero = name.equals("missing-as-zero");
                double num = 0;
                double den = 0;
                List<String> terms = new ArrayList<>();
                for (Child c : zero ? children : scored) {
                    double s = c.score().orElse(0);
                    num += c.weight() * s;
                    den += c.weight();
                    terms.add(Numbers.format(s) + " × " + Numbers.format(c.weight()));
                }
                double lo = Double.POSITIVE_INFINITY;
                double hi = Double.NEGATIVE_INFINITY;
                for (Child c : zero ? children : scored) {
                    lo = Math.min(lo, c.score().orElse(0));
                    hi = Math.max(hi, c.score().orElse(0));
                }
                // A mean lies between its terms; rounding (or overflow of huge weights) must not put it outside.
                double s = Double.isFinite(num / den) ? Math.min(hi, Math.max(lo, num / den)) : hi;
                String formula = Numbers.format(s) + " = (" + String.join(" + ", terms) + ") ÷ " + Numbers.format(den);
                String what = zero ? "weighted mean of all " + children.size() + " children, a missing score counting 0"
                        : "weighted mean of the " + scored.size() + " of " + children.size() + " children with a score";
                String whatZh = zero ? "全部" + children.size() + "个下级加权平均，缺失计0分"
                        : children.size() + "个下级中有得分的" + scored.size() + "个加权平均";
                return new Result(OptionalDouble.of(s), coverage, scale, formula + " (" + what + "; " + coverageText
                        + missingText + ")", formula + "（" + whatZh + "；" + coverageZh + missingZh + "）");
            }
        }
    }
}
