package io.github.policyplan.rollup;

import io.github.policyplan.scoring.Scorecard;
import java.util.List;
import java.util.Map;

/**
 * A set of plans scored at a date with values rolled up across plans ({@link Cascade}): each plan's
 * scorecard and roll-ups, the targets that lower plans count toward among them, each explained.
 *
 * <p>Immutable and thread-safe.
 */
public final class Cascaded {

    private final Map<String, RolledUp> plans;
    private final List<String> order;

    Cascaded(Map<String, RolledUp> plans) {
        this.plans = Map.copyOf(plans);
        this.order = List.copyOf(plans.keySet());
    }

    /**
     * Returns the ids of the plans, bottom-up: every plan after the plans that count toward it.
     *
     * @return the ids
     */
    public List<String> planIds() {
        return order;
    }

    /**
     * Returns a plan's roll-up: its scorecard, its breakdowns' and cascaded targets' roll-ups, its reporting
     * completeness.
     *
     * @param planId the plan's id
     * @return the roll-up
     * @throws IllegalArgumentException when the set has no plan with that id
     */
    public RolledUp plan(String planId) {
        RolledUp r = plans.get(planId);
        if (r == null) {
            throw new IllegalArgumentException("no plan '" + planId + "' in the set");
        }
        return r;
    }

    /**
     * Returns a plan's scorecard, its cascaded targets scored on the lower plans' total (or on their own
     * reports, as the plan's {@code breakdown-settings} say).
     *
     * @param planId the plan's id
     * @return the scorecard
     */
    public Scorecard scorecard(String planId) {
        return plan(planId).scorecard();
    }

    /**
     * Returns the roll-up of a target that lower plans count toward (or that is broken down).
     *
     * @param planId   the plan's id
     * @param targetId the target's id
     * @return the roll-up, the lower plans its units
     */
    public TargetRollUp target(String planId, String targetId) {
        return plan(planId).target(targetId);
    }
}
