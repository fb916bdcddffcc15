package io.github.policyplan.store;

import io.github.policyplan.core.Problem;
import io.github.policyplan.internal.read.Problems;
import io.github.policyplan.model.Plan;
import io.github.policyplan.model.ReportVersion;
import io.github.policyplan.model.Revision;
import io.github.policyplan.plans.Revisions;
import io.github.policyplan.progress.ProgressLog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The embedded default store: a journal (台账日志) of a plan's reports, corrections and revisions,
 * appended to a JSON Lines file, one line an entry. Each append is one write at the end of the file,
 * forced to disk ({@code FileChannel.force}) before the method returns: what was acknowledged
 * survives a crash of the process or the machine.
 *
 * <pre>{@code
 * try (Journal journal = Journal.open(Path.of("data/county-2023.jsonl"), plan)) {
 *     journal.notes().forEach(System.err::println);     // a line cut short by a crash, if there was one
 *     journal.add(List.of(ReportVersion.of(Report.of("s1.i1.t1", LocalDate.of(2023, 6, 30), 6),
 *             Recorded.parse("2023-07-01T10:00"))));
 *     ProgressLog log = journal.progress();
 * }
 * }</pre>
 *
 * <h2>The file</h2>
 * The first line names the plan ({@code {"journal":"policyplan","version":1,"plan":"county-2023"}});
 * each other line is an entry: reports added together, a correction, or a revision
 * (docs/store-format.md gives every key). Reports added together are one line, so they are kept all
 * or none.
 *
 * <h2>After a crash</h2>
 * A process killed while appending leaves at most the last line without its line end. Opening the
 * journal finds it, leaves it out, cuts it off the file (it was never acknowledged) and says so in
 * {@link #notes()}, located by its line. An append whose call did not return may be there whole or
 * not at all, never in part. Any other line that does not read — edited by hand, damaged on disk —
 * makes {@link #open} throw {@link StoreException} with every such line located; nothing is loaded.
 *
 * <h2>One writer</h2>
 * The file is locked while a journal is open: a second {@code open} of it, in this process or
 * another, fails. The journal is thread-safe; appends are serialised. The whole history is replayed
 * into memory on opening (about as large as the {@link ProgressLog} it makes).
 */
public final class Journal implements Store {

    private final Plan plan;
    private final JournalFile file;
    private final Ledger ledger;
    private final List<Problem> notes;
    private boolean closed;

    private Journal(Plan plan, JournalFile file, Ledger ledger, List<Problem> notes) {
        this.plan = plan;
        this.file = file;
        this.ledger = ledger;
        this.notes = List.copyOf(notes);
    }

    /**
     * Opens a journal for a plan, creating the file (and its folders) when it does not exist.
     *
     * @param path the file, by convention ending {@code .jsonl}
     * @param plan the plan it is for
     * @return the journal, open for appending; close it
     * @throws StoreException when a line does not read or does not fit the plan, listing every one;
     *                        the file is then not changed
     * @throws IOException    when the file cannot be read, written or locked
     */
    public static Journal open(Path path, Plan plan) throws IOException {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(plan, "plan");
        JournalFile file = JournalFile.open(path, JournalLines.headerLine(plan.id()));
        try {
            String source = String.valueOf(path.getFileName());
            JournalFile.Contents contents = file.read();
            Problems problems = new Problems(source, 100);
            Ledger ledger = new Ledger(plan);
            replay(contents.lines(), plan, ledger, problems);
            if (!problems.isEmpty()) {
                throw new StoreException("journal", source, problems.sorted(), problems.total());
            }
            file.cutTornTail(contents);
            if (contents.lines().isEmpty()) {
                file.append(JournalLines.headerLine(plan.id()));
            }
            List<Problem> notes = contents.torn().length == 0 ? List.of()
                    : List.of(torn(source, contents.lines().size() + 1, contents.torn()));
            return new Journal(plan, file, ledger, notes);
        } catch (IOException | RuntimeException e) {
            file.close();
            throw e;
        }
    }

    private static void replay(List<String> lines, Plan plan, Ledger ledger, Problems problems) {
        List<Entry> entries = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i);
            int line = i + 1;
            if (text == null) {
                problems.add(line, 1, "", "the line is not UTF-8 text", Optional.of(JournalLines.LINE_ADVICE));
            } else if (i == 0) {
                JournalLines.header(text, line, problems).filter(id -> !id.equals(plan.id())).ifPresent(id ->
                        problems.add(line, 1, "plan", "this journal is for plan '" + id + "', not '" + plan.id()
                                + "'", Optional.of("open the journal with the plan it was written for")));
            } else {
                JournalLines.entry(text, line, problems).ifPresent(entry -> {
                    entries.add(entry);
                    numbers.add(line);
                });
            }
        }
        ledger.replayAll(entries, numbers, problems, false);
    }

    private static Problem torn(String source, int line, byte[] torn) {
        String start = new String(torn, 0, Math.min(torn.length, 60), StandardCharsets.UTF_8);
        return new Problem(source, line, 1, "", "the last line was cut short (" + torn.length + (torn.length == 1
                ? " byte" : " bytes") + " without a line end, starting " + start + "): its writer stopped before"
                + " the append finished, so it was never acknowledged; it is left out and removed from the file",
                Optional.of("nothing acknowledged is lost; append the entry again if its writer did not see it"
                        + " succeed"));
    }

    /**
     * Returns what opening found and mended: the last line cut short by a crash, if there was one,
     * located by its line.
     *
     * @return the notes; empty after a clean close
     */
    public List<Problem> notes() {
        return notes;
    }

    /**
     * Returns the journal's file.
     *
     * @return the path
     */
    public Path path() {
        return file.path();
    }

    @Override
    public Plan plan() {
        return plan;
    }

    @Override
    public void add(Collection<ReportVersion> reports) throws IOException {
        Objects.requireNonNull(reports, "reports");
        append(new Entry.Added(List.copyOf(reports)));
    }

    @Override
    public void correct(ReportVersion correction) throws IOException {
        append(new Entry.Corrected(correction));
    }

    @Override
    public void revise(Revision revision) throws IOException {
        append(new Entry.Revised(revision));
    }

    private synchronized void append(Entry entry) throws IOException {
        if (closed) {
            throw new IllegalStateException("the journal " + file.path() + " is closed");
        }
        ProgressLog next = ledger.check(entry);
        file.append(JournalLines.line(entry));
        ledger.commit(entry, next);
    }

    @Override
    public synchronized ProgressLog progress() {
        return ledger.log();
    }

    @Override
    public synchronized Revisions revisions() {
        return ledger.revisions();
    }

    /**
     * Closes the file and releases its lock; the journal takes no more entries.
     *
     * @throws IOException when the file cannot be closed
     */
    @Override
    public synchronized void close() throws IOException {
        if (!closed) {
            closed = true;
            file.close();
        }
    }

    /**
     * Describes the journal briefly.
     *
     * @return such as {@code Journal[county-2023.jsonl: plan county-2023, 152 reports]}
     */
    @Override
    public String toString() {
        return "Journal[" + file.path().getFileName() + ": plan " + plan.id() + ", " + progress().size() + " reports]";
    }
}
