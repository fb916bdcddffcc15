/**
 * Progress reports (进度报送 / 调度): reading them from YAML, JSON and CSV, checked against a plan,
 * and the progress log that answers "what was the latest value of this target on that date?".
 *
 * <p>{@link io.github.policyplan.progress.Progress} is the entry point. A read returns a complete
 * {@link io.github.policyplan.progress.ProgressLog}, or throws one
 * {@link io.github.policyplan.progress.ProgressException} carrying every problem of the file, each
 * located by file, line, column and path ({@code reports[3].value}); a file with any problem yields
 * nothing. {@link io.github.policyplan.progress.ProgressReader} sets limits.
 *
 * <pre>{@code
 * Plan plan = Plans.read(Path.of("plans/county-2023.yaml"));
 * ProgressLog log = Progress.read(Path.of("progress/2023.csv"), plan);
 * Optional<Report> q2 = log.latest("s1.i1.t1", LocalDate.of(2023, 6, 30));
 * }</pre>
 *
 * <p><b>Layering.</b> Uses {@code core}, {@code plans}, {@code model} and the reading and writing internals; never {@code scoring} or {@code assessment}. {@link io.github.policyplan.progress.ProgressLog#cursor} is the allocation-free path by which scoring reads a log.
 */
package io.github.policyplan.progress;
