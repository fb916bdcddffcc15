package io.github.policyplan.internal;

import io.github.policyplan.model.Plan;
import io.github.policyplan.model.Value;
import io.github.policyplan.progress.ProgressLog;

/**
 * Lets scoring read a progress log's series by the plan's target index, without a public method on
 * {@link ProgressLog}: the log registers its lookup here when its class is initialised (which has
 * happened whenever there is a log to read).
 */
public final class ProgressAccess {

    /** Finds the series of a plan's targets in a log. */
    @FunctionalInterface
    public interface Lookup {
        /**
         * Returns the reader of a log for a plan.
         *
         * @param log  the log
         * @param plan the plan scored
         * @return the reader; not thread-safe
         */
        Reader reader(ProgressLog log, Plan plan);
    }

    /**
     * Reads the reports on one plan's targets in one log, without building {@code Report} objects: a
     * target is named by its index in the plan's targets, a report by a position this reader gives.
     */
    public interface Reader {
        /**
         * Finds a target's latest report on or before a day.
         *
         * @param index the target's index in the plan's targets
         * @param day   an epoch day
         * @return the report's position, or -1 when the target has none that early
         */
        int latest(int index, long day);

        /**
         * Returns a report's date.
         *
         * @param index    the target's index
         * @param position the report's position, from {@link #latest}
         * @return its epoch day
         */
        int day(int index, int position);

        /**
         * Tells whether a report's value is a level (a stage or grade) rather than a number.
         *
         * @param index    the target's index
         * @param position the report's position
         * @return true for a level
         */
        boolean isLevel(int index, int position);

        /**
         * Returns a report's number.
         *
         * @param index    the target's index
         * @param position the position of a report whose value is not a level
         * @return the number
         */
        double amount(int index, int position);

        /**
         * Returns a report's value.
         *
         * @param index    the target's index
         * @param position the report's position
         * @return the value
         */
        Value value(int index, int position);
    }

    private static volatile Lookup lookup;

    private ProgressAccess() {
    }

    /**
     * Registers the log's lookup; called once, by {@link ProgressLog}.
     *
     * @param value the lookup
     */
    public static void register(Lookup value) {
        lookup = value;
    }

    /**
     * Returns a reader of the series of a plan's targets in a log: by the log's own index when the log
     * is of that very plan object, else by target id.
     *
     * @param log  the log
     * @param plan the plan scored
     * @return the reader
     */
    public static Reader reader(ProgressLog log, Plan plan) {
        return lookup.reader(log, plan);
    }
}
