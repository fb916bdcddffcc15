package io.github.policyplan.examples;

import io.github.policyplan.model.Plan;
import io.github.policyplan.plans.PlanException;
import io.github.policyplan.plans.Plans;
import io.github.policyplan.rollup.Allocation;
import io.github.policyplan.rollup.RollUp;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Validates plan files and prints every problem as {@code file:line:column: path: message}.
 * Exits 0 when every file is valid, 1 when any has a problem, 2 when called without files.
 *
 * <pre>
 * ValidatePlan plans/county-2023.yaml other.yaml
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
        if (files.length == 0) {
            err.println("usage: ValidatePlan PLAN.yaml [PLAN.json …]");
            return 2;
        }
        int status = 0;
        for (String file : files) {
            try {
                Plan plan = Plans.read(Path.of(file));
                out.println(file + ": ok (" + plan.sections().size() + " sections, " + plan.targets().size()
                        + " targets)");
                for (Allocation a : RollUp.allocations(plan)) {
                    out.println("  " + (a.warning() ? "warning: " : "") + a.target() + ": " + a.explanation().inEnglish());
                }
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
