package io.github.policyplan.scoring;

import io.github.policyplan.core.NumberText;

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

    /** The parameter {@code minCoverage} of a roll-up, 0 when not given. */
    static double minCoverage(Strategy strategy) {
        Object min = strategy.parameters().get("minCoverage");
        return min instanceof Double ? (Double) min : 0;
    }

    /**
     * The numbers of a roll-up, without words: what {@link #rollUp} computes, from children held in arrays.
     *
     * @param name      the roll-up's name
     * @param min       its minimum coverage
     * @param n         how many children
     * @param weights   their weights
     * @param scores    their scores, NaN for none
     * @param coverages their coverages
     * @param out       receives the score (NaN for none), the coverage and the scale, in that order
     */
    static void compute(String name, double min, int n, double[] weights, double[] scores, double[] coverages,
            double[] out) {
        double total = 0;
        double covered = 0;
        int scored = 0;
        for (int i = 0; i < n; i++) {
            total += weights[i];
            covered += weights[i] * coverages[i];
            scored += Double.isNaN(scores[i]) ? 0 : 1;
        }
        double coverage = total == 0 ? 0 : covered / total;
        out[1] = n == 0 ? 0 : coverage;
        out[2] = name.equals("points") ? total : 100;
        boolean zero = name.equals("missing-as-zero");
        if (n == 0 || scored == 0 && !zero || coverage < min) {
            out[0] = Double.NaN;
            return;
        }
        switch (name) {
            case "weakest": {
                double weakest = Double.NaN;
                for (int i = 0; i < n; i++) {
                    if (!Double.isNaN(scores[i]) && (Double.isNaN(weakest) || scores[i] < weakest)) {
                        weakest = scores[i];
                    }
                }
                out[0] = weakest;
                return;
            }
            case "points": {
                double sum = 0;
                for (int i = 0; i < n; i++) {
                    if (!Double.isNaN(scores[i])) {
                        sum += weights[i] * scores[i] / 100;
                    }
                }
                out[0] = sum;
                return;
            }
            default: {
                double num = 0;
                double den = 0;
                double lo = Double.POSITIVE_INFINITY;
                double hi = Double.NEGATIVE_INFINITY;
                for (int i = 0; i < n; i++) {
                    if (zero || !Double.isNaN(scores[i])) {
                        double s = Double.isNaN(scores[i]) ? 0 : scores[i];
                        num += weights[i] * s;
                        den += weights[i];
                        lo = Math.min(lo, s);
                        hi = Math.max(hi, s);
                    }
                }
                // A mean lies between its terms; rounding (or overflow of huge weights) must not put it outside.
                out[0] = Double.isFinite(num / den) ? Math.min(hi, Math.max(lo, num / den)) : hi;
            }
        }
    }

    static Result rollUp(Strategy strategy, List<Child> children) {
        String name = strategy.name();
        double minCoverage = minCoverage(strategy);
        int n = children.size();
        double[] weights = new double[n];
        double[] scores = new double[n];
        double[] coverages = new double[n];
        for (int i = 0; i < n; i++) {
            Child c = children.get(i);
            weights[i] = c.weight();
            scores[i] = c.score().orElse(Double.NaN);
            coverages[i] = c.coverage();
        }
        double[] numbers = new double[3];
        compute(name, minCoverage, n, weights, scores, coverages, numbers);
        double coverage = numbers[1];
        double scale = numbers[2];
        OptionalDouble score = Double.isNaN(numbers[0]) ? OptionalDouble.empty() : OptionalDouble.of(numbers[0]);
        List<Child> scored = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Child c : children) {
            if (c.score().isPresent()) {
                scored.add(c);
            } else {
                missing.add(c.id() + " (" + c.status().english() + ")");
            }
        }
        String coverageText = "coverage " + NumberText.percent(coverage);
        String coverageZh = "覆盖率" + NumberText.percent(coverage);
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
                    + " is below the minimum " + NumberText.percent(minCoverage) + missingText, "无得分：" + coverageZh
                    + "低于最低要求" + NumberText.percent(minCoverage) + missingZh);
        }
        switch (name) {
            case "weakest": {
                Child weakest = scored.get(0);
                for (Child c : scored) {
                    if (c.score().getAsDouble() < weakest.score().getAsDouble()) {
                        weakest = c;
                    }
                }
                double s = score.getAsDouble();
                return new Result(score, coverage, scale, NumberText.format(s) + " = the weakest child, "
                        + weakest.id() + " (" + coverageText + missingText + ")", NumberText.format(s) + " = 最弱下级"
                        + weakest.id() + "的得分（" + coverageZh + missingZh + "）");
            }
            case "points": {
                double sum = score.getAsDouble();
                List<String> terms = new ArrayList<>();
                for (Child c : scored) {
                    terms.add(NumberText.format(c.weight()) + " × " + NumberText.format(c.score().getAsDouble()) + "%");
                }
                return new Result(score, coverage, scale, NumberText.format(sum) + " = "
                        + String.join(" + ", terms) + " (points allotted × score, out of " + NumberText.format(scale)
                        + "; " + coverageText + missingText + ")", NumberText.format(sum) + " = " + String.join(" + ", terms)
                        + "（分值 × 得分率，满分" + NumberText.format(scale) + "；" + coverageZh + missingZh + "）");
            }
            default: {
                boolean zero = name.equals("missing-as-zero");
                double den = 0;
                List<String> terms = new ArrayList<>();
                for (Child c : zero ? children : scored) {
                    den += c.weight();
                    terms.add(NumberText.format(c.score().orElse(0)) + " × " + NumberText.format(c.weight()));
                }
                double s = score.getAsDouble();
                String formula = NumberText.format(s) + " = (" + String.join(" + ", terms) + ") ÷ " + NumberText.format(den);
                String what = zero ? "weighted mean of all " + children.size() + " children, a missing score counting 0"
                        : "weighted mean of the " + scored.size() + " of " + children.size() + " children with a score";
                String whatZh = zero ? "全部" + children.size() + "个下级加权平均，缺失计0分"
                        : children.size() + "个下级中有得分的" + scored.size() + "个加权平均";
                return new Result(score, coverage, scale, formula + " (" + what + "; " + coverageText
                        + missingText + ")", formula + "（" + whatZh + "；" + coverageZh + missingZh + "）");
            }
        }
    }
}
