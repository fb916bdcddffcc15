package io.github.policyplan.rules;

import io.github.policyplan.core.NumberText;

import io.github.policyplan.model.Direction;
import io.github.policyplan.model.Goal;
import io.github.policyplan.model.Target;
import io.github.policyplan.model.Value;
import io.github.policyplan.model.Violation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A scoring rule: turns the latest value of a target and the value expected by the date into a
 * score on 0–100, with the formula that reproduces it. Plans select rules by name; the built-in
 * ones come from the static factories here, and an application registers its own with
 * {@code Scoring.withRule(name, rule)}.
 *
 * <pre>{@code
 * Rule halfPoints = in -> RuleResult.scored(in.actualNumber() >= in.expectedNumber() ? 100 : 50,
 *         "100 when on schedule, else 50", "达到时序目标得100分，否则50分");
 * Scoring scoring = Scoring.standard().withRule("half-points", halfPoints);
 * }</pre>
 *
 * <p>Every rule accepts the parameter {@code cap} (a number ≥ 100, default 100): the highest score it
 * may give. The engine checks what each rule returns — a finite score from 0 to the cap — and
 * names rule and target in a {@code ScoringException} when one does not.
 *
 * <p>A rule is a function of its input: the engine may apply it again to the same input, to write the
 * explanation of a score it computed before, and expects the same result. Read parameters through
 * {@link RuleInput#parameter(String)}, which reports one of the wrong type by its name.
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
     * @return the rule {@code linear}; parameters {@code floor} ({@code 0 ≤ floor < 100}, default 0), {@code cap}
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
     * @return an unmodifiable map, in name order
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
        return Collections.unmodifiableMap(rules);
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
        Completion c = Completion.of(in);
        if (!c.isDefined()) {
            return c.none();
        }
        String rate = NumberText.format(c.rate());
        return clamped(c.rate(), rate + " = " + c.english() + " (completion rate)", rate + " = " + c.chinese()
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
                + " + (100 − " + NumberText.format(floor) + ")") + " × (" + NumberText.format(a) + " − "
                + NumberText.format(s) + ") ÷ (" + NumberText.format(e) + " − " + NumberText.format(s) + ")";
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

/** {@code bands}. */
final class Bands extends BuiltInRule {
    Bands() {
        super("bands", "bands", "otherwise", "interpolate");
    }

    /** One band: from {@code min} % of completion, {@code points}. */
    private record Band(double min, double points) {
    }

    @Override
    void checkOwn(Target target, Map<String, Object> given, List<Violation> problems) {
        Object b = given.get("bands");
        if (!given.containsKey("bands")) {
            problems.add(new Violation("", "missing parameter 'bands'"));
        } else if (!(b instanceof List<?> list) || list.isEmpty()) {
            problems.add(new Violation("bands", "bands must be a list of {min, points} (was " + b + ")"));
        } else {
            for (int i = 0; i < list.size(); i++) {
                Object item = list.get(i);
                if (!(item instanceof Map<?, ?> band) || !(band.get("min") instanceof Double)
                        || !(band.get("points") instanceof Double) || band.size() != 2) {
                    problems.add(new Violation("bands[" + i + "]", "a band is {min: completion %, points: score}"
                            + " (was " + item + ")"));
                }
            }
        }
        number(given, "otherwise", false, 0, 1000, problems);
        if (given.containsKey("interpolate") && !(given.get("interpolate") instanceof Boolean)) {
            problems.add(new Violation("interpolate", "interpolate must be true or false (was "
                    + given.get("interpolate") + ")"));
        }
    }

    /** The bands, lowest first. */
    private static List<Band> bands(RuleInput in) {
        List<Band> bands = new ArrayList<>();
        for (Parameter band : in.parameter("bands").list()) {
            bands.add(new Band(band.get("min").number(), band.get("points").number()));
        }
        if (bands.isEmpty()) {
            throw new IllegalArgumentException("parameter bands must list at least one band {min, points}");
        }
        bands.sort(Comparator.comparingDouble(Band::min));
        return bands;
    }

    @Override
    public RuleResult score(RuleInput in) {
        if (!numeric(in)) {
            return numbersOnly(in, "bands");
        }
        Completion c = Completion.of(in);
        if (!c.isDefined()) {
            return c.none();
        }
        List<Band> bands = bands(in);
        double otherwise = in.number("otherwise", 0);
        String rate = "completion " + NumberText.format(c.rate()) + "% = " + c.english();
        String rateZh = "完成率" + NumberText.format(c.rate()) + "% = " + c.chinese();
        Band lowest = bands.get(0);
        if (c.rate() < lowest.min()) {
            return clamped(otherwise, NumberText.format(otherwise) + ": " + rate + " is below every band (lowest "
                    + NumberText.format(lowest.min()) + "%)", NumberText.format(otherwise) + "：" + rateZh
                    + "，低于最低档" + NumberText.format(lowest.min()) + "%", in);
        }
        int i = 0;
        while (i + 1 < bands.size() && c.rate() >= bands.get(i + 1).min()) {
            i++;
        }
        Band band = bands.get(i);
        if (i + 1 == bands.size() || !in.parameter("interpolate").flag(false)) {
            return clamped(band.points(), NumberText.format(band.points()) + ": " + rate + " ≥ "
                    + NumberText.format(band.min()) + "%", NumberText.format(band.points()) + "：" + rateZh + " ≥ "
                    + NumberText.format(band.min()) + "%", in);
        }
        Band next = bands.get(i + 1);
        double raw = band.points() + (next.points() - band.points()) * (c.rate() - band.min())
                / (next.min() - band.min());
        String core = NumberText.format(raw) + " = " + NumberText.format(band.points()) + " + ("
                + NumberText.format(next.points()) + " − " + NumberText.format(band.points()) + ") × ("
                + NumberText.format(c.rate()) + " − " + NumberText.format(band.min()) + ") ÷ ("
                + NumberText.format(next.min()) + " − " + NumberText.format(band.min()) + ")";
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

/** {@code milestone}. */
final class Milestone extends BuiltInRule {
    Milestone() {
        super("milestone", "credit");
    }

    @Override
    void checkOwn(Target target, Map<String, Object> given, List<Violation> problems) {
        if (!given.containsKey("credit")) {
            return;
        }
        Object credit = given.get("credit");
        if (!(credit instanceof Map<?, ?> map)) {
            problems.add(new Violation("credit", "credit must be a map from stage to points (was " + credit + ")"));
            return;
        }
        levelNumbers(target, "credit", map, 100, "stages", problems);
    }

    /** The credit of a stage: the plan's, else equal steps up to the goal stage. */
    static double credit(RuleInput in, String stage) {
        Parameter credit = in.parameter("credit").get(stage);
        if (credit.isPresent()) {
            return credit.number();
        }
        List<String> stages = in.target().measure().levels();
        int goal = in.target().goal() instanceof Goal.Level level ? stages.indexOf(level.name()) : stages.size() - 1;
        int index = stages.indexOf(stage);
        return goal <= 0 ? (index >= 0 ? 100 : 0) : Math.min(100, 100.0 * index / goal);
    }

    @Override
    public RuleResult score(RuleInput in) {
        if (!(in.actual() instanceof Value.Level reached) || !(in.expected() instanceof Goal.Level expectedStage)) {
            return RuleResult.notScorable("rule milestone needs a stage reached and a stage expected",
                    "节点规则需要已达到的节点和应达到的节点");
        }
        String actual = reached.name();
        String expected = expectedStage.name();
        double ca = credit(in, actual);
        double ce = credit(in, expected);
        if (ce <= 0) {
            return RuleResult.notScorable("no stage with credit is expected yet (expected " + expected + ")",
                    "尚无应达到的计分节点（应达到：" + expected + "）");
        }
        double raw = ca / ce * 100;
        String core = NumberText.format(raw) + " = " + NumberText.format(ca) + " ÷ " + NumberText.format(ce) + " × 100";
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
        if (!given.containsKey("points")) {
            return;
        }
        Object points = given.get("points");
        if (!(points instanceof Map<?, ?> map)) {
            problems.add(new Violation("points", "points must be a map from grade to points (was " + points + ")"));
            return;
        }
        for (String grade : target.measure().levels()) {
            if (!map.containsKey(grade)) {
                problems.add(new Violation("points", "points gives no points for the grade '" + grade + "'"));
            }
        }
        levelNumbers(target, "points", map, Double.MAX_VALUE, "grades", problems);
    }

    @Override
    public RuleResult score(RuleInput in) {
        if (!(in.actual() instanceof Value.Level level)) {
            return RuleResult.notScorable("rule grade needs a grade", "定性规则需要等次");
        }
        String actual = level.name();
        Parameter given = in.parameter("points").get(actual);
        List<String> grades = in.target().measure().levels();
        double p = given.isPresent() ? given.number() : 100.0 * grades.indexOf(actual) / (grades.size() - 1);
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
