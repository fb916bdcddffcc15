package io.github.policyplan.assessment;

import io.github.policyplan.core.InputException;
import io.github.policyplan.core.Problem;
import java.util.List;

/**
 * Thrown when an assessment scheme has problems. It carries every problem found, each with file,
 * line, column and path ({@code adjustments[1].date}); nothing of the scheme is loaded.
 *
 * <pre>{@code
 * try {
 *     Assessments.read(path, plan);
 * } catch (SchemeException e) {
 *     e.problems().forEach(System.err::println);  // contest.yaml:12:5: pools[1].units[0]: unknown unit 'kjj' (did you mean 'kj'?)
 * }
 * }</pre>
 */
public final class SchemeException extends InputException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception; its message begins {@code assessment scheme SOURCE has N problems:}.
     *
     * @param source   the source name
     * @param problems the problems kept, at least one
     * @param total    how many were found in all
     */
    public SchemeException(String source, List<Problem> problems, int total) {
        super("assessment scheme", source, problems, total);
    }
}
