package io.github.policyplan.model;

/**
 * How firmly a plan commits to a target, as its verb shows: 确保 is a promise, 力争 a push,
 * 争取 an aim.
 */
public enum Commitment {
    /** 确保: must be achieved. */
    MUST("must", "确保"),
    /** 力争: strive to achieve; the usual verb of a plan. */
    STRIVE("strive", "力争"),
    /** 争取: aim for; achieving it is a success, missing it is not a failure. */
    AIM("aim", "争取");

    private final String code;
    private final String chinese;

    Commitment(String code, String chinese) {
        this.code = code;
        this.chinese = chinese;
    }

    /**
     * Returns the stable name used in plan files.
     *
     * @return the code, such as {@code must}
     */
    public String code() {
        return code;
    }

    /**
     * Returns the Chinese verb.
     *
     * @return the verb, such as {@code 确保}
     */
    public String chinese() {
        return chinese;
    }
}
