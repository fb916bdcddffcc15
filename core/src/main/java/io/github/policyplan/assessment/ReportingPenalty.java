package io.github.policyplan.assessment;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A penalty for missing reports (每缺报一次扣分), the {@code reporting:} section of a scheme: each report a
 * unit owes in the period assessed and has not made takes {@code points} from its score, up to the
 * {@code cap}, as one penalty entry of the {@code category} that the scheme's caps limit like any other.
 * A unit owes a report for each period of a target's cadence (报送周期) for each share it holds in a
 * breakdown and each target it leads that is not broken down; see
 * {@link io.github.policyplan.rollup.Completeness#missedIn}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param points   the points taken per missing report, above 0
 * @param per      what is counted: {@code missing-report} (缺报一次), the only one
 * @param cap      the most the section may take from a unit in a period, if capped
 * @param category the category of the penalty entry, which {@code caps.categories} may cap
 */
public record ReportingPenalty(double points, String per, Optional<Double> cap, String category) {

    /** The only count: one a missing report. */
    public static final String MISSING_REPORT = "missing-report";

    /** The names {@code per} may take. */
    public static final List<String> PER = List.of(MISSING_REPORT);

    /** The category of the penalty entry when the scheme names none. */
    public static final String DEFAULT_CATEGORY = "reporting";

    /**
     * Checks the components.
     *
     * @param points   the points taken per missing report, above 0
     * @param per      what is counted: {@code missing-report}
     * @param cap      the most the section may take from a unit in a period, if capped; ≥ 0
     * @param category the category of the penalty entry
     */
    public ReportingPenalty {
        Objects.requireNonNull(per, "per");
        Objects.requireNonNull(cap, "cap");
        Objects.requireNonNull(category, "category");
        if (!(points > 0) || !Double.isFinite(points)) {
            throw new IllegalArgumentException("reporting penalty points must be > 0 (was " + points + ")");
        }
        if (!PER.contains(per)) {
            throw new IllegalArgumentException("reporting penalty per must be one of " + PER + " (was " + per + ")");
        }
        if (cap.isPresent() && !(cap.get() >= 0)) {
            throw new IllegalArgumentException("reporting penalty cap must be ≥ 0 (was " + cap.get() + ")");
        }
    }

    /**
     * Returns the penalty for a number of missing reports, before any cap.
     *
     * @param missing how many reports are missing
     * @return missing × points
     */
    public double penaltyFor(int missing) {
        return missing * points;
    }
}
