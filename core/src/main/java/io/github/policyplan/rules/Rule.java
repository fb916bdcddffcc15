package io.github.policyplan.rules;

import io.github.policyplan.core.NumberText;

import io.github.policyplan.scoring.Scoring;
import io.github.policyplan.scoring.ScoringException;

import io.github.policyplan.model.Direction;
import io.github.policyplan.model.Goal;
import io.github.policyplan.model.Target;
import io.github.policyplan.model.Value;
import io.github.policyplan.model.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A scoring rule: turns the latest value of a target and the value expected by the date into a
 * score on 0–100, with the formula that reproduces it. Plans select rules by name; the built-in
 * ones come from the static factories here, and an application registers its own with
 * {@link Scoring#withRule(String, Rule)}.
 *
 * <pre>{@code
 * Rule halfPoints = in -> RuleResult.scored(in.actualNumber() >= in.expectedNumber() ? 100 : 50,
 *         "100 when on schedule, else 50", "达到时序目标得100分，否则50分");
 * Scoring scoring = Scoring.standard().withRule("half-points", halfPoints);
 * }</pre>
 *
 * <p>Every rule accepts the parameter {@code cap} (a number ≥ 100, default 100): the highest score it
 * may give. The engine checks what each rule returns — a finite score from 0 to the cap — and
 * names rule and target in a {@link ScoringException} when one does not.
 */
@FunctionalInterface
public interface Rule {

    /**
     * Scores one target.
     *
     * @param input the actual and expected values and the rule's parameters
     * @return the score and its formula, or why there is none
     */
    RuleResult score(RuleInput input);

    /**
     * Checks the parameters a plan gives this rule for a target, when the plan is read. The default
     * accepts any parameters.
     *
     * @param target     the target
     * @param parameters the parameters, in name order
     * @return the problems, each with the parameter's path ({@code bands[1].points}); empty when all is well
     */
    default List<Violation> check(Target target, Map<String, Object> parameters) {
        return List.of();
    }

    /**
     * 完成率: actual ÷ expected × 100 (expected ÷ actual for lower-is-better), from 0 up to the cap.
     *
     * @return the rule {@code completion-rate}; parameter {@code cap}
     */
    static Rule completionRate() {
        return new CompletionRate();
    }

    /**
     * Linear between the start (baseline) and the expected value, with an optional floor score
     * (功效系数 style: {@code floor: 60} gives 60 + 40 × progress).
     *
     * @return the rule {@code linear}; parameters {@code floor} (0 ≤ floor < 100, default 0), {@code cap}
     */
    static Rule linear() {
        return new Linear();
    }

    /**
     * Goal and red flag thresholds on the Spider Impact convention: the red flag scores a third of the
     * scale, the goal two thirds, linear beyond, clamped (goal 700, red flag 500: 0 at 300, 33.3 at
     * 500, 66.7 at 700, 100 at 900). The red flag moves with the schedule like the goal.
     *
     * @return the rule {@code red-flag}; parameters {@code redFlag} (required), {@code cap}
     */
    static Rule redFlag() {
        return new RedFlag();
    }

    /**
     * Bands: a table from completion rate to points, stepped or interpolated (≥100% → 100, ≥80% → 75,
     * ≥50% → 50, else 0).
     *
     * @return the rule {@code bands}; parameters {@code bands} (a list of {@code {min, points}}, required),
     *         {@code otherwise} (default 0), {@code interpolate} (default false), {@code cap}
     */
    static Rule bands() {
        return new Bands();
    }

    /**
     * Deduction: full points less so much per unit of shortfall (每低1个百分点扣0.5分), pro-rata or per
     * started unit, floored.
     *
     * @return the rule {@code deduction}; parameters {@code points} (deducted per unit, required),
     *         {@code per} (the unit, default 1), {@code of} ({@code completion} percentage points, default, or
     *         {@code value} in the measure's unit), {@code count} ({@code pro-rata}, default, or
     *         {@code started}), {@code full} (default 100), {@code floor} (default 0), {@code cap}
     */
    static Rule deduction() {
        return new Deduction();
    }

    /**
     * Milestone stages with partial credit per stage reached (洽谈 → 框架协议 → 正式合同 → 开工 → 投产):
     * the credit of the stage reached ÷ the credit of the stage expected × 100.
     *
     * @return the rule {@code milestone}; parameters {@code credit} (stage → 0–100; default equal steps up to
     *         the goal stage), {@code cap}
     */
    static Rule milestone() {
        return new Milestone();
    }

    /**
     * A qualitative grade turned into points.
     *
     * @return the rule {@code grade}; parameters {@code points} (grade → points; default equal steps from 0
     *         for the lowest grade to 100 for the highest), {@code cap}
     */
    static Rule grade() {
        return new Grade();
    }

    /**
     * Within a band: full points inside, falling off linearly outside, to 0 at the tolerance.
     *
     * @return the rule {@code within-band}; parameters {@code tolerance} (distance outside the band at which
     *         the score reaches 0; default the band's width), {@code cap}
     */
    static Rule withinBand() {
        return new WithinBand();
    }

    /**
     * Returns the built-in rules by name.
     *
     * @return the rules, in name order
     */
    static Map<String, Rule> builtIns() {
        Map<String, Rule> rules = new TreeMap<>();
        rules.put("completion-rate", completionRate());
        rules.put("linear", linear());
        rules.put("red-flag", redFlag());
        rules.put("bands", bands());
        rules.put("deduction", deduction());
        rules.put("milestone", milestone());
        rules.put("grade", grade());
        rules.put("within-band", withinBand());
        return rules;
    }
}

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
                List<String> known = new ArrayList<>(new java.util.TreeSet<>(parameters));
                known.add("cap");
                problems.add(new Violation(key, "unknown parameter '" + key + "' of rule " + name + " (known: "
                        + String.join(", ", known) + ")"));
            }
        }
        Object cap = given.get("cap");
        if (cap != null && !(cap instanceof Double && (Double) cap >= 100)) {
            problems.add(new Violation("cap", "cap must be a number ≥ 100 (was " + cap + ")"));
        }
        checkOwn(target, given, problems);
        return problems;
    }

    /** Checks the rule's own parameters. */
    abstract void checkOwn(Target target, Map<String, Object> given, List<Violation> problems);

    static void number(Map<String, Object> given, String key, boolean required, double min, double max,
            List<Violation> problems) {
        Object v = given.get(key);
        if (v == null) {
            if (required) {
                problems.add(new Violation("", "missing parameter '" + key + "'"));
            }
            return;
        }
        if (!(v instanceof Double) || (Double) v < min || (Double) v > max) {
            problems.add(new Violation(key, key + " must be a number from " + NumberText.format(min) + " to "
                    + NumberText.format(max) + " (was " + v + ")"));
        }
    }

    static void choice(Map<String, Object> given, String key, List<String> choices, List<Violation> problems) {
        Object v = given.get(key);
        if (v != null && !choices.contains(v)) {
            problems.add(new Violation(key, key + " must be one of " + String.join(", ", choices) + " (was " + v
                    + ")"));
        }
    }

    static double cap(RuleInput in) {
        return in.number("cap", 100);
    }

    /**
     * Clamps a raw score to [0, cap], saying so in the formula: a formula {@code "RAW = expression"}
     * becomes {@code "CAP = expression → RAW, capped at CAP"}.
     */
    static RuleResult clamped(double score, String english, String chinese, RuleInput in) {
        double raw = score + 0.0;
        if (!Double.isFinite(raw)) {
            return RuleResult.notScorable("the score is not a finite number (" + raw + ")", "得分不是有限数（" + raw + "）");
        }
        double cap = cap(in);
        if (raw > cap) {
            return RuleResult.scored(cap, restate(cap, raw, english) + ", capped at " + NumberText.format(cap),
                    restate(cap, raw, chinese) + "，封顶" + NumberText.format(cap));
        }
        if (raw < 0) {
            return RuleResult.scored(0, restate(0, raw, english) + ", floored at 0", restate(0, raw, chinese)
                    + "，最低为0");
        }
        return RuleResult.scored(raw, english, chinese);
    }

    private static String restate(double score, double raw, String formula) {
        String lead = NumberText.format(raw) + " = ";
        String body = formula.startsWith(lead) ? formula.substring(lead.length()) : formula;
        return NumberText.format(score) + " = " + body + " → " + NumberText.format(raw);
    }

    /** The completion rate in %, or NaN when it is not defined; with its formula. */
    static String[] completion(RuleInput in, double[] out) {
        double a = in.actualNumber();
        double e = in.expectedNumber();
        out[0] = Scores.completionRate(a, e, in.direction() == Direction.LOWER_IS_BETTER);
        if (in.direction() == Direction.LOWER_IS_BETTER) {
            if (a <= 0) {
                return new String[] {"the actual value " + NumberText.format(a) + " is not above 0",
                    "完成值" + NumberText.format(a) + "不大于0"};
            }
            return new String[] {NumberText.format(e) + " ÷ " + NumberText.format(a) + " × 100 (lower is better)",
                "时序目标" + NumberText.format(e) + " ÷ 完成值" + NumberText.format(a) + " × 100（越低越好）"};
        }
        if (e <= 0) {
            return new String[] {"the expected value " + NumberText.format(e) + " is not above 0",
                "时序目标" + NumberText.format(e) + "不大于0"};
        }
        return new String[] {NumberText.format(a) + " ÷ " + NumberText.format(e) + " × 100",
            "完成值" + NumberText.format(a) + " ÷ 时序目标" + NumberText.format(e) + " × 100"};
    }

    static RuleResult numbersOnly(RuleInput in, String rule) {
        return RuleResult.notScorable("rule " + rule + " needs a numeric actual and expected value (actual "
                + in.actual() + ", expected " + in.expected() + ")", "规则" + rule + "需要数值型的完成值和时序目标");
    }

    static boolean numeric(RuleInput in) {
        return in.actual() instanceof Value.Amount && in.expected() instanceof Goal.Amount;
    }
}

/** {@code completion-rate}. */
final class CompletionRate extends BuiltInRule {
    CompletionRate() {
        super("completion-rate");
    }

    @Override
    void checkOwn(Target target, Map<String, Object> given, List<Violation> problems) {
    }

    @Override
    public RuleResult score(RuleInput in) {
        if (!numeric(in)) {
            return numbersOnly(in, "completion-rate");
        }
        double[] c = new double[1];
        String[] formula = completion(in, c);
        if (Double.isNaN(c[0])) {
            return RuleResult.notScorable("no completion rate: " + formula[0], "无法计算完成率：" + formula[1]);
        }
        return clamped(c[0], NumberText.format(c[0]) + " = " + formula[0]
                + " (completion rate)", NumberText.format(c[0]) + " = " + formula[1]
                + "（完成率）", in);
    }
}

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
                + " + (100 − " + NumberText.format(floor) + ")") + " × (" + NumberText.format(a) + " − " + NumberText.format(s)
                + ") ÷ (" + NumberText.format(e) + " − " + NumberText.format(s) + ")";
        return clamped(raw, core + " (linear from the start " + NumberText.format(s) + ")",
                core + "（自起点" + NumberText.format(s) + "线性计分）", in);
    }
}

/** {@code red-flag}. */
final class RedFlag extends BuiltInRule {
    RedFlag() {
        super("red-flag", "redFlag");
    }

    @Override
    void checkOwn(Target target, Map<String, Object> given, List<Violation> problems) {
        number(given, "redFlag", true, -Double.MAX_VALUE, Double.MAX_VALUE, problems);
        Object r = given.get("redFlag");
        if (r instanceof Double && target.goal() instanceof Goal.Amount) {
            double goal = ((Goal.Amount) target.goal()).value();
            boolean lower = target.measure().direction() == Direction.LOWER_IS_BETTER;
            if (lower ? (Double) r <= goal : (Double) r >= goal) {
                problems.add(new Violation("redFlag", "the red flag " + NumberText.format((Double) r) + " must be "
                        + (lower ? "above" : "below") + " the goal " + NumberText.format(goal)));
            }
        }
    }

    @Override
    public RuleResult score(RuleInput in) {
        if (!numeric(in) || !(in.target().goal() instanceof Goal.Amount)) {
            return numbersOnly(in, "red-flag");
        }
        double a = in.actualNumber();
        double e = in.expectedNumber();
        double s = in.start();
        double g = ((Goal.Amount) in.target().goal()).value();
        double r = in.number("redFlag", Double.NaN);
        double red = g == s || e == g || Double.isNaN(s) ? r : s + (r - s) * (e - s) / (g - s);
        if (e == red) {
            return RuleResult.notScorable("the expected value equals the red flag " + NumberText.format(red),
                    "时序目标等于红线值" + NumberText.format(red));
        }
        double raw = 100.0 / 3 + (a - red) / (e - red) * 100.0 / 3;
        String core = NumberText.format(raw) + " = 33.33 + (" + NumberText.format(a)
                + " − " + NumberText.format(red) + ") ÷ (" + NumberText.format(e) + " − " + NumberText.format(red) + ") × 33.33";
        return clamped(raw, core + " (red flag " + NumberText.format(red) + " scores 33.33, goal " + NumberText.format(e)
                + " scores 66.67)", core + "（红线值" + NumberText.format(red) + "得33.33分，目标值" + NumberText.format(e)
                + "得66.67分）", in);
    }
}

/** {@code bands}. */
final class Bands extends BuiltInRule {
    Bands() {
        super("bands", "bands", "otherwise", "interpolate");
    }

    @Override
    void checkOwn(Target target, Map<String, Object> given, List<Violation> problems) {
        Object b = given.get("bands");
        if (!(b instanceof List) || ((List<?>) b).isEmpty()) {
            problems.add(new Violation(b == null ? "" : "bands", b == null ? "missing parameter 'bands'"
                    : "bands must be a list of {min, points} (was " + b + ")"));
        } else {
            List<?> list = (List<?>) b;
            for (int i = 0; i < list.size(); i++) {
                Object item = list.get(i);
                if (!(item instanceof Map) || !(((Map<?, ?>) item).get("min") instanceof Double)
                        || !(((Map<?, ?>) item).get("points") instanceof Double) || ((Map<?, ?>) item).size() != 2) {
                    problems.add(new Violation("bands[" + i + "]", "a band is {min: completion %, points: score}"
                            + " (was " + item + ")"));
                }
            }
        }
        number(given, "otherwise", false, 0, 1000, problems);
        Object interpolate = given.get("interpolate");
        if (interpolate != null && !(interpolate instanceof Boolean)) {
            problems.add(new Violation("interpolate", "interpolate must be true or false (was " + interpolate + ")"));
        }
    }

    @Override
    public RuleResult score(RuleInput in) {
        if (!numeric(in)) {
            return numbersOnly(in, "bands");
        }
        double[] c = new double[1];
        String[] formula = completion(in, c);
        if (Double.isNaN(c[0])) {
            return RuleResult.notScorable("no completion rate: " + formula[0], "无法计算完成率：" + formula[1]);
        }
        List<double[]> bands = new ArrayList<>();
        for (Object o : (List<?>) in.parameters().get("bands")) {
            Map<?, ?> m = (Map<?, ?>) o;
            bands.add(new double[] {(Double) m.get("min"), (Double) m.get("points")});
        }
        bands.sort((x, y) -> Double.compare(x[0], y[0]));
        double otherwise = in.number("otherwise", 0);
        boolean interpolate = Boolean.TRUE.equals(in.parameters().get("interpolate"));
        String rate = "completion " + NumberText.format(c[0]) + "% = " + formula[0];
        String rateZh = "完成率" + NumberText.format(c[0]) + "% = " + formula[1];
        double[] top = bands.get(bands.size() - 1);
        if (c[0] < bands.get(0)[0]) {
            return clamped(otherwise, NumberText.format(otherwise) + ": " + rate + " is below every band (lowest "
                    + NumberText.format(bands.get(0)[0]) + "%)", NumberText.format(otherwise) + "：" + rateZh + "，低于最低档"
                    + NumberText.format(bands.get(0)[0]) + "%", in);
        }
        if (c[0] >= top[0] || !interpolate) {
            double[] band = bands.get(0);
            for (double[] b : bands) {
                if (c[0] >= b[0]) {
                    band = b;
                }
            }
            return clamped(band[1], NumberText.format(band[1]) + ": " + rate + " ≥ " + NumberText.format(band[0]) + "%",
                    NumberText.format(band[1]) + "：" + rateZh + " ≥ " + NumberText.format(band[0]) + "%", in);
        }
        int i = 0;
        while (c[0] >= bands.get(i + 1)[0]) {
            i++;
        }
        double[] lo = bands.get(i);
        double[] hi = bands.get(i + 1);
        double raw = lo[1] + (hi[1] - lo[1]) * (c[0] - lo[0]) / (hi[0] - lo[0]);
        String core = NumberText.format(raw) + " = " + NumberText.format(lo[1]) + " + (" + NumberText.format(hi[1]) + " − "
                + NumberText.format(lo[1]) + ") × (" + NumberText.format(c[0]) + " − " + NumberText.format(lo[0]) + ") ÷ ("
                + NumberText.format(hi[0]) + " − " + NumberText.format(lo[0]) + ")";
        return clamped(raw, core + "; " + rate, core + "；" + rateZh, in);
    }
}

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

    @Override
    public RuleResult score(RuleInput in) {
        if (!numeric(in)) {
            return numbersOnly(in, "deduction");
        }
        boolean ofValue = "value".equals(in.parameters().get("of"));
        boolean started = "started".equals(in.parameters().get("count"));
        double per = in.number("per", 1);
        double points = in.number("points", 0);
        double full = in.number("full", 100);
        double floor = in.number("floor", 0);
        double shortfall;
        String what;
        String whatZh;
        if (ofValue) {
            double a = in.actualNumber();
            double e = in.expectedNumber();
            shortfall = Math.max(0, in.direction() == Direction.LOWER_IS_BETTER ? a - e : e - a);
            what = "shortfall " + NumberText.format(shortfall) + " = " + (in.direction() == Direction.LOWER_IS_BETTER
                    ? NumberText.format(a) + " − " + NumberText.format(e) : NumberText.format(e) + " − " + NumberText.format(a));
            whatZh = "差额" + NumberText.format(shortfall);
        } else {
            double[] c = new double[1];
            String[] formula = completion(in, c);
            if (Double.isNaN(c[0])) {
                return RuleResult.notScorable("no completion rate: " + formula[0], "无法计算完成率：" + formula[1]);
            }
            shortfall = Math.max(0, 100 - c[0]);
            what = "shortfall " + NumberText.format(shortfall) + " points of completion " + NumberText.format(c[0]) + "% = "
                    + formula[0];
            whatZh = "完成率" + NumberText.format(c[0]) + "%，差" + NumberText.format(shortfall) + "个百分点";
        }
        double units = started ? Math.ceil(shortfall / per - 1e-9) : shortfall / per;
        double raw = Math.max(floor, full - points * units);
        String core = NumberText.format(raw) + " = " + NumberText.format(full) + " − "
                + NumberText.format(points) + " × " + NumberText.format(units);
        String floored = full - points * units < floor ? ", floored at " + NumberText.format(floor) : "";
        String flooredZh = full - points * units < floor ? "，最低" + NumberText.format(floor) + "分" : "";
        return clamped(raw, core + " (" + what + "; " + NumberText.format(points) + " per " + (started ? "started " : "")
                + NumberText.format(per) + floored + ")", core + "（" + whatZh + "；每" + (started ? "不足" : "")
                + NumberText.format(per) + "扣" + NumberText.format(points) + "分" + flooredZh + "）", in);
    }
}

/** {@code milestone}. */
final class Milestone extends BuiltInRule {
    Milestone() {
        super("milestone", "credit");
    }

    @Override
    void checkOwn(Target target, Map<String, Object> given, List<Violation> problems) {
        Object credit = given.get("credit");
        if (credit == null) {
            return;
        }
        if (!(credit instanceof Map)) {
            problems.add(new Violation("credit", "credit must be a map from stage to points (was " + credit + ")"));
            return;
        }
        for (Map.Entry<?, ?> e : ((Map<?, ?>) credit).entrySet()) {
            if (!target.measure().levels().contains(e.getKey())) {
                problems.add(new Violation("credit." + e.getKey(), "'" + e.getKey() + "' is not one of the stages "
                        + target.measure().levels()));
            } else if (!(e.getValue() instanceof Double) || (Double) e.getValue() < 0 || (Double) e.getValue() > 100) {
                problems.add(new Violation("credit." + e.getKey(), "credit must be a number from 0 to 100 (was "
                        + e.getValue() + ")"));
            }
        }
    }

    static double credit(RuleInput in, String stage) {
        Object credit = in.parameters().get("credit");
        if (credit instanceof Map && ((Map<?, ?>) credit).get(stage) instanceof Double) {
            return (Double) ((Map<?, ?>) credit).get(stage);
        }
        List<String> stages = in.target().measure().levels();
        int goal = in.target().goal() instanceof Goal.Level
                ? stages.indexOf(((Goal.Level) in.target().goal()).name()) : stages.size() - 1;
        int index = stages.indexOf(stage);
        return goal <= 0 ? (index >= 0 ? 100 : 0) : Math.min(100, 100.0 * index / goal);
    }

    @Override
    public RuleResult score(RuleInput in) {
        if (!(in.actual() instanceof Value.Level) || !(in.expected() instanceof Goal.Level)) {
            return RuleResult.notScorable("rule milestone needs a stage reached and a stage expected",
                    "节点规则需要已达到的节点和应达到的节点");
        }
        String actual = ((Value.Level) in.actual()).name();
        String expected = ((Goal.Level) in.expected()).name();
        double ca = credit(in, actual);
        double ce = credit(in, expected);
        if (ce <= 0) {
            return RuleResult.notScorable("no stage with credit is expected yet (expected " + expected + ")",
                    "尚无应达到的计分节点（应达到：" + expected + "）");
        }
        double raw = ca / ce * 100;
        String core = NumberText.format(raw) + " = " + NumberText.format(ca) + " ÷ "
                + NumberText.format(ce) + " × 100";
        return clamped(raw, core + " (stage " + actual + " earns " + NumberText.format(ca) + ", stage " + expected
                + " is expected and earns " + NumberText.format(ce) + ")", core + "（已达到" + actual + "计"
                + NumberText.format(ca) + "，应达到" + expected + "计" + NumberText.format(ce) + "）", in);
    }
}

/** {@code grade}. */
final class Grade extends BuiltInRule {
    Grade() {
        super("grade", "points");
    }

    @Override
    void checkOwn(Target target, Map<String, Object> given, List<Violation> problems) {
        Object points = given.get("points");
        if (points == null) {
            return;
        }
        if (!(points instanceof Map)) {
            problems.add(new Violation("points", "points must be a map from grade to points (was " + points + ")"));
            return;
        }
        for (String grade : target.measure().levels()) {
            if (!((Map<?, ?>) points).containsKey(grade)) {
                problems.add(new Violation("points", "points gives no points for the grade '" + grade + "'"));
            }
        }
        for (Map.Entry<?, ?> e : ((Map<?, ?>) points).entrySet()) {
            if (!target.measure().levels().contains(e.getKey())) {
                problems.add(new Violation("points." + e.getKey(), "'" + e.getKey() + "' is not one of the grades "
                        + target.measure().levels()));
            } else if (!(e.getValue() instanceof Double) || (Double) e.getValue() < 0) {
                problems.add(new Violation("points." + e.getKey(), "points must be a number ≥ 0 (was "
                        + e.getValue() + ")"));
            }
        }
    }

    @Override
    public RuleResult score(RuleInput in) {
        if (!(in.actual() instanceof Value.Level)) {
            return RuleResult.notScorable("rule grade needs a grade", "定性规则需要等次");
        }
        String actual = ((Value.Level) in.actual()).name();
        Object points = in.parameters().get("points");
        double p;
        if (points instanceof Map && ((Map<?, ?>) points).get(actual) instanceof Double) {
            p = (Double) ((Map<?, ?>) points).get(actual);
        } else {
            List<String> grades = in.target().measure().levels();
            p = 100.0 * grades.indexOf(actual) / (grades.size() - 1);
        }
        return clamped(p, NumberText.format(p) + " = points for the grade " + actual, NumberText.format(p) + " = 等次“"
                + actual + "”对应分值", in);
    }
}

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
        if (!(in.actual() instanceof Value.Amount) || !(in.expected() instanceof Goal.Band)) {
            return RuleResult.notScorable("rule within-band needs a number and a band {low, high}",
                    "区间规则需要数值和区间");
        }
        double a = in.actualNumber();
        Goal.Band band = (Goal.Band) in.expected();
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
