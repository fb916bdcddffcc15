package io.github.policyplan.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A theme of the plan (一、聚力创新赋能促发展…): its items and, where the document states them at the
 * level of the whole theme, its own headline targets (总体目标), such as
 * 力争到2025年全县科技进步对经济增长的贡献率达到…%以上.
 *
 * <p>Immutable and thread-safe; no component is null.
 *
 * @param id      the id, unique in the plan
 * @param title   the title
 * @param weight  the weight among the plan's sections, above zero; 1 by default
 * @param targets the section's headline targets, in plan order; often empty
 * @param items       the items, in plan order
 * @param aggregation how the section's score rolls up from its children, if the plan says (otherwise the
 *                    plan's default): one of {@link RollUpKind}, else the constructor throws
 */
public record Section(String id, String title, double weight, List<Target> targets, List<Item> items,
        Optional<Strategy> aggregation) {

    /**
     * Checks the components; throws {@link InvalidPlanException} listing every problem.
     *
     * @param id          the id, unique in the plan
     * @param title       the title
     * @param weight      the weight among the plan's sections, above zero; 1 by default
     * @param targets     the section's headline targets, in plan order; often empty
     * @param items       the items, in plan order
     * @param aggregation how the section's score rolls up from its children, if the plan says (otherwise the plan's default): one of {@link RollUpKind}, else the constructor throws
     */
    public Section {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        targets = Checks.copy(targets, "targets");
        items = Checks.copy(items, "items");
        Objects.requireNonNull(aggregation, "aggregation");
        Checks checks = new Checks();
        checks.id("id", id);
        checks.notBlank("title", title);
        checks.weight("weight", weight);
        aggregation.ifPresent(a -> checks.addAll("aggregation", RollUpKind.check(a)));
        checks.throwIfAny();
    }

    /**
     * Starts building a section.
     *
     * @param id    the id
     * @param title the title
     * @return a builder
     */
    public static Builder builder(String id, String title) {
        return new Builder(id, title);
    }

    /**
     * Returns every target of the section: its headline targets, then each item's.
     *
     * @return the targets in plan order
     */
    public List<Target> allTargets() {
        List<Target> all = new ArrayList<>(targets);
        for (Item item : items) {
            all.addAll(item.targets());
        }
        return List.copyOf(all);
    }

    /** Builds a {@link Section}. Not thread-safe; each call returns this builder. */
    public static final class Builder {
        private final String id;
        private final String title;
        private double weight = 1.0;
        private final List<Target> targets = new ArrayList<>();
        private final List<Item> items = new ArrayList<>();
        private Optional<Strategy> aggregation = Optional.empty();

        private Builder(String id, String title) {
            this.id = id;
            this.title = title;
        }

        /**
         * Sets the weight; 1 when not set.
         *
         * @param value a finite number above zero
         * @return this builder
         */
        public Builder weight(double value) {
            this.weight = value;
            return this;
        }

        /**
         * Adds a headline target.
         *
         * @param target the target
         * @return this builder
         */
        public Builder target(Target target) {
            targets.add(target);
            return this;
        }

        /**
         * Adds an item.
         *
         * @param item the item
         * @return this builder
         */
        public Builder item(Item item) {
            items.add(item);
            return this;
        }

        /**
         * Sets how the section's score rolls up.
         *
         * @param value the roll-up, such as {@code Strategy.named("weakest")}
         * @return this builder
         */
        public Builder aggregation(Strategy value) {
            this.aggregation = Optional.of(value);
            return this;
        }

        /**
         * Builds the section.
         *
         * @return the section
         */
        public Section build() {
            return new Section(id, title, weight, targets, items, aggregation);
        }
    }
}
