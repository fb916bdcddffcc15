package io.github.policyplan.plans;

import io.github.policyplan.core.InputException;
import io.github.policyplan.core.Problem;
import java.util.List;

/**
 * A revisions file (目标调整) that cannot be read or does not fit its plan: every problem, located.
 */
public final class RevisionException extends InputException {

    private static final long serialVersionUID = 1L;

    /**
     * Makes the exception.
     *
     * @param source   the file
     * @param problems the problems kept
     * @param total    how many were found in all
     */
    public RevisionException(String source, List<Problem> problems, int total) {
        super("revisions file", source, problems, total);
    }
}
