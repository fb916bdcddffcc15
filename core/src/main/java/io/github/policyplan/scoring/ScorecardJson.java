package io.github.policyplan.scoring;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.policyplan.internal.write.JsonOutput;
import io.github.policyplan.model.Goal;
import io.github.policyplan.model.Value;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Writes scorecards as JSON through Jackson's generator: keys in a fixed order, {@code \n} line
 * ends, numbers written exactly (the shortest text that reads back as the same double), so the
 * same inputs always give byte-identical output.
 */
final class ScorecardJson {

    private static final JsonFactory JSON = JsonFactory.builder().build();

    private ScorecardJson() {
    }

    static String write(List<Scorecard> cards) {
        return write(cards, null);
    }

    /** Writes cards, the one card with its provenance when it is given. */
    static String write(List<Scorecard> cards, io.github.policyplan.core.Provenance provenance) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.setPrettyPrinter(JsonOutput.prettyPrinter());
            if (cards.size() == 1) {
                card(g, cards.get(0), provenance);
            } else {
                g.writeStartArray();
                for (Scorecard c : cards) {
                    card(g, c, null);
                }
                g.writeEndArray();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out + "\n";
    }

    private static void card(JsonGenerator g, Scorecard card, io.github.policyplan.core.Provenance provenance)
            throws IOException {
        g.writeStartObject();
        g.writeStringField("plan", card.planId());
        g.writeStringField("asOf", card.asOf().toString());
        g.writeFieldName("root");
        node(g, card.root());
        if (provenance != null) {
            JsonOutput.provenance(g, provenance);
        }
        g.writeEndObject();
    }

    private static void node(JsonGenerator g, NodeScore n) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", n.id());
        g.writeStringField("title", n.title());
        g.writeStringField("kind", n.kind().name().toLowerCase(java.util.Locale.ROOT));
        g.writeFieldName("weight");
        number(g, n.weight());
        g.writeFieldName("score");
        optional(g, n.score());
        g.writeStringField("status", n.status().code());
        g.writeFieldName("coverage");
        number(g, n.coverage());
        g.writeObjectFieldStart("counts");
        for (Map.Entry<Status, Integer> e : n.counts().asMap().entrySet()) {
            g.writeNumberField(e.getKey().code(), e.getValue());
        }
        g.writeEndObject();
        if (!n.rollUp().isEmpty()) {
            g.writeStringField("rollUp", n.rollUp());
        }
        if (n.target().isPresent()) {
            target(g, n.target().get());
        }
        words(g, "explanation", n.explanation());
        if (n.shares().isPresent()) {
            shares(g, n.shares().get());
        }
        if (!n.children().isEmpty()) {
            g.writeArrayFieldStart("children");
            for (NodeScore c : n.children()) {
                node(g, c);
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static void words(JsonGenerator g, String field, io.github.policyplan.core.Explanation e)
            throws IOException {
        g.writeObjectFieldStart(field);
        g.writeStringField("en", e.inEnglish());
        g.writeStringField("zh", e.inChinese());
        g.writeEndObject();
    }

    /** A broken-down target's units: how many count, the roll-up in words, each unit's share as a node. */
    private static void shares(JsonGenerator g, UnitShares s) throws IOException {
        g.writeObjectFieldStart("breakdown");
        g.writeNumberField("reported", s.reported());
        g.writeNumberField("units", s.units().size());
        words(g, "coverage", s.coverage());
        words(g, "rollUp", s.rollUp());
        g.writeArrayFieldStart("shares");
        for (NodeScore u : s.units()) {
            node(g, u);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void target(JsonGenerator g, TargetResult t) throws IOException {
        g.writeFieldName("goal");
        goal(g, t.goal());
        g.writeStringField("unit", t.unit());
        g.writeFieldName("actual");
        if (t.actual().isPresent()) {
            Value v = t.actual().get();
            if (v instanceof Value.Amount) {
                number(g, ((Value.Amount) v).value());
            } else {
                g.writeString(v.toString());
            }
        } else {
            g.writeNull();
        }
        g.writeFieldName("reported");
        if (t.reported().isPresent()) {
            g.writeString(t.reported().get().toString());
        } else {
            g.writeNull();
        }
        if (t.source().isPresent()) {
            g.writeStringField("source", t.source().get());
        }
        g.writeFieldName("expected");
        if (t.expected().isPresent()) {
            goal(g, t.expected().get());
        } else {
            g.writeNull();
        }
        g.writeFieldName("start");
        optional(g, t.start());
        g.writeFieldName("pace");
        optional(g, t.pace());
        g.writeStringField("rule", t.rule());
        g.writeStringField("schedule", t.schedule());
        if (t.forecast().isPresent()) {
            Forecast f = t.forecast().get();
            g.writeObjectFieldStart("forecast");
            g.writeFieldName("projected");
            number(g, f.projected());
            g.writeStringField("at", f.at().toString());
            g.writeFieldName("currentRate");
            number(g, f.currentRate());
            g.writeFieldName("requiredRate");
            number(g, f.requiredRate());
            g.writeFieldName("ratio");
            number(g, f.ratio());
            g.writeStringField("likelihood", f.likelihood().code());
            g.writeNumberField("reports", f.reports());
            g.writeEndObject();
        }
    }

    private static void goal(JsonGenerator g, Goal goal) throws IOException {
        JsonOutput.goal(g, goal);
    }

    private static void optional(JsonGenerator g, OptionalDouble value) throws IOException {
        if (value.isPresent()) {
            number(g, value.getAsDouble());
        } else {
            g.writeNull();
        }
    }

    private static void number(JsonGenerator g, double value) throws IOException {
        JsonOutput.number(g, value);
    }
}
