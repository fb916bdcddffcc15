package io.github.policyplan.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Named.named;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.dialect.DialectId;
import com.networknt.schema.path.PathType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Proves that the JSON Schemas shipped for editors, {@code plan.schema.json} and
 * {@code goal-sheet.schema.json}, are sound and agree with the plan format
 * ({@code docs/plan-format.md}):
 * <ul>
 *   <li>each is a valid JSON Schema draft 2020-12 document, found on the class path under its
 *       {@code $id}, with a title and a description on every property and definition;</li>
 *   <li>the goal-sheet schema's definitions are exact copies of the plan schema's;</li>
 *   <li>every example plan and goal sheet (the {@code examples} module's and this module's test
 *       plans) is accepted, and ids in any script are;</li>
 *   <li>structurally bad plans and goal sheets are rejected, each with errors that point at the
 *       offending key or value and nowhere else.</li>
 * </ul>
 * Semantic rules (unique ids, known departments, dates within the period) are not the schema's
 * job and are not tested here.
 */
class PlanSchemaTest {

    private static final String SCHEMA_BASE = "https://policyplan.github.io/schema/0.2/";
    private static final String PLAN_SCHEMA_ID = SCHEMA_BASE + "plan.schema.json";
    private static final String GOAL_SHEET_SCHEMA_ID = SCHEMA_BASE + "goal-sheet.schema.json";
    private static final String RESOURCE_FOLDER = "io/github/policyplan/plans/";

    /** Example plans written for the examples module; the tests run in the core module's folder. */
    private static final Path EXAMPLE_PLANS = Path.of("../examples/src/main/resources/plans");
    /** This module's own valid test plans. */
    private static final Path TEST_PLANS = Path.of("src/test/resources/plans");
    /** Plans and goal sheets that the schemas must reject. */
    private static final Path BAD_INPUTS = Path.of("src/test/resources/schema-bad");

    /**
     * Resolves the schemas' {@code $id}s to this module's class path and reports error locations as
     * JSON pointers. Format assertions are on so that the meta-schema checks that every
     * {@code pattern} is a regular expression.
     */
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            builder -> builder
                    .schemaRegistryConfig(SchemaRegistryConfig.builder()
                            .formatAssertionsEnabled(true)
                            .pathType(PathType.JSON_POINTER)
                            .build())
                    .schemaIdResolvers(resolvers -> resolvers.mapPrefix(SCHEMA_BASE, "classpath:" + RESOURCE_FOLDER)));

    private static final Schema PLAN_SCHEMA = REGISTRY.getSchema(SchemaLocation.of(PLAN_SCHEMA_ID));
    private static final Schema GOAL_SHEET_SCHEMA = REGISTRY.getSchema(SchemaLocation.of(GOAL_SHEET_SCHEMA_ID));

    /** Duplicate keys are an error in a plan, and would hide a definition in a schema. */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"plan.schema.json", "goal-sheet.schema.json"})
    void isAValidDraft202012SchemaFoundUnderItsId(String resource) {
        JsonNode schema = schemaResource(resource);

        assertThat(schema.path("$schema").asText()).isEqualTo(DialectId.DRAFT_2020_12);
        assertThat(schema.path("$id").asText()).isEqualTo(SCHEMA_BASE + resource);
        assertThat(metaSchema().validate(schema)).isEmpty();
    }

    @Test
    void theMetaSchemaCheckWouldCatchAnInvalidSchema() {
        JsonNode invalid = JSON.createObjectNode().put("type", "number-ish").put("pattern", "[unclosed");

        assertThat(metaSchema().validate(invalid))
                .extracting(Error::getInstanceLocation)
                .extracting(Object::toString)
                .contains("/type", "/pattern");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"plan.schema.json", "goal-sheet.schema.json"})
    void givesEveryPropertyAndDefinitionATitleAndADescription(String resource) {
        List<String> undocumented = new ArrayList<>();
        collectUndocumented(schemaResource(resource), "", undocumented);

        assertThat(undocumented).isEmpty();
    }

    @Test
    void theGoalSheetSchemaCopiesItsDefinitionsFromThePlanSchemaUnchanged() {
        JsonNode planDefinitions = schemaResource("plan.schema.json").path("$defs");
        JsonNode sheetDefinitions = schemaResource("goal-sheet.schema.json").path("$defs");

        assertThat(sheetDefinitions.size()).isPositive();
        for (Map.Entry<String, JsonNode> definition : sheetDefinitions.properties()) {
            assertThat(definition.getValue())
                    .as("$defs/%s", definition.getKey())
                    .isEqualTo(planDefinitions.path(definition.getKey()));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validFiles")
    void acceptsEveryExamplePlanAndGoalSheet(Path file) {
        assertThat(schemaFor(file).validate(readYaml(file))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validFiles")
    void theReaderLoadsEveryFileTheSchemaAccepts(Path file) throws IOException {
        if (schemaFor(file) == PLAN_SCHEMA) {
            assertThat(Plans.read(file).targets()).isNotNull();
        } else {
            Path plan = file.resolveSibling(file.getFileName().toString().replace("-illustrative", ""));
            assertThat(GoalSheets.read(file, Plans.read(plan)).goals()).isNotEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"02-wrong-type.yaml", "03-unknown-key.yaml", "04-missing-required.yaml",
            "08-malformed-date.yaml", "10-weight-not-positive.yaml", "11-unknown-rule.yaml", "21-many-problems.yaml"})
    void rejectsTheStructuralMistakesAmongTheReadersBadPlanFixtures(String file) {
        assertThat(PLAN_SCHEMA.validate(readYaml(Path.of("src/test/resources/bad/plans").resolve(file))))
                .isNotEmpty();
    }

    @ParameterizedTest(name = "the reader refuses {0} too")
    @MethodSource("structurallyBadPlans")
    void theReaderRefusesEveryPlanTheSchemaRejects(String file, String offendingPointer) {
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> Plans.read(BAD_INPUTS.resolve(file))))
                .isInstanceOf(PlanException.class);
    }

    static Stream<Path> validFiles() {
        return Stream.concat(yamlFilesUnder(TEST_PLANS), yamlFilesUnder(EXAMPLE_PLANS));
    }

    @ParameterizedTest(name = "accepts the id {0}")
    @ValueSource(strings = {"kjj", "county-2023", "s1.i1.t1", "under_score", "科技", "指标2", "٣号", "ａ全角"})
    void acceptsIdsInAnyScript(String id) {
        assertThat(idSchema().validate(TextNode.valueOf(id))).isEmpty();
    }

    @ParameterizedTest(name = "rejects the id \"{0}\"")
    @ValueSource(strings = {"", ".hidden", "-dash", "_under", "two words", "a/b", "a:b", "line\nbreak", "*"})
    void rejectsIdsThatDoNotStartWithALetterOrDigitOrHoldOtherCharacters(String id) {
        assertThat(idSchema().validate(TextNode.valueOf(id))).isNotEmpty();
    }

    @ParameterizedTest(name = "rejects {0}")
    @MethodSource("structurallyBadPlans")
    void rejectsAStructurallyBadPlan(String file, String offendingPointer) {
        assertRejectedAt(PLAN_SCHEMA, file, offendingPointer);
    }

    static Stream<Arguments> structurallyBadPlans() {
        String target = "/sections/0/items/0/targets/0";
        return Stream.of(
                arguments(named("an unknown key at the top level", "unknown-key-at-top-level.yaml"), "/colour"),
                arguments(named("an unknown key in a target (dead_line)", "unknown-key-in-target.yaml"),
                        target + "/dead_line"),
                arguments(named("a target without a title", "target-without-title.yaml"), target + "/title"),
                arguments(named("a goal given as a list", "goal-as-list.yaml"), target + "/goal"),
                arguments(named("a weight of 0", "weight-zero.yaml"), target + "/weight"),
                arguments(named("a weight of -1", "weight-negative.yaml"), "/sections/0/weight"),
                arguments(named("the measure kind counter", "kind-counter.yaml"), target + "/kind"),
                arguments(named("the commitment maybe", "commitment-maybe.yaml"), target + "/commitment"),
                arguments(named("the reporting cadence weekly", "cadence-weekly.yaml"), target + "/cadence"),
                arguments(named("the due date 2023/12/31", "due-with-slashes.yaml"), target + "/due"),
                arguments(named("the due date 2023-Q5", "due-fifth-quarter.yaml"), target + "/due"),
                arguments(named("the scoring rule magic", "rule-magic.yaml"), target + "/rule"),
                arguments(named("a target derived two ways at once", "derived-two-kinds.yaml"), target + "/derived"),
                arguments(named("a share of three targets", "derived-share-of-three.yaml"), target + "/derived/share"),
                arguments(named("the department kind village", "department-kind-village.yaml"),
                        "/departments/0/kind"));
    }

    @ParameterizedTest(name = "rejects {0}")
    @MethodSource("structurallyBadGoalSheets")
    void rejectsAStructurallyBadGoalSheet(String file, String offendingPointer) {
        assertRejectedAt(GOAL_SHEET_SCHEMA, file, offendingPointer);
    }

    static Stream<Arguments> structurallyBadGoalSheets() {
        return Stream.of(
                arguments(named("an unpublished goal '*' in a goal sheet", "goal-sheet-unpublished-goal.yaml"),
                        "/goals/s1.i1.t1"),
                arguments(named("a goal sheet without illustrative", "goal-sheet-without-illustrative.yaml"),
                        "/illustrative"));
    }

    /**
     * Asserts that a file is rejected, that every error is about the offending key or value (so the
     * rest of the file is valid and the case tests what it says), and that the errors name it.
     */
    private static void assertRejectedAt(Schema schema, String file, String offendingPointer) {
        List<Error> errors = schema.validate(readYaml(BAD_INPUTS.resolve(file)));
        String offendingName = offendingPointer.substring(offendingPointer.lastIndexOf('/') + 1);

        assertThat(errors).isNotEmpty();
        assertThat(errors).extracting(PlanSchemaTest::offendingPointer).containsOnly(offendingPointer);
        assertThat(errors).extracting(Error::toString).anySatisfy(text -> assertThat(text).contains(offendingName));
    }

    /**
     * Returns the pointer to what an error is about: its instance, or for a missing or unknown key
     * ({@code required}, {@code additionalProperties}) the key inside the instance.
     */
    private static String offendingPointer(Error error) {
        String instance = error.getInstanceLocation().toString();
        return error.getProperty() == null ? instance : instance + "/" + error.getProperty();
    }

    private static Schema metaSchema() {
        return REGISTRY.getSchema(SchemaLocation.of(DialectId.DRAFT_2020_12));
    }

    private static Schema idSchema() {
        return REGISTRY.getSchema("{\"$ref\": \"" + PLAN_SCHEMA_ID + "#/$defs/id\"}", InputFormat.JSON);
    }

    /** Files whose name says "illustrative" are goal sheets; the others are plans. */
    private static Schema schemaFor(Path file) {
        return file.getFileName().toString().contains("illustrative") ? GOAL_SHEET_SCHEMA : PLAN_SCHEMA;
    }

    /** Schema keywords whose subschemas narrow properties declared elsewhere rather than declare them. */
    private static final Set<String> NARROWING_KEYWORDS = Set.of("if", "then", "else", "not");

    private static void collectUndocumented(JsonNode node, String pointer, List<String> undocumented) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectUndocumented(node.get(i), pointer + "/" + i, undocumented);
            }
            return;
        }
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            String key = field.getKey();
            String keyPointer = pointer + "/" + key;
            if (NARROWING_KEYWORDS.contains(key)) {
                continue;
            }
            if ((key.equals("properties") || key.equals("$defs")) && field.getValue().isObject()) {
                for (Map.Entry<String, JsonNode> declaration : field.getValue().properties()) {
                    JsonNode schema = declaration.getValue();
                    if (schema.path("title").asText().isBlank() || schema.path("description").asText().isBlank()) {
                        undocumented.add(keyPointer + "/" + declaration.getKey());
                    }
                }
            }
            collectUndocumented(field.getValue(), keyPointer, undocumented);
        }
    }

    private static Stream<Path> yamlFilesUnder(Path folder) {
        if (!Files.isDirectory(folder)) {
            return Stream.empty();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> file.getFileName().toString().endsWith(".yaml"))
                    .sorted()
                    .toList()
                    .stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode schemaResource(String resource) {
        try (InputStream in = PlanSchemaTest.class.getClassLoader().getResourceAsStream(RESOURCE_FOLDER + resource)) {
            assertThat(in).as("class path resource %s%s", RESOURCE_FOLDER, resource).isNotNull();
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode readYaml(Path file) {
        try {
            return YAML.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        }
    }
}
