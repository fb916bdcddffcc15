package io.github.policyplan.store;

import io.github.policyplan.model.ReportVersion;
import io.github.policyplan.model.Revision;
import java.util.List;
import java.util.Objects;

/**
 * One thing a store records: reports added together, a correction, or a revision. A journal writes
 * each as one line; a database each in one transaction.
 */
sealed interface Entry permits Entry.Added, Entry.Corrected, Entry.Revised {

    /**
     * Reports added together: all of them or none.
     *
     * @param reports the reports as recorded, at least one
     */
    record Added(List<ReportVersion> reports) implements Entry {
        public Added {
            reports = List.copyOf(reports);
            if (reports.isEmpty()) {
                throw new IllegalArgumentException("an entry adds at least one report");
            }
        }
    }

    /**
     * A correction (更正): a new version of a report, which counts from then on.
     *
     * @param version the corrected report as recorded
     */
    record Corrected(ReportVersion version) implements Entry {
        public Corrected {
            Objects.requireNonNull(version, "version");
        }
    }

    /**
     * A revision of the plan (目标调整).
     *
     * @param revision the revision
     */
    record Revised(Revision revision) implements Entry {
        public Revised {
            Objects.requireNonNull(revision, "revision");
        }
    }
}
