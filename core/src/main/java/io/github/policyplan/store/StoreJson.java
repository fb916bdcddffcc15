package io.github.policyplan.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.policyplan.core.Problem;
import io.github.policyplan.internal.read.DateReader;
import io.github.policyplan.internal.read.Fields;
import io.github.policyplan.internal.read.Node;
import io.github.policyplan.internal.read.Problems;
import io.github.policyplan.internal.read.TreeReader;
import io.github.policyplan.internal.write.JsonOutput;
import io.github.policyplan.model.Goal;
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
 * decided, reason, reference, change} and the change's own key). Writing is compact, one line,
 * numbers exact; reading reports every problem with its column and path.
 */
final class StoreJson {

    static final List<String> REPORT_KEYS = List.of("target", "date", "value", "source", "note", "evidence",
            "recorded");
    static final List<String> REVISION_KEYS = List.of("id", "target", "effective", "decided", "reason", "reference",
            "change", "goal", "due");

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
        return out.toString();
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

    /** A day written in full, as stores write it: 2023-06-30. */
    private static final java.util.regex.Pattern DAY = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private static Optional<LocalDate> date(Fields f, String key, String advice, Problems problems) {
        Optional<Node> n = f.require(key, advice);
        if (n.isEmpty()) {
            return Optional.empty();
        }
        if (n.get() instanceof Node.ScalarNode s && s.type() == Node.ScalarType.STRING
                && DAY.matcher(s.text()).matches()) {
            try {
                return Optional.of(LocalDate.parse(s.text()));
            } catch (java.time.format.DateTimeParseException e) {
                // Reported below.
            }
        }
        problems.add(n.get(), f.path(key), "expected a day written in full, such as 2023-06-30, found "
                + n.get().describe(), Optional.empty());
        return Optional.empty();
    }

    /** A required text that is a JSON string and not blank. */
    static Optional<String> string(Fields f, String key, String advice, Problems problems) {
        return f.require(key, advice).flatMap(n -> string(f, key, n, problems));
    }

    /** An optional text that, when given, is a JSON string. */
    static Optional<String> optionalString(Fields f, String key, Problems problems) {
        return f.get(key).flatMap(n -> string(f, key, n, problems)).filter(t -> !t.isEmpty());
    }

    private static Optional<String> string(Fields f, String key, Node n, Problems problems) {
        if (n instanceof Node.ScalarNode s && s.type() == Node.ScalarType.STRING) {
            if (s.text().isBlank() && !List.of("source", "note", "evidence", "reference").contains(key)) {
                problems.add(n, f.path(key), "expected a text that is not blank, found '" + s.text() + "'",
                        Optional.empty());
                return Optional.empty();
            }
            return Optional.of(s.text());
        }
        problems.add(n, f.path(key), "expected a text (a JSON string), found " + n.describe(), Optional.empty());
        return Optional.empty();
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
        g.writeStartObject();
        g.writeStringField("id", r.id());
        g.writeStringField("target", r.target());
        g.writeStringField("effective", r.effective().toString());
        g.writeStringField("decided", r.decided().toString());
        g.writeStringField("reason", r.reason());
        optional(g, "reference", r.reference());
        g.writeStringField("change", r.change().kind());
        if (r.change() instanceof Revision.NewGoal goal) {
            g.writeFieldName("goal");
            JsonOutput.goal(g, goal.goal());
        } else if (r.change() instanceof Revision.NewDue due) {
            g.writeStringField("due", due.due().toString());
        } else if (r.change() instanceof Revision.Added) {
            throw new IllegalArgumentException("revision " + r.id() + " adds a target: a store keeps goals, due dates"
                    + " and withdrawals; keep added targets in the revision file");
        }
        g.writeEndObject();
    }

    static Optional<Revision> revision(Fields f, Problems problems) {
        int before = problems.total();
        Optional<String> id = string(f, "id", "id: the revision's id", problems);
        Optional<String> target = string(f, "target", "target: the id of the target changed", problems);
        Optional<LocalDate> effective = date(f, "effective", "effective: the day it takes effect", problems);
        Optional<LocalDate> decided = date(f, "decided", "decided: the day it was decided", problems);
        Optional<String> reason = string(f, "reason", "reason: why, in the words of the decision", problems);
        Optional<String> reference = optionalString(f, "reference", problems);
        Optional<Revision.Change> change = string(f, "change", "change: goal, due or withdraw", problems)
                .flatMap(kind -> change(kind, f, problems));
        if (id.isEmpty() || target.isEmpty() || effective.isEmpty() || decided.isEmpty() || reason.isEmpty()
                || change.isEmpty() || f.failed() || problems.total() > before) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Revision(id.get(), target.get(), effective.get(), decided.get(), reason.get(),
                    reference, change.get()));
        } catch (IllegalArgumentException e) {
            problems.add(f.node(), f.path(), e.getMessage(), Optional.empty());
            return Optional.empty();
        }
    }

    private static Optional<Revision.Change> change(String kind, Fields f, Problems problems) {
        for (String key : List.of("goal", "due")) {
            if (f.has(key) && !key.equals(kind)) {
                f.problem(key, "a revision that changes " + kind + " has no " + key, Optional.of("remove " + key
                        + ", or record a revision of its own for it"));
            }
        }
        switch (kind) {
            case "goal":
                return f.require("goal", "goal: the new goal, a number, {low, high}, a stage or *")
                        .flatMap(n -> goal(n, f, problems)).map(Revision.NewGoal::new);
            case "due":
                return date(f, "due", "due: the new due date", problems).map(Revision.NewDue::new);
            case "withdraw":
                return Optional.of(new Revision.Withdrawn());
            default:
                f.problem("change", "unknown change '" + kind + "'", Optional.of("the changes a store keeps are goal,"
                        + " due and withdraw"));
                return Optional.empty();
        }
    }

    private static Optional<Goal> goal(Node n, Fields f, Problems problems) {
        if (n instanceof Node.ScalarNode s && (s.type() == Node.ScalarType.INTEGER
                || s.type() == Node.ScalarType.DECIMAL)) {
            return f.number("goal", n).map(Goal::of);
        }
        if (n instanceof Node.ScalarNode s && s.type() == Node.ScalarType.STRING && !s.text().isBlank()) {
            return Optional.of(s.text().equals("*") ? Goal.unset() : Goal.level(s.text()));
        }
        if (n instanceof Node.MapNode) {
            Optional<Fields> band = f.open(n, "goal", -1, "a band of goals", List.of("low", "high"));
            if (band.isPresent()) {
                Optional<Double> low = band.get().require("low", "low: the lower end").flatMap(
                        x -> band.get().number("low", x));
                Optional<Double> high = band.get().require("high", "high: the upper end").flatMap(
                        x -> band.get().number("high", x));
                if (low.isPresent() && high.isPresent()) {
                    try {
                        return Optional.of(Goal.band(low.get(), high.get()));
                    } catch (IllegalArgumentException e) {
                        problems.add(n, f.path("goal"), e.getMessage(), Optional.empty());
                    }
                }
            }
            return Optional.empty();
        }
        problems.add(n, f.path("goal"), "expected a goal (a number, {low, high}, a stage or *), found "
                + n.describe());
        return Optional.empty();
    }
}
