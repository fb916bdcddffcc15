package io.github.policyplan.progress;

import io.github.policyplan.core.Loaded;
import io.github.policyplan.internal.read.Problems;
import io.github.policyplan.model.Plan;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads one CSV file or stream of reports on many plans — a province's or a country's, of any size —
 * into a {@link ProgressLog} for each plan, streamed: the input is read through a buffer of 64 KiB
 * (grown only for a longer row), rows are checked and gathered column by column as they arrive, and
 * nothing but the reports themselves is held. As with {@link ProgressReader}, a load is all or
 * nothing: any problem anywhere, and it throws one {@link ProgressException} with every problem (up to
 * {@linkplain #withMaxProblems a limit}, counting the rest), each located by line, column and path
 * ({@code reports[3].value}, the row's index among the data rows); no log is returned.
 *
 * <pre>{@code
 * Map<String, ProgressLog> logs = BulkReader.standard()
 *         .withColumns(ReportColumns.standard().withNames(ReportColumns.Column.TARGET, "target_id"))
 *         .read(Path.of("progress/province-2023.csv"), plans);
 * ProgressLog county = logs.get("county-0001");
 * }</pre>
 *
 * <h2>The file</h2>
 * UTF-8 (a byte-order mark is skipped), RFC 4180 fields as in a progress CSV file. The first line is
 * the header: its cells name the columns, in any order, by the names {@link ReportColumns} gives
 * (by default {@code plan, target, date, value, source, note, evidence} or 计划, 指标, 日期, 数值, 来源,
 * 备注, 佐证); target, date and value are required, every row has as many fields as the header.
 * Each row is checked as the progress reader checks a report: its target one of its plan's, its date
 * one of the plan date forms within the plan period, its value a number or one of the target's stages
 * or grades; two values for one target and date are a conflict, a repeat of the same value is kept once.
 *
 * <h2>The plan of a row</h2>
 * <ol>
 *   <li>With a plan column, the plan it names; the target column holds that plan's target id.</li>
 *   <li>Without one, the plan named before a slash in the target column: {@code county-0001/s1.i1.t1}
 *       (ids never hold a slash).</li>
 *   <li>Without either, the one plan read with that has the target id; when several have it, that
 *       row is a problem asking for the plan to be named.</li>
 * </ol>
 * The result has a log for every plan given, in the order given; a plan without reports gets an empty
 * log.
 *
 * <p>Immutable and thread-safe; each read uses its own buffers.
 */
public final class BulkReader {

    /** The longest row read: 4 MiB. */
    static final int MAX_ROW = 4 << 20;

    private static final BulkReader STANDARD = new BulkReader(ReportColumns.standard(),
            ProgressReader.DEFAULT_MAX_PROBLEMS, CsvScanner.BUFFER, 1);

    private final ReportColumns columns;
    private final int maxProblems;
    private final int buffer;
    private final int parallelism;

    private BulkReader(ReportColumns columns, int maxProblems, int buffer, int parallelism) {
        this.columns = columns;
        this.maxProblems = maxProblems;
        this.buffer = buffer;
        this.parallelism = parallelism;
    }

    /**
     * Returns the reader with the standard columns, keeping 100 problems.
     *
     * @return the standard reader
     */
    public static BulkReader standard() {
        return STANDARD;
    }

    /**
     * Returns a reader that recognises other header names.
     *
     * @param columns the header names of each column
     * @return the new reader
     */
    public BulkReader withColumns(ReportColumns columns) {
        return new BulkReader(Objects.requireNonNull(columns, "columns"), maxProblems, buffer, parallelism);
    }

    /**
     * Returns a reader that keeps another number of problems.
     *
     * @param count how many problems to keep, at least 1
     * @return the new reader
     */
    public BulkReader withMaxProblems(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("maxProblems must be at least 1 (was " + count + ")");
        }
        return new BulkReader(columns, count, buffer, parallelism);
    }

    /**
     * Returns a reader that reads a file ({@link #read(Path, Collection)}, {@link #load(Path, Collection)})
     * on several threads: the lines after the header cut into as many runs, each read on a thread of its
     * own, then the plans' logs built on the threads. The logs are those one thread reads. A file with any
     * problem or note is read again on one thread, which locates each as always; a stream is read on one
     * thread.
     *
     * @param threads how many threads a read of a file uses, at least 1; 1 (the default) reads on the
     *                caller's thread alone
     * @return the new reader
     */
    public BulkReader withParallelism(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("parallelism must be at least 1 (was " + threads + ")");
        }
        return new BulkReader(columns, maxProblems, buffer, threads);
    }

    /** A reader with another first buffer size, for tests of streaming. */
    BulkReader withBuffer(int bytes) {
        return new BulkReader(columns, maxProblems, bytes, parallelism);
    }

    /**
     * Returns the header names recognised.
     *
     * @return the columns
     */
    public ReportColumns columns() {
        return columns;
    }

    /**
     * Returns how many problems a read keeps.
     *
     * @return the limit
     */
    public int maxProblems() {
        return maxProblems;
    }

    /**
     * Returns how many threads a read of a file uses.
     *
     * @return the parallelism, 1 by default
     */
    public int parallelism() {
        return parallelism;
    }

    /**
     * Reads a file of reports on the plans given.
     *
     * @param path  the file
     * @param plans the plans, each with an id of its own
     * @return a log for each plan, by plan id, in the order of the plans; unmodifiable
     * @throws ProgressException when the file has any problem; it lists them all
     * @throws IOException       when the file cannot be read
     */
    public Map<String, ProgressLog> read(Path path, Collection<Plan> plans) throws IOException {
        return load(path, plans).value();
    }

    /**
     * Reads a stream of reports on the plans given.
     *
     * @param in     the stream, UTF-8; read to its end, not closed
     * @param source the name problems report, such as a file name
     * @param plans  the plans, each with an id of its own
     * @return a log for each plan, by plan id, in the order of the plans; unmodifiable
     * @throws ProgressException when the stream has any problem; it lists them all
     * @throws IOException       when the stream fails
     */
    public Map<String, ProgressLog> read(InputStream in, String source, Collection<Plan> plans) throws IOException {
        return load(in, source, plans).value();
    }

    /**
     * Reads a file of reports as {@link #read(Path, Collection)} does, with notes on forms accepted that
     * are not canonical ({@code 5.2%} on a target in %).
     *
     * @param path  the file
     * @param plans the plans
     * @return the logs by plan id, the notes, and the warnings the one-plan reader gives (running totals that
     *         fall, a target with no report for two cadences, a field ending in an ideographic space)
     * @throws ProgressException when the file has any problem
     * @throws IOException       when the file cannot be read
     */
    public Loaded<Map<String, ProgressLog>> load(Path path, Collection<Plan> plans) throws IOException {
        Objects.requireNonNull(path, "path");
        if (parallelism > 1 && !Objects.requireNonNull(plans, "plans").isEmpty()) {
            Loaded<Map<String, ProgressLog>> read = new ParallelRead(path, List.copyOf(plans), columns, maxProblems,
                    buffer, parallelism).load();
            if (read != null) {
                return read;
            }
        }
        try (InputStream in = Files.newInputStream(path)) {
            return load(in, path.toString(), plans);
        }
    }

    /**
     * Reads a stream of reports as {@link #read(InputStream, String, Collection)} does, with notes.
     *
     * @param in     the stream; not closed
     * @param source the name problems report
     * @param plans  the plans
     * @return the logs by plan id, and the notes
     * @throws ProgressException when the stream has any problem
     * @throws IOException       when the stream fails
     */
    public Loaded<Map<String, ProgressLog>> load(InputStream in, String source, Collection<Plan> plans)
            throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(plans, "plans");
        if (plans.isEmpty()) {
            throw new IllegalArgumentException("give at least one plan");
        }
        Problems problems = new Problems(source, maxProblems);
        CsvScanner scanner = new CsvScanner(in, buffer, MAX_ROW);
        PlanLookup lookup = new PlanLookup(List.copyOf(plans));
        BulkRows rows = new BulkRows(scanner, columns, lookup, problems, maxProblems);
        scan(scanner, rows, problems);
        // Built even after a problem, for the conflicts: the rows gathered are what a good file gathers.
        Map<String, ProgressLog> logs = rows.headed() && scanner.error == null ? lookup.build(problems) : Map.of();
        if (!problems.isEmpty()) {
            throw new ProgressException(source, problems.sorted(), problems.total()).withWarnings(problems.warnings());
        }
        return new Loaded<>(Collections.unmodifiableMap(logs), problems.notes(), problems.warnings());
    }

    /** Reads every row, or up to a wrong header, a syntax error or bytes that are not UTF-8. */
    static void scan(CsvScanner scanner, BulkRows rows, Problems problems) throws IOException {
        try {
            while (scanner.next()) {
                if (!rows.bind()) {
                    break;
                }
            }
        } catch (CsvScanner.NotUtf8 e) {
            problems.add(e.line, e.column, "", String.format(Locale.ROOT, "the file is not valid UTF-8 (byte 0x%02X at"
                    + " offset %d)", e.value, e.offset), Optional.of("it may be saved as GBK; save it as UTF-8"));
        } catch (CharacterCodingException e) {
            problems.add(scanner.line(0), 1, "", "the file is not valid UTF-8", Optional.of("save it as UTF-8"));
        }
        if (scanner.utf16 != null) {
            io.github.policyplan.internal.read.Encodings.refuse(scanner.utf16, problems);
        } else if (scanner.error != null) {
            problems.add(scanner.errorLine, scanner.errorColumn, "", "CSV syntax error: " + scanner.error,
                    Optional.ofNullable(scanner.errorHint));
        } else if (!rows.headed() && problems.isEmpty()) {
            problems.add(1, 1, "", "the file is empty", Optional.of("a reports file starts with a header, such as"
                    + " plan,target,date,value,source,note"));
        }
    }
}
