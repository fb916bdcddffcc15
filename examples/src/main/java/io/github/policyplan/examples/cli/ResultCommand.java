package io.github.policyplan.examples.cli;

import io.github.policyplan.report.Language;
import io.github.policyplan.report.ReportSettings;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * What {@code score} and {@code assess} share: the inputs, read once their own options are checked; a
 * result written as text, JSON or CSV; the output file.
 */
abstract class ResultCommand extends Base {

    /** What the command writes. */
    enum Format {
        /** Lines of text. */
        TEXT,
        /** The result's JSON. */
        JSON,
        /** A CSV table. */
        CSV
    }

    @Mixin
    Inputs inputs;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, json or csv (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write to this file (default: standard output)")
    Path output;

    ResultCommand(Context context) {
        super(context);
    }

    /** The text of {@code --lang}: each command says in its own option what the language is for. */
    abstract String lang();

    /** Checks the command's own options, before any file is read; a mistake is a usage mistake. */
    void checkOptions() {
    }

    /** Computes the result from what was read and writes it in the format. */
    abstract String write(Inputs.Data data, Format chosen, ReportSettings settings) throws IOException;

    @Override
    final int execute() throws IOException {
        Language language = ReportCommand.language(this, lang());
        checkOptions();
        Inputs.Data data = inputs.load(context);
        ReportSettings settings = ReportSettings.standard().withLanguage(language).withIllustrative(data.illustrative());
        context.write(output, write(data, format, settings));
        return PolicyPlanCli.OK;
    }
}
