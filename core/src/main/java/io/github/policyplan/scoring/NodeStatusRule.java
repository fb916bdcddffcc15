package io.github.policyplan.scoring;

/**
 * How the status of a plan, section or item follows from the targets below it. Whatever the rule, a
 * node whose targets are all unset is {@link Status#UNSET}, one whose targets are all achieved (or
 * unset) is {@link Status#ACHIEVED}, and one without a score is {@link Status#NO_DATA} when a target
 * below has no data, else {@link Status#NOT_STARTED}. The rules differ for a node with a score:
 * <ul>
 *   <li>{@link #BY_SCORE}: its score read as a pace ({@link StatusThresholds});</li>
 *   <li>{@link #WORST_TARGET}: the worst status of a judged target below it, in the order missed,
 *       off track, at risk, on track, achieved;</li>
 *   <li>{@link #NOT_ON_TRACK_WHEN_ANY_BEHIND} (the default): by score, but never on track while a target
 *       below it is missed or off track: such a node is at risk at best.</li>
 * </ul>
 * A node's explanation names the rule's reason and counts its targets' statuses. Choose the rule with
 * {@link Scoring#withNodeStatus}.
 */
public enum NodeStatusRule {
    /** The score read as a pace: the rule of 0.1.0. */
    BY_SCORE,
    /** The worst status of a judged target below the node. */
    WORST_TARGET,
    /** By score, but at risk at best while a target below is missed or off track (the default). */
    NOT_ON_TRACK_WHEN_ANY_BEHIND;

    private static final Status[] WORST_FIRST = {Status.MISSED, Status.OFF_TRACK, Status.AT_RISK, Status.ON_TRACK,
        Status.ACHIEVED};

    /**
     * The status of a node under this rule: the one decision, used by scoring and by the words.
     *
     * @param thresholds the pace thresholds
     * @param score      the node's score, NaN when it has none
     * @param scale      what a full score is
     * @param counts     how many targets below have each status, by {@link Status#ordinal()}
     */
    Status decide(StatusThresholds thresholds, double score, double scale, int[] counts) {
        int total = 0;
        for (int c : counts) {
            total += c;
        }
        int unset = counts[Status.UNSET.ordinal()];
        if (total > 0 && unset == total) {
            return Status.UNSET;
        }
        if (total > 0 && counts[Status.ACHIEVED.ordinal()] + unset == total) {
            return Status.ACHIEVED;
        }
        if (Double.isNaN(score)) {
            return counts[Status.NO_DATA.ordinal()] > 0 ? Status.NO_DATA : Status.NOT_STARTED;
        }
        Status byScore = thresholds.of(score / scale);
        return switch (this) {
            case BY_SCORE -> byScore;
            case WORST_TARGET -> worst(counts, byScore);
            case NOT_ON_TRACK_WHEN_ANY_BEHIND -> byScore == Status.ON_TRACK && behind(counts) > 0 ? Status.AT_RISK
                    : byScore;
        };
    }

    /** How many targets are missed or off track. */
    static int behind(int[] counts) {
        return counts[Status.MISSED.ordinal()] + counts[Status.OFF_TRACK.ordinal()];
    }

    private static Status worst(int[] counts, Status otherwise) {
        for (Status s : WORST_FIRST) {
            if (counts[s.ordinal()] > 0) {
                return s;
            }
        }
        return otherwise;
    }
}
