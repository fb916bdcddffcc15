package io.github.policyplan.plans;

import io.github.policyplan.model.Plan;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;

/**
 * The entry point for goal sheets (目标任务分解表): read one (YAML or JSON) for a plan, checked
 * against it, and fill the plan's unset goals with {@link GoalSheet#applyTo}.
 *
 * <pre>{@code
 * Plan published = Plans.read(Path.of("plans/county-2023.yaml"));
 * GoalSheet sheet = GoalSheets.read(Path.of("plans/county-2023-illustrative.yaml"), published);  // throws GoalSheetException with every problem
 * Plan filled = sheet.applyTo(published);
 * }</pre>
 *
 * <p>The static methods use {@link GoalSheetReader#standard()}; call {@link #reader()} and its
 * {@code with…} methods for other limits.
 */
public final class GoalSheets {

    private GoalSheets() {
    }

    /**
     * Returns the standard reader, for configuring.
     *
     * @return the reader with default limits
     */
    public static GoalSheetReader reader() {
        return GoalSheetReader.standard();
    }

    /**
     * Reads a goal sheet file: UTF-8, YAML or JSON by its extension.
     *
     * @param path the file
     * @param plan the plan the sheet fills
     * @return the sheet, complete
     * @throws GoalSheetException when the file has any problem; it lists them all
     * @throws IOException        when the file cannot be read
     */
    public static GoalSheet read(Path path, Plan plan) throws IOException {
        return GoalSheetReader.standard().read(path, plan);
    }

    /**
     * Reads a goal sheet from a reader; the format follows the source name's extension.
     *
     * @param reader the text; not closed
     * @param source the name problems report, such as the file name
     * @param plan   the plan the sheet fills
     * @return the sheet, complete
     * @throws GoalSheetException when the text has any problem
     * @throws IOException        when the reader fails
     */
    public static GoalSheet read(Reader reader, String source, Plan plan) throws IOException {
        return GoalSheetReader.standard().read(reader, source, plan);
    }

    /**
     * Reads a goal sheet from text; the format follows the source name's extension.
     *
     * @param text   the document
     * @param source the name problems report, such as {@code sheet.yaml}
     * @param plan   the plan the sheet fills
     * @return the sheet, complete
     * @throws GoalSheetException when the text has any problem
     */
    public static GoalSheet parse(String text, String source, Plan plan) {
        return GoalSheetReader.standard().parse(text, source, plan);
    }

    /**
     * Returns the JSON Schema (2020-12) of the goal sheet format; the same as
     * {@link Plans#goalSheetJsonSchema()}.
     *
     * @return the schema's text
     */
    public static String jsonSchema() {
        return Plans.goalSheetJsonSchema();
    }
}
