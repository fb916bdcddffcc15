package io.github.policyplan.core;

import java.util.List;

/**
 * Thrown when an input (a plan, a goal sheet, a progress file) has problems. It carries every
 * problem found, in document order; nothing from such an input is ever loaded.
 */
public class InputException extends PolicyPlanException {

    private static final long serialVersionUID = 1L;

    /** How many problems the message lists before it says how many more there are. */
    private static final int LISTED = 20;

    /** The problems; an unmodifiable list. */
    private final transient List<Problem> problems;

    /** How many problems there were in all, at least {@code problems.size()}. */
    private final int total;

    /**
     * Creates the exception.
     *
     * @param what     what was read, such as {@code plan}
     * @param source   the source name
     * @param problems the problems found, at least one
     * @param total    how many problems there were in all, when more were found than kept
     */
    public InputException(String what, String source, List<Problem> problems, int total) {
        super(message(what, source, problems, total));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an InputException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
        this.total = Math.max(total, problems.size());
    }

    private static String message(String what, String source, List<Problem> problems, int total) {
        int all = Math.max(total, problems.size());
        StringBuilder sb = new StringBuilder();
        sb.append(what).append(' ').append(source).append(" has ").append(all)
                .append(all == 1 ? " problem:" : " problems:");
        for (int i = 0; i < Math.min(LISTED, problems.size()); i++) {
            sb.append('\n').append(problems.get(i));
        }
        if (all > Math.min(LISTED, problems.size())) {
            sb.append("\n… and ").append(all - Math.min(LISTED, problems.size())).append(" more");
        }
        return sb.toString();
    }

    /** The warnings the read found too, in document order; empty until the reader attaches them. */
    private transient List<Problem> warnings = List.of();

    /**
     * Attaches the warnings the read found besides its problems (a trailing ideographic space on an earlier
     * row), so that the message shows them after the problems and the clerk meets them in the same round.
     * The reader that throws calls this once, before throwing.
     *
     * @param found the warnings, in document order, as many as the reader keeps
     * @return this exception
     */
    public InputException withWarnings(List<Problem> found) {
        this.warnings = List.copyOf(found);
        return this;
    }

    /**
     * Returns the warnings found besides the problems, in document order; such a warning would be returned
     * with the value had the input had no problem.
     *
     * @return an unmodifiable list, empty when there were none
     */
    public List<Problem> warnings() {
        return warnings;
    }

    /**
     * Returns the message: the problems, then the warnings, each marked {@code warning:} as the validator
     * prints them; at most 20 of each are listed.
     *
     * @return the message
     */
    @Override
    public String getMessage() {
        if (warnings.isEmpty()) {
            return super.getMessage();
        }
        StringBuilder sb = new StringBuilder(super.getMessage());
        sb.append('\n').append(warnings.size()).append(warnings.size() == 1 ? " warning:" : " warnings:");
        for (int i = 0; i < Math.min(LISTED, warnings.size()); i++) {
            sb.append('\n').append(warnings.get(i).asWarning());
        }
        if (warnings.size() > LISTED) {
            sb.append("\n… and ").append(warnings.size() - LISTED).append(" more");
        }
        return sb.toString();
    }

    /**
     * Returns the problems kept, in document order.
     *
     * @return an unmodifiable, non-empty list
     */
    public List<Problem> problems() {
        return problems;
    }

    /**
     * Returns how many problems were found in all; more than {@code problems().size()} when the
     * reader stopped keeping them at its limit.
     *
     * @return the total count
     */
    public int totalProblems() {
        return total;
    }
}
