package io.github.policyplan.plans;

import io.github.policyplan.core.InputException;
import io.github.policyplan.core.Problem;
import java.util.List;

/**
 * Thrown when a plan file has problems (a goal sheet's are a {@link GoalSheetException}). It carries every problem found, each
 * with file, line, column and plan path; nothing of the file is loaded.
 *
 * <pre>{@code
 * try {
 *     Plans.read(path);
 * } catch (PlanException e) {
 *     e.problems().forEach(System.err::println);  // county.yaml:41:9: sections[0]…lead: unknown department 'kjj' (did you mean 'kj'?)
 * }
 * }</pre>
 */
public final class PlanException extends InputException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param what     what was read: {@code plan}
     * @param source   the source name
     * @param problems the problems kept, at least one
     * @param total    how many were found in all
     */
    public PlanException(String what, String source, List<Problem> problems, int total) {
        super(what, source, problems, total);
    }
}
