package io.github.policyplan.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Named.named;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.github.policyplan.model.Plan;
import io.github.policyplan.plans.Plans;
import com.networknt.schema.Error;
import io.github.policyplan.schema.SchemaFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The JSON Schema of progress files in YAML and JSON, {@code progress.schema.json}, accepts what
 * {@link ProgressReader} accepts and refuses what it refuses for a reason of shape: every valid progress
 * file validates, the bad files refused for their shape are refused, and, one form at a time, the schema
 * and the reader agree. What needs the plan — whether a target exists, whether a date lies in the period,
 * whether a value fits its target's measure, conflicting reports — only the reader can refuse; those cases
 * are listed apart, so that the schema's limits are stated, not hidden.
 */
class ProgressSchemaTest {

    private static final String SCHEMA = "progress.schema.json";
    private static final Path RESOURCES = Path.of("src/test/resources");
    private static final Path EXAMPLES = Path.of("../examples/src/main/resources");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"golden/progress-small.yaml", "golden/progress-small.json"})
    void acceptsEveryValidProgressFile(String file) throws IOException {
        Path path = RESOURCES.resolve(file);

        assertThat(SchemaFiles.validate(SCHEMA, SchemaFiles.yaml(path))).isEmpty();
        assertThat(Progress.read(path, Plans.read(RESOURCES.resolve("plans/small.yaml"))).targets()).isNotEmpty();
    }

    @ParameterizedTest(name = "{0} written as YAML and as JSON")
    @ValueSource(strings = {"county-2023", "investment-2023"})
    void acceptsTheExamplesReportsWrittenAsYamlAndJson(String name) throws IOException {
        Plan plan = Plans.read(EXAMPLES.resolve("plans/" + name + ".yaml"));
        ProgressLog log = Progress.read(EXAMPLES.resolve("progress/" + name + ".csv"), plan);

        assertThat(SchemaFiles.validate(SCHEMA, SchemaFiles.yaml(Progress.toYaml(log)))).isEmpty();
        assertThat(SchemaFiles.validate(SCHEMA, SchemaFiles.yaml(Progress.toJson(log)))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"bad/progress/yaml-02-malformed-date.yaml", "bad/progress/yaml-09-missing-value.yaml",
            "bad/progress/yaml-10-unknown-key.yaml", "bad/progress/yaml-12-list-not-map.yaml",
            "bad/progress/yaml-16-value-not-a-scalar.yaml", "bad/progress/yaml-17-missing-reports.yaml",
            "bad/progress/yaml-18-many-problems.yaml", "corpus/progress/yaml-date-slashes.yaml",
            "corpus/progress/yaml-date-two-digit-year.yaml", "corpus/progress/yaml-date-month-end-in-chinese.yaml",
            "corpus/progress/yaml-key-typo-taget.yaml", "corpus/progress/yaml-key-typo-vlaue.yaml",
            "corpus/progress/yaml-key-capitalised-reports.yaml", "corpus/progress/yaml-reports-as-map.yaml",
            "corpus/progress/yaml-scalar-not-map.yaml", "corpus/progress/yaml-empty-value.yaml"})
    void refusesTheBadFilesTheReaderRefusesForTheirShape(String file) {
        assertThat(SchemaFiles.validate(SCHEMA, SchemaFiles.yaml(RESOURCES.resolve(file)))).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    void agreesWithTheReader(String yaml, boolean accepted) throws IOException {
        Plan plan = Plans.read(RESOURCES.resolve("plans/small.yaml"));
        Throwable thrown = catchThrowable(() -> Progress.parse(yaml, "progress.yaml", plan));

        List<Error> errors = SchemaFiles.validate(SCHEMA, SchemaFiles.yaml(yaml));

        if (!accepted) {
            assertThat(thrown).as("what the reader throws").isInstanceOf(ProgressException.class);
        }
        assertThat(thrown == null).as("the reader accepts it (threw %s)", thrown).isEqualTo(accepted);
        assertThat(errors.isEmpty()).as("the schema accepts it (errors: %s)", errors).isEqualTo(accepted);
    }

    static Stream<Arguments> forms() {
        return Stream.of(
                accepted("a count", "{target: s1.i1.t1, date: 2023-Q1, value: 3}"),
                accepted("a decimal share", "{target: s1.t1, date: 2023-06-30, value: 56.5}"),
                accepted("a percentage for a share", "{target: s1.t1, date: 2023-Q1, value: 55.5%}"),
                accepted("a percentage with a full-width sign", "{target: s1.t1, date: 2023-Q1, value: 55.5％}"),
                accepted("a negative level", "{target: energy, date: 2023-06-30, value: -0.5}"),
                accepted("a stage", "{target: s1.i1.t3, date: 2023-06-30, value: 开工}"),
                accepted("a grade", "{target: s1.i1.t4, date: 2023-Q1, value: 基本实现}"),
                accepted("a year written as a number", "{target: s1.i1.t1, date: 2023, value: 3}"),
                accepted("a year in quotes", "{target: s1.i1.t1, date: '2023', value: 3}"),
                accepted("a quarter in lower case", "{target: s1.i1.t1, date: 2023-q2, value: 3}"),
                accepted("a month", "{target: s1.i1.t1, date: 2023-06, value: 3}"),
                accepted("source, note and evidence",
                        "{target: s1.i1.t1, date: 2023-Q1, value: 3, source: 县科技局, note: 认定3家, evidence: 科〔2023〕3号}"),
                accepted("a note written as a number", "{target: s1.i1.t1, date: 2023-Q1, value: 3, note: 100}"),
                accepted("an empty source", "{target: s1.i1.t1, date: 2023-Q1, value: 3, source: ''}"),
                accepted("a note left empty (null)", "{target: s1.i1.t1, date: 2023-Q1, value: 3, note: }"),
                acceptedFile("no plan key", "reports:\n  - {target: s1.i1.t1, date: 2023-Q1, value: 3}\n"),
                acceptedFile("the plan key left empty", "plan:\nreports:\n  - {target: s1.i1.t1, date: 2023-Q1, value: 3}\n"),
                acceptedFile("no report at all", "plan: small-2023\nreports: []\n"),
                acceptedFile("the same file in JSON",
                        "{\"plan\": \"small-2023\", \"reports\": [{\"target\": \"s1.i1.t1\", \"date\": \"2023-Q1\", \"value\": 3}]}"),

                refused("no target", "{date: 2023-Q1, value: 3}"),
                refused("no date", "{target: s1.i1.t1, value: 3}"),
                refused("no value", "{target: s1.i1.t1, date: 2023-Q1}"),
                refused("a value left empty (null)", "{target: s1.i1.t1, date: 2023-Q1, value: }"),
                refused("an unknown key", "{target: s1.i1.t1, date: 2023-Q1, value: 3, remark: 认定3家}"),
                refused("a date with slashes", "{target: s1.i1.t1, date: 2023/06/30, value: 3}"),
                refused("a date with dots", "{target: s1.i1.t1, date: 2023.06.30, value: 3}"),
                refused("a month not padded", "{target: s1.i1.t1, date: 2023-6, value: 3}"),
                refused("a fifth quarter", "{target: s1.i1.t1, date: 2023-Q5, value: 3}"),
                refused("a thirteenth month", "{target: s1.i1.t1, date: 2023-13, value: 3}"),
                refused("a date the Chinese way (plans and schemes only)", "{target: s1.i1.t1, date: 2023年6月底, value: 3}"),
                refused("a year with a fraction", "{target: s1.i1.t1, date: 2023.5, value: 3}"),
                refused("a date given as a list", "{target: s1.i1.t1, date: [2023-Q1], value: 3}"),
                refused("a value given as a map", "{target: s1.i1.t1, date: 2023-Q1, value: {low: 1, high: 2}}"),
                refused("a value given as a list", "{target: s1.i1.t1, date: 2023-Q1, value: [3]}"),
                refused("a blank stage", "{target: s1.i1.t3, date: 2023-06-30, value: ' '}"),
                refused("a note given as a list", "{target: s1.i1.t1, date: 2023-Q1, value: 3, note: [a, b]}"),
                refused("a target given as a list", "{target: [s1.i1.t1], date: 2023-Q1, value: 3}"),
                refusedFile("a report that is not a map", "reports:\n  - 3\n"),
                refusedFile("reports as a map", "reports:\n  s1.i1.t1: 3\n"),
                refusedFile("reports left empty (null)", "plan: small-2023\nreports:\n"),
                refusedFile("no reports key", "plan: small-2023\n"),
                refusedFile("a list, not a map", "- {target: s1.i1.t1, date: 2023-Q1, value: 3}\n"),
                refusedFile("an unknown key in the file", "plan: small-2023\nperiod: 2023\nreports: []\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("needThePlan")
    void onlyTheReaderRefusesWhatNeedsThePlan(String yaml) throws IOException {
        Plan plan = Plans.read(RESOURCES.resolve("plans/small.yaml"));

        assertThat(catchThrowable(() -> Progress.parse(yaml, "progress.yaml", plan)))
                .isInstanceOf(ProgressException.class);
        assertThat(SchemaFiles.validate(SCHEMA, SchemaFiles.yaml(yaml))).isEmpty();
    }

    static Stream<Arguments> needThePlan() {
        return Stream.of(
                needsThePlan("a target the plan lacks", "{target: s1.i1.t9, date: 2023-Q1, value: 3}"),
                needsThePlan("a date outside the plan's period", "{target: s1.i1.t1, date: 2026-01-01, value: 3}"),
                needsThePlan("a day that does not exist", "{target: s1.i1.t1, date: 2023-02-30, value: 3}"),
                needsThePlan("a number in quotes for a count", "{target: s1.i1.t1, date: 2023-Q1, value: '3'}"),
                needsThePlan("a percentage for a count", "{target: s1.i1.t1, date: 2023-Q1, value: 3%}"),
                needsThePlan("a number for a milestone", "{target: s1.i1.t3, date: 2023-06-30, value: 2}"),
                needsThePlan("a stage the target lacks", "{target: s1.i1.t3, date: 2023-06-30, value: 完工}"),
                needsThePlan("two values for one target and date",
                        "{target: s1.i1.t1, date: 2023-Q1, value: 3}\n  - {target: s1.i1.t1, date: 2023-03-31, value: 4}"),
                arguments(named("the id of another plan", "plan: county-2023\nreports: []\n")));
    }

    @Test
    void theSchemaIsTheOneTheDocsAndReadmePointAt() {
        assertThat(SchemaFiles.document(SCHEMA).path("$id").asText())
                .isEqualTo("https://policyplan.github.io/schema/0.2/progress.schema.json");
    }

    private static String file(String report) {
        return "plan: small-2023\nreports:\n  - " + report + "\n";
    }

    private static Arguments accepted(String name, String report) {
        return arguments(named(name, file(report)), true);
    }

    private static Arguments refused(String name, String report) {
        return arguments(named(name, file(report)), false);
    }

    private static Arguments acceptedFile(String name, String yaml) {
        return arguments(named(name, yaml), true);
    }

    private static Arguments refusedFile(String name, String yaml) {
        return arguments(named(name, yaml), false);
    }

    private static Arguments needsThePlan(String name, String report) {
        return arguments(named(name, file(report)));
    }
}
