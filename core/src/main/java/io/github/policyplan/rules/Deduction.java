package io.github.policyplan.rules;

import io.github.policyplan.core.NumberText;
import io.github.policyplan.model.Direction;
import io.github.policyplan.model.Target;
import io.github.policyplan.model.Violation;
import java.util.List;
import java.util.Map;

/** {@code deduction}. */
final class Deduction extends BuiltInRule {
    Deduction() {
        super("deduction", "points", "per", "of", "count", "full", "floor");
    }

    @Override
    void checkOwn(Target target, Map<String, Object> given, List<Violation> problems) {
        number(given, "points", true, 0.000001, 1000, problems);
        number(given, "per", false, 0.000001, Double.MAX_VALUE, problems);
        number(given, "full", false, 0, 1000, problems);
        number(given, "floor", false, 0, 1000, problems);
        choice(given, "of", List.of("completion", "value"), problems);
        choice(given, "count", List.of("pro-rata", "started"), problems);
    }

    /** The shortfall the points are deducted for, with how it follows. */
    private record Shortfall(double amount, String english, String chinese) {
    }

    @Override
    public RuleResult score(RuleInput in) {
        if (!numeric(in)) {
            return numbersOnly(in, "deduction");
        }
        boolean ofValue = switch (in.parameter("of").text("completion")) {
            case "completion" -> false;
            case "value" -> true;
            default -> throw new IllegalArgumentException("parameter of must be completion or value (was "
                    + in.parameter("of").text("") + ")");
        };
        boolean started = switch (in.parameter("count").text("pro-rata")) {
            case "pro-rata" -> false;
            case "started" -> true;
            default -> throw new IllegalArgumentException("parameter count must be pro-rata or started (was "
                    + in.parameter("count").text("") + ")");
        };
        Shortfall shortfall;
        if (ofValue) {
            shortfall = ofValue(in);
        } else {
            Completion c = Completion.of(in);
            if (!c.isDefined()) {
                return c.none();
            }
            double points = Math.max(0, 100 - c.rate());
            shortfall = new Shortfall(points, "shortfall " + NumberText.format(points) + " points of completion "
                    + NumberText.format(c.rate()) + "% = " + c.english(), "完成率" + NumberText.format(c.rate())
                    + "%，差" + NumberText.format(points) + "个百分点");
        }
        return deduct(in, shortfall, started);
    }

    private static Shortfall ofValue(RuleInput in) {
        double a = in.actualNumber();
        double e = in.expectedNumber();
        boolean lower = in.direction() == Direction.LOWER_IS_BETTER;
        double amount = Math.max(0, lower ? a - e : e - a);
        return new Shortfall(amount, "shortfall " + NumberText.format(amount) + " = " + (lower
                ? NumberText.format(a) + " − " + NumberText.format(e) : NumberText.format(e) + " − "
                + NumberText.format(a)), "差额" + NumberText.format(amount));
    }

    private static RuleResult deduct(RuleInput in, Shortfall shortfall, boolean started) {
        double per = in.number("per", 1);
        double points = in.parameter("points").number();
        double full = in.number("full", 100);
        double floor = in.number("floor", 0);
        double units = started ? Math.ceil(shortfall.amount() / per - 1e-9) : shortfall.amount() / per;
        double raw = Math.max(floor, full - points * units);
        String core = NumberText.format(raw) + " = " + NumberText.format(full) + " − " + NumberText.format(points)
                + " × " + NumberText.format(units);
        boolean floored = full - points * units < floor;
        return clamped(raw, core + " (" + shortfall.english() + "; " + NumberText.format(points) + " per "
                + (started ? "started " : "") + NumberText.format(per) + (floored ? ", floored at "
                + NumberText.format(floor) : "") + ")", core + "（" + shortfall.chinese() + "；每"
                + (started ? "不足" : "") + NumberText.format(per) + "扣" + NumberText.format(points) + "分"
                + (floored ? "，最低" + NumberText.format(floor) + "分" : "") + "）", in);
    }
}
