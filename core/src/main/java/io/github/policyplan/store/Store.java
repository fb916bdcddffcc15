package io.github.policyplan.store;

import io.github.policyplan.model.Plan;
import io.github.policyplan.model.ReportVersion;
import io.github.policyplan.model.Revision;
import io.github.policyplan.plans.Revisions;
import io.github.policyplan.progress.ProgressLog;
import java.io.Closeable;
import java.io.IOException;
import java.util.Collection;
import java.util.List;

/**
 * Where a plan's reports, corrections and revisions are kept, every version of them: a
 * {@link Journal} (a file, the embedded default) or a {@link JdbcStore} (a database the application
 * has). What a store holds comes back as a {@link ProgressLog} and {@link Revisions}, which the rest
 * of the library takes as they are; scoring never reads a store.
 *
 * <pre>{@code
 * try (Store store = Journal.open(Path.of("data/county-2023.jsonl"), plan)) {
 *     store.add(List.of(ReportVersion.of(Report.of("s1.i1.t1", LocalDate.of(2023, 6, 30), 6),
 *             Recorded.parse("2023-07-01T10:00"))));
 *     ProgressLog log = store.progress();
 * }
 * }</pre>
 *
 * <p>Every change is checked before anything is written, and is written whole or not at all: a
 * report must fit the plan ({@link io.github.policyplan.progress.ReportChecks}) and must not give a
 * target a second value for a date it already has (that is a {@linkplain #correct correction}); a
 * revision must name a target of the plan and have an id of its own. Implementations are
 * thread-safe.
 */
public interface Store extends Closeable {

    /**
     * Returns the plan the store is for.
     *
     * @return the plan
     */
    Plan plan();

    /**
     * Adds reports: all of them, or none when one does not fit or a write fails. A report the store
     * already has (same target, date and value) is kept once.
     *
     * @param reports the reports as recorded, at least one
     * @throws IllegalArgumentException listing every report that does not fit the plan
     *                                  ({@code reports[2].value: …}); nothing is written
     * @throws io.github.policyplan.progress.ReportConflictException when a report gives its target
     *                                  another value for a date it has; nothing is written
     * @throws IOException              when the store cannot be written; nothing is written
     */
    void add(Collection<ReportVersion> reports) throws IOException;

    /**
     * Records a correction (更正): a new version of a report, which counts from then on; the versions
     * before it are kept.
     *
     * @param correction the corrected report as recorded
     * @throws IllegalArgumentException when the report does not fit the plan; nothing is written
     * @throws IOException              when the store cannot be written; nothing is written
     */
    void correct(ReportVersion correction) throws IOException;

    /**
     * Records a revision of the plan (目标调整): a new goal or due date, a target added or withdrawn. It is
     * kept as {@link io.github.policyplan.plans.RevisionEntry} writes it.
     *
     * @param revision the revision
     * @throws IllegalArgumentException when it does not fit the plan
     *                                  ({@link io.github.policyplan.plans.RevisionChecks}), repeats the
     *                                  id of a revision the store has, or adds a target with more than
     *                                  an entry keeps ({@link io.github.policyplan.plans.RevisionEntry#toJson});
     *                                  nothing is written
     * @throws IOException              when the store cannot be written; nothing is written
     */
    void revise(Revision revision) throws IOException;

    /**
     * Returns the progress the store holds: every report with every version.
     *
     * @return the log, for the plan
     * @throws IOException    when the store cannot be read
     * @throws StoreException when what the store holds does not fit the plan, with every problem
     *                        located
     */
    ProgressLog progress() throws IOException;

    /**
     * Returns the revisions the store holds, with the plan: what {@code Scoring.score(Revisions,
     * ProgressLog, LocalDate)} takes, and {@link Revisions#planAt} the plan in force at a date.
     *
     * @return the revisions, checked against the plan
     * @throws IOException    when the store cannot be read
     * @throws StoreException when what the store holds is damaged, with every problem located
     */
    Revisions revisions() throws IOException;
}
