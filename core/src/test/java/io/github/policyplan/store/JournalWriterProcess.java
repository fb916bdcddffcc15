package io.github.policyplan.store;

import io.github.policyplan.model.Plan;
import io.github.policyplan.model.Report;
import io.github.policyplan.model.ReportVersion;
import io.github.policyplan.plans.Plans;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The writer {@link JournalKillTest} starts in a JVM of its own and kills: it opens a journal, goes on
 * from the reports it holds, and appends report after report (every tenth append a batch of 300, a
 * line of some 20 KB, so that a kill can land inside a write), printing {@code ack N} after each append
 * returns, N being how many reports the journal then holds.
 */
final class JournalWriterProcess {

    static final int BATCH = 300;

    private JournalWriterProcess() {
    }

    /** The i-th report: target i mod the plan's size, a day of its own, value i. */
    static Report nth(Plan plan, int i) {
        int n = plan.targets().size();
        return Report.of(plan.targets().get(i % n).id(), LocalDate.of(2023, 1, 1).plusDays(i / n), i);
    }

    /**
     * Appends until killed.
     *
     * @param args the journal, the plan
     * @throws Exception when anything fails: the parent then sees no more acknowledgements
     */
    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Plan plan = Plans.read(Path.of(args[1]));
        try (Journal journal = Journal.open(Path.of(args[0]), plan)) {
            int next = journal.progress().size();
            out.println("ready " + next);
            for (int append = 0; ; append++) {
                int size = append % 10 == 9 ? BATCH : 1;
                List<ReportVersion> batch = new ArrayList<>(size);
                for (int i = next; i < next + size; i++) {
                    batch.add(new ReportVersion(nth(plan, i), Optional.empty()));
                }
                journal.add(batch);
                next += size;
                out.println("ack " + next);
            }
        }
    }
}
