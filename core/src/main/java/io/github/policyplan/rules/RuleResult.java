package io.github.policyplan.rules;

import io.github.policyplan.core.Explanation;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * What a {@link Rule} returns: the score and the formula that reproduces it from the rule's inputs,
 * or, when the rule cannot score these inputs (a completion rate against an expected value of
 * zero), no score and the reason.
 *
 * <p>Immutable and thread-safe; no component is null.
 *
 * @param score   the score, on 0–100 (up to the rule's cap when over-achievement earns credit); empty when
 *                the inputs cannot be scored by this rule
 * @param formula how the score follows from the inputs ({@code 62.5 = 25 ÷ 40 × 100}), or why there is none
 */
public record RuleResult(OptionalDouble score, Explanation formula) {

    /**
     * Checks the components; the engine checks the score's range.
     *
     * @param score   the score, on 0–100 (up to the rule's cap when over-achievement earns credit); empty when the inputs cannot be scored by this rule
     * @param formula how the score follows from the inputs ({@code 62.5 = 25 ÷ 40 × 100}), or why there is none
     */
    public RuleResult {
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(formula, "formula");
    }

    /**
     * Returns a score with its formula.
     *
     * @param score   the score
     * @param english the formula in English
     * @param chinese the formula in Chinese
     * @return the result
     */
    public static RuleResult scored(double score, String english, String chinese) {
        return new RuleResult(OptionalDouble.of(score), Explanation.of(english, chinese));
    }

    /**
     * Returns a result without a score.
     *
     * @param english why, in English
     * @param chinese why, in Chinese
     * @return the result
     */
    public static RuleResult notScorable(String english, String chinese) {
        return new RuleResult(OptionalDouble.empty(), Explanation.of(english, chinese));
    }
}
