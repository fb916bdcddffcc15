package io.github.policyplan.progress;

import io.github.policyplan.model.Plan;
import io.github.policyplan.model.ReportVersion;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The versions a progress log keeps beside the reports in force: for each target, the {@link Versions}
 * of its reports that were corrected or carry a record time. Held like the log's blocks, in chunks of
 * 128 targets by their index in the plan (targets the plan does not have by id), so that a correction
 * copies one chunk and the array of chunks, whatever the size of the plan. A report with one version
 * and no record time is not here: it is known from its own date.
 *
 * <p>The key of a report is its target and date; a column that divides a target's reports further
 * (a unit) would extend the key here and in {@link Versions}.
 *
 * <p>Immutable and thread-safe.
 */
final class ReportHistory {

    private static final int BITS = 7;
    private static final int CHUNK = 1 << BITS;

    private final Plan plan;
    private final Versions[][] chunks;
    private final SortedMap<String, Versions> extras;
    private final int count;

    private ReportHistory(Plan plan, Versions[][] chunks, SortedMap<String, Versions> extras, int count) {
        this.plan = plan;
        this.chunks = chunks;
        this.extras = extras;
        this.count = count;
    }

    static ReportHistory empty(Plan plan) {
        return new ReportHistory(plan, new Versions[(plan.targets().size() + CHUNK - 1) >> BITS][],
                Collections.emptySortedMap(), 0);
    }

    boolean isEmpty() {
        return count == 0;
    }

    /** How many versions are held. */
    int count() {
        return count;
    }

    /** The versions of a plan target by its index, or null. */
    Versions at(int index) {
        Versions[] c = chunks[index >> BITS];
        return c == null ? null : c[index & (CHUNK - 1)];
    }

    /** The versions of a target, or null. */
    Versions of(String target) {
        int i = plan.indexOf(target);
        return i < 0 ? extras.get(target) : at(i);
    }

    /** This history with some targets' versions replaced (a null value removes them). */
    ReportHistory with(Map<String, Versions> changed) {
        if (changed.isEmpty()) {
            return this;
        }
        Versions[][] c = chunks.clone();
        boolean[] copied = new boolean[c.length];
        SortedMap<String, Versions> e = null;
        int n = count;
        for (Map.Entry<String, Versions> change : changed.entrySet()) {
            Versions old;
            int i = plan.indexOf(change.getKey());
            if (i < 0) {
                e = e == null ? new TreeMap<>(extras) : e;
                old = change.getValue() == null ? e.remove(change.getKey()) : e.put(change.getKey(), change.getValue());
            } else {
                int k = i >> BITS;
                if (!copied[k]) {
                    c[k] = c[k] == null ? new Versions[Math.min(CHUNK, plan.targets().size() - (k << BITS))] : c[k].clone();
                    copied[k] = true;
                }
                old = c[k][i & (CHUNK - 1)];
                c[k][i & (CHUNK - 1)] = change.getValue();
            }
            n += (change.getValue() == null ? 0 : change.getValue().size()) - (old == null ? 0 : old.size());
        }
        return new ReportHistory(plan, c, e == null ? extras : Collections.unmodifiableSortedMap(e), n);
    }

    /** The versions known on a day (epoch day). */
    ReportHistory knownOn(int day) {
        Map<String, Versions> changed = new TreeMap<>();
        for (Versions v : all()) {
            if (v.maxKnown > day) {
                changed.put(v.target(), v.knownOn(day));
            }
        }
        return with(changed);
    }

    /** Every target's versions: plan targets in plan order, then the others by id. */
    List<Versions> all() {
        List<Versions> out = new ArrayList<>();
        for (Versions[] c : chunks) {
            if (c != null) {
                for (Versions v : c) {
                    if (v != null) {
                        out.add(v);
                    }
                }
            }
        }
        out.addAll(extras.values());
        return out;
    }

    /** Every version, in the order of {@link #all()}. */
    List<ReportVersion> versions() {
        List<ReportVersion> out = new ArrayList<>(count);
        for (Versions v : all()) {
            for (int i = 0; i < v.size(); i++) {
                out.add(v.version(i));
            }
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReportHistory && all().equals(((ReportHistory) o).all());
    }

    @Override
    public int hashCode() {
        return all().hashCode();
    }
}
