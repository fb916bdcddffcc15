package io.github.policyplan.rules;

import io.github.policyplan.core.NumberText;
import io.github.policyplan.model.Target;
import io.github.policyplan.model.Violation;
import java.util.List;
import java.util.Map;

/** {@code linear}. */
final class Linear extends BuiltInRule {
    Linear() {
        super("linear", "floor");
    }

    @Override
    void checkOwn(Target target, Map<String, Object> given, List<Violation> problems) {
        number(given, "floor", false, 0, 99.99, problems);
    }

    @Override
    public RuleResult score(RuleInput in) {
        if (!numeric(in)) {
            return numbersOnly(in, "linear");
        }
        double a = in.actualNumber();
        double e = in.expectedNumber();
        double s = in.start();
        if (Double.isNaN(s)) {
            return RuleResult.notScorable("rule linear needs a start: give the target a baseline",
                    "线性计分规则需要起点：请为目标设置基期值");
        }
        if (e == s) {
            return RuleResult.notScorable("nothing is expected beyond the start " + NumberText.format(s) + " yet",
                    "时序目标尚未超出起点" + NumberText.format(s));
        }
        double floor = in.number("floor", 0);
        double raw = Scores.linear(a, e, s, floor);
        String core = NumberText.format(raw) + " = " + (floor == 0 ? "100" : NumberText.format(floor)
                + " + (100 − " + NumberText.format(floor) + ")") + " × (" + NumberText.format(a) + " − "
                + NumberText.format(s) + ") ÷ (" + NumberText.format(e) + " − " + NumberText.format(s) + ")";
        return clamped(raw, core + " (linear from the start " + NumberText.format(s) + ")",
                core + "（自起点" + NumberText.format(s) + "线性计分）", in);
    }
}
