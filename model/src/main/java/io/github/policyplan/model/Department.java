package io.github.policyplan.model;

import java.util.List;
import java.util.Objects;

/**
 * A unit that leads or cooperates on targets (牵头单位 / 配合单位): a department, a township or
 * another body. Plans refer to it by id or by one of its aliases.
 *
 * <p>Immutable and thread-safe; no component is null.
 *
 * @param id      the id plans refer to, such as {@code kj}
 * @param name    the full name, such as {@code 县科技局}
 * @param kind    department, township or other
 * @param aliases other names the plan may use for it, such as {@code 科技} or {@code 科技局}
 */
public record Department(String id, String name, UnitKind kind, List<String> aliases) {

    /**
     * Checks the components; throws {@link InvalidPlanException} listing every problem.
     *
     * @param id      the id plans refer to, such as {@code kj}
     * @param name    the full name, such as {@code 县科技局}
     * @param kind    department, township or other
     * @param aliases other names the plan may use for it, such as {@code 科技} or {@code 科技局}
     */
    public Department {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        aliases = Checks.copy(aliases, "aliases");
        Checks checks = new Checks();
        checks.id("id", id);
        checks.notBlank("name", name);
        for (int i = 0; i < aliases.size(); i++) {
            checks.notBlank(Paths.index("aliases", i), aliases.get(i));
        }
        checks.throwIfAny();
    }

    /**
     * Returns a department with no aliases.
     *
     * @param id   the id
     * @param name the full name
     * @param kind the kind
     * @return the department
     */
    public static Department of(String id, String name, UnitKind kind) {
        return new Department(id, name, kind, List.of());
    }
}
