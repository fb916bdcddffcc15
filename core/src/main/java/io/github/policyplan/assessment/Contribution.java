package io.github.policyplan.assessment;

import io.github.policyplan.scoring.Status;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One target (or peer metric) behind a unit's score: its role, the weight it counts with, and its
 * score.
 *
 * <p>Immutable and thread-safe; no component is null.
 *
 * @param id     the target's id, or the peer metric's id
 * @param title  its title
 * @param role   lead, cooperating, assigned or peer
 * @param weight the weight it counts with in the unit's score
 * @param score  its score, if it has one
 * @param status the target's status (for a peer metric, that of the unit's own target)
 * @param note   how the score was reached, for peer metrics (rank and points); else empty
 */
public record Contribution(String id, String title, Role role, double weight, OptionalDouble score, Status status,
        String note) {

    /**
     * Checks the components.
     *
     * @param id     the target's id, or the peer metric's id
     * @param title  its title
     * @param role   lead, cooperating, assigned or peer
     * @param weight the weight it counts with in the unit's score
     * @param score  its score, if it has one
     * @param status the target's status (for a peer metric, that of the unit's own target)
     * @param note   how the score was reached, for peer metrics (rank and points); else empty
     */
    public Contribution {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(note, "note");
    }
}
