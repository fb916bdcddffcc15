package io.github.policyplan.scoring;

/**
 * How likely a target is to be met by its due date, from its trend: the categories of the UN
 * Statistics Division's SDG progress chart.
 */
public enum Likelihood {
    /** The projection reaches at least the on-track share of what is required (default 95%). */
    ON_TRACK("on track", "有望完成"),
    /** Moving the right way, but too slowly: at least the acceleration share (default 10%). */
    NEEDS_ACCELERATION("needs acceleration", "需加快进度"),
    /** Hardly moving: below the acceleration share, but not moving away from the goal. */
    STAGNATING("stagnating", "停滞不前"),
    /** Moving away from the goal. */
    REGRESSING("regressing", "倒退");

    private final String english;
    private final String chinese;

    Likelihood(String english, String chinese) {
        this.english = english;
        this.chinese = chinese;
    }

    /**
     * Returns the English name.
     *
     * @return the name
     */
    public String english() {
        return english;
    }

    /**
     * Returns the Chinese name.
     *
     * @return the name
     */
    public String chinese() {
        return chinese;
    }

    /**
     * Returns the stable code used in JSON, such as {@code needs-acceleration}.
     *
     * @return the code
     */
    public String code() {
        return english.replace(' ', '-');
    }
}
