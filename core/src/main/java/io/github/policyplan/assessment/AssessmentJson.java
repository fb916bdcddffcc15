package io.github.policyplan.assessment;

import io.github.policyplan.core.Explanation;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.policyplan.internal.write.JsonOutput;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/** Writes assessment results as deterministic JSON. */
final class AssessmentJson {

    private static final JsonFactory JSON = JsonFactory.builder().build();

    private AssessmentJson() {
    }

    static String write(AssessmentResult r) {
        return write(r, null);
    }

    /** Writes a result, with its provenance when it is given. */
    static String write(AssessmentResult r, io.github.policyplan.core.Provenance provenance) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.setPrettyPrinter(JsonOutput.prettyPrinter());
            g.writeStartObject();
            g.writeStringField("scheme", r.scheme());
            g.writeStringField("period", r.period().label());
            g.writeStringField("asOf", r.period().end().toString());
            g.writeArrayFieldStart("pools");
            for (PoolResult p : r.pools()) {
                g.writeStartObject();
                g.writeStringField("id", p.id());
                g.writeStringField("name", p.name());
                g.writeArrayFieldStart("ranking");
                for (UnitResult u : p.ranking()) {
                    unit(g, u);
                }
                g.writeEndArray();
                strings(g, "redList", p.redList());
                strings(g, "blackList", p.blackList());
                g.writeEndObject();
            }
            g.writeEndArray();
            if (provenance != null) {
                JsonOutput.provenance(g, provenance);
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out + "\n";
    }

    private static void unit(JsonGenerator g, UnitResult u) throws IOException {
        g.writeStartObject();
        g.writeStringField("unit", u.unit());
        g.writeStringField("name", u.name());
        g.writeNumberField("rank", u.rank());
        g.writeFieldName("score");
        optional(g, u.score());
        g.writeFieldName("base");
        optional(g, u.base());
        optional(g, "grade", u.grade());
        optional(g, "flag", u.flag());
        g.writeArrayFieldStart("contributions");
        for (Contribution c : u.contributions()) {
            contribution(g, c);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("adjustments");
        for (AppliedAdjustment a : u.adjustments()) {
            adjustment(g, a);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("notes");
        for (Explanation n : u.notes()) {
            g.writeStartObject();
            g.writeStringField("en", n.inEnglish());
            g.writeStringField("zh", n.inChinese());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeObjectFieldStart("explanation");
        g.writeStringField("en", u.explanation().inEnglish());
        g.writeStringField("zh", u.explanation().inChinese());
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void contribution(JsonGenerator g, Contribution c) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", c.id());
        g.writeStringField("role", c.role().english());
        g.writeFieldName("weight");
        JsonOutput.number(g, c.weight());
        g.writeFieldName("score");
        optional(g, c.score());
        g.writeStringField("status", c.status().code());
        if (!c.note().isEmpty()) {
            g.writeStringField("note", c.note());
        }
        g.writeEndObject();
    }

    private static void adjustment(JsonGenerator g, AppliedAdjustment a) throws IOException {
        AssessmentScheme.Adjustment entry = a.adjustment();
        g.writeStartObject();
        g.writeStringField("kind", entry.kind().name().toLowerCase(Locale.ROOT));
        g.writeFieldName("points");
        JsonOutput.number(g, entry.points());
        g.writeFieldName("counted");
        JsonOutput.number(g, a.counted());
        g.writeStringField("category", entry.category());
        g.writeStringField("reason", entry.reason());
        if (entry.evidence().isPresent()) {
            g.writeStringField("evidence", entry.evidence().get());
        }
        g.writeStringField("date", entry.date().toString());
        g.writeEndObject();
    }

    private static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    private static void optional(JsonGenerator g, String field, Optional<String> value) throws IOException {
        g.writeFieldName(field);
        if (value.isPresent()) {
            g.writeString(value.get());
        } else {
            g.writeNull();
        }
    }

    private static void optional(JsonGenerator g, OptionalDouble value) throws IOException {
        if (value.isPresent()) {
            JsonOutput.number(g, value.getAsDouble());
        } else {
            g.writeNull();
        }
    }
}
