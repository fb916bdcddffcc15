package io.github.policyplan.examples.cli;

import io.github.policyplan.core.InputException;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * What every command does around its work: an input with problems prints each as
 * {@code file:line:column: path: message} and exits 1; a file that cannot be read exits 1 too.
 */
abstract class Base implements Callable<Integer> {

    final Context context;

    @Spec
    CommandSpec spec;

    Base(Context context) {
        this.context = context;
    }

    /** Does the command's work. */
    abstract int execute() throws IOException;

    @Override
    public final Integer call() {
        try {
            return execute();
        } catch (InputException e) {
            problems(e);
            return PolicyPlanCli.INPUT_PROBLEMS;
        } catch (NoSuchFileException e) {
            context.err.println(e.getFile() + ": cannot read: no such file");
            return PolicyPlanCli.INPUT_PROBLEMS;
        } catch (IOException e) {
            context.err.println("cannot read or write: " + e.getMessage());
            return PolicyPlanCli.INPUT_PROBLEMS;
        }
    }

    /** Prints every problem of an input, and how many more there were beyond those kept. */
    void problems(InputException e) {
        e.problems().forEach(context.err::println);
        if (e.totalProblems() > e.problems().size()) {
            context.err.println("… and " + (e.totalProblems() - e.problems().size()) + " more problems");
        }
    }

    /** A mistake on the command line: exit status 2, with the usage. */
    ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
