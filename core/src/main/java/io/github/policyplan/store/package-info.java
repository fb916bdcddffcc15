/**
 * Stores (存储): where a plan's reports, corrections and revisions are kept, every version, and read
 * back as a {@link io.github.policyplan.progress.ProgressLog} and a list of revisions that the rest of
 * the library takes as they are.
 *
 * <p>{@link io.github.policyplan.store.Store} is what every store does;
 * {@link io.github.policyplan.store.Journal} keeps them in a JSON Lines file, each append forced to
 * disk, a torn last line found and left out after a crash; {@link io.github.policyplan.store.JdbcStore}
 * keeps them in the tables of a database the application has, through {@code java.sql} alone.
 *
 * <pre>{@code
 * try (Journal journal = Journal.open(Path.of("data/county-2023.jsonl"), plan)) {
 *     journal.correct(ReportVersion.of(Report.of("s1.i1.t1", LocalDate.of(2023, 6, 30), 7),
 *             Recorded.parse("2023-07-03T09:30")));
 *     Scorecard card = Scoring.standard().score(plan, journal.progress(), LocalDate.of(2023, 6, 30));
 * }
 * }</pre>
 *
 * <p><b>Layering.</b> A side branch over {@code progress}: uses {@code core}, {@code plans},
 * {@code progress}, {@code model}, the reading and writing internals and {@code java.sql}; never
 * {@code scoring}, {@code assessment} or {@code report}, and no package of the library uses it.
 * Stores hold inputs, so they sit beside the readers of inputs; scoring takes what they return and
 * never reads a store, as it never reads a file.
 */
package io.github.policyplan.store;
