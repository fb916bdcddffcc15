package io.github.policyplan.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One problem found while constructing a model value: the path of the offending field, relative
 * to the value being constructed ({@code checkpoints[1].date}, or {@code ""} for the value
 * itself), what is wrong, and the likely fix when there is one ({@code did you mean direction: lower?}).
 * The hint is data: a reader that reports the violation with a file location passes it on as the
 * problem's hint, never taking it back out of the message.
 *
 * <p>Immutable and thread-safe.
 *
 * @param path    the field's path relative to the value being built, {@code ""} for the value itself; not null
 * @param message what is wrong, naming the bad value; not null
 * @param hint    the likely fix, if there is one; not null
 */
public record Violation(String path, String message, Optional<String> hint) {

    /**
     * Checks the components.
     *
     * @param path    the field's path relative to the value being built, {@code ""} for the value itself; not null
     * @param message what is wrong, naming the bad value; not null
     * @param hint    the likely fix, if there is one; not null
     */
    public Violation {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(hint, "hint");
    }

    /**
     * Creates a violation without a hint.
     *
     * @param path    the field's path relative to the value being built, {@code ""} for the value itself
     * @param message what is wrong, naming the bad value
     */
    public Violation(String path, String message) {
        this(path, message, Optional.empty());
    }

    /**
     * Returns this violation with its path placed under a parent path.
     *
     * @param parent the parent's path, such as {@code sections[0].items[1]}
     * @return the violation with the joined path
     */
    public Violation under(String parent) {
        return new Violation(Paths.join(parent, path), message, hint);
    }

    /**
     * Returns the violation as {@code path: message (hint)}, the path left out when it is empty and the
     * hint when there is none.
     *
     * @return the text
     */
    @Override
    public String toString() {
        String text = hint.map(h -> message + " (" + h + ")").orElse(message);
        return path.isEmpty() ? text : path + ": " + text;
    }
}
