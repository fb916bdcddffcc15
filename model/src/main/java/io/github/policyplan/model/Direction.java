package io.github.policyplan.model;

/** Which way a measure improves. */
public enum Direction {
    /** More is better: output, investment, enterprises certified. */
    HIGHER_IS_BETTER("higher", "越高越好"),
    /** Less is better: energy intensity, a rank among peers (1st is best). */
    LOWER_IS_BETTER("lower", "越低越好"),
    /** Inside a band is best ("控制在…以内", "保持在…之间"): the goal is a band. */
    WITHIN_BAND("within", "保持区间");

    private final String code;
    private final String chinese;

    Direction(String code, String chinese) {
        this.code = code;
        this.chinese = chinese;
    }

    /**
     * Returns the stable name used in plan files.
     *
     * @return the code, such as {@code lower}
     */
    public String code() {
        return code;
    }

    /**
     * Returns the Chinese name.
     *
     * @return the name, such as {@code 越低越好}
     */
    public String chinese() {
        return chinese;
    }
}
