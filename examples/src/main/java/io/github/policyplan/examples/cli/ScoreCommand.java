package io.github.policyplan.examples.cli;

import io.github.policyplan.core.NumberText;
import io.github.policyplan.report.Language;
import io.github.policyplan.report.ReportSettings;
import io.github.policyplan.report.ScoredPlan;
import io.github.policyplan.report.ScorecardReport;
import io.github.policyplan.scoring.NodeKind;
import io.github.policyplan.scoring.NodeScore;
import io.github.policyplan.scoring.Scorecard;
import io.github.policyplan.scoring.Scoring;
import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code policyplan score}: scores a plan at a date and prints the scorecard. */
@Command(name = "score", mixinStandardHelpOptions = true,
        description = {"Scores a plan at a date: every section, item and target with its score, status and coverage."},
        footer = {"", "Exit status: 0 when scored, 1 when an input has problems, 2 on a usage mistake."})
final class ScoreCommand extends ResultCommand {

    @Option(names = "--as-of", paramLabel = "DATE", description = "the date to score at, such as 2023-06-30"
            + " (default: the latest date reported)")
    LocalDate asOf;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "zh",
            description = "zh or en: the language of the words (default: ${DEFAULT-VALUE})")
    String lang;

    ScoreCommand(Context context) {
        super(context);
    }

    @Override
    String lang() {
        return lang;
    }

    @Override
    String write(Inputs.Data data, Format chosen, ReportSettings settings) {
        LocalDate date = asOf != null ? asOf : data.latest();
        context.progress("scoring at " + date);
        Scorecard card = Scoring.standard().score(data.plan(), data.log(), date);
        switch (chosen) {
            case JSON:
                return card.toJson();
            case CSV:
                return ScorecardReport.csv(ScoredPlan.of(data.plan(), data.log(), card), settings);
            default:
                return text(card, data.plan().title(), settings.language(), settings.illustrative());
        }
    }

    private static String text(Scorecard card, String title, Language lang, boolean illustrative) {
        boolean zh = lang == Language.CHINESE;
        StringBuilder b = new StringBuilder();
        b.append(title).append(zh ? " — 截至 " : " — as of ").append(card.asOf()).append('\n');
        if (illustrative) {
            b.append(zh ? "示例数值：目标值和报送数据为示例，不是真实数据。\n" : "Illustrative figures: the goals and reports are examples.\n");
        }
        line(b, card.root(), 0, zh);
        return b.toString();
    }

    private static void line(StringBuilder b, NodeScore n, int depth, boolean zh) {
        b.append("  ".repeat(depth)).append(n.kind() == NodeKind.PLAN ? (zh ? "全部" : "plan") : n.id()).append(' ')
                .append(n.kind() == NodeKind.PLAN ? "" : n.title() + " ")
                .append(n.score().isPresent() ? NumberText.format(n.score().getAsDouble()) : "—").append(" · ")
                .append(zh ? n.status().chinese() : n.status().english());
        if (n.kind() != NodeKind.TARGET) {
            b.append(" · ").append(zh ? "覆盖率 " : "coverage ").append(NumberText.percent(n.coverage()));
        }
        b.append('\n');
        for (NodeScore c : n.children()) {
            line(b, c, depth + 1, zh);
        }
    }
}
