package io.github.policyplan.rules;

import io.github.policyplan.model.Target;
import io.github.policyplan.model.Violation;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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
