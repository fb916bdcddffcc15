package io.github.policyplan.progress;

import io.github.policyplan.core.PolicyPlanException;
import io.github.policyplan.model.Report;
import java.util.List;

/**
 * Thrown when reports added to a {@link ProgressLog} ({@link ProgressLog#plus(Report) plus},
 * {@link ProgressLog#merge merge}) give one target two different values as of one date. A log keeps
 * one report per target and date: to replace one, call {@link ProgressLog#correct(Report)}.
 *
 * <pre>{@code
 * try {
 *     log = log.plus(report);
 * } catch (ReportConflictException e) {
 *     log = log.correct(report);   // the later value wins
 * }
 * }</pre>
 *
 * <p>Unlike {@link ProgressException}, which locates the problems of a file, a conflict has no line
 * and column: it comes from reports built in Java. The message lists every conflict, one a line.
 */
public final class ReportConflictException extends PolicyPlanException {

    private static final long serialVersionUID = 1L;

    /** The conflicts, each as a sentence. */
    private final List<String> conflicts;

    /**
     * Creates the exception; its message begins {@code N conflict(s):}, then one conflict a line.
     *
     * @param conflicts each conflict as a sentence, such as
     *                  {@code conflicting reports for s1.i1.t1 as of 2023-06-30: 6 and 7 (in the log and reports[0])};
     *                  at least one
     */
    public ReportConflictException(List<String> conflicts) {
        super(conflicts.size() + (conflicts.size() == 1 ? " conflict" : " conflicts") + ":\n"
                + String.join("\n", conflicts));
        if (conflicts.isEmpty()) {
            throw new IllegalArgumentException("a ReportConflictException needs at least one conflict");
        }
        this.conflicts = List.copyOf(conflicts);
    }

    /**
     * Returns the conflicts, each as a sentence that names the target, the date and both values.
     *
     * @return an unmodifiable, non-empty list
     */
    public List<String> conflicts() {
        return conflicts;
    }
}
