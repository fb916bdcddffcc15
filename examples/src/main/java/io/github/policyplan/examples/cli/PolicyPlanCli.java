package io.github.policyplan.examples.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code policyplan}: the command-line tool. Subcommands {@code validate}, {@code score}, {@code assess},
 * {@code report} and {@code help}.
 *
 * <pre>
 * policyplan validate plans/county-2023.yaml --goals plans/county-2023-illustrative.yaml --progress progress/county-2023.csv
 * policyplan score --plan plans/county-2023.yaml --goals … --progress … --as-of 2023-06-30
 * policyplan report scorecard --plan … --goals … --progress … --as-of 2023-06-30 --lang zh --format html -o report.html
 * </pre>
 */
@Command(name = "policyplan", mixinStandardHelpOptions = true, versionProvider = PolicyPlanCli.Version.class,
        subcommands = {ValidateCommand.class, ScoreCommand.class, AssessCommand.class, ReportCommand.class,
            CommandLine.HelpCommand.class},
        description = {"Policy plans as reviewable YAML: validate plans and the files that go with them, score a"
                + " plan at a date, assess departments and townships, and write reports (HTML, CSV, Markdown, JSON)."},
        footer = {"", "Exit status: 0 when all went well, 1 when an input has problems (each printed as"
                + " file:line:column: path: message), 2 when the command line is wrong.",
            "Run 'policyplan help COMMAND' for a command's options."})
public final class PolicyPlanCli implements Runnable {

    /** Exit status when all went well. */
    public static final int OK = 0;
    /** Exit status when an input has problems. */
    public static final int INPUT_PROBLEMS = 1;
    /** Exit status when the command line is wrong. */
    public static final int USAGE = 2;

    @Spec
    private CommandSpec spec;

    private PolicyPlanCli() {
    }

    /**
     * Runs the tool and exits with its status.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(args, out, err, System.console() != null));
    }

    /**
     * Runs the tool.
     *
     * @param args     the command line
     * @param out      where results go (unless written to a file)
     * @param err      where problems and progress go
     * @param terminal whether a person is watching: progress is shown only then
     * @return the exit status: {@link #OK}, {@link #INPUT_PROBLEMS} or {@link #USAGE}
     */
    public static int run(String[] args, PrintStream out, PrintStream err, boolean terminal) {
        Context context = new Context(out, err, terminal);
        CommandLine cli = new CommandLine(new PolicyPlanCli(), new Factory(context));
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        cli.setParameterExceptionHandler((e, args2) -> {
            CommandLine cmd = e.getCommandLine();
            err.println("policyplan: " + e.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(e, new PrintWriter(err, true));
            err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
            return USAGE;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            err.println("policyplan: " + e);
            return INPUT_PROBLEMS;
        });
        return cli.execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is needed: validate, score, assess,"
                + " report or help");
    }

    /** Creates the commands with what they share: the output streams and whether a terminal is watching. */
    private static final class Factory implements CommandLine.IFactory {
        private final Context context;

        Factory(Context context) {
            this.context = context;
        }

        @Override
        public <K> K create(Class<K> cls) throws Exception {
            if (cls == ValidateCommand.class) {
                return cls.cast(new ValidateCommand(context));
            }
            if (cls == ScoreCommand.class) {
                return cls.cast(new ScoreCommand(context));
            }
            if (cls == AssessCommand.class) {
                return cls.cast(new AssessCommand(context));
            }
            if (cls == ReportCommand.class) {
                return cls.cast(new ReportCommand(context));
            }
            if (cls == PolicyPlanCli.class) {
                return cls.cast(new PolicyPlanCli());
            }
            return CommandLine.defaultFactory().create(cls);
        }
    }

    /** The version, from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = PolicyPlanCli.class.getPackage().getImplementationVersion();
            return new String[] {"policyplan " + (v == null ? "(development build)" : v)};
        }
    }
}
