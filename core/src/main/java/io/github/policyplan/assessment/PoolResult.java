package io.github.policyplan.assessment;

import java.util.List;
import java.util.Objects;

/**
 * A pool's results: its units in rank order (tied units by id; unranked units last, by id), and the
 * red and black lists.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id        the pool's id
 * @param name      its name
 * @param ranking   the units in rank order
 * @param redList   the ids of the units on the red list (红榜), best first
 * @param blackList the ids of the units on the black list (黑榜), worst first
 */
public record PoolResult(String id, String name, List<UnitResult> ranking, List<String> redList,
        List<String> blackList) {

    /**
     * Copies the lists.
     *
     * @param id        the pool's id
     * @param name      its name
     * @param ranking   the units in rank order
     * @param redList   the ids of the units on the red list (红榜), best first
     * @param blackList the ids of the units on the black list (黑榜), worst first
     */
    public PoolResult {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        ranking = List.copyOf(ranking);
        redList = List.copyOf(redList);
        blackList = List.copyOf(blackList);
    }

    /**
     * Returns a unit's result.
     *
     * @param unit the unit's id
     * @return the result
     * @throws IllegalArgumentException when the unit is not in this pool
     */
    public UnitResult unit(String unit) {
        return ranking.stream().filter(u -> u.unit().equals(unit)).findFirst().orElseThrow(
                () -> new IllegalArgumentException("pool " + id + " has no unit '" + unit + "'"));
    }
}
