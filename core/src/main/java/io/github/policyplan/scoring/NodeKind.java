package io.github.policyplan.scoring;

/** What a node of a scorecard stands for. */
public enum NodeKind {
    /** The whole plan. */
    PLAN,
    /** A section (一、二、三…). */
    SECTION,
    /** An item (一要…). */
    ITEM,
    /** A target. */
    TARGET
}
