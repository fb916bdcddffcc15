package io.github.policyplan.assessment;

import static io.github.policyplan.assessment.UnitWords.fmt;

import io.github.policyplan.core.Explanation;
import io.github.policyplan.rollup.Completeness;
import java.util.ArrayList;
import java.util.List;

/** Words for the penalty for missing reports, one language at a time. */
final class ReportingWords {

    private ReportingWords() {
    }

    /**
     * Says which reports are missing and what each costs.
     *
     * @param missing a unit's missing reports, at least one
     * @param r       the penalty
     * @return such as {@code 缺报2次（funds截至2023-12-31、signed截至2023-12-31），每次扣1分} and
     *         {@code 2 reports missing (funds as of 2023-12-31, signed as of 2023-12-31), 1 point each}
     */
    static Explanation reason(List<Completeness.Missing> missing, ReportingPenalty r) {
        List<String> en = new ArrayList<>();
        List<String> zh = new ArrayList<>();
        for (Completeness.Missing m : missing) {
            en.add(m.target() + " as of " + m.to());
            zh.add(m.target() + "截至" + m.to());
        }
        int n = missing.size();
        String points = fmt(r.points());
        return Explanation.of(n + (n == 1 ? " report" : " reports") + " missing (" + String.join(", ", en) + "), "
                + points + (r.points() == 1 ? " point" : " points") + " each",
                "缺报" + n + "次（" + String.join("、", zh) + "），每次扣" + points + "分");
    }
}
