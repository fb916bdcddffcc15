package io.github.policyplan.plans;

import io.github.policyplan.model.Plan;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The entry point for plans: read one from YAML or JSON, write one back.
 *
 * <pre>{@code
 * Plan plan = Plans.read(Path.of("plans/county-2023.yaml"));   // throws PlanException with every problem
 * Plans.write(plan, Path.of("out/county-2023.json"));
 * }</pre>
 *
 * <p>The static methods use {@link PlanReader#standard()}; call {@link #reader()} and its
 * {@code with…} methods for other limits or for application-defined scoring rules.
 */
public final class Plans {

    private Plans() {
    }

    /**
     * Returns the standard reader, for configuring.
     *
     * @return the reader with default limits
     */
    public static PlanReader reader() {
        return PlanReader.standard();
    }

    /**
     * Reads a plan file: UTF-8, YAML or JSON by its extension.
     *
     * @param path the file
     * @return the plan, complete
     * @throws PlanException when the file has any problem; it lists them all
     * @throws IOException   when the file cannot be read
     */
    public static Plan read(Path path) throws IOException {
        return PlanReader.standard().read(path);
    }

    /**
     * Reads a plan from a reader; the format follows the source name's extension.
     *
     * @param reader the text; not closed
     * @param source the name problems report, such as the file name
     * @return the plan, complete
     * @throws PlanException when the text has any problem
     * @throws IOException   when the reader fails
     */
    public static Plan read(Reader reader, String source) throws IOException {
        return PlanReader.standard().read(reader, source);
    }

    /**
     * Reads a plan from text; the format follows the source name's extension.
     *
     * @param text   the document
     * @param source the name problems report, such as {@code county.yaml}
     * @return the plan, complete
     * @throws PlanException when the text has any problem
     */
    public static Plan parse(String text, String source) {
        return PlanReader.standard().parse(text, source);
    }

    /**
     * Writes a plan as YAML.
     *
     * @param plan the plan
     * @return canonical YAML that reads back as an equal plan
     */
    public static String toYaml(Plan plan) {
        return PlanWriter.write(plan, PlanFormat.YAML);
    }

    /**
     * Writes a plan as JSON.
     *
     * @param plan the plan
     * @return canonical JSON that reads back as an equal plan
     */
    public static String toJson(Plan plan) {
        return PlanWriter.write(plan, PlanFormat.JSON);
    }

    /**
     * Returns the JSON Schema (2020-12) of the plan format, for editors and for validating plan files
     * with a JSON Schema validator. The same text is the resource
     * {@code io/github/policyplan/plans/plan.schema.json}; this method reaches it from any module.
     *
     * @return the schema's text
     */
    public static String jsonSchema() {
        return resource("plan.schema.json");
    }

    /**
     * Returns the JSON Schema (2020-12) of the goal sheet format.
     *
     * @return the schema's text
     */
    public static String goalSheetJsonSchema() {
        return resource("goal-sheet.schema.json");
    }

    private static String resource(String name) {
        try (InputStream in = Plans.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource " + name + " is missing from policyplan-core");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes a plan to a file, YAML or JSON by its extension, replacing it atomically.
     *
     * @param plan the plan
     * @param path the file
     * @throws IOException when the file cannot be written
     */
    public static void write(Plan plan, Path path) throws IOException {
        PlanWriter.write(plan, path);
    }
}
