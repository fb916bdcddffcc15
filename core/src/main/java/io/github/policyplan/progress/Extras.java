package io.github.policyplan.progress;

import io.github.policyplan.model.Plan;
import io.github.policyplan.model.Report;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The series a {@link ProgressLog} keeps on keys that are not its plan's targets. The units' series
 * ({@code funds@cgz}) are laid out as the plan's targets are, when the log is built: one {@link Block} a
 * breakdown, its units in breakdown order ({@link UnitSlots}), so that rolling values up reads them where
 * they are ({@link UnitCursor}) and a change rebuilds one breakdown's block. Any other key (a target the
 * plan does not have, added with {@code plus}) has a series of its own, by id. Listed by key, in sorted
 * order, as one sorted map of them all would list them.
 *
 * <p>Immutable and thread-safe: the blocks are never written after construction.
 */
final class Extras {

    private static final Block[] NONE = new Block[0];

    private final Plan plan;
    /** The units' series by breakdown index (null for a breakdown whose units have none); empty when none has any. */
    final Block[] units;
    private final SortedMap<String, Series> others;
    /** The keys with reports in sorted order, and where each is; made on first use. */
    private volatile Listing listing;

    private Extras(Plan plan, Block[] units, SortedMap<String, Series> others) {
        this.plan = plan;
        this.units = units;
        this.others = others;
    }

    /** No series outside the plan's targets. */
    static Extras empty(Plan plan) {
        return new Extras(plan, NONE, Collections.emptySortedMap());
    }

    /**
     * Lays out series on keys that are not the plan's targets.
     *
     * @param plan   the plan
     * @param series the series by key (at most one a key)
     * @return the extras
     */
    static Extras of(Plan plan, Map<String, Series> series) {
        return empty(plan).with(series);
    }

    /**
     * Returns these extras with some keys' series replaced or added.
     *
     * @param changed the new series by key; none null
     * @return the new extras; these are unchanged
     */
    Extras with(Map<String, Series> changed) {
        if (changed.isEmpty()) {
            return this;
        }
        UnitSlots slots = plan.breakdowns().isEmpty() ? null : UnitSlots.of(plan);
        Series[][] byBreakdown = null;
        SortedMap<String, Series> more = null;
        for (Map.Entry<String, Series> e : changed.entrySet()) {
            int slot = slots == null ? -1 : slots.slot(e.getKey());
            if (slot < 0) {
                more = more == null ? new TreeMap<>(others) : more;
                more.put(e.getKey(), e.getValue());
                continue;
            }
            int b = slots.breakdown(slot);
            byBreakdown = byBreakdown == null ? new Series[slots.breakdowns()][] : byBreakdown;
            if (byBreakdown[b] == null) {
                byBreakdown[b] = new Series[slots.units(b)];
            }
            byBreakdown[b][slot - slots.starts[b]] = e.getValue();
        }
        Block[] blocks = units;
        if (byBreakdown != null) {
            blocks = units.length == 0 ? new Block[slots.breakdowns()] : units.clone();
            for (int b = 0; b < blocks.length; b++) {
                if (byBreakdown[b] != null) {
                    blocks[b] = Block.with(blocks[b], byBreakdown[b]);
                }
            }
        }
        return new Extras(plan, blocks, more == null ? others : Collections.unmodifiableSortedMap(more));
    }

    /** The unit slot of a key whose series is in a block, or -1. */
    private int unitSlot(String key) {
        return units.length == 0 ? -1 : UnitSlots.of(plan).slot(key);
    }

    /** The series on a key, or null. */
    Series get(String key) {
        int slot = unitSlot(key);
        if (slot < 0) {
            return others.get(key);
        }
        UnitSlots slots = UnitSlots.of(plan);
        int b = slots.breakdown(slot);
        return units[b] == null ? null : units[b].series(slot - slots.starts[b], key);
    }

    /** How many reports a key has. */
    int size(String key) {
        int slot = unitSlot(key);
        if (slot < 0) {
            Series s = others.get(key);
            return s == null ? 0 : s.size();
        }
        UnitSlots slots = UnitSlots.of(plan);
        int b = slots.breakdown(slot);
        return units[b] == null ? 0 : units[b].size(slot - slots.starts[b]);
    }

    /** The report on a key in force on a day. */
    Optional<Report> latest(String key, long day) {
        int slot = unitSlot(key);
        if (slot < 0) {
            Series s = others.get(key);
            int at = s == null ? -1 : s.floor(day);
            return at < 0 ? Optional.empty() : Optional.of(s.report(at));
        }
        UnitSlots slots = UnitSlots.of(plan);
        Block block = units[slots.breakdown(slot)];
        int at = block == null ? -1 : block.floor(slot - slots.starts[slots.breakdown(slot)], day);
        return at < 0 ? Optional.empty() : Optional.of(block.report(at, key));
    }

    /** Counts the reports and the keys with reports: {total, keys}. */
    long[] count() {
        long total = 0;
        int count = others.size();
        for (Series s : others.values()) {
            total += s.size();
        }
        for (Block b : units) {
            if (b != null) {
                total += b.reports();
                for (int s = 0; s < b.slots(); s++) {
                    count += b.size(s) > 0 ? 1 : 0;
                }
            }
        }
        return new long[] {total, count};
    }

    /** Copies every report's epoch day into an array, from an index; returns the index after them. */
    int copyDays(int[] into, int at) {
        int k = at;
        for (Block b : units) {
            if (b != null) {
                k = b.copyDays(into, k);
            }
        }
        for (Series s : others.values()) {
            System.arraycopy(s.days, 0, into, k, s.size());
            k += s.size();
        }
        return k;
    }

    /** The keys with reports, sorted. */
    List<String> ids() {
        return listing().ids;
    }

    /** How many reports the k-th key (in {@link #ids()} order) has. */
    int sizeAt(int k) {
        Listing l = listing();
        int slot = l.where[k];
        if (slot < 0) {
            return others.get(l.ids.get(k)).size();
        }
        UnitSlots slots = UnitSlots.of(plan);
        int b = slots.breakdown(slot);
        return units[b].size(slot - slots.starts[b]);
    }

    /** The series of the k-th key. */
    Series at(int k) {
        return get(listing().ids.get(k));
    }

    /** A report of the k-th key, by its index in the key's series. */
    Report report(int k, int offset) {
        Listing l = listing();
        int slot = l.where[k];
        String key = l.ids.get(k);
        if (slot < 0) {
            return others.get(key).report(offset);
        }
        UnitSlots slots = UnitSlots.of(plan);
        int b = slots.breakdown(slot);
        return units[b].report(units[b].start(slot - slots.starts[b]) + offset, key);
    }

    private Listing listing() {
        Listing l = listing;
        if (l == null) {
            l = new Listing(this);
            listing = l;
        }
        return l;
    }

    /** The keys with reports, the units' and the others' merged in sorted order; {@code where}: a unit slot or -1. */
    private static final class Listing {
        final List<String> ids;
        final int[] where;

        Listing(Extras x) {
            List<String> units = new ArrayList<>();
            List<Integer> unitSlots = new ArrayList<>();
            if (x.units.length > 0) {
                UnitSlots slots = UnitSlots.of(x.plan);
                for (int slot : slots.sorted()) {
                    int b = slots.breakdown(slot);
                    if (x.units[b] != null && x.units[b].size(slot - slots.starts[b]) > 0) {
                        units.add(slots.keys[slot]);
                        unitSlots.add(slot);
                    }
                }
            }
            String[] merged = new String[units.size() + x.others.size()];
            where = new int[merged.length];
            Iterator<String> o = x.others.keySet().iterator();
            String other = o.hasNext() ? o.next() : null;
            int u = 0;
            for (int k = 0; k < merged.length; k++) {
                if (other != null && (u == units.size() || other.compareTo(units.get(u)) < 0)) {
                    merged[k] = other;
                    where[k] = -1;
                    other = o.hasNext() ? o.next() : null;
                } else {
                    merged[k] = units.get(u);
                    where[k] = unitSlots.get(u++);
                }
            }
            ids = List.of(merged);
        }
    }
}
