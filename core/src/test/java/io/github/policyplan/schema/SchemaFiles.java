package io.github.policyplan.schema;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Error;
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
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The five JSON Schemas that {@code policyplan-core} ships for editors, found on the class path
 * under their {@code $id}s, and what the schema tests need to read files and schemas.
 */
public final class SchemaFiles {

    /** Where every schema's {@code $id} starts: the version of the file formats, not of the library. */
    public static final String BASE = "https://policyplan.github.io/schema/0.2/";

    /** Each schema's file name (the end of its {@code $id}) and its resource on the class path. */
    public static final Map<String, String> RESOURCES = Map.of(
            "plan.schema.json", "io/github/policyplan/plans/plan.schema.json",
            "goal-sheet.schema.json", "io/github/policyplan/plans/goal-sheet.schema.json",
            "breakdown.schema.json", "io/github/policyplan/plans/breakdown.schema.json",
            "progress.schema.json", "io/github/policyplan/progress/progress.schema.json",
            "scheme.schema.json", "io/github/policyplan/assessment/scheme.schema.json",
            "journal-line.schema.json", "io/github/policyplan/store/journal-line.schema.json",
            "revisions.schema.json", "io/github/policyplan/plans/revisions.schema.json",
            "scorecard.schema.json", "io/github/policyplan/scoring/scorecard.schema.json");

    /**
     * Resolves each {@code $id} to its resource and reports error locations as JSON pointers. Format
     * assertions are on so that the meta-schema checks that every {@code pattern} is a regular expression.
     */
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            builder -> builder
                    .schemaRegistryConfig(SchemaRegistryConfig.builder()
                            .formatAssertionsEnabled(true)
                            .pathType(PathType.JSON_POINTER)
                            .build())
                    .schemaIdResolvers(resolvers -> RESOURCES.forEach(
                            (name, resource) -> resolvers.mapPrefix(BASE + name, "classpath:" + resource))));

    /** Duplicate keys are an error in every input, and would hide a definition in a schema. */
    public static final ObjectMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private SchemaFiles() {
    }

    /**
     * Returns a schema by its file name.
     *
     * @param name such as {@code progress.schema.json}
     * @return the schema, loaded through its {@code $id}
     */
    public static Schema schema(String name) {
        return REGISTRY.getSchema(SchemaLocation.of(BASE + name));
    }

    /**
     * Returns a schema's text as a tree.
     *
     * @param name such as {@code progress.schema.json}
     * @return the schema document
     */
    public static JsonNode document(String name) {
        String resource = RESOURCES.get(name);
        try (InputStream in = SchemaFiles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("class path resource " + resource + " is missing");
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Returns the meta-schema of JSON Schema draft 2020-12.
     *
     * @return the meta-schema
     */
    public static Schema metaSchema() {
        return REGISTRY.getSchema(SchemaLocation.of(DialectId.DRAFT_2020_12));
    }

    /**
     * Validates a document against a schema.
     *
     * @param name the schema's file name
     * @param document the document
     * @return the errors; empty when the document is valid
     */
    public static List<Error> validate(String name, JsonNode document) {
        return schema(name).validate(document);
    }

    /**
     * Reads YAML (or JSON, which is YAML) text.
     *
     * @param text the text
     * @return the tree
     */
    public static JsonNode yaml(String text) {
        try {
            return YAML.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a YAML or JSON file.
     *
     * @param file the file
     * @return the tree
     */
    public static JsonNode yaml(Path file) {
        try {
            return YAML.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        }
    }

    /** Schema keywords whose subschemas narrow properties declared elsewhere rather than declare them. */
    private static final Set<String> NARROWING_KEYWORDS = Set.of("if", "then", "else", "not");

    /**
     * Lists the properties and definitions of a schema that lack a title or a description: an editor shows
     * both on hover.
     *
     * @param schema the schema document
     * @return JSON pointers to them
     */
    public static List<String> undocumented(JsonNode schema) {
        List<String> out = new ArrayList<>();
        collectUndocumented(schema, "", out);
        return out;
    }

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
}
