package io.github.policyplan.store;

import io.github.policyplan.internal.read.DocumentPath;
import io.github.policyplan.internal.read.Fields;
import io.github.policyplan.internal.read.Node;
import io.github.policyplan.internal.read.Problems;
import io.github.policyplan.model.ReportVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The lines of a journal: the first names the plan, each other one is an entry, written as one JSON
 * object; reading a line back reports every problem located by the journal's line and the column.
 *
 * <pre>
 * {"journal":"policyplan","version":1,"plan":"county-2023"}
 * {"kind":"reports","reports":[{"target":"s1.i1.t1","date":"2023-06-30","value":6,"source":"县科技局","recorded":"2023-07-01T10:00"}]}
 * {"kind":"correction","report":{"target":"s1.i1.t1","date":"2023-06-30","value":7,"source":"县科技局","recorded":"2023-07-03T09:30"}}
 * {"kind":"revision","revision":{"id":"r1","target":"s1.i1.t2","effective":"2023-07-01","decided":"2023-07-10","reason":"…","change":"goal","goal":8}}
 * </pre>
 */
final class JournalLines {

    static final int VERSION = 1;
    static final List<String> HEADER_KEYS = List.of("journal", "version", "plan");
    static final List<String> ENTRY_KEYS = List.of("kind", "reports", "report", "revision");
    static final String LINE_ADVICE = "each line of a journal is one JSON object the library wrote; a line edited by"
            + " hand or damaged on disk must be restored from a copy or removed";

    private JournalLines() {
    }

    /** Writes the first line of a journal. */
    static String headerLine(String planId) {
        return StoreJson.object(g -> {
            g.writeStringField("journal", "policyplan");
            g.writeNumberField("version", VERSION);
            g.writeStringField("plan", planId);
        });
    }

    /** Writes an entry as one line. */
    static String line(Entry entry) {
        return StoreJson.object(g -> {
            if (entry instanceof Entry.Added added) {
                g.writeStringField("kind", "reports");
                g.writeArrayFieldStart("reports");
                for (ReportVersion r : added.reports()) {
                    StoreJson.report(g, r);
                }
                g.writeEndArray();
            } else if (entry instanceof Entry.Corrected corrected) {
                g.writeStringField("kind", "correction");
                g.writeFieldName("report");
                StoreJson.report(g, corrected.version());
            } else if (entry instanceof Entry.Revised revised) {
                g.writeStringField("kind", "revision");
                g.writeFieldName("revision");
                StoreJson.revision(g, revised.revision());
            }
        });
    }

    /**
     * Reads the first line of a journal.
     *
     * @return the plan id it names, or empty after a problem
     */
    static Optional<String> header(String text, int line, Problems problems) {
        Problems own = new Problems(problems.source(), Integer.MAX_VALUE);
        Optional<String> plan = StoreJson.open(text, HEADER_KEYS, "the first line of a journal", own).flatMap(f -> {
            Optional<String> kind = f.requiredText("journal", "journal: policyplan");
            Optional<Double> version = f.require("version", "version: " + VERSION).flatMap(n -> f.number("version",
                    n));
            Optional<String> id = StoreJson.string(f, "plan", "plan: the id of the plan the journal is for", own);
            if (kind.isPresent() && !kind.get().equals("policyplan")) {
                f.problem("journal", "this is not a policyplan journal", Optional.empty());
            }
            if (version.isPresent() && version.get() != VERSION) {
                f.problem("version", "journal version " + version.get() + " is not known to this library (it reads"
                        + " version " + VERSION + ")", Optional.of("read it with the library version that wrote it"));
            }
            return f.failed() ? Optional.empty() : id;
        });
        StoreJson.copy(own, line, problems, LINE_ADVICE);
        return own.isEmpty() ? plan : Optional.empty();
    }

    /**
     * Reads an entry line.
     *
     * @return the entry, or empty after a problem
     */
    static Optional<Entry> entry(String text, int line, Problems problems) {
        Problems own = new Problems(problems.source(), Integer.MAX_VALUE);
        Optional<Entry> entry = StoreJson.open(text, ENTRY_KEYS, "a journal entry", own).flatMap(f -> entry(f, own));
        StoreJson.copy(own, line, problems, LINE_ADVICE);
        return own.isEmpty() ? entry : Optional.empty();
    }

    private static Optional<Entry> entry(Fields f, Problems own) {
        Optional<String> kind = f.requiredText("kind", "kind: reports, correction or revision");
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        return switch (kind.get()) {
            case "reports" -> reports(f, own).map(Entry.Added::new);
            case "correction" -> f.require("report", "report: the corrected report")
                    .flatMap(n -> f.open(n, "report", -1, "a report", StoreJson.REPORT_KEYS))
                    .flatMap(r -> StoreJson.report(r, own)).map(Entry.Corrected::new);
            case "revision" -> f.require("revision", "revision: the revision")
                    .flatMap(n -> f.open(n, "revision", -1, "a revision", StoreJson.REVISION_KEYS))
                    .flatMap(r -> StoreJson.revision(r, own)).map(Entry.Revised::new);
            default -> {
                f.problem("kind", "unknown kind of journal entry '" + kind.get() + "'",
                        Optional.of("the kinds are reports, correction and revision"));
                yield Optional.empty();
            }
        };
    }

    private static Optional<List<ReportVersion>> reports(Fields f, Problems problems) {
        Optional<List<Node>> items = f.require("reports", "reports: the list of reports added").flatMap(
                n -> f.list("reports"));
        if (items.isEmpty() || items.get().isEmpty()) {
            if (items.isPresent()) {
                f.problem("reports", "an entry of reports lists at least one", Optional.of(LINE_ADVICE));
            }
            return Optional.empty();
        }
        List<ReportVersion> out = new ArrayList<>(items.get().size());
        for (int i = 0; i < items.get().size(); i++) {
            f.open(items.get().get(i), "reports", i, "a report", StoreJson.REPORT_KEYS)
                    .flatMap(r -> StoreJson.report(r, problems)).ifPresent(out::add);
        }
        return out.size() == items.get().size() ? Optional.of(out) : Optional.empty();
    }

    /** The path of a report of an entry, for the problems of checking it against the plan. */
    static String reportPath(Entry entry, int index) {
        return entry instanceof Entry.Added ? DocumentPath.index("reports", index) : "report";
    }
}
