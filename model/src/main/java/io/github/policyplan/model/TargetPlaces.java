package io.github.policyplan.model;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Each target's index in plan order and its place in the tree: section, item (-1 for a headline target), slot. */
final class TargetPlaces {

    /** Target id to its index in plan order. */
    private final Map<String, Integer> indexes;
    private final int[] sections;
    private final int[] items;
    private final int[] slots;

    TargetPlaces(List<Section> tree, int n) {
        Map<String, Integer> byId = new HashMap<>(Math.max(16, n * 4 / 3 + 1));
        this.sections = new int[n];
        this.items = new int[n];
        this.slots = new int[n];
        int k = 0;
        for (int s = 0; s < tree.size(); s++) {
            Section section = tree.get(s);
            for (int t = 0; t < section.targets().size(); t++, k++) {
                byId.put(section.targets().get(t).id(), k);
                set(k, s, -1, t);
            }
            for (int i = 0; i < section.items().size(); i++) {
                List<Target> list = section.items().get(i).targets();
                for (int t = 0; t < list.size(); t++, k++) {
                    byId.put(list.get(t).id(), k);
                    set(k, s, i, t);
                }
            }
        }
        this.indexes = Collections.unmodifiableMap(byId);
    }

    private void set(int k, int section, int item, int slot) {
        sections[k] = section;
        items[k] = item;
        slots[k] = slot;
    }

    int indexOf(String targetId) {
        Integer i = indexes.get(targetId);
        return i == null ? -1 : i;
    }

    Optional<Plan.TargetPosition> position(String targetId) {
        int i = indexOf(targetId);
        return i < 0 ? Optional.empty() : Optional.of(new Plan.TargetPosition(sections[i], items[i], slots[i]));
    }
}
