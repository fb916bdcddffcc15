package io.github.policyplan.scoring;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * How many targets below a node have each status: "12 targets: 7 on track, 2 at risk, 1 no data, 2
 * unset".
 *
 * <p>Immutable and thread-safe.
 */
public final class StatusCounts {

    private final Map<Status, Integer> counts;

    private StatusCounts(Map<Status, Integer> counts) {
        this.counts = Collections.unmodifiableMap(counts);
    }

    private static final Status[] STATUSES = Status.values();
    /** The counts of one target of each status, shared. */
    private static final StatusCounts[] ONE = new StatusCounts[STATUSES.length];

    static {
        for (Status s : STATUSES) {
            Map<Status, Integer> m = new EnumMap<>(Status.class);
            m.put(s, 1);
            ONE[s.ordinal()] = new StatusCounts(m);
        }
    }

    static StatusCounts of(Status status) {
        return ONE[status.ordinal()];
    }

    /** The counts from an array indexed by {@link Status#ordinal()}; statuses counted 0 are left out. */
    static StatusCounts of(int[] byOrdinal) {
        Map<Status, Integer> m = new EnumMap<>(Status.class);
        for (int i = 0; i < byOrdinal.length; i++) {
            if (byOrdinal[i] > 0) {
                m.put(STATUSES[i], byOrdinal[i]);
            }
        }
        return new StatusCounts(m);
    }

    static StatusCounts sum(Iterable<StatusCounts> parts) {
        Map<Status, Integer> m = new EnumMap<>(Status.class);
        for (StatusCounts p : parts) {
            p.counts.forEach((k, v) -> m.merge(k, v, Integer::sum));
        }
        return new StatusCounts(m);
    }

    /**
     * Returns how many targets have a status.
     *
     * @param status the status
     * @return the count, 0 when none
     */
    public int count(Status status) {
        return counts.getOrDefault(status, 0);
    }

    /**
     * Returns how many targets there are in all.
     *
     * @return the total
     */
    public int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * Returns the counts of the statuses that occur, in the order of {@link Status}.
     *
     * @return an unmodifiable map
     */
    public Map<Status, Integer> asMap() {
        return counts;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StatusCounts && ((StatusCounts) o).counts.equals(counts);
    }

    @Override
    public int hashCode() {
        return counts.hashCode();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder().append(total()).append(" targets");
        counts.forEach((k, v) -> sb.append(", ").append(v).append(' ').append(k.english()));
        return sb.toString();
    }
}
