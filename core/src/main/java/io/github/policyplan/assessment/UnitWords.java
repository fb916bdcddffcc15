package io.github.policyplan.assessment;

import io.github.policyplan.assessment.AssessmentScheme.AdjustmentKind;
import io.github.policyplan.core.Explanation;
import io.github.policyplan.core.NumberText;
import java.util.ArrayList;
import java.util.List;

/**
 * The words of an assessment: a unit's explanation and its base's, written from the numbers when
 * first asked for ({@link UnitResult#explanation()}), never while assessing. Assessing 2,800 units of
 * 400 terms each writes no text here; the same words come out whenever they are asked for.
 */
final class UnitWords {

    private UnitWords() {
    }

    /**
     * Writes a number as every explanation does.
     *
     * @param value the number
     * @return at most two decimals, such as {@code 95.38}
     */
    static String fmt(double value) {
        return NumberText.format(value);
    }

    /**
     * Writes a unit's whole result: flag, score, rank, grade, base, adjustments and notes.
     *
     * @param r           the result
     * @param poolName    the name of its pool
     * @param rankedCount how many units of the pool are ranked
     * @param base        its base
     * @return the explanation
     */
    static Explanation unit(UnitResult r, String poolName, int rankedCount, Base base) {
        Explanation b = base.words();
        StringBuilder en = new StringBuilder();
        StringBuilder zh = new StringBuilder();
        if (r.score().isPresent()) {
            r.flag().ifPresent(f -> {
                en.append(f).append(": ");
                zh.append(f).append("：");
            });
            String score = fmt(r.score().getAsDouble());
            String grade = r.grade().orElse("—");
            en.append("score ").append(score);
            zh.append("得分").append(score).append("，");
            if (r.rank() > 0) {
                en.append(", rank ").append(r.rank()).append(" of ").append(rankedCount).append(" in ").append(poolName);
                zh.append(poolName).append(rankedCount).append("个单位中排第").append(r.rank()).append("名");
            } else {
                en.append(", not ranked in ").append(poolName).append(" (veto)");
                zh.append("一票否决，不参加").append(poolName).append("排名");
            }
            en.append(", grade ").append(grade).append("; base ").append(b.inEnglish());
            zh.append("，等次").append(grade).append("；基础分 ").append(b.inChinese());
            for (AppliedAdjustment a : r.adjustments()) {
                adjustment(a, en, zh);
            }
        } else {
            en.append("unranked: ").append(b.inEnglish());
            zh.append("不排名：").append(b.inChinese());
        }
        for (Explanation n : r.notes()) {
            en.append("; ").append(n.inEnglish());
            zh.append("；").append(n.inChinese());
        }
        return Explanation.of(en.toString(), zh.toString());
    }

    private static void adjustment(AppliedAdjustment a, StringBuilder en, StringBuilder zh) {
        boolean bonus = a.adjustment().kind() == AdjustmentKind.BONUS;
        String counted = fmt(a.counted());
        en.append("; ").append(bonus ? "+" : "−").append(counted).append(bonus ? " bonus" : " penalty")
                .append(" for ").append(a.reason().inEnglish());
        zh.append("；").append(bonus ? "加" : "扣").append(counted).append("分：").append(a.reason().inChinese());
        if (!a.note().isEmpty()) {
            String entered = fmt(a.adjustment().points());
            en.append(" (").append(entered).append(" entered; ").append(a.note()).append(")");
            zh.append("（申报").append(entered).append("分，封顶）");
        }
    }

    /**
     * Writes a base over targets: the mean, each scored term as score × weight, and the terms without a score.
     *
     * @param base the base
     * @return such as {@code 95.38 = (100 × 1 + 80 × 0.3) ÷ 1.3 (weighted mean of 2 targets)}
     */
    static Explanation base(Base.OfTargets base) {
        if (base.score().isEmpty()) {
            return Explanation.of("no target behind it has a score", "名下目标均无得分");
        }
        List<String> terms = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<String> missingZh = new ArrayList<>();
        for (Contribution c : base.contributions()) {
            if (c.score().isPresent()) {
                terms.add(fmt(c.score().getAsDouble()) + " × " + fmt(c.weight()));
            } else {
                missing.add(c.id() + " (" + c.status().english() + ")");
                missingZh.add(c.id() + "（" + c.status().chinese() + "）");
            }
        }
        String formula = formula(base.score().getAsDouble(), terms, base.totalWeight());
        return Explanation.of(
                formula + " (weighted mean of " + terms.size() + (terms.size() == 1 ? " target" : " targets")
                        + (missing.isEmpty() ? "" : "; no score: " + String.join(", ", missing)) + ")",
                formula + "（" + terms.size() + "个目标加权平均"
                        + (missingZh.isEmpty() ? "" : "；无得分：" + String.join("、", missingZh)) + "）");
    }

    /**
     * Writes a base over quarters: the mean and each quarter counted as its base × its weight, the quarters
     * named in each language ({@link AssessmentPeriod#quarterName}).
     *
     * @param base the base
     * @return such as {@code 80 = (Q1 70 × 0.2 + Q2 75 × 0.2 + Q3 80 × 0.2 + Q4 87.5 × 0.4) ÷ 1 (weighted quarters)}
     *         and {@code 80 = (第一季度 70 × 0.2 + … + 第四季度 87.5 × 0.4) ÷ 1（各季度加权）}
     */
    static Explanation base(Base.OfQuarters base) {
        if (base.score().isEmpty()) {
            return Explanation.of("no quarter has a score", "各季度均无得分");
        }
        List<String> terms = new ArrayList<>();
        List<String> termsZh = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<String> missingZh = new ArrayList<>();
        for (int q = 0; q < 4; q++) {
            Explanation name = AssessmentPeriod.quarterName(q + 1);
            if (base.counts(q)) {
                String term = " " + fmt(base.quarters().get(q).getAsDouble()) + " × " + fmt(base.weights().get(q));
                terms.add(name.inEnglish() + term);
                termsZh.add(name.inChinese() + term);
            }
            if (base.quarters().get(q).isEmpty() && base.weights().get(q) > 0) {
                missing.add(name.inEnglish());
                missingZh.add(name.inChinese());
            }
        }
        double score = base.score().getAsDouble();
        return Explanation.of(formula(score, terms, base.totalWeight()) + " (weighted quarters"
                + (missing.isEmpty() ? "" : "; no score, left out: " + String.join(", ", missing)) + ")",
                formula(score, termsZh, base.totalWeight()) + "（各季度加权"
                + (missingZh.isEmpty() ? "" : "；无得分，不计入：" + String.join("、", missingZh)) + "）");
    }

    private static String formula(double mean, List<String> terms, double totalWeight) {
        return fmt(mean) + " = (" + String.join(" + ", terms) + ") ÷ " + fmt(totalWeight);
    }
}
