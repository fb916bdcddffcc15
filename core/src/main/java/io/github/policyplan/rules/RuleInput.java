package io.github.policyplan.rules;

import io.github.policyplan.model.Direction;
import io.github.policyplan.model.Goal;
import io.github.policyplan.model.Target;
import io.github.policyplan.model.Value;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * What a {@link Rule} scores: the latest reported value of a target against the value expected by
 * the date, with the rule's parameters as the plan wrote them.
 *
 * <p>Immutable and thread-safe; no component is null.
 *
 * @param target     the target scored
 * @param parameters the rule's parameters, in name order (numbers are {@link Double}); read them with
 *                   {@link #parameter(String)}
 * @param actual     the latest reported value on or before {@code asOf}
 * @param expected   the value expected by {@code asOf}: a number, a band, or a stage or grade
 * @param start      where the schedule starts: the baseline, or 0 for amounts built up within the period
 * @param asOf       the date scored
 */
public record RuleInput(Target target, Map<String, Object> parameters, Value actual, Goal expected, double start,
        LocalDate asOf) {

    /**
     * Checks the components.
     *
     * @param target     the target scored
     * @param parameters the rule's parameters, in name order (numbers are {@link Double}); read them with {@link #parameter(String)}
     * @param actual     the latest reported value on or before {@code asOf}
     * @param expected   the value expected by {@code asOf}: a number, a band, or a stage or grade
     * @param start      where the schedule starts: the baseline, or 0 for amounts built up within the period
     * @param asOf       the date scored
     */
    public RuleInput {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(actual, "actual");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(asOf, "asOf");
    }

    /**
     * Returns the target's direction.
     *
     * @return higher, lower or within a band
     */
    public Direction direction() {
        return target.measure().direction();
    }

    /**
     * Returns the actual value as a number.
     *
     * @return the number
     * @throws IllegalStateException when the value is a stage or grade
     */
    public double actualNumber() {
        if (actual instanceof Value.Amount amount) {
            return amount.value();
        }
        throw new IllegalStateException("target " + target.id() + " reports a level, not a number: " + actual);
    }

    /**
     * Returns the expected value as a number.
     *
     * @return the number
     * @throws IllegalStateException when the expected value is a band or a level
     */
    public double expectedNumber() {
        if (expected instanceof Goal.Amount amount) {
            return amount.value();
        }
        throw new IllegalStateException("target " + target.id() + " expects " + expected + ", not a number");
    }

    /**
     * Returns a parameter, to be read as the type the rule expects.
     *
     * <pre>{@code
     * boolean interpolate = in.parameter("interpolate").flag(false);
     * }</pre>
     *
     * @param name the parameter's name
     * @return the parameter, absent when the plan does not give it
     */
    public Parameter parameter(String name) {
        return Parameter.of(parameters, name);
    }

    /**
     * Returns a number parameter: {@code parameter(name).number(fallback)}.
     *
     * @param name     the parameter
     * @param fallback the value when the plan does not give it
     * @return the value
     * @throws IllegalArgumentException when the plan gives the parameter but not as a number
     */
    public double number(String name, double fallback) {
        return parameter(name).number(fallback);
    }
}
