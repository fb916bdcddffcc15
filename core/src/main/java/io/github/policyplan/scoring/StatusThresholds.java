package io.github.policyplan.scoring;

/**
 * The pace thresholds that decide a status, stated in one place. Pace is actual progress ÷ expected
 * progress: 1.0 is exactly on schedule (时间过半、任务过半).
 *
 * <p>Immutable and thread-safe.
 *
 * @param onTrack at or above this pace a target is on track (default 0.95)
 * @param atRisk  at or above this pace, and below {@code onTrack}, it is at risk (default 0.85); below, off track
 */
public record StatusThresholds(double onTrack, double atRisk) {

    /** The defaults: on track at 95% of the expected pace, at risk at 85%. */
    public static final StatusThresholds DEFAULT = new StatusThresholds(0.95, 0.85);

    /**
     * Checks the thresholds.
     *
     * @param onTrack at or above this pace a target is on track (default 0.95)
     * @param atRisk  at or above this pace, and below {@code onTrack}, it is at risk (default 0.85); below, off track
     */
    public StatusThresholds {
        if (!(atRisk > 0) || !(onTrack > atRisk) || !Double.isFinite(onTrack)) {
            throw new IllegalArgumentException("thresholds need 0 < atRisk < onTrack (was onTrack " + onTrack
                    + ", atRisk " + atRisk + ")");
        }
    }

    /**
     * Returns the status of a pace.
     *
     * @param pace actual progress ÷ expected progress
     * @return on track, at risk or off track
     */
    public Status of(double pace) {
        if (pace >= onTrack) {
            return Status.ON_TRACK;
        }
        return pace >= atRisk ? Status.AT_RISK : Status.OFF_TRACK;
    }
}
