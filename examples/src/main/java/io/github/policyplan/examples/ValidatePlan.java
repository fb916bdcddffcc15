package io.github.policyplan.examples;

import io.github.policyplan.core.Loaded;
import io.github.policyplan.model.Plan;
import io.github.policyplan.plans.PlanException;
import io.github.policyplan.plans.Plans;
import io.github.policyplan.rollup.Allocation;
import io.github.policyplan.rollup.RollUp;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Validates plan files and prints every problem as {@code file:line:column: path: message}, and every
 * warning (input that is legal but almost surely wrong) as {@code file:line:column: warning: path: message}.
 * With {@code --strict} a warning is a problem. Exits 0 when every file is valid, 1 when any has a
 * problem, 2 when called without files.
 *
 * <pre>
 * ValidatePlan [--strict] plans/county-2023.yaml other.yaml
 * </pre>
 */
public final class ValidatePlan {

    private ValidatePlan() {
    }

    /**
     * Runs the validator.
     *
     * @param args the plan files
     */
    public static void main(String[] args) {
        System.exit(run(args, new PrintStream(System.out, true, StandardCharsets.UTF_8),
                new PrintStream(System.err, true, StandardCharsets.UTF_8)));
    }

    /**
     * Validates the files.
     *
     * @param files the plan files
     * @param out   where valid files are reported
     * @param err   where problems are reported
     * @return 0 when all are valid, 1 when any has a problem, 2 when there are no files
     */
    public static int run(String[] files, PrintStream out, PrintStream err) {
        boolean strict = files.length > 0 && files[0].equals("--strict");
        if (files.length == (strict ? 1 : 0)) {
            err.println("usage: ValidatePlan [--strict] PLAN.yaml [PLAN.json …]");
            return 2;
        }
        int status = 0;
        for (String file : Arrays.asList(files).subList(strict ? 1 : 0, files.length)) {
            try {
                Loaded<Plan> loaded = Plans.reader().withStrict(strict).load(Path.of(file));
                Plan plan = loaded.value();
                out.println(file + ": ok (" + plan.sections().size() + " sections, " + plan.targets().size()
                        + " targets)");
                for (Allocation a : RollUp.allocations(plan)) {
                    out.println("  " + (a.warning() ? "warning: " : "") + a.target() + ": " + a.explanation().inEnglish());
                }
                loaded.warnings().forEach(w -> err.println(w.asWarning()));
            } catch (PlanException e) {
                e.problems().forEach(err::println);
                if (e.totalProblems() > e.problems().size()) {
                    err.println(file + ": … and " + (e.totalProblems() - e.problems().size()) + " more problems");
                }
                status = 1;
            } catch (IOException e) {
                err.println(file + ": cannot read: " + e.getMessage());
                status = 1;
            }
        }
        return status;
    }
}
