package io.github.policyplan.model;

import java.util.Objects;

/**
 * A reported value of a target's measure: a number, or a named level (the stage a milestone has
 * reached, the grade a qualitative target was given).
 *
 * <p>Every implementation is an immutable record.
 */
public sealed interface Value permits Value.Amount, Value.Level {

    /**
     * Returns a number.
     *
     * @param value a finite number
     * @return the value
     */
    static Value of(double value) {
        return new Amount(value);
    }

    /**
     * Returns a named level.
     *
     * @param name a stage or grade
     * @return the value
     */
    static Value level(String name) {
        return new Level(name);
    }

    /**
     * A number: the metric's value at the report's date (for counts, the running total).
     *
     * @param value a finite number
     */
    record Amount(double value) implements Value {
        /**
         * Checks the value.
         *
         * @param value a finite number
         */
        public Amount {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("a reported value must be a finite number (was " + value + ")");
            }
        }

        @Override
        public String toString() {
            return Numbers.format(value);
        }
    }

    /**
     * A stage or grade.
     *
     * @param name the level's name; not blank
     */
    record Level(String name) implements Value {
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
