package io.github.policyplan.progress;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policyplan.core.Loaded;
import io.github.policyplan.model.Plan;
import io.github.policyplan.model.Report;
import io.github.policyplan.model.Value;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writing progress logs: the canonical CSV, YAML and JSON of a log (golden files), that texts which
 * need quoting in each format read back unchanged, that nothing of the machine (locale, time zone)
 * changes a byte, and that a file is replaced atomically. To accept a deliberate change of format,
 * delete the golden file, run the test (it fails once, writing the file) and review the new file.
 */
class ProgressWriterTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final Plan PLAN = ProgressFixtures.small();
    private static final ProgressLog LOG = Progress.parse(ProgressReaderTest.CSV, "q2.csv", PLAN);

    @Test
    void writesTheCanonicalCsvOfALog() throws IOException {
        assertGolden("progress-small.csv", Progress.toCsv(LOG));
    }

    @Test
    void writesTheCanonicalYamlOfALog() throws IOException {
        assertGolden("progress-small.yaml", Progress.toYaml(LOG));
    }

    @Test
    void writesTheCanonicalJsonOfALog() throws IOException {
        assertGolden("progress-small.json", Progress.toJson(LOG));
    }

    @Test
    void writesTheHeaderAloneForAnEmptyLog() {
        ProgressLog empty = ProgressLog.empty(PLAN);

        assertThat(Progress.toCsv(empty)).isEqualTo("target,date,value,source,note\n");
        assertThat(Progress.toYaml(empty)).isEqualTo("plan: small-2023\nreports: []\n");
        assertThat(Progress.parse(Progress.toJson(empty), "e.json", PLAN)).isEqualTo(empty);
    }

    @Test
    void readsBackTextsThatNeedQuotingInEveryFormat() {
        List<String> tricky = List.of("null", "~", "true", "no", "12", "-3.5", "- a", "a: b", "#c", "'q'", "\"q\"",
                "[x]", "{y}", "a,b", "*", "&a", "两行\n备注", "tab\there", "cr\rlf", "crlf\r\nx", " lead", "trail ",
                "“引号”，逗号", "=1+2", "\u2028", "emoji \uD83D\uDE00");
        List<Report> reports = new ArrayList<>();
        for (int i = 0; i < tricky.size(); i++) {
            reports.add(new Report("energy", LocalDate.of(2023, 1, 1).plusDays(i), Value.of(i), Optional.of(tricky.get(i)),
                    Optional.of(tricky.get(i)), Optional.of(tricky.get(i))));
        }
        ProgressLog log = ProgressLog.of(PLAN, reports);

        assertThat(Progress.parse(Progress.toCsv(log), "t.csv", PLAN).reports()).isEqualTo(reports);
        assertThat(Progress.parse(Progress.toYaml(log), "t.yaml", PLAN).reports()).isEqualTo(reports);
        assertThat(Progress.parse(Progress.toJson(log), "t.json", PLAN).reports()).isEqualTo(reports);
    }

    /**
     * Issue 12 point 4: YAML and JSON escape the line and paragraph separators and the byte-order mark, so
     * that no raw one is written and the log reads back exactly, with no warning at such a character.
     * CSV cannot escape them: it keeps them, and the log reads back exactly, with a warning at each.
     */
    @Test
    void escapesSeparatorsAndByteOrderMarksInYamlAndJsonAndKeepsThemInCsv() {
        List<String> texts = List.of("a\u2028b", "c\u2029d", "e\uFEFFf", "\uFEFFstart", "end\uFEFF", "\u2028",
                "x\u2028\u2029\uFEFF\u0085y", "两行\n\u2028备注", "back\\slash\uFEFF\"q\"");
        List<Report> reports = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            reports.add(new Report("energy", LocalDate.of(2023, 1, 1).plusDays(i), Value.of(i), Optional.of(texts.get(i)),
                    Optional.of(texts.get(i)), Optional.of(texts.get(i))));
        }
        ProgressLog log = ProgressLog.of(PLAN, reports);

        for (String[] written : List.of(new String[] {Progress.toYaml(log), "t.yaml"},
                new String[] {Progress.toJson(log), "t.json"})) {
            assertThat(written[0]).as(written[1]).doesNotContain("\u2028").doesNotContain("\u2029")
                    .doesNotContain("\uFEFF");
            Loaded<ProgressLog> back = Progress.reader().load(written[0], written[1], PLAN);
            assertThat(back.value().reports()).as(written[1]).isEqualTo(reports);
            assertThat(back.warnings()).as(written[1]).noneMatch(w -> w.message().startsWith("the text holds"));
        }
        Loaded<ProgressLog> csv = Progress.reader().load(Progress.toCsv(log), "t.csv", PLAN);
        assertThat(csv.value().reports()).isEqualTo(reports);
        assertThat(csv.warnings()).filteredOn(w -> w.message().startsWith("the text holds")).isNotEmpty();
    }

    @Test
    void writesNumbersAsAPersonWritesThem() {
        ProgressLog log = ProgressLog.of(PLAN, List.of(Report.of("energy", LocalDate.of(2023, 1, 31), 12.0),
                Report.of("energy", LocalDate.of(2023, 2, 28), 0.000001), Report.of("energy",
                        LocalDate.of(2023, 3, 31), 1e20), Report.of("energy", LocalDate.of(2023, 4, 30), -0.5)));

        assertThat(Progress.toCsv(log)).isEqualTo("""
                target,date,value,source,note
                energy,2023-01-31,12,,
                energy,2023-02-28,0.000001,,
                energy,2023-03-31,100000000000000000000,,
                energy,2023-04-30,-0.5,,
                """);
    }

    @Test
    void writesTheSameBytesWhateverTheLocaleAndTimeZone() {
        String csv = Progress.toCsv(LOG);
        String yaml = Progress.toYaml(LOG);
        String json = Progress.toJson(LOG);
        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        try {
            for (String tag : List.of("tr-TR", "zh-CN", "de-DE", "ar-EG")) {
                Locale.setDefault(Locale.forLanguageTag(tag));
                TimeZone.setDefault(TimeZone.getTimeZone(tag.equals("zh-CN") ? "Asia/Shanghai" : "Pacific/Kiritimati"));
                ProgressLog again = Progress.parse(ProgressReaderTest.CSV, "q2.csv", PLAN);
                assertThat(Progress.toCsv(again)).as(tag).isEqualTo(csv);
                assertThat(Progress.toYaml(again)).as(tag).isEqualTo(yaml);
                assertThat(Progress.toJson(again)).as(tag).isEqualTo(json);
            }
        } finally {
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
        }
    }

    @Test
    void writesAFileAtomicallyInTheFormatOfItsExtension(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("log.csv");
        Path yaml = dir.resolve("log.yaml");
        Path json = dir.resolve("log.json");
        Files.writeString(csv, "old content");

        Progress.write(LOG, csv);
        Progress.write(LOG, yaml);
        Progress.write(LOG, json);

        assertThat(Files.readString(csv, StandardCharsets.UTF_8)).isEqualTo(Progress.toCsv(LOG));
        assertThat(Files.readString(yaml, StandardCharsets.UTF_8)).isEqualTo(Progress.toYaml(LOG));
        assertThat(Files.readString(json, StandardCharsets.UTF_8)).isEqualTo(Progress.toJson(LOG));
        assertThat(Progress.read(csv, PLAN)).isEqualTo(LOG);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
                    .containsExactly("log.csv", "log.json", "log.yaml");
        }
    }

    private static void assertGolden(String name, String actual) throws IOException {
        Path file = GOLDEN.resolve(name);
        if (!Files.exists(file)) {
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            throw new AssertionError("golden file " + file + " was missing and has been written; review and commit it");
        }
        assertThat(actual).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }
}
