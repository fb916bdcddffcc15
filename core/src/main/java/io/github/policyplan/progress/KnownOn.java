package io.github.policyplan.progress;

import io.github.policyplan.model.Plan;
import io.github.policyplan.model.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * A log as it was known on a day: each report's version known then (the last recorded by then), and
 * no report first known later. Scoring reads it through {@link Reader}, which answers from the log's
 * own storage and its {@link ReportHistory} without copying either; anything else is answered by the
 * log {@link #resolve resolved} once, in full.
 */
final class KnownOn {

    /** No limit: everything recorded. */
    static final int ALL = Integer.MAX_VALUE;
    /** Positions at or past this are versions in the history (minus it), not reports in the log's storage. */
    private static final int VIRTUAL = 1 << 30;

    private KnownOn() {
    }

    /**
     * Builds the log known on a day: its series cut at the day, corrected reports at their version then.
     *
     * @param log   the log, its blocks read as they are
     * @param known the epoch day
     * @return a log without limit
     */
    static ProgressLog resolve(ProgressLog log, int known) {
        ReportHistory history = log.history();
        List<Series> out = new ArrayList<>();
        for (Series s : LogOrder.storedSeries(log)) {
            int p = s.floor(known);
            Versions v = history.of(s.target);
            if (p == s.size() - 1 && (v == null || v.maxKnown <= known)) {
                out.add(s);
                continue;
            }
            Series.Builder b = new Series.Builder(s.target);
            var texts = Series.texts();
            for (int i = 0; i <= p; i++) {
                int k = v == null ? -2 : v.lastKnown(s.day(i), known);
                if (k == -1) {
                    continue;
                }
                if (k >= 0 && k != v.to(s.day(i)) - 1) {
                    b.add(s.date(i), v.value(k), v.source(k), v.note(k), v.evidence(k), 0, texts);
                } else {
                    b.add(s.date(i), s.value(i), text(s.sources, i), text(s.notes, i), text(s.evidence, i), 0, texts);
                }
            }
            Series built = b.build((target, date, first, kept, second, other) -> {
                throw new IllegalStateException("two reports on " + target + " as of " + date);
            });
            if (built != null) {
                out.add(built);
            }
        }
        return ProgressLog.fromSeries(log.plan, out).withHistory(history.knownOn(known));
    }

    private static String text(String[] texts, int i) {
        return texts == null ? null : texts[i];
    }

    /** Reads a log's reports as known on a day, through the cursor of the log itself. */
    static final class Reader implements ProgressLog.Cursor {
        private final ProgressLog.Cursor base;
        private final ReportHistory history;
        private final Plan plan;
        private final boolean own;
        private final int known;
        private int index = -1;
        private Versions versions;

        Reader(ProgressLog.Cursor base, ReportHistory history, Plan plan, boolean own, int known) {
            this.base = base;
            this.history = history;
            this.plan = plan;
            this.own = own;
            this.known = known;
        }

        private Versions versions(int i) {
            if (i != index) {
                versions = own ? history.at(i) : history.of(plan.targets().get(i).id());
                index = i;
            }
            return versions;
        }

        @Override
        public int latest(int i, long day) {
            int p = base.latest(i, Math.min(day, known));
            if (p < 0 || history.isEmpty()) {
                return p;
            }
            Versions v = versions(i);
            if (v == null || v.maxKnown <= known) {
                return p;
            }
            while (p >= 0) {
                int d = base.day(i, p);
                int k = v.lastKnown(d, known);
                if (k == -2 || k == v.to(d) - 1) {
                    return p;
                }
                if (k >= 0) {
                    return VIRTUAL + k;
                }
                p = base.latest(i, d - 1L);
            }
            return -1;
        }

        @Override
        public int day(int i, int position) {
            return position >= VIRTUAL ? versions(i).day(position - VIRTUAL) : base.day(i, position);
        }

        @Override
        public boolean isLevel(int i, int position) {
            return position >= VIRTUAL ? versions(i).isLevel(position - VIRTUAL) : base.isLevel(i, position);
        }

        @Override
        public double amount(int i, int position) {
            return position >= VIRTUAL ? versions(i).amount(position - VIRTUAL) : base.amount(i, position);
        }

        @Override
        public Value value(int i, int position) {
            return position >= VIRTUAL ? versions(i).value(position - VIRTUAL) : base.value(i, position);
        }
    }
}
