package io.github.policyplan.progress;

import io.github.policyplan.core.Loaded;
import io.github.policyplan.internal.read.Problems;
import io.github.policyplan.model.Plan;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A {@link BulkReader} read of one file on several threads: the rows after the header are cut into as
 * many runs of whole lines as there are threads, each read on its own thread as a file of its own (the
 * header, then its lines) into rows per plan; the runs' rows are joined in file order, plan by plan, and
 * the plans' logs built on the threads too. The result is the one-thread read's: each plan's reports
 * arrive in the same order.
 *
 * <p>This is the path of a good file only. A cut may fall inside a quoted field that spans lines; then
 * the run before it ends inside quotes, a syntax error. On any problem, note or syntax error in any run,
 * or a conflict, {@link #load} returns null and the caller reads the file again on one thread, which
 * locates every problem by line, column and row exactly as it always does.
 */
final class ParallelRead {

    private final Path path;
    private final List<Plan> plans;
    private final ReportColumns columns;
    private final int maxProblems;
    private final int buffer;
    private final int threads;

    ParallelRead(Path path, List<Plan> plans, ReportColumns columns, int maxProblems, int buffer, int threads) {
        this.path = path;
        this.plans = plans;
        this.columns = columns;
        this.maxProblems = maxProblems;
        this.buffer = buffer;
        this.threads = threads;
    }

    /**
     * Reads the file on the threads.
     *
     * @return the logs, or null when the file must be read on one thread (it has a problem or a note, or
     *         it could not be cut)
     */
    Loaded<Map<String, ProgressLog>> load() throws IOException {
        long[] cuts;
        byte[] header;
        try (FileChannel channel = FileChannel.open(path)) {
            long size = channel.size();
            int headerEnd = headerEnd(channel);
            if (headerEnd < 0) {
                return null;
            }
            header = read(channel, 0, headerEnd);
            cuts = cuts(channel, headerEnd, size);
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "policyplan-bulk-read");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Callable<PlanLookup>> runs = new ArrayList<>();
            for (int k = 0; k + 1 < cuts.length; k++) {
                long from = cuts[k];
                long to = cuts[k + 1];
                runs.add(() -> run(header, from, to));
            }
            List<PlanLookup> read = all(pool, runs);
            if (read.contains(null)) {
                return null;
            }
            PlanLookup joined = read.get(0);
            for (int k = 1; k < read.size(); k++) {
                joined.append(read.get(k));
            }
            Map<String, ProgressLog> logs = build(pool, joined);
            return logs == null ? null : new Loaded<>(Collections.unmodifiableMap(logs), List.of());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Reads one run of lines, after the header; null when it has a problem or a note. */
    private PlanLookup run(byte[] header, long from, long to) throws IOException {
        try (FileChannel channel = FileChannel.open(path)) {
            InputStream in = new SequenceInputStream(new ByteArrayInputStream(header), new Range(channel, from, to));
            Problems problems = new Problems(path.toString(), maxProblems);
            CsvScanner scanner = new CsvScanner(in, buffer, BulkReader.MAX_ROW);
            PlanLookup lookup = new PlanLookup(plans);
            BulkRows rows = new BulkRows(scanner, columns, lookup, problems, maxProblems);
            BulkReader.scan(scanner, rows, problems);
            boolean good = rows.headed() && scanner.error == null && problems.isEmpty() && problems.notes().isEmpty()
                    && problems.warnings().isEmpty();
            return good ? lookup : null;
        }
    }

    /** Builds the plans' logs, a share of the plans on each thread; null on a conflict. */
    private Map<String, ProgressLog> build(ExecutorService pool, PlanLookup lookup) throws IOException {
        int n = plans.size();
        List<Callable<Map<String, ProgressLog>>> shares = new ArrayList<>();
        for (int k = 0; k < threads; k++) {
            int from = (int) ((long) n * k / threads);
            int to = (int) ((long) n * (k + 1) / threads);
            shares.add(() -> {
                Problems problems = new Problems(path.toString(), maxProblems);
                Map<String, ProgressLog> logs = lookup.build(problems, from, to);
                return problems.isEmpty() ? logs : null;
            });
        }
        Map<String, ProgressLog> logs = new LinkedHashMap<>();
        for (Map<String, ProgressLog> share : all(pool, shares)) {
            if (share == null) {
                return null;
            }
            logs.putAll(share);
        }
        return logs;
    }

    private static <T> List<T> all(ExecutorService pool, List<Callable<T>> tasks) throws IOException {
        List<T> results = new ArrayList<>();
        try {
            for (Future<T> f : pool.invokeAll(tasks)) {
                results.add(f.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException) {
                throw (IOException) cause;
            }
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            if (cause instanceof Error) {
                throw (Error) cause;
            }
            throw new UncheckedIOException(new IOException(cause));
        }
        return results;
    }

    /** Where the header ends: after the first line end outside quotes; -1 when the file has no second line. */
    private static int headerEnd(FileChannel channel) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(1 << 16);
        boolean quoted = false;
        long at = 0;
        while (at < BulkReader.MAX_ROW) {
            b.clear();
            int n = channel.read(b, at);
            if (n <= 0) {
                return -1;
            }
            for (int i = 0; i < n; i++) {
                byte c = b.get(i);
                if (c == '"') {
                    quoted = !quoted;
                } else if (c == '\n' && !quoted) {
                    return (int) (at + i + 1);
                }
            }
            at += n;
        }
        return -1;
    }

    /** Where each run starts, after a line end, and the file's size: the runs about equal; fewer for a small file. */
    private long[] cuts(FileChannel channel, long headerEnd, long size) throws IOException {
        long[] cuts = new long[threads + 1];
        int n = 0;
        cuts[n++] = headerEnd;
        ByteBuffer b = ByteBuffer.allocate(1 << 12);
        for (int k = 1; k < threads; k++) {
            long at = Math.max(cuts[n - 1], headerEnd + (size - headerEnd) * k / threads);
            long cut = -1;
            while (cut < 0 && at < size) {
                b.clear();
                int read = channel.read(b, at);
                for (int i = 0; i < read && cut < 0; i++) {
                    if (b.get(i) == '\n') {
                        cut = at + i + 1;
                    }
                }
                at += Math.max(read, 1);
            }
            if (cut > cuts[n - 1] && cut < size) {
                cuts[n++] = cut;
            }
        }
        cuts[n++] = size;
        return Arrays.copyOf(cuts, n);
    }

    private static byte[] read(FileChannel channel, long from, int length) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(length);
        while (b.hasRemaining()) {
            if (channel.read(b, from + b.position()) < 0) {
                throw new IOException("the file shrank while read");
            }
        }
        return b.array();
    }

    /** The bytes {@code [from, to)} of a file, as a stream. */
    private static final class Range extends InputStream {
        private final FileChannel channel;
        private long at;
        private final long to;

        Range(FileChannel channel, long from, long to) {
            this.channel = channel;
            this.at = from;
            this.to = to;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] into, int off, int len) throws IOException {
            if (at >= to) {
                return -1;
            }
            int n = channel.read(ByteBuffer.wrap(into, off, (int) Math.min(len, to - at)), at);
            if (n > 0) {
                at += n;
            }
            return n;
        }
    }
}
