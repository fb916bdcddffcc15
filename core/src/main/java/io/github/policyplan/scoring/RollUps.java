package io.github.policyplan.scoring;

import io.github.policyplan.core.NumberText;
import io.github.policyplan.model.RollUpKind;
import io.github.policyplan.model.Strategy;
import io.github.policyplan.rules.Parameter;
import io.github.policyplan.rules.WeightedMean;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * How a node's score follows from its children's, by its {@link RollUpKind}:
 * <ul>
 *   <li>{@code weighted-mean} (default): Σ weight × score ÷ Σ weight over the children that have a score —
 *       the weights renormalised, so a child without a score changes the coverage, not the others' mean;</li>
 *   <li>{@code missing-as-zero}: the same over all children, a child without a score counting 0;</li>
 *   <li>{@code weakest}: the lowest score of a child;</li>
 *   <li>{@code points}: Σ weight × score ÷ 100, the weights being points allotted (分值).</li>
 * </ul>
 * Each takes {@code minCoverage} (0–1, default 0): below it the node has no score. Coverage is the
 * share of the node's weight that has a score, each child counting its own coverage. The means are
 * {@link WeightedMean}'s. {@link #compute} gives the numbers; {@link #describe} writes their words.
 */
final class RollUps {

    private RollUps() {
    }

    /** A node's roll-up: its kind and the coverage below which it has no score. */
    record RollUp(RollUpKind kind, double minCoverage) {

        /** {@code weighted-mean} with no minimum coverage: the roll-up of a plan that names none. */
        static final RollUp DEFAULT = new RollUp(RollUpKind.WEIGHTED_MEAN, 0);

        /** The roll-up an aggregation names; the model has checked its name and parameters. */
        static RollUp of(Strategy strategy) {
            return new RollUp(RollUpKind.of(strategy),
                    Parameter.of(strategy.parameters(), RollUpKind.MIN_COVERAGE).number(0));
        }
    }

    /** A child as the words of a roll-up see it. */
    record Child(String id, double weight, OptionalDouble score, double coverage, Status status) {
    }

    /** Why a node has its score, or none. */
    enum Outcome {
        /** Scored from its children. */
        SCORED,
        /** Nothing below the node. */
        NO_CHILDREN,
        /** No child has a score (and missing scores do not count as 0). */
        NO_CHILD_SCORED,
        /** Too little of its weight has a score. */
        TOO_LITTLE_COVERAGE
    }

    /**
     * The numbers of a roll-up.
     *
     * @param score    the score, NaN when there is none
     * @param coverage the share of the weight with a score
     * @param scale    what a full score is: 100, or the total points for {@code points}
     * @param outcome  why there is a score or none
     */
    record Numbers(double score, double coverage, double scale, Outcome outcome) {
    }

    /** A roll-up's numbers with their words. */
    record Result(OptionalDouble score, double coverage, double scale, String english, String chinese) {
    }

    /**
     * The numbers of a roll-up from children held in arrays.
     *
     * @param n         how many children
     * @param weights   their weights
     * @param scores    their scores, NaN for none
     * @param coverages their coverages
     */
    static Numbers compute(RollUp rollUp, int n, double[] weights, double[] scores, double[] coverages) {
        double total = 0;
        double covered = 0;
        int scored = 0;
        for (int i = 0; i < n; i++) {
            total += weights[i];
            covered += weights[i] * coverages[i];
            scored += Double.isNaN(scores[i]) ? 0 : 1;
        }
        double coverage = total == 0 ? 0 : covered / total;
        double scale = rollUp.kind() == RollUpKind.POINTS ? total : 100;
        Outcome outcome = n == 0 ? Outcome.NO_CHILDREN
                : scored == 0 && rollUp.kind() != RollUpKind.MISSING_AS_ZERO ? Outcome.NO_CHILD_SCORED
                : coverage < rollUp.minCoverage() ? Outcome.TOO_LITTLE_COVERAGE : Outcome.SCORED;
        if (outcome != Outcome.SCORED) {
            return new Numbers(Double.NaN, coverage, scale, outcome);
        }
        double score = switch (rollUp.kind()) {
            case WEIGHTED_MEAN -> mean(n, weights, scores, false);
            case MISSING_AS_ZERO -> mean(n, weights, scores, true);
            case WEAKEST -> weakest(n, scores);
            case POINTS -> points(n, weights, scores);
        };
        return new Numbers(score, coverage, scale, outcome);
    }

    private static double mean(int n, double[] weights, double[] scores, boolean missingAsZero) {
        WeightedMean mean = new WeightedMean();
        for (int i = 0; i < n; i++) {
            if (!Double.isNaN(scores[i])) {
                mean.add(weights[i], scores[i]);
            } else if (missingAsZero) {
                mean.add(weights[i], 0);
            }
        }
        return mean.value().orElseThrow();
    }

    private static double weakest(int n, double[] scores) {
        double weakest = Double.NaN;
        for (int i = 0; i < n; i++) {
            if (!Double.isNaN(scores[i]) && (Double.isNaN(weakest) || scores[i] < weakest)) {
                weakest = scores[i];
            }
        }
        return weakest;
    }

    private static double points(int n, double[] weights, double[] scores) {
        double sum = 0;
        for (int i = 0; i < n; i++) {
            if (!Double.isNaN(scores[i])) {
                sum += weights[i] * scores[i] / 100;
            }
        }
        return sum;
    }

    /** The numbers and words of a roll-up of children: {@link #compute}, then {@link #describe}. */
    static Result rollUp(RollUp rollUp, List<Child> children) {
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
        return describe(rollUp, compute(rollUp, n, weights, scores, coverages), children);
    }

    /** Writes the words of a roll-up's numbers, computed by {@link #compute} from these children. */
    static Result describe(RollUp rollUp, Numbers numbers, List<Child> children) {
        double coverage = numbers.coverage();
        double scale = numbers.scale();
        List<Child> scored = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<String> missingZh = new ArrayList<>();
        for (Child c : children) {
            if (c.score().isPresent()) {
                scored.add(c);
            } else {
                missing.add(c.id() + " (" + c.status().english() + ")");
                missingZh.add(c.id() + "（" + c.status().chinese() + "）");
            }
        }
        String coverageText = "coverage " + NumberText.percent(coverage);
        String coverageZh = "覆盖率" + NumberText.percent(coverage);
        String missingText = missing.isEmpty() ? "" : "; no score: " + String.join(", ", missing);
        String missingTextZh = missing.isEmpty() ? "" : "；无得分：" + String.join("、", missingZh);
        String min = NumberText.percent(rollUp.minCoverage());
        return switch (numbers.outcome()) {
            case NO_CHILDREN -> new Result(OptionalDouble.empty(), 0, scale, "no score: nothing below this node",
                    "无得分：无下级");
            case NO_CHILD_SCORED -> new Result(OptionalDouble.empty(), coverage, scale, "no score: no child has a score"
                    + missingText, "无得分：下级均无得分" + missingTextZh);
            case TOO_LITTLE_COVERAGE -> new Result(OptionalDouble.empty(), coverage, scale, "no score: " + coverageText
                    + " is below the minimum " + min + missingText, "无得分：" + coverageZh + "低于最低要求" + min
                    + missingTextZh);
            case SCORED -> scored(rollUp.kind(), numbers, children, scored, coverageText + missingText,
                    coverageZh + missingTextZh);
        };
    }

    private static Result scored(RollUpKind kind, Numbers numbers, List<Child> children, List<Child> scored,
            String coverage, String coverageZh) {
        double s = numbers.score();
        OptionalDouble score = OptionalDouble.of(s);
        return switch (kind) {
            case WEAKEST -> {
                Child weakest = scored.get(0);
                for (Child c : scored) {
                    if (c.score().getAsDouble() < weakest.score().getAsDouble()) {
                        weakest = c;
                    }
                }
                yield new Result(score, numbers.coverage(), numbers.scale(), NumberText.format(s)
                        + " = the weakest child, " + weakest.id() + " (" + coverage + ")", NumberText.format(s)
                        + " = 最弱下级" + weakest.id() + "的得分（" + coverageZh + "）");
            }
            case POINTS -> {
                List<String> terms = new ArrayList<>();
                for (Child c : scored) {
                    terms.add(NumberText.format(c.weight()) + " × " + NumberText.format(c.score().getAsDouble()) + "%");
                }
                String formula = NumberText.format(s) + " = " + String.join(" + ", terms);
                String scale = NumberText.format(numbers.scale());
                yield new Result(score, numbers.coverage(), numbers.scale(), formula
                        + " (points allotted × score, out of " + scale + "; " + coverage + ")", formula
                        + "（分值 × 得分率，满分" + scale + "；" + coverageZh + "）");
            }
            case WEIGHTED_MEAN, MISSING_AS_ZERO -> {
                boolean zero = kind == RollUpKind.MISSING_AS_ZERO;
                double den = 0;
                List<String> terms = new ArrayList<>();
                for (Child c : zero ? children : scored) {
                    den += c.weight();
                    terms.add(NumberText.format(c.score().orElse(0)) + " × " + NumberText.format(c.weight()));
                }
                String formula = NumberText.format(s) + " = (" + String.join(" + ", terms) + ") ÷ "
                        + NumberText.format(den);
                String what = zero ? "weighted mean of all " + children.size() + " children, a missing score counting 0"
                        : "weighted mean of the " + scored.size() + " of " + children.size() + " children with a score";
                String whatZh = zero ? "全部" + children.size() + "个下级加权平均，缺失计0分"
                        : children.size() + "个下级中有得分的" + scored.size() + "个加权平均";
                yield new Result(score, numbers.coverage(), numbers.scale(), formula + " (" + what + "; " + coverage
                        + ")", formula + "（" + whatZh + "；" + coverageZh + "）");
            }
        };
    }
}
