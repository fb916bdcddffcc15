package io.github.policyplan.assessment;

import io.github.policyplan.internal.read.Problems;
import io.github.policyplan.internal.read.TextInput;
import io.github.policyplan.internal.read.TreeReader;
import io.github.policyplan.model.Plan;
import io.github.policyplan.plans.PlanException;
import io.github.policyplan.plans.PlanFormat;
import io.github.policyplan.plans.PlanReader;
import io.github.policyplan.scoring.Scoring;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

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
        String source = path.toString();
        Problems problems = new Problems(source, PlanReader.DEFAULT_MAX_PROBLEMS);
        Optional<String> text = TextInput.read(path, PlanReader.DEFAULT_MAX_BYTES, problems);
        return bind(text, PlanFormat.forFileName(source), problems, plan, scoring);
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
        Problems problems = new Problems(source, PlanReader.DEFAULT_MAX_PROBLEMS);
        return bind(TextInput.check(text, PlanReader.DEFAULT_MAX_BYTES, problems), PlanFormat.forFileName(source),
                problems, plan, Scoring.standard());
    }

    private static Assessment bind(Optional<String> text, PlanFormat format, Problems problems, Plan plan,
            Scoring scoring) {
        Optional<AssessmentScheme> scheme = Optional.empty();
        if (text.isPresent()) {
            TreeReader trees = new TreeReader((int) PlanReader.DEFAULT_MAX_BYTES, PlanReader.DEFAULT_MAX_DEPTH);
            Optional<io.github.policyplan.internal.read.Node> root = trees.read(text.get(), format == PlanFormat.JSON
                    ? TreeReader.Format.JSON : TreeReader.Format.YAML, problems);
            if (root.isPresent()) {
                scheme = new SchemeBinder(problems, plan).bind(root.get());
            }
        }
        if (!problems.isEmpty() || scheme.isEmpty()) {
            throw new PlanException("assessment scheme", problems.source(), problems.sorted(),
                    Math.max(1, problems.total()));
        }
        return new Assessment(scheme.get(), plan, scoring);
    }
}
