package io.github.policyplan.model;

/**
 * What kind of unit a department is. Departments and townships are ranked separately.
 */
public enum UnitKind {
    /** A county department or bureau (部门), such as 县科技局. */
    DEPARTMENT("department", "部门"),
    /** A township or town (乡镇). */
    TOWNSHIP("township", "乡镇"),
    /** Anything else that answers for targets: a development zone, an enterprise, a company. */
    OTHER("other", "其他");

    private final String code;
    private final String chinese;

    UnitKind(String code, String chinese) {
        this.code = code;
        this.chinese = chinese;
    }

    /**
     * Returns the stable name used in plan files.
     *
     * @return the code, such as {@code township}
     */
    public String code() {
        return code;
    }

    /**
     * Returns the Chinese name.
     *
     * @return the name, such as {@code 乡镇}
     */
    public String chinese() {
        return chinese;
    }
}
