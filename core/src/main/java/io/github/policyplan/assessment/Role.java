package io.github.policyplan.assessment;

/** How a target counts for a unit. */
public enum Role {
    /** The unit leads it (牵头). */
    LEAD("lead", "牵头"),
    /** The unit cooperates on it (配合). */
    COOPERATING("cooperating", "配合"),
    /** The scheme assigns it to the unit directly. */
    ASSIGNED("assigned", "分解下达"),
    /** It is measured among peers and scored by the unit's place. */
    PEER("peer", "同类比较");

    private final String english;
    private final String chinese;

    Role(String english, String chinese) {
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
}
