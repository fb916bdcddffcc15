package io.github.policyplan.progress;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.github.policyplan.internal.write.AtomicFiles;
import io.github.policyplan.internal.write.JsonOutput;
import io.github.policyplan.internal.write.QuotingYaml;
import io.github.policyplan.internal.write.Separators;
import io.github.policyplan.model.Breakdown;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Writes a progress log as CSV, YAML or JSON in the form {@link ProgressReader} reads. The output is
 * canonical: reports in log order (by target in plan order, then by date), dates written out in
 * full ({@code 2023-03-31}), numbers as a person writes them ({@code 12}, not {@code 12.0}), keys
 * and columns in a fixed order, texts left out when absent, {@code \n} line ends. The same log
 * always gives byte-identical text, and reading it back against the plan gives an equal log.
 *
 * <p>YAML and JSON escape a line separator (U+2028), a paragraph separator (U+2029) and a byte-order
 * mark (U+FEFF) in a text; CSV has no escapes, so it keeps them as they are (the log reads back equal,
 * with a warning at each, and a strict read refuses the file): write YAML or JSON to keep such text
 * without a warning.
 *
 * <p>CSV has the {@code evidence} column only when some report has evidence, and the {@code recorded}
 * column after it when some report in force has a record time. A file holds the reports in force, each
 * with its record time; the versions they replaced are not written. Stateless and thread-safe.
 */
final class ProgressWriter {

    private static final YAMLFactory YAML = new QuotingYaml(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR));
    private static final JsonFactory JSON = JsonFactory.builder().build();
    private static final CsvFactory CSV = CsvFactory.builder().build();

    private ProgressWriter() {
    }

    static String write(ProgressLog log, ProgressFormat format) {
        StringWriter out = new StringWriter();
        try {
            if (format == ProgressFormat.CSV) {
                csv(log, out);
            } else {
                tree(log, format, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String text = format == ProgressFormat.YAML ? Separators.yaml(out.toString())
                : format == ProgressFormat.JSON ? Separators.json(out.toString()) : out.toString();
        return text.endsWith("\n") ? text : text + "\n";
    }

    static void write(ProgressLog log, Path path) throws IOException {
        String text = write(log, ProgressFormat.forFileName(path.getFileName().toString()));
        AtomicFiles.write(path, text);
    }

    private static void csv(ProgressLog known, Writer out) throws IOException {
        ProgressLog log = known.full();
        boolean recorded = !log.history().isEmpty();
        boolean evidence = recorded;
        boolean units = false;
        for (Series s : log.allSeries()) {
            evidence |= s.evidence != null;
            units |= s.target.indexOf(Breakdown.UNIT_SEPARATOR) >= 0;
        }
        CsvSchema.Builder columns = CsvSchema.builder();
        for (String c : CsvReports.COLUMNS.subList(0, recorded ? 7 : evidence ? 6 : 5)) {
            columns.addColumn(c);
            if (units && c.equals("target")) {
                columns.addColumn(CsvReports.UNIT);
            }
        }
        CsvSchema schema = columns.setLineSeparator("\n").build().withHeader();
        try (CsvGenerator g = CSV.createGenerator(out)) {
            g.setSchema(schema);
            for (Series s : log.allSeries()) {
                for (int i = 0; i < s.size(); i++) {
                    g.writeStartArray();
                    g.writeString(target(s.target));
                    if (units) {
                        g.writeString(unit(s.target));
                    }
                    g.writeString(s.date(i).toString());
                    g.writeString(s.levels != null && s.levels[i] != null ? s.levels[i]
                            : ReportRules.plain(s.amounts[i]));
                    g.writeString(text(s.sources, i));
                    g.writeString(text(s.notes, i));
                    if (evidence) {
                        g.writeString(text(s.evidence, i));
                    }
                    if (recorded) {
                        g.writeString(recorded(log, s, i).orElse(""));
                    }
                    g.writeEndArray();
                }
            }
        }
    }

    /** The target of a report key: {@code funds} of {@code funds@cgz}. */
    private static String target(String key) {
        int at = key.indexOf(Breakdown.UNIT_SEPARATOR);
        return at < 0 ? key : key.substring(0, at);
    }

    /** The unit of a report key: {@code cgz} of {@code funds@cgz}, or "". */
    private static String unit(String key) {
        int at = key.indexOf(Breakdown.UNIT_SEPARATOR);
        return at < 0 ? "" : key.substring(at + 1);
    }

    /** The record time of a report in force, if it has one. */
    private static Optional<String> recorded(ProgressLog log, Series s, int i) {
        Versions v = log.history().of(s.target);
        if (v == null || !v.has(s.day(i))) {
            return Optional.empty();
        }
        return Versions.unpack(v.recorded(v.to(s.day(i)) - 1)).map(Object::toString);
    }

    private static String text(String[] texts, int i) {
        return texts == null || texts[i] == null ? "" : texts[i];
    }

    private static void tree(ProgressLog known, ProgressFormat format, Writer out) throws IOException {
        ProgressLog log = known.full();
        try (JsonGenerator g = format == ProgressFormat.YAML ? YAML.createGenerator(out) : JSON.createGenerator(out)) {
            if (format == ProgressFormat.JSON) {
                g.setPrettyPrinter(JsonOutput.prettyPrinter());
            }
            g.writeStartObject();
            g.writeStringField("plan", log.planId());
            g.writeArrayFieldStart("reports");
            for (Series s : log.allSeries()) {
                for (int i = 0; i < s.size(); i++) {
                    g.writeStartObject();
                    g.writeStringField("target", target(s.target));
                    if (!unit(s.target).isEmpty()) {
                        g.writeStringField("unit", unit(s.target));
                    }
                    g.writeStringField("date", s.date(i).toString());
                    g.writeFieldName("value");
                    if (s.levels != null && s.levels[i] != null) {
                        g.writeString(s.levels[i]);
                    } else {
                        g.writeNumber(ReportRules.plain(s.amounts[i]));
                    }
                    optional(g, "source", s.sources, i);
                    optional(g, "note", s.notes, i);
                    optional(g, "evidence", s.evidence, i);
                    Optional<String> stamp = recorded(log, s, i);
                    if (stamp.isPresent()) {
                        g.writeStringField("recorded", stamp.get());
                    }
                    g.writeEndObject();
                }
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private static void optional(JsonGenerator g, String field, String[] texts, int i) throws IOException {
        if (texts != null && texts[i] != null) {
            g.writeStringField(field, texts[i]);
        }
    }
}
