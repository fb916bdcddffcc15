package io.github.policyplan.internal;

import io.github.policyplan.model.Plan;
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
         * @return the reader
         */
        Reader reader(ProgressLog log, Plan plan);
    }

    /** Reads the series of one plan's targets in one log. */
    @FunctionalInterface
    public interface Reader {
        /**
         * Finds a target's series.
         *
         * @param index the target's index in the plan's targets
         * @return the series, or null when the target has no report
         */
        ReportSeries series(int index);
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
