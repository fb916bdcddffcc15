package io.github.policyplan.examples.cli;

import io.github.policyplan.assessment.Assessment;
import io.github.policyplan.assessment.AssessmentPeriod;
import io.github.policyplan.assessment.AssessmentResult;
import io.github.policyplan.assessment.Assessments;
import io.github.policyplan.assessment.PoolResult;
import io.github.policyplan.assessment.UnitResult;
import io.github.policyplan.core.Explanation;
import io.github.policyplan.report.AssessmentReport;
import io.github.policyplan.report.Language;
import io.github.policyplan.report.ReportSettings;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code policyplan assess}: assesses units under a scheme for a period and prints the ranking. */
@Command(name = "assess", mixinStandardHelpOptions = true,
        description = {"Assesses departments and townships under an assessment scheme (考核) for a quarter or a year:"
                + " each pool ranked, with grades and flags."},
        footer = {"", "Exit status: 0 when assessed, 1 when an input has problems, 2 on a usage mistake."})
final class AssessCommand extends ResultCommand {

    @Option(names = "--scheme", required = true, paramLabel = "SCHEME", description = "the assessment scheme")
    Path scheme;

    @Option(names = "--period", paramLabel = "PERIOD", description = "2023 for the year or 2023-Q4 for a quarter"
            + " (default: the period the latest report closes)")
    String period;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "zh",
            description = "zh or en: the language of the heading and the CSV headers (default: ${DEFAULT-VALUE})")
    String lang;

    private AssessmentPeriod given;

    AssessCommand(Context context) {
        super(context);
    }

    @Override
    String lang() {
        return lang;
    }

    @Override
    void checkOptions() {
        given = ReportCommand.period(this, period);
    }

    @Override
    String write(Inputs.Data data, Format chosenFormat, ReportSettings settings) throws IOException {
        context.progress("reading " + scheme);
        Assessment assessment = Assessments.read(scheme, data.plan());
        AssessmentPeriod chosen = given != null ? given : Periods.closedBy(data.latest());
        context.progress("assessing " + chosen.label());
        AssessmentResult result = assessment.assess(data.log(), chosen);
        String text;
        switch (chosenFormat) {
            case JSON:
                text = result.toJson();
                break;
            case CSV:
                text = AssessmentReport.csv(result, assessment.scheme(), settings);
                break;
            default:
                Explanation name = chosen.name();
                String periodName = ReportCommand.language(this, lang) == Language.CHINESE
                        ? name.inChinese() : name.inEnglish();
                StringBuilder b = new StringBuilder(assessment.scheme().title() + " — " + periodName + "\n");
                for (PoolResult pool : result.pools()) {
                    b.append("-- ").append(pool.name()).append('\n');
                    for (UnitResult u : pool.ranking()) {
                        b.append(String.format(Locale.ROOT, "%3s  %s  %s  %s  %s", u.rank() == 0 ? "—" : u.rank(),
                                u.name(), u.score().isPresent() ? String.format(Locale.ROOT, "%.2f",
                                        u.score().getAsDouble()) : "—", u.grade().orElse("—"), u.flag().orElse(""))
                                .stripTrailing()).append('\n');
                    }
                }
                text = b.toString();
        }
        return text;
    }
}
