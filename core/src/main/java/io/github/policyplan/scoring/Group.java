package io.github.policyplan.scoring;

import io.github.policyplan.model.Target;
import java.util.List;

/**
 * The numbers of one plan, section or item in a scorecard, with its targets' numbers held in
 * arrays: a scorecard is a tree of groups, and a {@link NodeScore} is a view of a group or of one of
 * its targets, made on request. Words (explanations, target details) are not held: a view writes them
 * from the plan and the log when asked.
 *
 * <p>Immutable once built (the arrays are never written after construction), so a rescore shares
 * every group it does not change.
 */
final class Group {

    final NodeKind kind;
    final String id;
    final String title;
    final double weight;
    final RollUps.RollUp rollUp;
    /** The index of the section (-1 for the plan) and of the item (-1 for the plan or a section). */
    final int section;
    final int item;
    /** The group's own targets (a section's headline targets, an item's targets), in plan order. */
    final List<Target> targets;
    /** The index in {@code plan.targets()} of the first of {@link #targets}. */
    final int firstTarget;
    /** Each target's score, NaN where it has none. */
    final double[] scores;
    /** Each target's status, by {@link Status#ordinal()}. */
    final byte[] statuses;
    /** The child groups: a plan's sections, a section's items; after the targets in plan order. */
    final Group[] groups;
    /** The roll-up's score (NaN for none), coverage and scale, and why it has a score or none. */
    final RollUps.Numbers numbers;
    final Status status;
    /** How many targets below have each status, by {@link Status#ordinal()}. */
    final int[] counts;

    Group(NodeKind kind, String id, String title, double weight, RollUps.RollUp rollUp, int section, int item,
            List<Target> targets, int firstTarget, double[] scores, byte[] statuses, Group[] groups,
            RollUps.Numbers numbers, Status status, int[] counts) {
        this.kind = kind;
        this.id = id;
        this.title = title;
        this.weight = weight;
        this.rollUp = rollUp;
        this.section = section;
        this.item = item;
        this.targets = targets;
        this.firstTarget = firstTarget;
        this.scores = scores;
        this.statuses = statuses;
        this.groups = groups;
        this.numbers = numbers;
        this.status = status;
        this.counts = counts;
    }

    /** The group's score, NaN when it has none. */
    double score() {
        return numbers.score();
    }

    /** The share of the group's weight that has a score. */
    double coverage() {
        return numbers.coverage();
    }

    /** How many children: targets, then groups. */
    int children() {
        return scores.length + groups.length;
    }
}
