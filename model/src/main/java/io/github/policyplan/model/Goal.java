package io.github.policyplan.model;

import java.util.Objects;

/**
 * A target's goal, or an expected value at a checkpoint: a number, a band, a named level (a stage
 * of a milestone, a grade), or {@linkplain #unset() unset} when the plan does not publish it (the
 * source's {@code *}). An unset goal loads, is reported as unset and is never scored.
 *
 * <p>Every implementation is an immutable record.
 */
public sealed interface Goal permits Goal.Unset, Goal.Amount, Goal.Band, Goal.Level {

    /**
     * Returns the unset goal.
     *
     * @return the single unset value
     */
    static Goal unset() {
        return Unset.INSTANCE;
    }

    /**
     * Returns a numeric goal. The goals of the whole numbers 0 to 200 are made once and shared.
     *
     * @param value a finite number
     * @return the goal
     */
    static Goal of(double value) {
        return Amount.of(value);
    }

    /**
     * Returns a band goal: inside {@code [low, high]} is on target.
     *
     * @param low  the lower bound
     * @param high the upper bound, greater than {@code low}
     * @return the goal
     */
    static Goal band(double low, double high) {
        return new Band(low, high);
    }

    /**
     * Returns a named level: a milestone stage or a grade.
     *
     * @param name the stage or grade, one of the measure's levels
     * @return the goal
     */
    static Goal level(String name) {
        return new Level(name);
    }

    /**
     * Tells whether the value is published.
     *
     * @return false only for {@link Unset}
     */
    default boolean isSet() {
        return !(this instanceof Unset);
    }

    /** The plan does not publish this value (written {@code '*'}). */
    record Unset() implements Goal {
        static final Unset INSTANCE = new Unset();

        @Override
        public String toString() {
            return "*";
        }
    }

    /**
     * A number.
     *
     * @param value a finite number
     */
    record Amount(double value) implements Goal {

        /**
         * The goals of 0 to 200, by value: most counts, percentages and checkpoints of a plan are such
         * numbers, and a plan holds one or two for each target.
         */
        private static final Amount[] WHOLE_NUMBERS = new Amount[201];

        static {
            for (int i = 0; i < WHOLE_NUMBERS.length; i++) {
                WHOLE_NUMBERS[i] = new Amount(i);
            }
        }

        /**
         * Checks the value.
         *
         * @param value a finite number
         */
        public Amount {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("goal must be a finite number (was " + value + ")");
            }
        }

        static Amount of(double value) {
            if (value >= 0 && value < WHOLE_NUMBERS.length) {
                Amount shared = WHOLE_NUMBERS[(int) value];
                if (Double.compare(shared.value, value) == 0) { // not for 0.5, nor for -0.0, which is not 0.0
                    return shared;
                }
            }
            return new Amount(value);
        }

        @Override
        public String toString() {
            return Numbers.format(value);
        }
    }

    /**
     * A band: inside {@code [low, high]} is on target.
     *
     * @param low  the lower bound, finite
     * @param high the upper bound, finite and greater than {@code low}
     */
    record Band(double low, double high) implements Goal {
        /**
         * Checks the bounds.
         *
         * @param low  the lower bound, finite
         * @param high the upper bound, finite and greater than {@code low}
         */
        public Band {
            if (!Double.isFinite(low) || !Double.isFinite(high) || !(low < high)) {
                throw new IllegalArgumentException("a band needs finite bounds with low < high (was "
                        + Numbers.format(low) + ".." + Numbers.format(high) + ")");
            }
        }

        /**
         * Tells whether a value lies inside the band, bounds included.
         *
         * @param value the value
         * @return true when {@code low <= value <= high}
         */
        public boolean contains(double value) {
            return value >= low && value <= high;
        }

        @Override
        public String toString() {
            return Numbers.format(low) + ".." + Numbers.format(high);
        }
    }

    /**
     * A named level: a stage of a milestone or a grade.
     *
     * @param name the level's name; not blank
     */
    record Level(String name) implements Goal {
        /**
         * Checks the name.
         *
         * @param name the level's name; not blank
         */
        public Level {
            Objects.requireNonNull(name, "name");
            if (name.isBlank()) {
                throw new IllegalArgumentException("a level name must not be blank");
            }
        }

        @Override
        public String toString() {
            return name;
        }
    }
}
