package io.github.policyplan.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.policyplan.core.Problem;
import io.github.policyplan.internal.read.DateReader;
import io.github.policyplan.internal.read.Fields;
import io.github.policyplan.internal.read.Node;
import io.github.policyplan.internal.read.Problems;
import io.github.policyplan.internal.read.RevisionFields;
import io.github.policyplan.internal.read.TreeReader;
import io.github.policyplan.internal.write.JsonOutput;
import io.github.policyplan.internal.write.RevisionJson;
import io.github.policyplan.internal.write.Separators;
import io.github.policyplan.model.Recorded;
import io.github.policyplan.model.Report;
import io.github.policyplan.model.ReportVersion;
import io.github.policyplan.model.Revision;
import io.github.policyplan.model.Value;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The JSON of what stores keep: a report as recorded ({@code target, date, value, source, note,
 * evidence, recorded} — the keys of a progress file) and a revision ({@code id, target, effective,
 * decided, reason, reference, change} and the change's own keys, as {@code plans.RevisionEntry} writes it). Writing is compact, one line,
 * numbers exact; reading reports every problem with its column and path.
 */
final class StoreJson {

    static final List<String> REPORT_KEYS = List.of("target", "date", "value", "source", "note", "evidence",
            "recorded");
    static final List<String> REVISION_KEYS = RevisionFields.KEYS;

    private static final JsonFactory JSON = JsonFactory.builder().build();
    private static final TreeReader TREES = new TreeReader(Integer.MAX_VALUE - 16, 16);

    private StoreJson() {
    }

    /** Writes a JSON value; the body writes inside an object. */
    @FunctionalInterface
    interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    static String object(Body body) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            body.write(g);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Separators.json(out.toString());
    }

    /** Reads a JSON object whose problems are all on one line, as a map with the given keys. */
    static Optional<Fields> open(String text, List<String> keys, String what, Problems own) {
        return TREES.read(text, TreeReader.Format.JSON, own).flatMap(r -> Fields.open(r, "", what, keys, own));
    }

    /** Puts the problems of one line on a line of a larger source, with advice where none is more precise. */
    static void copy(Problems own, int line, Problems problems, String advice) {
        for (Problem p : own.sorted()) {
            problems.add(line, p.column(), p.path(), p.message(), p.hint().isPresent() ? p.hint()
                    : Optional.of(advice));
        }
    }

    static void report(JsonGenerator g, ReportVersion v) throws IOException {
        Report r = v.report();
        g.writeStartObject();
        g.writeStringField("target", r.target());
        g.writeStringField("date", r.date().toString());
        g.writeFieldName("value");
        if (r.value() instanceof Value.Amount amount) {
            JsonOutput.number(g, amount.value());
        } else {
            g.writeString(((Value.Level) r.value()).name());
        }
        optional(g, "source", r.source());
        optional(g, "note", r.note());
        optional(g, "evidence", r.evidence());
        optional(g, "recorded", v.recorded().map(Recorded::toString));
        g.writeEndObject();
    }

    private static void optional(JsonGenerator g, String key, Optional<String> text) throws IOException {
        if (text.isPresent()) {
            g.writeStringField(key, text.get());
        }
    }

    static Optional<ReportVersion> report(Fields r, Problems problems) {
        Optional<String> target = string(r, "target", "target: the target's id", problems);
        Optional<LocalDate> date = date(r, "date", "date: the date the value is as of", problems);
        Optional<Value> value = r.require("value", "value: a number, or a stage or grade").flatMap(n -> value(n, r,
                problems));
        int before = problems.total();
        Optional<String> source = optionalString(r, "source", problems);
        Optional<String> note = optionalString(r, "note", problems);
        Optional<String> evidence = optionalString(r, "evidence", problems);
        Optional<Recorded> recorded = r.has("recorded") ? string(r, "recorded", "", problems).flatMap(
                t -> recorded(t, r, problems)) : Optional.empty();
        if (target.isEmpty() || date.isEmpty() || value.isEmpty() || r.failed() || problems.total() > before
                || (r.has("recorded") && recorded.isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(new ReportVersion(new Report(target.get(), date.get(), value.get(), source, note, evidence),
                recorded));
    }

    private static Optional<LocalDate> date(Fields f, String key, String advice, Problems problems) {
        return RevisionFields.day(f, key, advice, problems);
    }

    /** A required text that is a JSON string and not blank. */
    static Optional<String> string(Fields f, String key, String advice, Problems problems) {
        return RevisionFields.string(f, key, advice, problems);
    }

    /** An optional text that, when given, is a JSON string. */
    static Optional<String> optionalString(Fields f, String key, Problems problems) {
        return RevisionFields.optionalString(f, key, problems);
    }

    private static Optional<Recorded> recorded(String text, Fields r, Problems problems) {
        try {
            return Optional.of(Recorded.parse(text));
        } catch (IllegalArgumentException e) {
            problems.add(r.get("recorded").orElseThrow(), r.path("recorded"), e.getMessage(), Optional.empty());
            return Optional.empty();
        }
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

    static void revision(JsonGenerator g, Revision r) throws IOException {
        RevisionJson.write(g, r);
    }

    static Optional<Revision> revision(Fields f, Problems problems) {
        return RevisionFields.revision(f, problems);
    }
}
