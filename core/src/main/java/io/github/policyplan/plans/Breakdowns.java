package io.github.policyplan.plans;

import io.github.policyplan.internal.read.ReadLimits;
import io.github.policyplan.internal.read.ReadPipeline;
import io.github.policyplan.internal.read.TreeReader;
import io.github.policyplan.model.Plan;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * Reads breakdown tables (目标任务分解表) issued apart from their plan, checks them against the plan and
 * returns the plan with the breakdowns added. CSV, one unit a row:
 * <pre>
 * target,unit,goal
 * funds,城关镇,20
 * funds,新集镇,15
 * </pre>
 * ({@code share} instead of {@code goal} for a part of the target's goal; {@code weight} and
 * {@code due} optional). YAML or JSON:
 * <pre>
 * plan: investment-2023
 * breakdown-settings: {carry-forward: true}     # optional
 * breakdowns:
 *   - target: funds
 *     units:
 *       - {unit: 城关镇, goal: 20}
 *       - {unit: 新集镇, share: 15%}
 * </pre>
 * Every problem is located, as for plans: a unit not in the plan, a unit named twice, shares that do not
 * add up to 1, a target that has no such id or is broken down already, goals that fall short of the
 * target's. A read returns a complete plan or throws {@link PlanException} with every problem.
 *
 * <pre>{@code
 * Plan plan = Breakdowns.read(Path.of("breakdowns/funds.csv"), Plans.read(Path.of("plan.yaml")));
 * }</pre>
 */
public final class Breakdowns {

    private static final ReadPipeline PIPELINE = ReadLimits.DEFAULTS.pipeline();
    private static final ReadPipeline.Refusal REFUSAL = (source, problems, total) -> new PlanException("breakdown",
            source, problems, total);

    private Breakdowns() {
    }

    /**
     * Reads a breakdown file: CSV, JSON or YAML by its extension.
     *
     * @param path the file, UTF-8
     * @param plan the plan it divides
     * @return the plan with the file's breakdowns added
     * @throws PlanException when the file has any problem; it lists them all
     * @throws IOException   when the file cannot be read
     */
    public static Plan read(Path path, Plan plan) throws IOException {
        Objects.requireNonNull(plan, "plan");
        return PIPELINE.read(path, binder(path.toString(), plan), REFUSAL).value();
    }

    /**
     * Reads a breakdown table from a reader; the format follows the source name's extension.
     *
     * @param reader the text; not closed
     * @param source the name problems report
     * @param plan   the plan it divides
     * @return the plan with the breakdowns added
     * @throws PlanException when the text has any problem
     * @throws IOException   when the reader fails
     */
    public static Plan read(Reader reader, String source, Plan plan) throws IOException {
        Objects.requireNonNull(plan, "plan");
        return PIPELINE.read(reader, source, binder(source, plan), REFUSAL).value();
    }

    /**
     * Reads a breakdown table from text; the format follows the source name's extension.
     *
     * @param text   the table
     * @param source the name problems report, such as {@code funds.csv}
     * @param plan   the plan it divides
     * @return the plan with the breakdowns added
     * @throws PlanException when the text has any problem
     */
    public static Plan parse(String text, String source, Plan plan) {
        Objects.requireNonNull(plan, "plan");
        return PIPELINE.parse(text, source, binder(source, plan), REFUSAL).value();
    }

    private static ReadPipeline.TextBinder<Plan> binder(String source, Plan plan) {
        if (source.toLowerCase(Locale.ROOT).endsWith(".csv")) {
            return (text, problems) -> new BreakdownFileBinder(problems, plan).csv(text);
        }
        TreeReader.Format format = switch (PlanFormat.forFileName(source)) {
            case YAML -> TreeReader.Format.YAML;
            case JSON -> TreeReader.Format.JSON;
        };
        return PIPELINE.tree(format, (root, problems) -> new BreakdownFileBinder(problems, plan).tree(root), true);
    }
}
