package io.github.policyplan.core;

import java.util.List;
import java.util.Objects;

/**
 * What a lenient read returns: the value; notes on the forms it accepted although they are not the
 * canonical ones (a full-width colon after a key, {@code 8%} for a number, {@code 2023年底} for a
 * date); and warnings on input that is legal but almost surely wrong (a name with a trailing space,
 * running totals that fall, an empty pool). Each is located like a problem, so that an application
 * can show them and the file can be tidied. A warning is never thrown; a reader made
 * {@code withStrict(true)} refuses such an input instead, each warning a problem.
 *
 * <p>Immutable and thread-safe; no component is null.
 *
 * @param value    the value read
 * @param notes    the notes, in document order; empty when the input was canonical
 * @param warnings the warnings, in document order; empty when nothing looked wrong
 * @param <T>      the value's type
 */
public record Loaded<T>(T value, List<Problem> notes, List<Problem> warnings) {

    /**
     * Copies the notes and warnings.
     *
     * @param value    the value read
     * @param notes    the notes, in document order; empty when the input was canonical
     * @param warnings the warnings, in document order; empty when nothing looked wrong
     */
    public Loaded {
        Objects.requireNonNull(value, "value");
        notes = List.copyOf(notes);
        warnings = List.copyOf(warnings);
    }

    /**
     * Makes a value read without warnings.
     *
     * @param value the value read
     * @param notes the notes, in document order
     */
    public Loaded(T value, List<Problem> notes) {
        this(value, notes, List.of());
    }
}
