package io.github.policyplan.rules;

import io.github.policyplan.core.NumberText;
import io.github.policyplan.model.Direction;
import io.github.policyplan.model.Goal;
import io.github.policyplan.model.Target;
import io.github.policyplan.model.Value;
import io.github.policyplan.model.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Shared pieces of the built-in rules: parameter checks, completion rates, clamping. */
abstract class BuiltInRule implements Rule {

    private final String name;
    private final Set<String> parameters;

    BuiltInRule(String name, String... parameters) {
        this.name = name;
        this.parameters = Set.of(parameters);
    }

    @Override
    public List<Violation> check(Target target, Map<String, Object> given) {
        List<Violation> problems = new ArrayList<>();
        // Over the entries: a key-set view would stay cached in each plan's parameter map.
        for (Map.Entry<String, Object> entry : given.entrySet()) {
            String key = entry.getKey();
            if (!key.equals("cap") && !parameters.contains(key)) {
                List<String> known = new ArrayList<>(new TreeSet<>(parameters));
                known.add("cap");
                problems.add(new Violation(key, "unknown parameter '" + key + "' of rule " + name + " (known: "
                        + String.join(", ", known) + ")"));
            }
        }
        if (given.containsKey("cap") && !(given.get("cap") instanceof Double c && c >= 100)) {
            problems.add(new Violation("cap", "cap must be a number ≥ 100 (was " + given.get("cap") + ")"));
        }
        checkOwn(target, given, problems);
        return problems;
    }

    /** Checks the rule's own parameters. */
    abstract void checkOwn(Target target, Map<String, Object> given, List<Violation> problems);

    static void number(Map<String, Object> given, String key, boolean required, double min, double max,
            List<Violation> problems) {
        if (!given.containsKey(key)) {
            if (required) {
                problems.add(new Violation("", "missing parameter '" + key + "'"));
            }
            return;
        }
        Object v = given.get(key);
        if (!(v instanceof Double d) || d < min || d > max) {
            problems.add(new Violation(key, key + " must be a number from " + NumberText.format(min) + " to "
                    + NumberText.format(max) + " (was " + v + ")"));
        }
    }

    static void choice(Map<String, Object> given, String key, List<String> choices, List<Violation> problems) {
        Object v = given.get(key);
        if (given.containsKey(key) && !choices.contains(v)) {
            problems.add(new Violation(key, key + " must be one of " + String.join(", ", choices) + " (was " + v
                    + ")"));
        }
    }

    /** Checks a map from the target's levels (stages or grades) to numbers: {@code credit}, {@code points}. */
    static void levelNumbers(Target target, String key, Map<?, ?> map, double max, String what,
            List<Violation> problems) {
        List<String> levels = target.measure().levels();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (!levels.contains(e.getKey())) {
                problems.add(new Violation(key + "." + e.getKey(), "'" + e.getKey() + "' is not one of the " + what
                        + " " + levels));
            } else if (!(e.getValue() instanceof Double d) || d < 0 || d > max) {
                problems.add(new Violation(key + "." + e.getKey(), key + " must be a number "
                        + (max == Double.MAX_VALUE ? "≥ 0" : "from 0 to " + NumberText.format(max)) + " (was "
                        + e.getValue() + ")"));
            }
        }
    }

    static double cap(RuleInput in) {
        return in.number("cap", 100);
    }

    /**
     * Clamps a raw score to [0, cap], saying so in the formula: a formula {@code "RAW = expression"}
     * becomes {@code "CAP = expression → RAW, capped at CAP"}. The number is {@link Scores#clamp}'s.
     */
    static RuleResult clamped(double score, String english, String chinese, RuleInput in) {
        double raw = score + 0.0;
        double cap = cap(in);
        double clamped = Scores.clamp(raw, cap);
        if (Double.isNaN(clamped)) {
            return RuleResult.notScorable("the score is not a finite number (" + raw + ")", "得分不是有限数（"
                    + (Double.isNaN(raw) ? "非数值" : raw > 0 ? "正无穷" : "负无穷") + "）");
        }
        if (raw > cap) {
            return RuleResult.scored(clamped, restate(cap, raw, english) + ", capped at " + NumberText.format(cap),
                    restate(cap, raw, chinese) + "，封顶" + NumberText.format(cap));
        }
        if (raw < 0) {
            return RuleResult.scored(clamped, restate(0, raw, english) + ", floored at 0", restate(0, raw, chinese)
                    + "，最低为0");
        }
        return RuleResult.scored(clamped, english, chinese);
    }

    private static String restate(double score, double raw, String formula) {
        String lead = NumberText.format(raw) + " = ";
        String body = formula.startsWith(lead) ? formula.substring(lead.length()) : formula;
        return NumberText.format(score) + " = " + body + " → " + NumberText.format(raw);
    }

    /**
     * A completion rate in % ({@link Scores#completionRate}) with its formula; NaN with the reason when it
     * is not defined.
     */
    record Completion(double rate, String english, String chinese) {

        static Completion of(RuleInput in) {
            double a = in.actualNumber();
            double e = in.expectedNumber();
            boolean lower = in.direction() == Direction.LOWER_IS_BETTER;
            double rate = Scores.completionRate(a, e, lower);
            if (lower) {
                return a <= 0 ? new Completion(rate, "the actual value " + NumberText.format(a) + " is not above 0",
                        "完成值" + NumberText.format(a) + "不大于0")
                        : new Completion(rate, NumberText.format(e) + " ÷ " + NumberText.format(a)
                                + " × 100 (lower is better)", "时序目标" + NumberText.format(e) + " ÷ 完成值"
                                + NumberText.format(a) + " × 100（越低越好）");
            }
            return e <= 0 ? new Completion(rate, "the expected value " + NumberText.format(e) + " is not above 0",
                    "时序目标" + NumberText.format(e) + "不大于0")
                    : new Completion(rate, NumberText.format(a) + " ÷ " + NumberText.format(e) + " × 100",
                            "完成值" + NumberText.format(a) + " ÷ 时序目标" + NumberText.format(e) + " × 100");
        }

        boolean isDefined() {
            return !Double.isNaN(rate);
        }

        /** The result when the rate is not defined. */
        RuleResult none() {
            return RuleResult.notScorable("no completion rate: " + english, "无法计算完成率：" + chinese);
        }
    }

    static RuleResult numbersOnly(RuleInput in, String rule) {
        return RuleResult.notScorable("rule " + rule + " needs a numeric actual and expected value (actual "
                + in.actual() + ", expected " + in.expected() + ")", "规则" + rule + "需要数值型的完成值和时序目标");
    }

    static boolean numeric(RuleInput in) {
        return in.actual() instanceof Value.Amount && in.expected() instanceof Goal.Amount;
    }
}
