package io.github.policyplan.model;

/**
 * A plan's settings for rolling up the values of broken-down targets (汇总设置).
 *
 * <p>Immutable and thread-safe.
 *
 * @param carryForward   true to count each unit's last report, however old, in the target's value; false
 *                       (the default) to count only the units that reported in the reporting period, and say
 *                       how many did ("12个乡镇中9个已报送")
 * @param scoreFromUnits true to score a target from its units' rolled-up value even when it has a report of
 *                       its own (a statistics office figure); false (the default) to score its own report
 *                       and show the units' value beside it
 * @param warnAbove      the over-allocation (层层加码) ratio above which the units' goals draw a warning;
 *                       1.2 by default, at least 1
 */
public record BreakdownSettings(boolean carryForward, boolean scoreFromUnits, double warnAbove) {

    /** The defaults: no carrying forward, the target's own report scores, a warning above 1.2. */
    public static final BreakdownSettings DEFAULTS = new BreakdownSettings(false, false, 1.2);

    /**
     * Checks the threshold.
     *
     * @param carryForward   true to count each unit's last report, however old
     * @param scoreFromUnits true to score a target from its units' value even when it has a report of its own
     * @param warnAbove      the over-allocation ratio above which a warning is drawn, at least 1
     */
    public BreakdownSettings {
        if (!(warnAbove >= 1) || Double.isInfinite(warnAbove)) {
            Checks checks = new Checks();
            checks.add("warn-above", "the over-allocation threshold must be a finite number of at least 1 (was "
                    + Numbers.format(warnAbove) + ")", "1.2 warns when the units' goals exceed the target's by 20%");
            checks.throwIfAny();
        }
    }

    /**
     * Returns these settings with carrying forward on or off.
     *
     * @param value true to count each unit's last report
     * @return the settings
     */
    public BreakdownSettings withCarryForward(boolean value) {
        return new BreakdownSettings(value, scoreFromUnits, warnAbove);
    }

    /**
     * Returns these settings with another choice of the value that scores.
     *
     * @param value true to score the units' rolled-up value
     * @return the settings
     */
    public BreakdownSettings withScoreFromUnits(boolean value) {
        return new BreakdownSettings(carryForward, value, warnAbove);
    }

    /**
     * Returns these settings with another over-allocation threshold.
     *
     * @param value at least 1
     * @return the settings
     */
    public BreakdownSettings withWarnAbove(double value) {
        return new BreakdownSettings(carryForward, scoreFromUnits, value);
    }
}
