package io.github.policyplan.core;

import java.util.List;
import java.util.Objects;

/**
 * What a lenient read returns: the value, and notes on the forms it accepted although they are not
 * the canonical ones (a full-width colon after a key, {@code 8%} for a number, {@code 2023年底} for a
 * date), each located like a problem, so that an application can show them and the file can be
 * tidied.
 *
 * <p>Immutable and thread-safe; no component is null.
 *
 * @param value the value read
 * @param notes the notes, in document order; empty when the input was canonical
 * @param <T>   the value's type
 */
public record Loaded<T>(T value, List<Problem> notes) {

    /**
     * Copies the notes.
     *
     * @param value the value read
     * @param notes the notes, in document order; empty when the input was canonical
     */
    public Loaded {
        Objects.requireNonNull(value, "value");
        notes = List.copyOf(notes);
    }
}
