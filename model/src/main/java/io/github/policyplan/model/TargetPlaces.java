package io.github.policyplan.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A plan's targets in plan order, each one's place in the tree — section, item (-1 for a headline
 * target), slot — and the ids of the tree: the plan's own, its sections', items' and targets'. Filled
 * by {@link PlanChecks#tree} as it checks the ids are unique; an id maps to a target's index, or to
 * {@link #PLAN} or {@code -2 - node} for the plan and the sections and items ({@link #nodePath}).
 */
final class TargetPlaces {

    /** The number of the plan's own id. */
    static final int PLAN = -1;

    private final IdIndex ids;
    private final Target[] targets;
    private final int[] sections;
    private final int[] items;
    private final int[] slots;
    /** Each section's and item's section and item (-1 for a section), by node number. */
    private final int[] nodeSections;
    private final int[] nodeItems;
    private int size;
    private int nodes;

    TargetPlaces(int targetCount, int nodeCount) {
        this.ids = new IdIndex(targetCount + nodeCount + 1);
        this.targets = new Target[targetCount];
        this.sections = new int[targetCount];
        this.items = new int[targetCount];
        this.slots = new int[targetCount];
        this.nodeSections = new int[nodeCount];
        this.nodeItems = new int[nodeCount];
    }

    /** Puts the plan's id, a section's or an item's (item -1 for a section); returns the number the id had, or {@link IdIndex#ABSENT}. */
    int putNode(String id, int section, int item) {
        if (section < 0) {
            return ids.putIfAbsent(id, PLAN);
        }
        nodeSections[nodes] = section;
        nodeItems[nodes] = item;
        return ids.putIfAbsent(id, -2 - nodes++);
    }

    /** Puts a target, next in plan order; returns the number its id had, or {@link IdIndex#ABSENT}. */
    int putTarget(Target target, int section, int item, int slot) {
        int k = size++;
        targets[k] = target;
        sections[k] = section;
        items[k] = item;
        slots[k] = slot;
        return ids.putIfAbsent(target.id(), k);
    }

    /** The path of what an id numbered so was first given to: {@code id}, {@code sections[0].items[1]}, {@code sections[0].targets[2]}. */
    String nodePath(int number) {
        if (number == PLAN) {
            return "id";
        }
        if (number >= 0) {
            String at = Paths.index("sections", sections[number]);
            return (items[number] < 0 ? at : at + "." + Paths.index("items", items[number])) + "."
                    + Paths.index("targets", slots[number]);
        }
        int node = -2 - number;
        String at = Paths.index("sections", nodeSections[node]);
        return nodeItems[node] < 0 ? at : at + "." + Paths.index("items", nodeItems[node]);
    }

    /** The targets in plan order. */
    List<Target> targets() {
        return Collections.unmodifiableList(Arrays.asList(size == targets.length ? targets : Arrays.copyOf(targets, size)));
    }

    /** The first target of each id, in plan order: made only for the checks that look targets up by id. */
    Map<String, Target> byId() {
        Map<String, Target> byId = new LinkedHashMap<>();
        for (int k = 0; k < size; k++) {
            byId.putIfAbsent(targets[k].id(), targets[k]);
        }
        return byId;
    }

    /** The number an id has ({@link #nodePath}), or {@link IdIndex#ABSENT}. */
    int number(String id) {
        return ids.get(id);
    }

    /** Whether an id is a section's, an item's or a target's, which a plan made of the same tree may not take. */
    boolean isNode(String id) {
        int n = ids.get(id);
        return n != IdIndex.ABSENT && n != PLAN;
    }

    int indexOf(String targetId) {
        int i = ids.get(targetId);
        return i < 0 ? -1 : i;
    }

    Optional<Plan.TargetPosition> position(String targetId) {
        int i = indexOf(targetId);
        return i < 0 ? Optional.empty() : Optional.of(new Plan.TargetPosition(sections[i], items[i], slots[i]));
    }
}
