package io.github.policyplan.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.policyplan.core.Problem;
import io.github.policyplan.internal.read.DateReader;
import io.github.policyplan.internal.read.DocumentPath;
import io.github.policyplan.internal.read.Fields;
import io.github.policyplan.internal.read.Node;
import io.github.policyplan.internal.read.Problems;
import io.github.policyplan.internal.read.TreeReader;
import io.github.policyplan.internal.write.JsonOutput;
import io.github.policyplan.model.Report;
import io.github.policyplan.model.Value;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The lines of a journal as JSON: writing an entry as one line, and reading a line back with every
 * problem located by the journal's line and the column in it.
 *
 * <pre>
 * {"journal":"policyplan","version":1,"plan":"county-2023"}
 * {"kind":"reports","recorded":"2023-07-01T02:00:00Z","reports":[{"target":"s1.i1.t1","date":"2023-06-30","value":6,"source":"县科技局"}]}
 * {"kind":"correction","recorded":"2023-07-03T01:30:00Z","report":{"target":"s1.i1.t1","date":"2023-06-30","value":7,"source":"县科技局"}}
 * </pre>
 */
final class JournalLines {

    static final int VERSION = 1;
    static final List<String> HEADER_KEYS = List.of("journal", "version", "plan");
    static final List<String> ENTRY_KEYS = List.of("kind", "recorded", "reports", "report");
    static final List<String> REPORT_KEYS = List.of("target", "date", "value", "source", "note", "evidence");
    static final String LINE_ADVICE = "each line of a journal is one JSON object the library wrote; a line edited by"
            + " hand or damaged on disk must be restored from a copy or removed";

    private static final JsonFactory JSON = JsonFactory.builder().build();
    private static final TreeReader TREES = new TreeReader(Integer.MAX_VALUE - 16, 16);

    private JournalLines() {
    }

    /** Writes the first line of a journal. */
    static String headerLine(String planId) {
        return write(g -> {
            g.writeStringField("journal", "policyplan");
            g.writeNumberField("version", VERSION);
            g.writeStringField("plan", planId);
        });
    }

    /** Writes an entry as one line. */
    static String line(Entry entry) {
        return write(g -> {
            if (entry instanceof Entry.Added added) {
                g.writeStringField("kind", "reports");
                g.writeStringField("recorded", added.recorded().toString());
                g.writeArrayFieldStart("reports");
                for (Report r : added.reports()) {
                    report(g, r);
                }
                g.writeEndArray();
            } else if (entry instanceof Entry.Corrected corrected) {
                g.writeStringField("kind", "correction");
                g.writeStringField("recorded", corrected.recorded().toString());
                g.writeFieldName("report");
                report(g, corrected.report());
            }
        });
    }

    private static void report(JsonGenerator g, Report r) throws IOException {
        g.writeStartObject();
        g.writeStringField("target", r.target());
        g.writeStringField("date", r.date().toString());
        g.writeFieldName("value");
        if (r.value() instanceof Value.Amount amount) {
            JsonOutput.number(g, amount.value());
        } else {
            g.writeString(((Value.Level) r.value()).name());
        }
        if (r.source().isPresent()) {
            g.writeStringField("source", r.source().get());
        }
        if (r.note().isPresent()) {
            g.writeStringField("note", r.note().get());
        }
        if (r.evidence().isPresent()) {
            g.writeStringField("evidence", r.evidence().get());
        }
        g.writeEndObject();
    }

    @FunctionalInterface
    private interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    private static String write(Body body) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            body.write(g);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * Reads the first line of a journal.
     *
     * @return the plan id it names, or empty after a problem
     */
    static Optional<String> header(String text, int line, Problems problems) {
        Problems own = new Problems(problems.source(), Integer.MAX_VALUE);
        Optional<String> plan = open(text, HEADER_KEYS, "the first line of a journal", own).flatMap(f -> {
            Optional<String> kind = f.requiredText("journal", "journal: policyplan");
            Optional<Double> version = f.require("version", "version: " + VERSION).flatMap(n -> f.number("version",
                    n));
            Optional<String> id = f.requiredText("plan", "plan: the id of the plan the journal is for");
            if (kind.isPresent() && !kind.get().equals("policyplan")) {
                f.problem("journal", "this is not a policyplan journal", Optional.empty());
            }
            if (version.isPresent() && version.get() != VERSION) {
                f.problem("version", "journal version " + version.get() + " is not known to this library (it reads"
                        + " version " + VERSION + ")", Optional.of("read it with the library version that wrote it"));
            }
            return f.failed() ? Optional.empty() : id;
        });
        copy(own, line, problems);
        return own.isEmpty() ? plan : Optional.empty();
    }

    /**
     * Reads an entry line.
     *
     * @return the entry, or empty after a problem
     */
    static Optional<Entry> entry(String text, int line, Problems problems) {
        Problems own = new Problems(problems.source(), Integer.MAX_VALUE);
        Optional<Entry> entry = open(text, ENTRY_KEYS, "a journal entry", own).flatMap(f -> entry(f, own));
        copy(own, line, problems);
        return own.isEmpty() ? entry : Optional.empty();
    }

    private static Optional<Fields> open(String text, List<String> keys, String what, Problems own) {
        return TREES.read(text, TreeReader.Format.JSON, own).flatMap(r -> Fields.open(r, "", what, keys, own));
    }

    /** Puts a line's problems on the journal's line, with the advice for damaged lines where none is more precise. */
    private static void copy(Problems own, int line, Problems problems) {
        for (Problem p : own.sorted()) {
            problems.add(line, p.column(), p.path(), p.message(), p.hint().isPresent() ? p.hint()
                    : Optional.of(LINE_ADVICE));
        }
    }

    private static Optional<Entry> entry(Fields f, Problems own) {
        Optional<String> kind = f.requiredText("kind", "kind: reports or correction");
        Optional<Instant> recorded = f.requiredText("recorded", "recorded: the instant, such as 2023-07-01T02:00:00Z")
                .flatMap(text -> instant(text, f, own));
        if (kind.isEmpty() || recorded.isEmpty()) {
            return Optional.empty();
        }
        return switch (kind.get()) {
            case "reports" -> reports(f, own).map(list -> new Entry.Added(recorded.get(), list));
            case "correction" -> f.require("report", "report: the corrected report")
                    .flatMap(n -> Fields.open(n, "report", "a report", REPORT_KEYS, own))
                    .flatMap(r -> report(r, own)).map(r -> new Entry.Corrected(recorded.get(), r));
            default -> {
                f.problem("kind", "unknown kind of journal entry '" + kind.get() + "'",
                        Optional.of("the kinds are reports and correction"));
                yield Optional.empty();
            }
        };
    }

    private static Optional<Instant> instant(String text, Fields f, Problems problems) {
        try {
            return Optional.of(Instant.parse(text));
        } catch (DateTimeParseException e) {
            Node at = f.get("recorded").orElseThrow();
            problems.add(at, "recorded", "malformed instant '" + text + "'",
                    Optional.of("write an instant in UTC, such as 2023-07-01T02:00:00Z"));
            return Optional.empty();
        }
    }

    private static Optional<List<Report>> reports(Fields f, Problems problems) {
        Optional<List<Node>> items = f.require("reports", "reports: the list of reports added").flatMap(
                n -> f.list("reports"));
        if (items.isEmpty()) {
            return Optional.empty();
        }
        List<Report> out = new ArrayList<>(items.get().size());
        for (int i = 0; i < items.get().size(); i++) {
            String path = DocumentPath.index("reports", i);
            Fields.open(items.get().get(i), path, "a report", REPORT_KEYS, problems).flatMap(r -> report(r, problems))
                    .ifPresent(out::add);
        }
        return out.size() == items.get().size() && !out.isEmpty() ? Optional.of(out) : Optional.empty();
    }

    private static Optional<Report> report(Fields r, Problems problems) {
        Optional<String> target = r.requiredText("target", "target: the target's id");
        Optional<LocalDate> date = r.require("date", "date: the date the value is as of")
                .flatMap(n -> DateReader.CANONICAL_ONLY.read(n, true, r, "date", problems));
        Optional<Value> value = r.require("value", "value: a number, or a stage or grade").flatMap(n -> value(n, r,
                problems));
        Optional<String> source = r.optionalText("source");
        Optional<String> note = r.optionalText("note");
        Optional<String> evidence = r.optionalText("evidence");
        if (target.isEmpty() || date.isEmpty() || value.isEmpty() || r.failed() || target.get().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new Report(target.get(), date.get(), value.get(), source, note, evidence));
    }

    private static Optional<Value> value(Node n, Fields r, Problems problems) {
        if (n instanceof Node.ScalarNode s && (s.type() == Node.ScalarType.INTEGER
                || s.type() == Node.ScalarType.DECIMAL)) {
            return r.number("value", n).map(Value::of);
        }
        if (n instanceof Node.ScalarNode s && s.type() == Node.ScalarType.STRING && !s.text().isBlank()) {
            return Optional.of(Value.level(s.text()));
        }
        problems.add(n, r.path("value"), "expected a number, or a stage or grade, found " + n.describe());
        return Optional.empty();
    }
}
