package io.github.policyplan.assessment;

import io.github.policyplan.internal.read.ReadPipeline;
import io.github.policyplan.internal.read.TreeReader;
import io.github.policyplan.model.Plan;
import io.github.policyplan.plans.PlanException;
import io.github.policyplan.plans.PlanFormat;
import io.github.policyplan.plans.PlanReader;
import io.github.policyplan.scoring.Scoring;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The entry point for assessment schemes: read one (YAML or JSON) for a plan, with every problem
 * located like a plan file's, and get an {@link Assessment} ready to assess any period.
 *
 * <pre>{@code
 * Assessment a = Assessments.read(Path.of("assess/investment-2023.yaml"), plan);
 * AssessmentResult q4 = a.assess(log, AssessmentPeriod.quarter(2023, 4));
 * }</pre>
 */
public final class Assessments {

    /** Schemes are read within the limits plans are read with. */
    private static final ReadPipeline PIPELINE = new ReadPipeline(PlanReader.DEFAULT_MAX_BYTES,
            PlanReader.DEFAULT_MAX_PROBLEMS, new TreeReader((int) PlanReader.DEFAULT_MAX_BYTES,
                    PlanReader.DEFAULT_MAX_DEPTH));
    private static final ReadPipeline.Refusal REFUSAL = (source, problems, total) -> new PlanException(
            "assessment scheme", source, problems, total);

    private Assessments() {
    }

    /**
     * Reads a scheme file for a plan, scored with the standard engine.
     *
     * @param path the file, UTF-8, YAML or JSON by its extension
     * @param plan the plan it assesses
     * @return the assessment
     * @throws PlanException when the scheme has any problem (the exception says "assessment scheme")
     * @throws IOException   when the file cannot be read
     */
    public static Assessment read(Path path, Plan plan) throws IOException {
        return read(path, plan, Scoring.standard());
    }

    /**
     * Reads a scheme file for a plan, scored with a given engine.
     *
     * @param path    the file
     * @param plan    the plan it assesses
     * @param scoring the scoring engine
     * @return the assessment
     * @throws PlanException when the scheme has any problem
     * @throws IOException   when the file cannot be read
     */
    public static Assessment read(Path path, Plan plan, Scoring scoring) throws IOException {
        return new Assessment(PIPELINE.read(path, binder(path.toString(), plan), REFUSAL).value(), plan, scoring);
    }

    /**
     * Reads a scheme from text.
     *
     * @param text   the document
     * @param source the name problems report; its extension picks the format
     * @param plan   the plan it assesses
     * @return the assessment
     * @throws PlanException when the scheme has any problem
     */
    public static Assessment parse(String text, String source, Plan plan) {
        return new Assessment(PIPELINE.parse(text, source, binder(source, plan), REFUSAL).value(), plan,
                Scoring.standard());
    }

    private static ReadPipeline.TextBinder<AssessmentScheme> binder(String source, Plan plan) {
        TreeReader.Format format = switch (PlanFormat.forFileName(source)) {
            case YAML -> TreeReader.Format.YAML;
            case JSON -> TreeReader.Format.JSON;
        };
        return PIPELINE.tree(format, (root, problems) -> new SchemeBinder(problems, plan).bind(root));
    }
}
