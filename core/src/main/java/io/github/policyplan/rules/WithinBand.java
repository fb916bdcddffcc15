package io.github.policyplan.rules;

import io.github.policyplan.core.NumberText;
import io.github.policyplan.model.Goal;
import io.github.policyplan.model.Target;
import io.github.policyplan.model.Value;
import io.github.policyplan.model.Violation;
import java.util.List;
import java.util.Map;

/** {@code within-band}. */
final class WithinBand extends BuiltInRule {
    WithinBand() {
        super("within-band", "tolerance");
    }

    @Override
    void checkOwn(Target target, Map<String, Object> given, List<Violation> problems) {
        number(given, "tolerance", false, 0.000001, Double.MAX_VALUE, problems);
    }

    @Override
    public RuleResult score(RuleInput in) {
        if (!(in.actual() instanceof Value.Amount) || !(in.expected() instanceof Goal.Band band)) {
            return RuleResult.notScorable("rule within-band needs a number and a band {low, high}",
                    "区间规则需要数值和区间");
        }
        double a = in.actualNumber();
        String range = NumberText.format(band.low()) + "–" + NumberText.format(band.high());
        if (band.contains(a)) {
            return clamped(100, "100: " + NumberText.format(a) + " is within " + range, "100：" + NumberText.format(a)
                    + "在区间" + range + "内", in);
        }
        double tolerance = in.number("tolerance", band.high() - band.low());
        double d = a < band.low() ? band.low() - a : a - band.high();
        double raw = 100 * (1 - d / tolerance);
        String core = NumberText.format(raw) + " = 100 × (1 − " + NumberText.format(d) + " ÷ "
                + NumberText.format(tolerance) + ")";
        return clamped(raw, core + " (" + NumberText.format(a) + " is " + NumberText.format(d) + " outside " + range
                + "; 0 at " + NumberText.format(tolerance) + " outside)", core + "（" + NumberText.format(a) + "超出区间"
                + range + " " + NumberText.format(d) + "；超出" + NumberText.format(tolerance) + "时为0）", in);
    }
}
