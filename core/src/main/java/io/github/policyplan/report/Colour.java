package io.github.policyplan.report;

/**
 * The colour of a supervision notice (三色督办), mildest first: blue when the due date is near and the
 * goal not met, yellow or orange (the {@link SupervisionRules#middle() middle colour} an office uses)
 * when behind the schedule, red when overdue.
 */
public enum Colour {
    /** 蓝色督办: the due date is near and the goal is not met. */
    BLUE("blue", "蓝色", "#2b6cc4"),
    /** 黄色督办: behind the schedule (序时进度). */
    YELLOW("yellow", "黄色", "#f2c500"),
    /** 橙色督办: behind the schedule, for offices that call the middle colour orange. */
    ORANGE("orange", "橙色", "#f08a00"),
    /** 红色督办: the due date has passed and the goal is not met. */
    RED("red", "红色", "#d7301f");

    private final String english;
    private final String chinese;
    private final String rgb;

    Colour(String english, String chinese, String rgb) {
        this.english = english;
        this.chinese = chinese;
        this.rgb = rgb;
    }

    /**
     * Returns the English name.
     *
     * @return such as {@code red}
     */
    public String english() {
        return english;
    }

    /**
     * Returns the Chinese name.
     *
     * @return such as {@code 红色}
     */
    public String chinese() {
        return chinese;
    }

    /**
     * Returns the colour printed, as CSS writes it.
     *
     * @return such as {@code #d7301f}
     */
    public String rgb() {
        return rgb;
    }

    String in(Language lang) {
        return lang == Language.CHINESE ? chinese : english;
    }
}
