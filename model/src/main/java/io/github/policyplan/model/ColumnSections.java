package io.github.policyplan.model;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.RandomAccess;

/**
 * The sections of a plan made from a {@link PlanTemplate}: the template's sections, items, ids, titles,
 * weights and roll-ups, with the plan's own targets ({@link ColumnTargets}, made when asked for). The
 * sections and items themselves are made on first use, all at once, then kept. Unmodifiable.
 */
final class ColumnSections extends AbstractList<Section> implements RandomAccess {

    private final PlanColumns columns;
    private final List<Section> shape;
    private volatile List<Section> made;

    ColumnSections(PlanColumns columns, List<Section> shape) {
        this.columns = columns;
        this.shape = shape;
    }

    @Override
    public Section get(int index) {
        return made().get(index);
    }

    @Override
    public int size() {
        return shape.size();
    }

    private List<Section> made() {
        List<Section> m = made;
        if (m == null) {
            synchronized (this) {
                m = made;
                if (m == null) {
                    m = make();
                    made = m;
                }
            }
        }
        return m;
    }

    private List<Section> make() {
        List<Section> out = new ArrayList<>(shape.size());
        int first = 0;
        for (Section s : shape) {
            List<Target> headline = new ColumnTargets(columns, first, s.targets().size());
            first += s.targets().size();
            List<Item> items = new ArrayList<>(s.items().size());
            for (Item i : s.items()) {
                items.add(new Item(i.id(), i.title(), i.weight(), new ColumnTargets(columns, first, i.targets().size()),
                        i.aggregation()));
                first += i.targets().size();
            }
            out.add(new Section(s.id(), s.title(), s.weight(), headline, items, s.aggregation()));
        }
        return List.copyOf(out);
    }
}
