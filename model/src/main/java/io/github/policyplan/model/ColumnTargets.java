package io.github.policyplan.model;

import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * Some of a plan's targets, consecutive in plan order, read from the plan's {@link PlanColumns}: each
 * target is made when first asked for, then kept. Unmodifiable; equal to any list of equal targets in the
 * same order, as the {@link java.util.List} contract says. {@link Checks#copy} keeps it as it is, so that
 * a section or item made of a plan's columns makes no target.
 */
final class ColumnTargets extends AbstractList<Target> implements RandomAccess {

    private final PlanColumns columns;
    private final int from;
    private final int size;

    ColumnTargets(PlanColumns columns, int from, int size) {
        this.columns = columns;
        this.from = from;
        this.size = size;
    }

    @Override
    public Target get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("index " + index + " of " + size + " targets");
        }
        return columns.target(from + index);
    }

    @Override
    public int size() {
        return size;
    }
}
