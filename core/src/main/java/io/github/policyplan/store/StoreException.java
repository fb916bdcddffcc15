package io.github.policyplan.store;

import io.github.policyplan.core.InputException;
import io.github.policyplan.core.Problem;
import java.util.List;

/**
 * Thrown when what a store holds cannot be read back: a journal line that does not parse, a row
 * whose report does not fit the plan. Every problem is located — in a journal by line and column, in a
 * table by the row's sequence number as the line — and nothing is loaded.
 *
 * <pre>{@code
 * try (Journal journal = Journal.open(path, plan)) {
 *     ProgressLog log = journal.progress();
 * } catch (StoreException e) {
 *     e.problems().forEach(System.err::println);   // county.jsonl:41:57: reports[0].value: expected a number, …
 * }
 * }</pre>
 */
public final class StoreException extends InputException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception; its message begins {@code WHAT SOURCE has N problems:}.
     *
     * @param what     what was read: {@code journal}, {@code table}
     * @param source   its name: the file, the table
     * @param problems the problems kept, at least one
     * @param total    how many were found in all
     */
    public StoreException(String what, String source, List<Problem> problems, int total) {
        super(what, source, problems, total);
    }
}
