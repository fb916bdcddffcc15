package io.github.policyplan.progress;

import io.github.policyplan.model.Plan;
import io.github.policyplan.model.Value;

/** The cursors of a {@link ProgressLog}: over its own plan's targets, and over another plan object's. */
final class LogReaders {

    /** The report on a target in force on a day, from a log's own storage (a log with every version known). */
    static java.util.Optional<io.github.policyplan.model.Report> latest(ProgressLog log, String targetId, long day) {
        int i = log.plan.indexOf(targetId);
        if (i < 0) {
            return log.extras.latest(targetId, day);
        }
        Block b = log.blocks[i >> ProgressLog.BLOCK_BITS];
        int at = b == null ? -1 : b.floor(i & (ProgressLog.BLOCK - 1), day);
        return at < 0 ? java.util.Optional.empty() : java.util.Optional.of(b.report(at, targetId));
    }

    private LogReaders() {
    }

    /** Reads the log's own plan's targets straight from the blocks. */
    static final class Own implements ProgressLog.Cursor {
        private final Block[] blocks;

        Own(Block[] blocks) {
            this.blocks = blocks;
        }

        @Override
        public int latest(int index, long day) {
            Block b = blocks[index >> ProgressLog.BLOCK_BITS];
            return b == null ? -1 : b.floor(index & (ProgressLog.BLOCK - 1), day);
        }

        @Override
        public int day(int index, int position) {
            return blocks[index >> ProgressLog.BLOCK_BITS].day(position);
        }

        @Override
        public boolean isLevel(int index, int position) {
            return blocks[index >> ProgressLog.BLOCK_BITS].isLevel(position);
        }

        @Override
        public double amount(int index, int position) {
            return blocks[index >> ProgressLog.BLOCK_BITS].amount(position);
        }

        @Override
        public Value value(int index, int position) {
            return blocks[index >> ProgressLog.BLOCK_BITS].value(position);
        }
    }

    /** Reads another plan object's targets by id; not thread-safe (one scoring pass uses it). */
    static final class Foreign implements ProgressLog.Cursor {
        private final ProgressLog log;
        private final Plan other;
        private int index = -1;
        private Series series;

        Foreign(ProgressLog log, Plan other) {
            this.log = log;
            this.other = other;
        }

        private Series series(int i) {
            if (i != index) {
                series = log.find(other.targets().get(i).id());
                index = i;
            }
            return series;
        }

        @Override
        public int latest(int i, long day) {
            Series s = series(i);
            return s == null ? -1 : s.floor(day);
        }

        @Override
        public int day(int i, int position) {
            return series(i).days[position];
        }

        @Override
        public boolean isLevel(int i, int position) {
            return series(i).isLevel(position);
        }

        @Override
        public double amount(int i, int position) {
            return series(i).amount(position);
        }

        @Override
        public Value value(int i, int position) {
            return series(i).value(position);
        }
    }
}
