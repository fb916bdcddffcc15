package io.github.policyplan.scoring;

/**
 * Where a target (or a node of the plan) stands at a date; the order of the constants is the order
 * reports list them in, and may grow. The thresholds that separate
 * {@link #ON_TRACK}, {@link #AT_RISK} and {@link #OFF_TRACK} live in one place,
 * {@link StatusThresholds}.
 */
public enum Status {
    /** The goal is met: for amounts built up, as soon as it is reached; otherwise at or after the due date. */
    ACHIEVED("achieved", "已完成"),
    /** Progress is at or above the on-track share of what is expected by now (default 95%). */
    ON_TRACK("on track", "正常推进"),
    /** Progress is at or above the at-risk share of what is expected (default 85%), but below on track. */
    AT_RISK("at risk", "存在风险"),
    /** Progress is below the at-risk share of what is expected. */
    OFF_TRACK("off track", "进度滞后"),
    /** The due date has passed and the goal is not met. */
    MISSED("missed", "未完成"),
    /** Nothing is expected yet at this date (before the schedule starts, or only judged at the due date). */
    NOT_STARTED("not started", "未到时序"),
    /** Something is expected, but no report is on file on or before the date. */
    NO_DATA("no data", "无数据"),
    /**
     * A report is on file, but the latest is older than the target's reporting cadence allows
     * ({@link io.github.policyplan.model.Plan#reportDue}): the target is neither achieved nor missed on it, nor
     * judged on track or behind; its score is the one that report gives. An amount that builds up and had
     * reached its goal by that report stays {@link #ACHIEVED}: running totals do not fall back.
     */
    STALE("stale", "数据过期"),
    /** The goal is not published (the source's {@code *}); the target is never scored. */
    UNSET("unset", "目标值未公布");

    private final String english;
    private final String chinese;

    Status(String english, String chinese) {
        this.english = english;
        this.chinese = chinese;
    }

    /**
     * Returns the English name.
     *
     * @return the name, such as {@code on track}
     */
    public String english() {
        return english;
    }

    /**
     * Returns the Chinese name.
     *
     * @return the name, such as {@code 正常推进}
     */
    public String chinese() {
        return chinese;
    }

    /**
     * Returns the stable code used in JSON, such as {@code on-track}.
     *
     * @return the code
     */
    public String code() {
        return english.replace(' ', '-');
    }
}
