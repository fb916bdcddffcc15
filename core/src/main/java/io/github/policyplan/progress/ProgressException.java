package io.github.policyplan.progress;

import io.github.policyplan.core.InputException;
import io.github.policyplan.core.Problem;
import java.util.List;

/**
 * Thrown when a progress file has problems. It carries every problem found, each with file, line,
 * column and path ({@code reports[3].value}); nothing of the file is loaded, not even its good
 * reports.
 *
 * <pre>{@code
 * try {
 *     Progress.read(path, plan);
 * } catch (ProgressException e) {
 *     e.problems().forEach(System.err::println);  // 2023.csv:4:14: reports[2].value: expected a number, found the text '12亿元' (…)
 * }
 * }</pre>
 */
public final class ProgressException extends InputException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception; its message begins {@code progress file SOURCE has N problems:}.
     *
     * @param source   the source name
     * @param problems the problems kept, at least one
     * @param total    how many were found in all
     */
    public ProgressException(String source, List<Problem> problems, int total) {
        super("progress file", source, problems, total);
    }
}
