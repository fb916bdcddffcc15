package io.github.policyplan.store;

import io.github.policyplan.internal.read.Problems;
import io.github.policyplan.model.Plan;
import io.github.policyplan.model.Report;
import io.github.policyplan.model.ReportVersion;
import io.github.policyplan.model.Revision;
import io.github.policyplan.model.Violation;
import io.github.policyplan.plans.RevisionChecks;
import io.github.policyplan.plans.Revisions;
import io.github.policyplan.progress.ProgressLog;
import io.github.policyplan.progress.ReportChecks;
import io.github.policyplan.progress.ReportConflictException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a store holds, replayed in memory: the progress log and the revisions, and the checks an
 * entry passes before it is written — the same checks, as located problems, when it is read back.
 * Not thread-safe: a store calls it under its own lock.
 */
final class Ledger {

    private final Plan plan;
    private ProgressLog log;
    private final List<Revision> revisions = new ArrayList<>();
    private final Set<String> revisionIds = new HashSet<>();

    Ledger(Plan plan) {
        this.plan = plan;
        this.log = ProgressLog.empty(plan);
    }

    ProgressLog log() {
        return log;
    }

    Revisions revisions() {
        return Revisions.of(plan, revisions);
    }

    /**
     * Checks an entry against the plan and what is held, and returns the log as it would be after it.
     *
     * @throws IllegalArgumentException listing what does not fit
     * @throws ReportConflictException  when reports added conflict with the log
     */
    ProgressLog check(Entry entry) {
        violationsOnly(entry);
        return apply(entry);
    }

    /**
     * Checks an entry against the plan and the revisions held, not against the reports held.
     *
     * @throws IllegalArgumentException listing what does not fit
     */
    void violationsOnly(Entry entry) {
        List<String> wrong = new ArrayList<>();
        for (Violation v : violations(entry, false)) {
            wrong.add(v.toString());
        }
        if (!wrong.isEmpty()) {
            throw new IllegalArgumentException((wrong.size() == 1 ? "1 problem" : wrong.size() + " problems")
                    + " for plan " + plan.id() + ", nothing written:\n" + String.join("\n", wrong));
        }
    }

    /** Takes an entry that was checked and written. */
    void commit(Entry entry, ProgressLog next) {
        log = next;
        if (entry instanceof Entry.Revised revised) {
            revisions.add(revised.revision());
            revisionIds.add(revised.revision().id());
        }
    }

    /**
     * Replays entries read back from a store, each with its line; reports added on consecutive lines
     * are added to the log together, and one by one only when they conflict, to locate the conflict.
     */
    void replayAll(List<Entry> entries, List<Integer> lines, Problems problems, boolean rows) {
        int i = 0;
        while (i < entries.size()) {
            int j = i;
            List<ReportVersion> run = new ArrayList<>();
            while (j < entries.size() && entries.get(j) instanceof Entry.Added added
                    && violations(added, rows).isEmpty()) {
                run.addAll(added.reports());
                j++;
            }
            if (j - i > 1) {
                Entry.Added together = new Entry.Added(run);
                try {
                    commit(together, apply(together));
                    i = j;
                    continue;
                } catch (ReportConflictException | IllegalArgumentException e) {
                    // Located one line at a time below.
                }
            }
            for (int k = i; k < Math.max(j, i + 1); k++) {
                replay(entries.get(k), lines.get(k), problems, rows);
            }
            i = Math.max(j, i + 1);
        }
    }

    /**
     * Replays an entry read back from a store; what does not fit is a problem at the line given (a
     * journal's line, a row's sequence number), and the entry is then left out. A row's problems are
     * at its columns ({@code target}), a line's at its paths ({@code reports[0].target}).
     */
    void replay(Entry entry, int line, Problems problems, boolean rows) {
        List<Violation> wrong = violations(entry, rows);
        for (Violation v : wrong) {
            problems.add(line, 1, v.path(), v.message(), v.hint());
        }
        if (!wrong.isEmpty()) {
            return;
        }
        try {
            commit(entry, apply(entry));
        } catch (ReportConflictException e) {
            for (String conflict : e.conflicts()) {
                problems.add(line, 1, rows ? "kind" : "reports", conflict, Optional.of("a second value for a report"
                        + " already recorded is a correction: record it as one"));
            }
        } catch (IllegalArgumentException e) {
            problems.add(line, 1, rows ? "recorded" : entry instanceof Entry.Added ? "reports" : "report",
                    e.getMessage(), Optional.of("a report is recorded on or after the date it is as of"));
        }
    }

    /**
     * The log after an entry. Reports added must not conflict with the log or each other (the rule of
     * {@link ProgressLog#plus(java.util.Collection)}); one that repeats a report in force is the same
     * report said twice and is not recorded again; the others are recorded with their record times. A
     * correction is recorded as a new version.
     *
     * @throws ReportConflictException  when reports added conflict
     * @throws IllegalArgumentException when a version was recorded before its report's date
     */
    private ProgressLog apply(Entry entry) {
        if (entry instanceof Entry.Added added) {
            List<Report> reports = new ArrayList<>(added.reports().size());
            for (ReportVersion v : added.reports()) {
                reports.add(v.report());
            }
            log.plus(reports);
            List<ReportVersion> fresh = new ArrayList<>(added.reports().size());
            Set<String> seen = new HashSet<>();
            for (ReportVersion v : added.reports()) {
                Report r = v.report();
                if (seen.add(r.target() + '\n' + r.date()) && log.versions(r.target(), r.date()).isEmpty()) {
                    fresh.add(v);
                }
            }
            return fresh.isEmpty() ? log : log.record(fresh);
        }
        if (entry instanceof Entry.Corrected corrected) {
            return log.record(corrected.version());
        }
        return log;
    }

    private List<Violation> violations(Entry entry, boolean rows) {
        List<Violation> out = new ArrayList<>();
        if (entry instanceof Entry.Added added) {
            for (int i = 0; i < added.reports().size(); i++) {
                for (Violation v : ReportChecks.check(plan, added.reports().get(i).report())) {
                    out.add(rows ? v : v.under(JournalLines.reportPath(entry, i)));
                }
            }
        } else if (entry instanceof Entry.Corrected corrected) {
            for (Violation v : ReportChecks.check(plan, corrected.version().report())) {
                out.add(rows ? v : v.under("report"));
            }
        } else if (entry instanceof Entry.Revised revised) {
            out.addAll(revision(revised.revision()));
        }
        return out;
    }

    private List<Violation> revision(Revision r) {
        List<Violation> out = new ArrayList<>();
        for (Violation v : RevisionChecks.check(plan, r, revisions)) {
            out.add(v.under("revision"));
        }
        if (revisionIds.contains(r.id())) {
            out.add(new Violation("revision.id", "the store already has a revision " + r.id(),
                    Optional.of("give each revision an id of its own")));
        }
        return out;
    }
}
