package io.github.policyplan.progress;

import io.github.policyplan.model.Plan;
import io.github.policyplan.model.Report;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Objects;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Builds {@link ProgressLog}s: from series, and from a log with some targets' series changed. */
final class LogChanges {

    private LogChanges() {
    }

    static ProgressLog build(Plan plan, Collection<Series> all) {
        int n = plan.targets().size();
        Series[][] slots = new Series[(n + ProgressLog.BLOCK - 1) >> ProgressLog.BLOCK_BITS][];
        Map<String, Series> extras = new HashMap<>();
        for (Series s : all) {
            int i = plan.indexOf(s.target);
            if (i < 0) {
                extras.put(s.target, s);
            } else {
                if (slots[i >> ProgressLog.BLOCK_BITS] == null) {
                    slots[i >> ProgressLog.BLOCK_BITS] = new Series[Math.min(ProgressLog.BLOCK, n - (i & -ProgressLog.BLOCK))];
                }
                slots[i >> ProgressLog.BLOCK_BITS][i & (ProgressLog.BLOCK - 1)] = s;
            }
        }
        Block[] blocks = new Block[slots.length];
        for (int b = 0; b < slots.length; b++) {
            blocks[b] = slots[b] == null ? null : Block.of(slots[b]);
        }
        Extras outside = Extras.of(plan, extras);
        return new ProgressLog(plan, blocks, outside, count(blocks, outside));
    }

    static Series.Builder builder(ProgressLog log, Map<String, Series.Builder> builders, String target) {
        return builders.computeIfAbsent(target, t -> {
            Series existing = log.find(t);
            return existing == null ? new Series.Builder(t) : new Series.Builder(existing);
        });
    }

    /** Names the two reports of a conflict by their tags. */
    @FunctionalInterface
    interface Naming {
        String name(int first, int second);
    }

    static ProgressLog combine(ProgressLog log, Map<String, Series.Builder> builders, Naming naming) {
        if (builders.isEmpty()) {
            return log;
        }
        List<String> conflicts = new ArrayList<>();
        Map<Integer, Map<Integer, Series>> changedBlocks = new TreeMap<>();
        Map<String, Series> moreExtras = null;
        long total = log.size;
        int count = log.seriesCount;
        for (Map.Entry<String, Series.Builder> e : builders.entrySet()) {
            Series built = e.getValue().build((target, date, first, kept, second, other) -> conflicts.add(
                    "conflicting reports for " + target + " as of " + date + ": " + kept + " and " + other + " ("
                            + naming.name(first, second) + ")"));
            int i = log.plan.indexOf(e.getKey());
            int before;
            if (i < 0) {
                if (moreExtras == null) {
                    moreExtras = new HashMap<>();
                }
                moreExtras.put(e.getKey(), built);
                before = log.extras.size(e.getKey());
            } else {
                Block b = log.blocks[i >> ProgressLog.BLOCK_BITS];
                before = b == null ? 0 : b.size(i & (ProgressLog.BLOCK - 1));
                changedBlocks.computeIfAbsent(i >> ProgressLog.BLOCK_BITS, k -> new TreeMap<>()).put(i & (ProgressLog.BLOCK - 1), built);
            }
            total += built.size() - before;
            count += before == 0 ? 1 : 0;
        }
        if (!conflicts.isEmpty()) {
            throw new ReportConflictException(conflicts);
        }
        Block[] changed = log.blocks.clone();
        int n = log.plan.targets().size();
        for (Map.Entry<Integer, Map<Integer, Series>> e : changedBlocks.entrySet()) {
            int slots = Math.min(ProgressLog.BLOCK, n - (e.getKey() << ProgressLog.BLOCK_BITS));
            changed[e.getKey()] = Block.with(log.blocks[e.getKey()], slots, e.getValue());
        }
        return new ProgressLog(log, changed, moreExtras == null ? log.extras : log.extras.with(moreExtras), total,
                count, log.history, log.known);
    }

    static ProgressLog merge(ProgressLog log, ProgressLog other) {
        Map<String, Series.Builder> builders = new LinkedHashMap<>();
        Map<String, String> texts = Series.texts();
        for (Series s : other.allSeries()) {
            Series.Builder b = builder(log, builders, s.target);
            for (int i = 0; i < s.size(); i++) {
                b.add(s.date(i), s.value(i), s.sources == null ? null : s.sources[i],
                        s.notes == null ? null : s.notes[i], s.evidence == null ? null : s.evidence[i], 0, texts);
            }
        }
        return combine(log, builders, (first, second) -> "in this log and in the other");
    }

    static ProgressLog plus(ProgressLog log, Collection<Report> reports) {
        Map<String, Series.Builder> builders = new LinkedHashMap<>();
        Map<String, String> texts = Series.texts();
        int i = 0;
        for (Report r : reports) {
            Objects.requireNonNull(r, "reports must not contain null");
            builder(log, builders, r.target()).add(r.date(), r.value(), r.source().orElse(null), r.note().orElse(null),
                    r.evidence().orElse(null), i++, texts);
        }
        return combine(log, builders, (first, second) -> (first < 0 ? "in the log" : "in reports[" + first + "]")
                + " and reports[" + second + "]");
    }

    /** Counts the reports and the targets with reports: {total, targets}. */
    static long[] count(Block[] blocks, Extras extras) {
        long total = 0;
        int count = 0;
        for (Block b : blocks) {
            if (b != null) {
                total += b.reports();
                for (int s = 0; s < b.slots(); s++) {
                    count += b.size(s) > 0 ? 1 : 0;
                }
            }
        }
        long[] outside = extras.count();
        return new long[] {total + outside[0], count + (int) outside[1]};
    }

    static int checkedSize(long total) {
        if (total > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("a progress log holds at most " + (Integer.MAX_VALUE - 8)
                    + " reports (was " + total + ")");
        }
        return (int) total;
    }
}
