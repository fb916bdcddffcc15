package io.github.policyplan.plans;

import io.github.policyplan.core.InputException;
import io.github.policyplan.core.Problem;
import java.util.List;

/**
 * Thrown when a goal sheet has problems. It carries every problem found, each with file, line,
 * column and path ({@code goals.s1.i1.t1}); nothing of the sheet is loaded.
 *
 * <pre>{@code
 * try {
 *     GoalSheets.read(path, plan);
 * } catch (GoalSheetException e) {
 *     e.problems().forEach(System.err::println);  // sheet.yaml:4:13: goals.s1.i1.t9: unknown target 's1.i1.t9' (did you mean 's1.i1.t1'?)
 * }
 * }</pre>
 */
public final class GoalSheetException extends InputException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception; its message begins {@code goal sheet SOURCE has N problems:}.
     *
     * @param source   the source name
     * @param problems the problems kept, at least one
     * @param total    how many were found in all
     */
    public GoalSheetException(String source, List<Problem> problems, int total) {
        super("goal sheet", source, problems, total);
    }
}
