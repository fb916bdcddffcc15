package io.github.policyplan.scoring;

import io.github.policyplan.core.PolicyPlanException;

/**
 * Thrown when a scoring rule fails or returns what it must not (a score that is not a number, below
 * zero or above its cap). It names the rule and the target.
 */
public final class ScoringException extends PolicyPlanException {

    private static final long serialVersionUID = 1L;

    /** The rule's name. */
    private final String rule;
    /** The target's id. */
    private final String target;

    /**
     * Creates the exception.
     *
     * @param rule    the rule's name
     * @param target  the target's id
     * @param message what went wrong
     * @param cause   the rule's own exception, or null
     */
    public ScoringException(String rule, String target, String message, Throwable cause) {
        super("scoring rule '" + rule + "' failed on target " + target + ": " + message, cause);
        this.rule = rule;
        this.target = target;
    }

    /**
     * Returns the rule's name.
     *
     * @return the name
     */
    public String rule() {
        return rule;
    }

    /**
     * Returns the target's id.
     *
     * @return the id
     */
    public String target() {
        return target;
    }
}
