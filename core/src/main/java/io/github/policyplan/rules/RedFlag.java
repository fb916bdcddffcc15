package io.github.policyplan.rules;

import io.github.policyplan.core.NumberText;
import io.github.policyplan.model.Direction;
import io.github.policyplan.model.Goal;
import io.github.policyplan.model.Target;
import io.github.policyplan.model.Violation;
import java.util.List;
import java.util.Map;

/** {@code red-flag}. */
final class RedFlag extends BuiltInRule {
    RedFlag() {
        super("red-flag", "redFlag");
    }

    @Override
    void checkOwn(Target target, Map<String, Object> given, List<Violation> problems) {
        number(given, "redFlag", true, -Double.MAX_VALUE, Double.MAX_VALUE, problems);
        if (given.get("redFlag") instanceof Double r && target.goal() instanceof Goal.Amount goal) {
            boolean lower = target.measure().direction() == Direction.LOWER_IS_BETTER;
            if (lower ? r <= goal.value() : r >= goal.value()) {
                problems.add(new Violation("redFlag", "the red flag " + NumberText.format(r) + " must be "
                        + (lower ? "above" : "below") + " the goal " + NumberText.format(goal.value())));
            }
        }
    }

    @Override
    public RuleResult score(RuleInput in) {
        if (!numeric(in) || !(in.target().goal() instanceof Goal.Amount goal)) {
            return numbersOnly(in, "red-flag");
        }
        double a = in.actualNumber();
        double e = in.expectedNumber();
        double s = in.start();
        double g = goal.value();
        double r = in.parameter("redFlag").number();
        double red = g == s || e == g || Double.isNaN(s) ? r : s + (r - s) * (e - s) / (g - s);
        if (e == red) {
            return RuleResult.notScorable("the expected value equals the red flag " + NumberText.format(red),
                    "时序目标等于红线值" + NumberText.format(red));
        }
        double raw = 100.0 / 3 + (a - red) / (e - red) * 100.0 / 3;
        String core = NumberText.format(raw) + " = 33.33 + (" + NumberText.format(a) + " − " + NumberText.format(red)
                + ") ÷ (" + NumberText.format(e) + " − " + NumberText.format(red) + ") × 33.33";
        return clamped(raw, core + " (red flag " + NumberText.format(red) + " scores 33.33, goal "
                + NumberText.format(e) + " scores 66.67)", core + "（红线值" + NumberText.format(red) + "得33.33分，目标值"
                + NumberText.format(e) + "得66.67分）", in);
    }
}
