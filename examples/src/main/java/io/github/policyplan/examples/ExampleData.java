package io.github.policyplan.examples;

import io.github.policyplan.model.Plan;
import io.github.policyplan.plans.GoalSheet;
import io.github.policyplan.plans.GoalSheets;
import io.github.policyplan.plans.PlanReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The example data bundled with the examples, and files named on a command line. */
public final class ExampleData {

    /** The county plan: the source speech as a plan, its redacted goals unset. */
    public static final String COUNTY_PLAN = "plans/county-2023.yaml";
    /** Illustrative numbers for the county plan's unset goals (示例数值, not from the speech). */
    public static final String COUNTY_ILLUSTRATIVE = "plans/county-2023-illustrative.yaml";

    private ExampleData() {
    }

    /**
     * Returns the text of a bundled resource.
     *
     * @param name the resource name, such as {@link #COUNTY_PLAN}
     * @return its UTF-8 text
     */
    public static String text(String name) {
        try (InputStream in = ExampleData.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("example resource " + name + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a plan: a file when one is named, else a bundled resource.
     *
     * @param argument a file path from the command line, or null
     * @param resource the bundled resource to use otherwise
     * @return the plan
     * @throws IOException when the file cannot be read
     */
    public static Plan plan(String argument, String resource) throws IOException {
        if (argument != null) {
            return PlanReader.standard().read(Path.of(argument));
        }
        return PlanReader.standard().parse(text(resource), resource);
    }

    /**
     * Reads a goal sheet: a file when one is named, else a bundled resource.
     *
     * @param argument a file path from the command line, or null
     * @param resource the bundled resource to use otherwise
     * @param plan     the plan it fills
     * @return the sheet
     * @throws IOException when the file cannot be read
     */
    public static GoalSheet goalSheet(String argument, String resource, Plan plan) throws IOException {
        if (argument != null) {
            return GoalSheets.read(Path.of(argument), plan);
        }
        return GoalSheets.parse(text(resource), resource, plan);
    }

    /**
     * Tells whether a command-line argument names an existing file.
     *
     * @param argument the argument
     * @return true when it is a regular file
     */
    public static boolean isFile(String argument) {
        return Files.isRegularFile(Path.of(argument));
    }
}
