package io.github.policyplan.core;

import java.util.Objects;
import java.util.Optional;

/**
 * One problem in an input file, located by source, line, column and the path inside the document.
 * Its {@link #toString()} is compiler-style and stable:
 * <pre>
 * plans/county.yaml:41:9: sections[0].items[2].targets[1].lead: unknown department 'kjj' (did you mean 'kj'?)
 * </pre>
 *
 * <p>Immutable and thread-safe; no component is null.
 *
 * @param source  the file name or source name the input was read from
 * @param line    the line, from 1
 * @param column  the column, from 1
 * @param path    the path inside the document, such as {@code sections[0].items[2].targets[1].lead};
 *                {@code ""} for the document as a whole
 * @param message what is wrong
 * @param hint    the likely fix, such as {@code did you mean 'kj'?}, if there is one
 */
public record Problem(String source, int line, int column, String path, String message, Optional<String> hint) {

    /**
     * Checks the components.
     *
     * @param source  the file name or source name the input was read from
     * @param line    the line, from 1
     * @param column  the column, from 1
     * @param path    the path inside the document, such as {@code sections[0].items[2].targets[1].lead}; {@code ""} for the document as a whole
     * @param message what is wrong
     * @param hint    the likely fix, such as {@code did you mean 'kj'?}, if there is one
     */
    public Problem {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(hint, "hint");
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column start at 1 (was " + line + ":" + column + ")");
        }
    }

    /**
     * Returns the line as a warning, as compilers print one:
     * {@code source:line:column: warning: path: message (hint)}. Readers return warnings as problems
     * ({@link Loaded#warnings()}); this marks them apart where both are printed.
     *
     * @return the compiler-style line, marked as a warning
     */
    public String asWarning() {
        String plain = toString();
        String location = source + ":" + line + ":" + column + ": ";
        return location + "warning: " + plain.substring(location.length());
    }

    /**
     * Returns the problem as {@code source:line:column: path: message (hint)}.
     *
     * @return the compiler-style line
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append(source).append(':').append(line).append(':').append(column).append(": ");
        if (!path.isEmpty()) {
            sb.append(path).append(": ");
        }
        sb.append(message);
        hint.ifPresent(h -> sb.append(" (").append(h).append(')'));
        return sb.toString();
    }
}
