package io.github.policyplan.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A revision of a plan (目标调整): a change decided on one day, in force from another, with its reason
 * and the document that decided it (会议纪要、文件号). Scoring at a date uses the plan with every
 * revision in force then (effective on or before it) and, in a replay as known on a day, decided by
 * then.
 *
 * <pre>{@code
 * Revision r = new Revision("r1", "s1.i1.t1", LocalDate.of(2023, 7, 1), LocalDate.of(2023, 7, 10),
 *         "受市场影响下调", Optional.of("县常委会会议纪要〔2023〕12号"), new Revision.NewGoal(Goal.of(8)));
 * }</pre>
 *
 * <p>Immutable and thread-safe; no component is null.
 *
 * @param id        the revision's id, unique among a plan's revisions
 * @param target    the id of the target changed (for {@link Added}, the new target's id)
 * @param effective the day the change takes effect
 * @param decided   the day it was decided; a replay as known before this day does not see it
 * @param reason    why, in the words of the decision; not blank
 * @param reference the meeting minutes or document number, if any
 * @param change    what changes
 */
public record Revision(String id, String target, LocalDate effective, LocalDate decided, String reason,
        Optional<String> reference, Change change) {

    /**
     * Checks the components.
     *
     * @param id        the revision's id, unique among a plan's revisions
     * @param target    the id of the target changed (for {@link Added}, the new target's id)
     * @param effective the day the change takes effect
     * @param decided   the day it was decided
     * @param reason    why; not blank
     * @param reference the meeting minutes or document number, if any
     * @param change    what changes
     */
    public Revision {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(effective, "effective");
        Objects.requireNonNull(decided, "decided");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(change, "change");
        if (id.isBlank() || target.isBlank()) {
            throw new IllegalArgumentException("a revision must have an id and name its target (was '" + id
                    + "', '" + target + "')");
        }
        if (reason.isBlank()) {
            throw new IllegalArgumentException("revision " + id + " must give its reason");
        }
        if (change instanceof NewBreakdown nb && !nb.breakdown().target().equals(target)) {
            throw new IllegalArgumentException("revision " + id + " gives a breakdown of " + nb.breakdown().target()
                    + " but names target " + target);
        }
        if (change instanceof Added && !((Added) change).definition().id().equals(target)) {
            throw new IllegalArgumentException("revision " + id + " adds target " + ((Added) change).definition().id()
                    + " but names target " + target);
        }
    }

    /**
     * What a revision changes.
     */
    public sealed interface Change permits NewGoal, NewDue, Added, Withdrawn, NewBreakdown {
        /**
         * Returns the change's kind as it is written in revision files.
         *
         * @return {@code goal}, {@code due}, {@code add}, {@code withdraw} or {@code breakdown}
         */
        String kind();
    }

    /**
     * The goal raised or lowered (or set, or unset).
     *
     * @param goal the goal from the effective date on
     */
    public record NewGoal(Goal goal) implements Change {
        /**
         * Checks the goal.
         *
         * @param goal the goal from the effective date on
         */
        public NewGoal {
            Objects.requireNonNull(goal, "goal");
        }

        @Override
        public String kind() {
            return "goal";
        }
    }

    /**
     * The due date moved.
     *
     * @param due the due date from the effective date on
     */
    public record NewDue(LocalDate due) implements Change {
        /**
         * Checks the date.
         *
         * @param due the due date from the effective date on
         */
        public NewDue {
            Objects.requireNonNull(due, "due");
        }

        @Override
        public String kind() {
            return "due";
        }
    }

    /**
     * A target added to an item of the plan, at the end of its targets.
     *
     * @param item       the id of the item it is added to
     * @param definition the new target
     */
    public record Added(String item, Target definition) implements Change {
        /**
         * Checks the components.
         *
         * @param item       the id of the item it is added to
         * @param definition the new target
         */
        public Added {
            Objects.requireNonNull(item, "item");
            Objects.requireNonNull(definition, "definition");
        }

        @Override
        public String kind() {
            return "add";
        }
    }

    /**
     * The target withdrawn: from the effective date on it is no longer part of the plan and not scored.
     */
    public record Withdrawn() implements Change {
        @Override
        public String kind() {
            return "withdraw";
        }
    }

    /**
     * The target's breakdown (目标任务分解) replaced: from the effective date on, these units deliver it
     * with these goals, in place of the breakdown it had (or none).
     *
     * @param breakdown the breakdown in force from the effective date; its target is the revision's
     */
    public record NewBreakdown(Breakdown breakdown) implements Change {
        /**
         * Checks the breakdown.
         *
         * @param breakdown the breakdown in force from the effective date
         */
        public NewBreakdown {
            Objects.requireNonNull(breakdown, "breakdown");
        }

        @Override
        public String kind() {
            return "breakdown";
        }
    }
}
