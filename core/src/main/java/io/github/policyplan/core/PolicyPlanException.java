package io.github.policyplan.core;

/**
 * The root of every exception policyplan throws on its own account. Mistakes of the calling code
 * (a null argument, an invalid value built in Java) are plain JDK exceptions instead, and
 * {@link java.io.IOException} stays checked.
 */
public class PolicyPlanException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what went wrong
     */
    public PolicyPlanException(String message) {
        super(message);
    }

    /**
     * Creates the exception with a cause.
     *
     * @param message what went wrong
     * @param cause   the underlying exception
     */
    public PolicyPlanException(String message, Throwable cause) {
        super(message, cause);
    }
}
