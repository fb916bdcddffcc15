package io.github.policyplan.model;

import java.util.Objects;
import java.util.Optional;

/**
 * The target of a higher plan that a target counts toward (目标层层分解到下级计划): a county's 引进到位资金
 * toward the city's. A set of plans loaded together rolls the lower targets' values up into the higher
 * target by the method that fits its measure, as a breakdown rolls up its units' values; which plans and
 * targets exist, their units and cycles are the set's to check.
 *
 * <p>Immutable and thread-safe; no component is null. The constructor throws {@link InvalidPlanException}
 * when an id is blank or the weight is not a positive number.
 *
 * <pre>{@code
 * CountsToward.of("city-2023", "s1.i2.t3");     // counts-toward: {plan: city-2023, target: s1.i2.t3}
 * }</pre>
 *
 * @param plan    the id of the higher plan
 * @param target  the id of the target in that plan
 * @param combine how the lower plans' values combine, when the higher target's measure has no default
 *                (a share or growth rate: {@link Combine#WEIGHTED_MEAN}); every target counting toward one
 *                higher target must say the same
 * @param weight  this plan's weight in a weighted mean, above zero; 1 by default
 */
public record CountsToward(String plan, String target, Optional<Combine> combine, double weight) {

    /**
     * Checks the components.
     *
     * @param plan    the id of the higher plan
     * @param target  the id of the target in that plan
     * @param combine how the lower plans' values combine, if stated
     * @param weight  this plan's weight in a weighted mean, above zero
     */
    public CountsToward {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(combine, "combine");
        Checks checks = new Checks();
        checks.notBlank("plan", plan);
        checks.notBlank("target", target);
        checks.weight("weight", weight);
        checks.throwIfAny();
    }

    /**
     * Returns a link summed into the higher target, with weight 1.
     *
     * @param plan   the id of the higher plan
     * @param target the id of the target in that plan
     * @return the link
     */
    public static CountsToward of(String plan, String target) {
        return new CountsToward(plan, target, Optional.empty(), 1);
    }

    /**
     * Returns this link with a stated method and weight.
     *
     * @param method how the lower plans' values combine
     * @param w      this plan's weight
     * @return the link
     */
    public CountsToward combined(Combine method, double w) {
        return new CountsToward(plan, target, Optional.of(method), w);
    }
}
