package io.github.policyplan.plans;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import io.github.policyplan.internal.write.AtomicFiles;
import io.github.policyplan.internal.write.JsonOutput;
import io.github.policyplan.internal.write.QuotingYaml;
import io.github.policyplan.internal.write.Separators;
import io.github.policyplan.model.Baseline;
import io.github.policyplan.model.Checkpoint;
import io.github.policyplan.model.Department;
import io.github.policyplan.model.Derivation;
import io.github.policyplan.model.Goal;
import io.github.policyplan.model.Item;
import io.github.policyplan.model.Measure;
import io.github.policyplan.model.MeasureKind;
import io.github.policyplan.model.Plan;
import io.github.policyplan.model.Strategy;
import io.github.policyplan.model.Section;
import io.github.policyplan.model.Target;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Writes plans as YAML or JSON in the format {@link PlanReader} reads. The output is canonical:
 * keys in a fixed order, ids and dates written out in full, defaults left out, {@code \n} line
 * ends; the same plan always gives byte-identical text, and reading it back gives an equal plan.
 *
 * <p>Stateless and thread-safe.
 */
public final class PlanWriter {

    private static final YAMLFactory YAML = new QuotingYaml(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
            .stringQuotingChecker(new PlanQuotingChecker()));
    private static final JsonFactory JSON = JsonFactory.builder().build();

    private PlanWriter() {
    }

    /**
     * Writes a plan as text.
     *
     * @param plan   the plan
     * @param format YAML or JSON
     * @return the text, ending with a line break
     */
    public static String write(Plan plan, PlanFormat format) {
        StringWriter out = new StringWriter();
        try {
            write(plan, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String text = format == PlanFormat.YAML ? Separators.yaml(out.toString()) : Separators.json(out.toString());
        return text.endsWith("\n") ? text : text + "\n";
    }

    /**
     * Writes a plan to a file, YAML or JSON by its extension, in UTF-8. The text goes to a temporary
     * file in the same folder that is then moved into place, so an interrupted write never leaves a
     * truncated file behind.
     *
     * @param plan the plan
     * @param path the file
     * @throws IOException when the file cannot be written
     */
    public static void write(Plan plan, Path path) throws IOException {
        String text = write(plan, PlanFormat.forFileName(path.getFileName().toString()));
        AtomicFiles.write(path, text);
    }

    private static void write(Plan plan, PlanFormat format, Writer out) throws IOException {
        try (JsonGenerator g = format == PlanFormat.YAML ? YAML.createGenerator(out) : JSON.createGenerator(out)) {
            if (format == PlanFormat.JSON) {
                g.setPrettyPrinter(JsonOutput.prettyPrinter());
            }
            g.writeStartObject();
            g.writeStringField("id", plan.id());
            g.writeStringField("title", plan.title());
            g.writeStringField("issuer", plan.issuer());
            g.writeObjectFieldStart("period");
            g.writeStringField("start", plan.period().start().toString());
            g.writeStringField("end", plan.period().end().toString());
            g.writeEndObject();
            if (plan.source().isPresent()) {
                g.writeObjectFieldStart("source");
                g.writeStringField("title", plan.source().get().title());
                if (plan.source().get().location().isPresent()) {
                    g.writeStringField("location", plan.source().get().location().get());
                }
                g.writeEndObject();
            }
            g.writeArrayFieldStart("departments");
            for (Department d : plan.departments()) {
                g.writeStartObject();
                g.writeStringField("id", d.id());
                g.writeStringField("name", d.name());
                g.writeStringField("kind", d.kind().code());
                strings(g, "aliases", d.aliases());
                g.writeEndObject();
            }
            g.writeEndArray();
            strategy(g, "aggregation", plan.aggregation());
            strategy(g, "rule", plan.rule());
            if (plan.cadence().isPresent()) {
                g.writeStringField("cadence", plan.cadence().get().code());
            }
            BreakdownWriter.settings(g, plan.breakdownSettings());
            g.writeArrayFieldStart("sections");
            for (Section s : plan.sections()) {
                g.writeStartObject();
                g.writeStringField("id", s.id());
                g.writeStringField("title", s.title());
                weight(g, s.weight());
                strategy(g, "aggregation", s.aggregation());
                targets(g, plan, s.targets());
                if (!s.items().isEmpty()) {
                    g.writeArrayFieldStart("items");
                    for (Item i : s.items()) {
                        g.writeStartObject();
                        g.writeStringField("id", i.id());
                        g.writeStringField("title", i.title());
                        weight(g, i.weight());
                        strategy(g, "aggregation", i.aggregation());
                        targets(g, plan, i.targets());
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private static void targets(JsonGenerator g, Plan plan, List<Target> targets) throws IOException {
        if (targets.isEmpty()) {
            return;
        }
        g.writeArrayFieldStart("targets");
        for (Target t : targets) {
            target(g, t, plan.derivations());
            if (!plan.breakdowns().isEmpty()) {
                BreakdownWriter.breakdown(g, plan.breakdown(t.id()));
            }
            if (t.countsToward().isPresent()) {
                BreakdownWriter.countsToward(g, t.countsToward().get());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** Writes a derived target's {@code derived: {kind: [inputs]}}; nothing for a reported one. */
    private static void derivation(JsonGenerator g, Derivation d) throws IOException {
        if (d == null) {
            return;
        }
        g.writeObjectFieldStart("derived");
        strings(g, d.kind().code(), d.inputs());
        g.writeEndObject();
    }

    /**
     * Writes one target, every key in the canonical order, leaving its map open for its breakdown. About 60 lines because a target has about
     * thirty keys, each written where it stands in the format; the order is the point, so it stays in one place.
     */
    private static void target(JsonGenerator g, Target t, Map<String, Derivation> derived) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", t.id());
        g.writeStringField("title", t.title());
        if (t.gloss().isPresent()) {
            g.writeStringField("gloss", t.gloss().get());
        }
        Measure m = t.measure();
        g.writeStringField("kind", m.kind().code());
        String defaultUnit = m.kind() == MeasureKind.SHARE || m.kind() == MeasureKind.GROWTH_RATE ? "%" : "";
        if (!m.unit().equals(defaultUnit)) {
            g.writeStringField("unit", m.unit());
        }
        if (m.direction() != m.kind().defaultDirection()) {
            g.writeStringField("direction", m.direction().code());
        }
        if (m.kind() == MeasureKind.MILESTONE && !m.levels().equals(Measure.DEFAULT_STAGES)) {
            strings(g, "stages", m.levels());
        } else if (m.kind() == MeasureKind.GRADE) {
            strings(g, "grades", m.levels());
        }
        if (t.baseline().isPresent()) {
            Baseline b = t.baseline().get();
            g.writeFieldName("baseline");
            if (b.date().isPresent()) {
                g.writeStartObject();
                g.writeFieldName("value");
                number(g, b.value());
                g.writeStringField("date", b.date().get().toString());
                g.writeEndObject();
            } else {
                number(g, b.value());
            }
        }
        g.writeFieldName("goal");
        goal(g, t.goal());
        g.writeStringField("commitment", t.commitment().code());
        if (t.start().isPresent()) {
            g.writeStringField("start", t.start().get().toString());
        }
        g.writeStringField("due", t.due().toString());
        if (!t.checkpoints().isEmpty()) {
            g.writeArrayFieldStart("checkpoints");
            for (Checkpoint c : t.checkpoints()) {
                g.writeStartObject();
                g.writeStringField("date", c.date().toString());
                g.writeFieldName("value");
                goal(g, c.expected());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeStringField("lead", t.lead());
        strings(g, "cooperating", t.cooperating());
        weight(g, t.weight());
        strategy(g, "rule", t.rule());
        strategy(g, "schedule", t.schedule());
        if (t.cadence().isPresent()) {
            g.writeStringField("cadence", t.cadence().get().code());
        }
        derivation(g, derived.get(t.id()));
        if (t.quote().isPresent()) {
            g.writeStringField("quote", t.quote().get());
        }
        if (t.note().isPresent()) {
            g.writeStringField("note", t.note().get());
        }
    }

    private static void strategy(JsonGenerator g, String field, Optional<Strategy> strategy) throws IOException {
        if (strategy.isEmpty()) {
            return;
        }
        Strategy s = strategy.get();
        g.writeFieldName(field);
        if (s.parameters().isEmpty()) {
            g.writeString(s.name());
            return;
        }
        g.writeStartObject();
        g.writeStringField("name", s.name());
        for (Map.Entry<String, Object> e : s.parameters().entrySet()) {
            g.writeFieldName(e.getKey());
            plain(g, e.getValue());
        }
        g.writeEndObject();
    }

    static void goal(JsonGenerator g, Goal goal) throws IOException {
        JsonOutput.goal(g, goal);
    }

    private static void plain(JsonGenerator g, Object value) throws IOException {
        if (value instanceof Double) {
            number(g, (Double) value);
        } else if (value instanceof Boolean) {
            g.writeBoolean((Boolean) value);
        } else if (value instanceof List) {
            g.writeStartArray();
            for (Object o : (List<?>) value) {
                plain(g, o);
            }
            g.writeEndArray();
        } else if (value instanceof Map) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
                g.writeFieldName((String) e.getKey());
                plain(g, e.getValue());
            }
            g.writeEndObject();
        } else {
            g.writeString((String) value);
        }
    }

    static void weight(JsonGenerator g, double weight) throws IOException {
        if (weight != 1.0) {
            g.writeFieldName("weight");
            number(g, weight);
        }
    }

    private static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
        if (values.isEmpty()) {
            return;
        }
        g.writeArrayFieldStart(field);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    static void number(JsonGenerator g, double value) throws IOException {
        JsonOutput.number(g, value);
    }

    /**
     * Quotes keys (strategy parameter names) that hold a YAML-only line break, and values that YAML 1.1
     * would read as a number (sexagesimal {@code 1:30}, hex {@code 0x1F}, {@code .inf}) although
     * Jackson's own check lets them go plain.
     */
    private static final class PlanQuotingChecker extends StringQuotingChecker.Default {
        private static final long serialVersionUID = 1L;

        @Override
        public boolean needToQuoteName(String name) {
            return QuotingYaml.needsDoubleQuotes(name) || readsAsNumber(name) || super.needToQuoteName(name);
        }

        @Override
        public boolean needToQuoteValue(String value) {
            return readsAsNumber(value) || super.needToQuoteValue(value);
        }

        private static boolean readsAsNumber(String text) {
            return Resolver.INT.matcher(text).matches() || Resolver.FLOAT.matcher(text).matches();
        }
    }
}
