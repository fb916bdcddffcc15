package io.github.policyplan.internal;

import io.github.policyplan.model.Plan;
import io.github.policyplan.progress.ProgressLog;

/**
 * Lets scoring read a progress log's series by the plan's target index, without a public method on
 * {@link ProgressLog}: the log registers its lookup here when its class is initialised (which has
 * happened whenever there is a log to read).
 */
public final class ProgressAccess {

    /** Finds a target's series in a log. */
    @FunctionalInterface
    public interface Lookup {
        /**
         * Finds the series.
         *
         * @param log   the log
         * @param plan  the plan scored
         * @param index the target's index in {@code plan.targets()}
         * @return the series, or null when the target has no report
         */
        ReportSeries series(ProgressLog log, Plan plan, int index);
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
     * Returns the series of a plan's target.
     *
     * @param log   the log
     * @param plan  the plan scored
     * @param index the target's index in {@code plan.targets()}
     * @return the series, or null when the target has no report
     */
    public static ReportSeries series(ProgressLog log, Plan plan, int index) {
        return lookup.series(log, plan, index);
    }
}
