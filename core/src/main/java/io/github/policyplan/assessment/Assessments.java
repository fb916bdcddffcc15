package io.github.policyplan.assessment;

import io.github.policyplan.model.Plan;
import io.github.policyplan.scoring.Scoring;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;

/**
 * The entry point for assessment schemes: read one (YAML or JSON) for a plan, with every problem
 * located like a plan file's, and get an {@link Assessment} ready to assess any period.
 *
 * <pre>{@code
 * Assessment a = Assessments.read(Path.of("assess/investment-2023.yaml"), plan);   // throws SchemeException with every problem
 * AssessmentResult q4 = a.assess(log, AssessmentPeriod.quarter(2023, 4));
 * }</pre>
 *
 * <p>The static methods use {@link SchemeReader#standard()}; call {@link #reader()} and its
 * {@code with…} methods for other limits or another scoring engine.
 */
public final class Assessments {

    private Assessments() {
    }

    /**
     * Returns the standard reader, for configuring.
     *
     * @return the reader with default limits and the standard scoring engine
     */
    public static SchemeReader reader() {
        return SchemeReader.standard();
    }

    /**
     * Reads a scheme file for a plan, scored with the standard engine.
     *
     * @param path the file, UTF-8, YAML or JSON by its extension
     * @param plan the plan it assesses
     * @return the assessment
     * @throws SchemeException when the scheme has any problem; it lists them all
     * @throws IOException     when the file cannot be read
     */
    public static Assessment read(Path path, Plan plan) throws IOException {
        return SchemeReader.standard().read(path, plan);
    }

    /**
     * Reads a scheme file for a plan, scored with a given engine.
     *
     * @param path    the file
     * @param plan    the plan it assesses
     * @param scoring the scoring engine
     * @return the assessment
     * @throws SchemeException when the scheme has any problem
     * @throws IOException     when the file cannot be read
     * @deprecated one way to set the engine on every read: {@code Assessments.reader().withScoring(scoring).read(path, plan)}
     */
    @Deprecated(since = "0.2.0")
    public static Assessment read(Path path, Plan plan, Scoring scoring) throws IOException {
        return SchemeReader.standard().withScoring(scoring).read(path, plan);
    }

    /**
     * Reads a scheme from a reader, scored with the standard engine; the format follows the source
     * name's extension.
     *
     * @param reader the text; not closed
     * @param source the name problems report, such as the file name
     * @param plan   the plan it assesses
     * @return the assessment
     * @throws SchemeException when the text has any problem
     * @throws IOException     when the reader fails
     */
    public static Assessment read(Reader reader, String source, Plan plan) throws IOException {
        return SchemeReader.standard().read(reader, source, plan);
    }

    /**
     * Reads a scheme from text, scored with the standard engine.
     *
     * @param text   the document
     * @param source the name problems report; its extension picks the format
     * @param plan   the plan it assesses
     * @return the assessment
     * @throws SchemeException when the scheme has any problem
     */
    public static Assessment parse(String text, String source, Plan plan) {
        return SchemeReader.standard().parse(text, source, plan);
    }
}
