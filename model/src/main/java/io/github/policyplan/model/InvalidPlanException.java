package io.github.policyplan.model;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown by a model constructor that finds one or more problems; it carries all of them.
 *
 * <p>A plan read from a file never reaches this exception: the reader reports the same problems
 * with file, line and column. It is what code that builds a plan in Java sees.
 *
 * <p><b>Why it is not a {@code PolicyPlanException}.</b> The library's exceptions for bad input
 * (plans, goal sheets, progress files and schemes, each an {@code InputException} under
 * {@code io.github.policyplan.core.PolicyPlanException}) live in {@code policyplan-core}; this module
 * has no dependency at all, so it cannot extend them. And a model value built in Java with a wrong
 * component is a mistake of the calling code, which gets a JDK exception: this one is an
 * {@link IllegalArgumentException} that lists every problem.
 */
public final class InvalidPlanException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The problems; an unmodifiable list. */
    private final transient List<Violation> violations;

    /**
     * Creates the exception.
     *
     * @param violations every problem found, at least one; not null
     */
    public InvalidPlanException(List<Violation> violations) {
        super(violations.stream().map(Violation::toString).collect(Collectors.joining("; ")));
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("an InvalidPlanException needs at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    /**
     * Returns every problem found.
     *
     * @return the violations, in the order they were found; not empty
     */
    public List<Violation> violations() {
        return violations;
    }
}
