package io.github.policyplan.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.policyplan.internal.read.Problems;
import io.github.policyplan.model.Report;
import io.github.policyplan.model.ReportVersion;
import io.github.policyplan.schema.SchemaFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The JSON Schema of a journal line, {@code journal-line.schema.json}, both ways: every line a journal
 * writes validates and reads back, and each line refused for its shape is refused by the schema and by
 * the reader. What needs the plan (a target that exists, a date in the period, a value that fits, a
 * second value for a report) only the reader can refuse.
 */
class JournalSchemaTest {

    private static final String SCHEMA = "journal-line.schema.json";

    @TempDir
    Path dir;

    @Test
    void everyLineAJournalWritesValidatesAndReadsBack() throws IOException {
        Path path = dir.resolve("all.jsonl");
        try (Journal journal = Journal.open(path, StoreFixtures.plan())) {
            journal.add(List.of(StoreFixtures.version("s1.i1.t1", "2023-06-30", 6, "2023-07-01T10:00:30"),
                    new ReportVersion(new Report("s1.i1.t3", LocalDate.of(2023, 6, 30),
                            io.github.policyplan.model.Value.level("开工"), Optional.of("县工信局"),
                            Optional.of("主体工程开工, \"进度正常\"\n第二行"), Optional.of("工信〔2023〕12号")),
                            Optional.empty())));
            journal.correct(StoreFixtures.version("s1.i1.t1", "2023-06-30", 7, "2023-07-03"));
            journal.revise(StoreFixtures.lowerGoal());
            journal.revise(StoreFixtures.laterDue());
            journal.revise(StoreFixtures.withdrawn());
            journal.revise(StoreFixtures.added());
        }
        List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(7);
        for (int i = 0; i < lines.size(); i++) {
            assertThat(SchemaFiles.validate(SCHEMA, json(lines.get(i)))).as(lines.get(i)).isEmpty();
            Problems problems = new Problems("all.jsonl", 100);
            boolean read = i == 0 ? JournalLines.header(lines.get(i), 1, problems).isPresent()
                    : JournalLines.entry(lines.get(i), i + 1, problems).isPresent();
            assertThat(read).as(lines.get(i)).isTrue();
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "{\"kind\":\"reports\",\"reports\":[]}",
        "{\"kind\":\"reports\",\"reports\":[{\"target\":\"s1.i1.t1\",\"date\":\"2023-06-30\",\"value\":true}]}",
        "{\"kind\":\"reports\",\"reports\":[{\"target\":\"s1.i1.t1\",\"date\":\"2023-Q2\",\"value\":1}]}",
        "{\"kind\":\"reports\",\"reports\":[{\"target\":\"s1.i1.t1\",\"date\":\"2023-06-30\"}]}",
        "{\"kind\":\"reports\",\"reports\":[{\"target\":12,\"date\":\"2023-06-30\",\"value\":1}]}",
        "{\"kind\":\"reports\",\"reports\":[{\"target\":\" \",\"date\":\"2023-06-30\",\"value\":1}]}",
        "{\"kind\":\"reports\",\"reports\":[{\"target\":\"s1.i1.t1\",\"date\":\"2023-06-30\",\"value\":\" \"}]}",
        "{\"kind\":\"reports\",\"reports\":[{\"target\":\"s1.i1.t1\",\"date\":\"2023-06-30\",\"value\":1,\"taget\":1}]}",
        "{\"kind\":\"reports\",\"reports\":[{\"target\":\"s1.i1.t1\",\"date\":\"2023-06-30\",\"value\":1,"
                + "\"recorded\":\"2023/07/01\"}]}",
        "{\"kind\":\"reports\",\"reports\":[{\"target\":\"s1.i1.t1\",\"date\":\"2023-06-30\",\"value\":1,\"note\":3}]}",
        "{\"kind\":\"correction\"}",
        "{\"kind\":\"corection\",\"report\":{\"target\":\"s1.i1.t1\",\"date\":\"2023-06-30\",\"value\":1}}",
        "{\"kind\":\"revision\",\"revision\":{\"id\":\"r1\",\"target\":\"s1.i1.t1\",\"effective\":\"2023-07-01\","
                + "\"decided\":\"2023-07-10\",\"reason\":\"下调\",\"change\":\"goal\"}}",
        "{\"kind\":\"revision\",\"revision\":{\"id\":\"r1\",\"target\":\"s1.i1.t1\",\"effective\":\"2023-07-01\","
                + "\"decided\":\"2023-07-10\",\"reason\":\"下调\",\"change\":\"goal\",\"goal\":8,\"due\":\"2024-12-31\"}}",
        "{\"kind\":\"revision\",\"revision\":{\"id\":\"r1\",\"target\":\"s1.i1.t1\",\"effective\":\"2023-07-01\","
                + "\"decided\":\"2023-07-10\",\"reason\":\" \",\"change\":\"withdraw\"}}",
        "{\"kind\":\"revision\",\"revision\":{\"id\":\"r1\",\"target\":\"s1.i1.t1\",\"effective\":\"2023-07-01\","
                + "\"decided\":\"2023-07-10\",\"reason\":\"调整\",\"change\":\"add\"}}",
        "{\"kind\":\"revision\",\"revision\":{\"id\":\"r1\",\"target\":\"s1.i1.t9\",\"effective\":\"2023-07-01\","
                + "\"decided\":\"2023-07-10\",\"reason\":\"调整\",\"change\":\"add\",\"item\":\"s1.i1\",\"title\":\"新\","
                + "\"kind\":\"counts\",\"goal\":3,\"due\":\"2023-12-31\",\"lead\":\"kj\"}}",
        "{\"kind\":\"revision\",\"revision\":{\"id\":\"r1\",\"target\":\"s1.i1.t1\",\"effective\":\"2023-07-01\","
                + "\"decided\":\"2023-07-10\",\"reason\":\"调整\",\"change\":\"withdraw\",\"lead\":\"kj\"}}",
        "{\"kind\":\"revision\",\"revision\":{\"id\":\"r1\",\"target\":\"s1.i1.t1\",\"effective\":\"2023-07-01\","
                + "\"decided\":\"2023-07-10\",\"reason\":\"调整\",\"change\":\"goal\",\"goal\":{\"low\":1}}}",
        "[1, 2]",
        "{\"kind\":\"reports\",\"reports\":[{\"target\":\"s1.i1.t1\",\"date\":\"2023-06-30\",\"value\":1}],\"x\":1}"})
    void aLineRefusedForItsShapeIsRefusedByTheSchemaAndTheReader(String line) {
        assertThat(SchemaFiles.validate(SCHEMA, json(line))).as("schema errors").isNotEmpty();
        Problems problems = new Problems("bad.jsonl", 100);
        assertThat(JournalLines.entry(line, 2, problems)).isEmpty();
        assertThat(problems.sorted()).isNotEmpty().allSatisfy(p -> assertThat(p.line()).isEqualTo(2));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "{\"journal\":\"policyplan\",\"version\":2,\"plan\":\"small-2023\"}",
        "{\"journal\":\"other\",\"version\":1,\"plan\":\"small-2023\"}",
        "{\"journal\":\"policyplan\",\"version\":1}",
        "{\"journal\":\"policyplan\",\"version\":1,\"plan\":5}"})
    void aFirstLineRefusedForItsShapeIsRefusedByTheSchemaAndTheReader(String line) {
        assertThat(SchemaFiles.validate(SCHEMA, json(line))).as("schema errors").isNotEmpty();
        Problems problems = new Problems("bad.jsonl", 100);
        assertThat(JournalLines.header(line, 1, problems)).isEmpty();
        assertThat(problems.isEmpty()).isFalse();
    }

    private static JsonNode json(String text) {
        try {
            return SchemaFiles.JSON.readTree(text);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
