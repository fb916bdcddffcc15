package io.github.policyplan.store;

import io.github.policyplan.model.Report;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One thing a store records, with when: reports added together, or a correction. A journal writes
 * each as one line; a database each in one transaction.
 */
sealed interface Entry permits Entry.Added, Entry.Corrected {

    /**
     * When the store recorded it.
     *
     * @return the instant
     */
    Instant recorded();

    /**
     * Reports added together: all of them or none.
     *
     * @param recorded when
     * @param reports  the reports, at least one
     */
    record Added(Instant recorded, List<Report> reports) implements Entry {
        Added {
            Objects.requireNonNull(recorded, "recorded");
            reports = List.copyOf(reports);
        }
    }

    /**
     * A correction (更正): a report that replaces the value in force for its target and date.
     *
     * @param recorded when
     * @param report   the corrected report
     */
    record Corrected(Instant recorded, Report report) implements Entry {
        Corrected {
            Objects.requireNonNull(recorded, "recorded");
            Objects.requireNonNull(report, "report");
        }
    }
}
