package io.github.policyplan.model;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A concrete push inside a section (一要在建设科技创新平台上求突破) with its targets.
 *
 * <p>Immutable and thread-safe; no component is null.
 *
 * @param id      the id, unique in the plan
 * @param title   the title
 * @param weight  the weight among the section's children, above zero; 1 by default
 * @param targets     the targets, in plan order
 * @param aggregation how the item's score rolls up from its targets, if the plan says (otherwise the plan's
 *                    default): one of {@link RollUpKind}, else the constructor throws
 */
public record Item(String id, String title, double weight, List<Target> targets, Optional<Strategy> aggregation) {

    /**
     * Checks the components; throws {@link InvalidPlanException} listing every problem.
     *
     * @param id          the id, unique in the plan
     * @param title       the title
     * @param weight      the weight among the section's children, above zero; 1 by default
     * @param targets     the targets, in plan order
     * @param aggregation how the item's score rolls up from its targets, if the plan says (otherwise the plan's default): one of {@link RollUpKind}, else the constructor throws
     */
    public Item {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        targets = Checks.copy(targets, "targets");
        Objects.requireNonNull(aggregation, "aggregation");
        Checks checks = new Checks();
        checks.id("id", id);
        checks.notBlank("title", title);
        checks.weight("weight", weight);
        aggregation.ifPresent(a -> checks.addAll("aggregation", RollUpKind.check(a)));
        checks.throwIfAny();
    }

    /**
     * Returns an item of weight 1.
     *
     * @param id      the id
     * @param title   the title
     * @param targets the targets
     * @return the item
     */
    public static Item of(String id, String title, Target... targets) {
        return new Item(id, title, 1.0, Arrays.asList(targets), Optional.empty());
    }
}
