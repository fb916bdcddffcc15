package io.github.policyplan.examples.cli;

import io.github.policyplan.assessment.Assessments;
import io.github.policyplan.core.InputException;
import io.github.policyplan.core.Loaded;
import io.github.policyplan.model.Plan;
import io.github.policyplan.plans.GoalSheet;
import io.github.policyplan.plans.Breakdowns;
import io.github.policyplan.plans.GoalSheets;
import io.github.policyplan.plans.PlanReader;
import io.github.policyplan.progress.Progress;
import io.github.policyplan.rollup.Allocation;
import io.github.policyplan.rollup.RollUp;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code policyplan validate}: checks plans and the goal sheets, progress files and schemes that go with one. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Checks plans, and the goal sheets, progress files and assessment schemes of a plan, and prints"
                + " every problem as file:line:column: path: message. Files that are valid print 'ok'; forms accepted"
                + " with a note (such as 2023年底 for a date) print the note; input that is legal but almost surely"
                + " wrong (a name with a trailing space, running totals that fall, an empty pool) prints a warning."},
        footer = {"", "Exit status: 0 when every file is valid, 1 when any has a problem, 2 on a usage mistake."})
final class ValidateCommand extends Base {

    @Parameters(arity = "1..*", paramLabel = "PLAN", description = "plan files (YAML or JSON)")
    List<Path> plans = new ArrayList<>();

    @Option(names = "--goals", paramLabel = "SHEET", description = "goal sheets of the plan")
    List<Path> goals = new ArrayList<>();

    @Option(names = "--breakdowns", paramLabel = "TABLE", description = "breakdown tables (分解表) of the plan, CSV, YAML"
            + " or JSON")
    List<Path> tables = new ArrayList<>();

    @Option(names = "--progress", paramLabel = "FILE", description = "progress files of the plan")
    List<Path> progress = new ArrayList<>();

    @Option(names = "--scheme", paramLabel = "SCHEME", description = "assessment schemes of the plan")
    List<Path> schemes = new ArrayList<>();

    @Option(names = "--strict", description = "treat warnings as problems: a file with any fails")
    boolean strict;

    ValidateCommand(Context context) {
        super(context);
    }

    @Override
    int execute() throws IOException {
        if (plans.size() > 1 && !(goals.isEmpty() && tables.isEmpty() && progress.isEmpty() && schemes.isEmpty())) {
            throw usage("--goals, --breakdowns, --progress and --scheme belong to one plan; give one plan with them");
        }
        int status = PolicyPlanCli.OK;
        for (Path file : plans) {
            Optional<Plan> loaded = read(file, () -> PlanReader.standard().withStrict(strict).load(file),
                    l -> "plan " + l.id() + ": " + l.sections().size() + " sections, " + l.targets().size() + " targets");
            if (loaded.isEmpty()) {
                status = PolicyPlanCli.INPUT_PROBLEMS;
                continue;
            }
            Plan plan = loaded.get();
            Plan filled = plan;
            for (Path sheet : goals) {
                Optional<GoalSheet> s = read(sheet, () -> GoalSheets.reader().withStrict(strict).load(sheet, plan),
                        g -> "goal sheet: " + g.goals().size() + " goals" + (g.illustrative() ? ", illustrative" : ""));
                if (s.isPresent()) {
                    filled = s.get().applyTo(filled);
                } else {
                    status = PolicyPlanCli.INPUT_PROBLEMS;
                }
            }
            for (Path table : tables) {
                Plan before = filled;
                Optional<Plan> divided = read(table, () -> new Loaded<>(Breakdowns.read(table, before), List.of()),
                        p -> "breakdowns: " + (p.breakdowns().size() - before.breakdowns().size()) + " targets divided");
                if (divided.isPresent()) {
                    filled = divided.get();
                } else {
                    status = PolicyPlanCli.INPUT_PROBLEMS;
                }
            }
            for (Allocation a : RollUp.allocations(filled)) {
                context.out.println("  " + (a.warning() ? "warning: " : "") + a.target() + ": "
                        + a.explanation().inEnglish());
            }
            Plan scored = filled;
            for (Path file2 : progress) {
                if (read(file2, () -> Progress.reader().withStrict(strict).load(file2, scored),
                        log -> "progress: " + log.size() + " reports on " + log.targets().size() + " targets").isEmpty()) {
                    status = PolicyPlanCli.INPUT_PROBLEMS;
                }
            }
            for (Path scheme : schemes) {
                if (read(scheme, () -> Assessments.reader().withStrict(strict).load(scheme, scored),
                        a -> "scheme " + a.scheme().id() + ": " + a.scheme().pools().size() + " pools").isEmpty()) {
                    status = PolicyPlanCli.INPUT_PROBLEMS;
                }
            }
        }
        return status;
    }

    /** Reads a file. */
    private interface Reader<T> {
        Loaded<T> read() throws IOException;
    }

    /** Reads a file and prints "ok" with what it holds, its notes and its warnings, or its problems. */
    private <T> Optional<T> read(Path file, Reader<T> reader, Function<T, String> describe) {
        try {
            context.progress("checking " + file);
            Loaded<T> loaded = reader.read();
            T value = loaded.value();
            context.out.println(file + ": ok (" + describe.apply(value) + ")");
            loaded.notes().forEach(context.out::println);
            loaded.warnings().forEach(w -> context.err.println(w.asWarning()));
            return Optional.of(value);
        } catch (InputException e) {
            problems(e);
        } catch (NoSuchFileException e) {
            context.err.println(file + ": cannot read: no such file");
        } catch (IOException e) {
            context.err.println(file + ": cannot read: " + e.getMessage());
        }
        return Optional.empty();
    }
}
