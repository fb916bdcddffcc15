package io.github.policyplan.progress;

import io.github.policyplan.model.Report;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/** The order of a {@link ProgressLog}'s reports: by target in plan order, then by date; lists read in that order. */
final class LogOrder {

    /** The ids of the targets that have reports, in log order (a log with every version known). */
    static List<String> targetIds(ProgressLog log) {
        List<String> ids = new java.util.ArrayList<>(log.seriesCount);
        List<String> extraIds = log.extraIds();
        for (int target : order(log).targets) {
            ids.add(target < 0 ? extraIds.get(-1 - target) : log.plan.targets().get(target).id());
        }
        return java.util.Collections.unmodifiableList(ids);
    }

    private LogOrder() {
    }

    /**
     * The targets with reports in log order — {@code targets[k]} is a plan target's index, or
     * {@code -1 - e} for the e-th extra — and {@code starts[k]}, the index in {@link #reports()} of
     * target k's first report.
     */
    static final class Order {
        final int[] targets;
        final int[] starts;

        Order(int[] targets, int[] starts) {
            this.targets = targets;
            this.starts = starts;
        }
    }

    static Order order(ProgressLog log) {
        Order o = log.order;
        if (o == null) {
            int[] targets = new int[log.seriesCount];
            int[] starts = new int[log.seriesCount + 1];
            int k = 0;
            int total = 0;
            for (int b = 0; b < log.blocks.length; b++) {
                Block block = log.blocks[b];
                if (block != null) {
                    for (int s = 0; s < block.slots(); s++) {
                        if (block.size(s) > 0) {
                            targets[k] = (b << ProgressLog.BLOCK_BITS) + s;
                            starts[k++] = total;
                            total += block.size(s);
                        }
                    }
                }
            }
            for (int e = 0; e < log.extraIds().size(); e++) {
                targets[k] = -1 - e;
                starts[k++] = total;
                total += log.extras.sizeAt(e);
            }
            starts[k] = total;
            o = new Order(targets, starts);
            log.order = o;
        }
        return o;
    }

    /** Returns the series as stored, in log order: each unpacked when it is read. */
    static List<Series> storedSeries(ProgressLog log) {
        Order o = order(log);
        return new AbstractList<>() {
            @Override
            public Series get(int k) {
                int target = o.targets[k];
                return target < 0 ? log.extras.at(-1 - target) : log.seriesAt(target);
            }

            @Override
            public int size() {
                return o.targets.length;
            }
        };
    }

    static final class AllReports extends AbstractList<Report> implements RandomAccess {
        private final ProgressLog log;

        AllReports(ProgressLog log) {
            this.log = log;
        }

        @Override
        public Report get(int index) {
            Objects.checkIndex(index, size());
            Order o = order(log);
            int found = Arrays.binarySearch(o.starts, 0, o.targets.length, index);
            int k = found >= 0 ? found : -found - 2;
            int target = o.targets[k];
            int offset = index - o.starts[k];
            if (target < 0) {
                return log.extras.report(-1 - target, offset);
            }
            Block b = log.blocks[target >> ProgressLog.BLOCK_BITS];
            return b.report(b.start(target & (ProgressLog.BLOCK - 1)) + offset, log.plan.targets().get(target).id());
        }

        @Override
        public int size() {
            return log.size;
        }
    }

    /** Every date reports are as of, sorted, without repeats. */
    static List<LocalDate> asOfDates(ProgressLog log) {
    int[] all = new int[log.size];
    int k = 0;
    for (Block b : log.blocks) {
        if (b != null) {
            k = b.copyDays(all, k);
        }
    }
    k = log.extras.copyDays(all, k);
    Arrays.sort(all);
    List<LocalDate> out = new ArrayList<>();
    for (int i = 0; i < all.length; i++) {
        if (i == 0 || all[i] != all[i - 1]) {
            out.add(LocalDate.ofEpochDay(all[i]));
        }
    }
        return List.copyOf(out);
    }
}
