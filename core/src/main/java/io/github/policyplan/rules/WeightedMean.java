package io.github.policyplan.rules;

import java.util.OptionalDouble;

/**
 * The one weighted mean of the library (加权平均): Σ weight × value ÷ Σ weight, used by the roll-up of
 * scores up a plan, by a unit's base score over the targets behind it and by the annual mean of the
 * quarters. The mean always lies between its terms: rounding, or weight × value overflowing with huge
 * weights, never puts it outside them.
 *
 * <pre>{@code
 * WeightedMean mean = new WeightedMean();
 * mean.add(2, 80);
 * mean.add(1, 95);
 * mean.value();          // OptionalDouble[85.0]
 * }</pre>
 *
 * <p>An accumulator: not thread-safe; make one per mean.
 */
public final class WeightedMean {

    private double numerator;
    private double totalWeight;
    private double lowest = Double.POSITIVE_INFINITY;
    private double highest = Double.NEGATIVE_INFINITY;
    private int count;

    /** Makes an empty mean. */
    public WeightedMean() {
    }

    /**
     * Adds a term.
     *
     * @param weight its weight, finite and not negative
     * @param value  its value, finite
     * @return this mean
     * @throws IllegalArgumentException when the weight is negative or either number is not finite
     */
    public WeightedMean add(double weight, double value) {
        if (!(weight >= 0) || !Double.isFinite(weight) || !Double.isFinite(value)) {
            throw new IllegalArgumentException("a weighted mean takes a finite weight ≥ 0 and a finite value (was "
                    + weight + " × " + value + ")");
        }
        numerator += weight * value;
        totalWeight += weight;
        lowest = Math.min(lowest, value);
        highest = Math.max(highest, value);
        count++;
        return this;
    }

    /**
     * Returns how many terms were added.
     *
     * @return the count
     */
    public int count() {
        return count;
    }

    /**
     * Returns the sum of the weights, the divisor of the mean.
     *
     * @return Σ weight
     */
    public double totalWeight() {
        return totalWeight;
    }

    /**
     * Returns the mean.
     *
     * @return the mean, between the lowest and highest term; empty when the weights add up to 0
     */
    public OptionalDouble value() {
        if (totalWeight == 0) {
            return OptionalDouble.empty();
        }
        double mean = numerator / totalWeight;
        return OptionalDouble.of(Double.isFinite(mean) ? Math.min(highest, Math.max(lowest, mean)) : highest);
    }
}
