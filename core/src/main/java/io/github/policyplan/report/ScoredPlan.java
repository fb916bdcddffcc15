package io.github.policyplan.report;

import io.github.policyplan.model.Plan;
import io.github.policyplan.progress.ProgressLog;
import io.github.policyplan.scoring.Scorecard;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What the scorecard reports, bulletins and supervision notices are written from: a plan, the
 * progress log it was scored on, and its scorecards at the ends of consecutive periods, oldest
 * first; the last is the one reported. Reports read these and compute no score themselves.
 *
 * <pre>{@code
 * List<Scorecard> year = Scoring.standard().series(plan, log, Scoring.quarterEnds(2023));
 * ScoredPlan june = ScoredPlan.of(plan, log, year.subList(0, 2));        // Q1 and Q2; reports Q2
 * ScoredPlan once = ScoredPlan.of(plan, log, card);                       // no earlier periods
 * }</pre>
 *
 * <p>The earlier scorecards give the charts their points on the schedule and let a target that
 * stays behind move up a colour in the supervision notices (三色督办).
 *
 * <p>Immutable and thread-safe; no component is null.
 *
 * @param plan       the plan scored (with any goal sheet applied)
 * @param log        the progress log it was scored on
 * @param scorecards the scorecards, one per period, in date order; at least one
 */
public record ScoredPlan(Plan plan, ProgressLog log, List<Scorecard> scorecards) {

    /**
     * Checks that the scorecards are of this plan and in strictly increasing date order.
     *
     * @throws IllegalArgumentException when they are not, or when there is none
     *
     * @param plan       the plan scored (with any goal sheet applied)
     * @param log        the progress log it was scored on
     * @param scorecards the scorecards, one per period, in date order; at least one
     */
    public ScoredPlan {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(log, "log");
        scorecards = List.copyOf(scorecards);
        if (scorecards.isEmpty()) {
            throw new IllegalArgumentException("a report needs at least one scorecard");
        }
        if (!log.planId().equals(plan.id())) {
            throw new IllegalArgumentException("the progress log is of plan " + log.planId() + ", not " + plan.id());
        }
        LocalDate previous = null;
        for (Scorecard c : scorecards) {
            if (!c.planId().equals(plan.id())) {
                throw new IllegalArgumentException("the scorecard as of " + c.asOf() + " is of plan " + c.planId()
                        + ", not " + plan.id());
            }
            if (previous != null && !c.asOf().isAfter(previous)) {
                throw new IllegalArgumentException("scorecards must be in date order, each after the one before ("
                        + c.asOf() + " follows " + previous + ")");
            }
            previous = c.asOf();
        }
    }

    /**
     * Returns the inputs of a report on one scorecard, with no earlier periods.
     *
     * @param plan the plan
     * @param log  the progress log
     * @param card the scorecard
     * @return the inputs
     */
    public static ScoredPlan of(Plan plan, ProgressLog log, Scorecard card) {
        return new ScoredPlan(plan, log, List.of(card));
    }

    /**
     * Returns the inputs of a report on the last of several scorecards.
     *
     * @param plan  the plan
     * @param log   the progress log
     * @param cards the scorecards of consecutive periods, oldest first
     * @return the inputs
     */
    public static ScoredPlan of(Plan plan, ProgressLog log, List<Scorecard> cards) {
        return new ScoredPlan(plan, log, cards);
    }

    /**
     * Returns the inputs of a report on a plan scored with its values rolled up from its units (汇总): the
     * roll-up's scorecard, in which each broken-down target shows its units' shares under it (each scored
     * like a target, with the roll-up and how many units reported), and the log with the rolled-up values.
     * The reports of this package then show the shares as rows under their target.
     *
     * <pre>{@code
     * String html = ScorecardReport.html(ScoredPlan.of(plan, RollUp.standard().score(plan, log, asOf)), settings);
     * }</pre>
     *
     * @param plan     the plan, with its breakdowns
     * @param rolledUp the plan scored by {@link io.github.policyplan.rollup.RollUp#score}
     * @return the inputs
     */
    public static ScoredPlan of(Plan plan, io.github.policyplan.rollup.RolledUp rolledUp) {
        return new ScoredPlan(plan, rolledUp.log(), List.of(rolledUp.scorecard()));
    }

    /**
     * Returns the scorecard reported: the last.
     *
     * @return the scorecard
     */
    public Scorecard current() {
        return scorecards.get(scorecards.size() - 1);
    }

    /**
     * Returns the date reported.
     *
     * @return the current scorecard's date
     */
    public LocalDate asOf() {
        return current().asOf();
    }
}
