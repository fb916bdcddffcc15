package io.github.policyplan.model;

import java.util.Objects;

/**
 * One problem found while constructing a model value: the path of the offending field, relative
 * to the value being constructed ({@code checkpoints[1].date}, or {@code ""} for the value
 * itself), and what is wrong.
 *
 * <p>Immutable and thread-safe.
 *
 * @param path    the field's path relative to the value being built, {@code ""} for the value itself; not null
 * @param message what is wrong, naming the bad value; not null
 */
public record Violation(String path, String message) {

    /** Checks the components. */
    public Violation {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    /**
     * Returns this violation with its path placed under a parent path.
     *
     * @param parent the parent's path, such as {@code sections[0].items[1]}
     * @return the violation with the joined path
     */
    public Violation under(String parent) {
        return new Violation(Paths.join(parent, path), message);
    }

    @Override
    public String toString() {
        return path.isEmpty() ? message : path + ": " + message;
    }
}
