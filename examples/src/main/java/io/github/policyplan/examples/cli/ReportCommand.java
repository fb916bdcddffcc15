package io.github.policyplan.examples.cli;

import io.github.policyplan.assessment.Assessment;
import io.github.policyplan.assessment.AssessmentPeriod;
import io.github.policyplan.assessment.AssessmentResult;
import io.github.policyplan.assessment.Assessments;
import io.github.policyplan.report.AssessmentReport;
import io.github.policyplan.report.Bulletin;
import io.github.policyplan.report.Colour;
import io.github.policyplan.report.Language;
import io.github.policyplan.report.ReportSettings;
import io.github.policyplan.report.ScoredPlan;
import io.github.policyplan.report.ScorecardReport;
import io.github.policyplan.report.Supervision;
import io.github.policyplan.report.SupervisionRules;
import io.github.policyplan.scoring.Scorecard;
import io.github.policyplan.scoring.Scoring;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code policyplan report}: writes a report — scorecard, bulletin, supervision notices or assessment. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Writes a report of a plan at a date: the scorecard (HTML, CSV, JSON), the bulletin (通报:"
                + " Markdown or text), the supervision notices (督办单, 三色督办: HTML, CSV, JSON) or an assessment"
                + " (HTML, CSV, JSON). Chinese by default, English with --lang en.",
            "Scorecards are taken at each period end (--periods) up to the date, so that charts show the schedule"
                + " and a target behind in consecutive periods moves up a colour."},
        footer = {"", "Examples:",
            "  policyplan report scorecard --plan plan.yaml --goals goals.yaml \\",
            "      --progress reports.csv --as-of 2023-06-30 -o report.html",
            "  policyplan report bulletin --plan plan.yaml --progress reports.csv \\",
            "      --as-of 2023-06-30 --format md",
            "  policyplan report assessment --plan plan.yaml --progress reports.csv \\",
            "      --scheme contest.yaml --period 2023",
            "", "Exit status: 0 when written, 1 when an input has problems, 2 on a usage mistake."})
final class ReportCommand extends Base {

    /** The reports. */
    enum Kind {
        /** The scorecard: summary, plan tree, targets with charts. */
        SCORECARD(EnumSet.of(Format.HTML, Format.CSV, Format.JSON)),
        /** The bulletin paragraph (通报). */
        BULLETIN(EnumSet.of(Format.MD, Format.TEXT)),
        /** The supervision notices (督办单). */
        SUPERVISION(EnumSet.of(Format.HTML, Format.CSV, Format.JSON)),
        /** An assessment's results (考核结果). */
        ASSESSMENT(EnumSet.of(Format.HTML, Format.CSV, Format.JSON));

        final Set<Format> formats;

        Kind(Set<Format> formats) {
            this.formats = formats;
        }
    }

    /** The output formats. */
    enum Format {
        /** One self-contained HTML page. */
        HTML,
        /** A CSV table for Excel (UTF-8 with a byte-order mark). */
        CSV,
        /** Markdown. */
        MD,
        /** Plain text. */
        TEXT,
        /** JSON. */
        JSON
    }

    @Parameters(index = "0", arity = "0..1", paramLabel = "KIND", defaultValue = "scorecard",
            description = "scorecard, bulletin, supervision or assessment (default: ${DEFAULT-VALUE})")
    Kind kind;

    @Mixin
    Inputs inputs;

    @Option(names = "--as-of", paramLabel = "DATE", description = "the date reported, such as 2023-06-30"
            + " (default: the latest date reported)")
    LocalDate asOf;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "zh", description = "zh or en (default: ${DEFAULT-VALUE})")
    String lang;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "html, csv, md, text or json (default: html; md for the bulletin)")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write to this file (default: standard output)")
    Path output;

    @Option(names = "--periods", paramLabel = "CADENCE", defaultValue = "quarter",
            description = "quarter, month or none: the earlier period ends scored (default: ${DEFAULT-VALUE})")
    Periods periods;

    @Option(names = "--scope", paramLabel = "WORD", description = "the bulletin's word for the whole: 全县 (default), 全市…")
    String scope;

    @Option(names = "--scheme", paramLabel = "SCHEME", description = "the assessment scheme (for 'report assessment')")
    Path scheme;

    @Option(names = "--period", paramLabel = "PERIOD", description = "for 'report assessment': 2023 or 2023-Q4"
            + " (default: the period the date closes)")
    String period;

    @Option(names = "--near-due-days", paramLabel = "DAYS", defaultValue = "30",
            description = "supervision: blue when due within this many days and not met (default: ${DEFAULT-VALUE})")
    int nearDueDays;

    @Option(names = "--escalate-after", paramLabel = "PERIODS", defaultValue = "1",
            description = "supervision: up one colour for each this many consecutive periods with a colour"
                    + " (default: ${DEFAULT-VALUE})")
    int escalateAfter;

    @Option(names = "--at-risk-behind", description = "supervision: count targets at risk as behind the schedule")
    boolean atRiskBehind;

    @Option(names = "--middle", paramLabel = "COLOUR", defaultValue = "yellow",
            description = "supervision: yellow or orange for targets behind the schedule (default: ${DEFAULT-VALUE})")
    String middle;

    ReportCommand(Context context) {
        super(context);
    }

    @Override
    int execute() throws IOException {
        Format chosen = format != null ? format : kind == Kind.BULLETIN ? Format.MD : Format.HTML;
        if (!kind.formats.contains(chosen)) {
            throw usage("report " + name(kind) + " is written as " + kind.formats.stream().map(ReportCommand::name)
                    .collect(Collectors.joining(", ")) + ", not " + name(chosen)
                    + (chosen == Format.MD ? " (the bulletin is 'report bulletin --format md')" : ""));
        }
        Language language = language(this, lang);
        AssessmentPeriod assessed = period(this, period);
        if (kind == Kind.ASSESSMENT && scheme == null) {
            throw usage("report assessment needs --scheme");
        }
        SupervisionRules rules = rules();
        Inputs.Data data = inputs.load(context);
        LocalDate date = asOf != null ? asOf : data.latest();
        ReportSettings settings = ReportSettings.standard().withLanguage(language).withIllustrative(data.illustrative());
        if (scope != null && !scope.isBlank()) {
            settings = settings.withScope(scope);
        }
        String text;
        if (kind == Kind.ASSESSMENT) {
            context.progress("reading " + scheme);
            Assessment assessment = Assessments.read(scheme, data.plan());
            AssessmentPeriod p = assessed != null ? assessed : Periods.closedBy(date);
            context.progress("assessing " + p.label());
            AssessmentResult result = assessment.assess(data.log(), p);
            text = chosen == Format.HTML ? AssessmentReport.html(result, assessment.scheme(), settings)
                    : chosen == Format.CSV ? AssessmentReport.csv(result, assessment.scheme(), settings) : result.toJson();
        } else {
            List<LocalDate> dates = periods.before(data.plan().period().start(), date);
            context.progress("scoring at " + dates.size() + " dates up to " + date);
            List<Scorecard> cards = Scoring.standard().series(data.plan(), data.log(), dates);
            ScoredPlan scored = ScoredPlan.of(data.plan(), data.log(), cards);
            context.progress("writing the " + name(kind));
            text = write(scored, settings, rules, chosen);
        }
        context.write(output, text);
        return PolicyPlanCli.OK;
    }

    private String write(ScoredPlan scored, ReportSettings settings, SupervisionRules rules, Format chosen) {
        switch (kind) {
            case SCORECARD:
                return chosen == Format.HTML ? ScorecardReport.html(scored, settings)
                        : chosen == Format.CSV ? ScorecardReport.csv(scored, settings) : scored.current().toJson();
            case BULLETIN:
                Bulletin b = Bulletin.of(scored, settings);
                return chosen == Format.MD ? b.markdown() : b.text();
            default:
                Supervision s = Supervision.of(scored, rules);
                return chosen == Format.HTML ? s.html(settings) : chosen == Format.CSV ? s.csv(settings) : s.toJson();
        }
    }

    private SupervisionRules rules() {
        Colour colour;
        switch (middle.toLowerCase(Locale.ROOT)) {
            case "yellow":
                colour = Colour.YELLOW;
                break;
            case "orange":
                colour = Colour.ORANGE;
                break;
            default:
                throw usage("--middle is yellow or orange (was '" + middle + "')");
        }
        try {
            return SupervisionRules.standard().withNearDueDays(nearDueDays).withEscalateAfter(escalateAfter)
                    .withAtRiskBehind(atRiskBehind).withMiddle(colour);
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
    }

    private static String name(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    /** The language of {@code --lang}, or a usage mistake. */
    static Language language(Base command, String code) {
        try {
            return Language.of(code);
        } catch (IllegalArgumentException e) {
            throw command.usage("--lang is zh or en (was '" + code + "')");
        }
    }

    /** The period of {@code --period}, null when not given, or a usage mistake. */
    static AssessmentPeriod period(Base command, String text) {
        if (text == null) {
            return null;
        }
        AssessmentPeriod p = Periods.period(text);
        if (p == null) {
            throw command.usage("--period is a year (2023) or a quarter (2023-Q4) (was '" + text + "')");
        }
        return p;
    }
}
