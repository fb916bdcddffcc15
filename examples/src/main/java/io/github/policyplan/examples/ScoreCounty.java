package io.github.policyplan.examples;

import io.github.policyplan.model.Plan;
import io.github.policyplan.model.Value;
import io.github.policyplan.plans.GoalSheet;
import io.github.policyplan.core.InputException;
import io.github.policyplan.progress.Progress;
import io.github.policyplan.progress.ProgressLog;
import io.github.policyplan.scoring.Forecast;
import io.github.policyplan.scoring.NodeKind;
import io.github.policyplan.scoring.NodeScore;
import io.github.policyplan.scoring.Scorecard;
import io.github.policyplan.scoring.Scoring;
import io.github.policyplan.scoring.Status;
import io.github.policyplan.scoring.TargetResult;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The main example: scores the county plan at each quarter end of 2023 and prints the scorecard
 * (section / item / target with actual, expected, score, status and forecast), then the full
 * explanation of one target and one section, in Chinese and English.
 *
 * <p>The goals the speech redacts and the quarterly reports are illustrative (示例数值):
 * {@code plans/county-2023-illustrative.yaml} and {@code progress/county-2023.csv}.
 *
 * <pre>
 * ScoreCounty                                  # the bundled county data
 * ScoreCounty plan.yaml sheet.yaml reports.csv # your own
 * </pre>
 */
public final class ScoreCounty {

    /** The bundled illustrative quarterly reports for 2023. */
    public static final String COUNTY_PROGRESS = "progress/county-2023.csv";

    private ScoreCounty() {
    }

    /**
     * Runs the example.
     *
     * @param args optional: a plan, a goal sheet and a progress file
     * @throws IOException when a file cannot be read
     */
    public static void main(String[] args) throws IOException {
        System.exit(run(args, new PrintStream(System.out, true, StandardCharsets.UTF_8),
                new PrintStream(System.err, true, StandardCharsets.UTF_8)));
    }

    /**
     * Scores and prints.
     *
     * @param args as for {@link #main}
     * @param out  where the scorecards go
     * @param err  where problems go
     * @return 0, or 1 when an input has problems
     * @throws IOException when a file cannot be read
     */
    public static int run(String[] args, PrintStream out, PrintStream err) throws IOException {
        try {
            Plan published = ExampleData.plan(args.length > 0 ? args[0] : null, ExampleData.COUNTY_PLAN);
            GoalSheet sheet = ExampleData.goalSheet(args.length > 1 ? args[1] : null, ExampleData.COUNTY_ILLUSTRATIVE,
                    published);
            Plan plan = sheet.applyTo(published);
            ProgressLog log = args.length > 2 ? Progress.read(java.nio.file.Path.of(args[2]), plan)
                    : Progress.parse(ExampleData.text(COUNTY_PROGRESS), COUNTY_PROGRESS, plan);
            out.println(plan.title());
            if (sheet.illustrative()) {
                out.println("示例数值 illustrative: the speech redacts its numbers; the goals and the " + log.size()
                        + " reports scored here are illustrative, not from the source.");
            }
            List<Scorecard> cards = Scoring.standard().series(plan, log, Scoring.quarterEnds(2023));
            for (Scorecard card : cards) {
                out.println();
                print(card, out);
            }
            Scorecard june = cards.get(1);
            out.println();
            out.println("== 一个目标的得分说明 How one target's score is reached (" + june.asOf() + ")");
            explain(june.node("s1.i1.t1"), out);
            out.println();
            out.println("== 一个部分的得分说明 How one section's score is reached (" + june.asOf() + ")");
            explain(june.node("s2"), out);
            return 0;
        } catch (InputException e) {
            e.problems().forEach(err::println);
            return 1;
        }
    }

    static void print(Scorecard card, PrintStream out) {
        NodeScore root = card.root();
        out.println("== " + card.asOf() + " 全县得分 plan score " + score(root.score()) + " · " + root.status().chinese()
                + " " + root.status().english() + " · 覆盖率 coverage " + percent(root.coverage()));
        out.println("   " + counts(root));
        for (NodeScore section : root.children()) {
            out.println(section.title() + "  [" + section.id() + "]  " + line(section));
            for (NodeScore child : section.children()) {
                if (child.kind() == NodeKind.TARGET) {
                    out.println("    " + target(child));
                } else {
                    out.println("  " + child.title() + "  [" + child.id() + "]  " + line(child));
                    for (NodeScore t : child.children()) {
                        out.println("    " + target(t));
                    }
                }
            }
        }
    }

    static String line(NodeScore n) {
        return "得分 score " + score(n.score()) + " · " + n.status().chinese() + " " + n.status().english()
                + " · 覆盖 " + percent(n.coverage());
    }

    static String target(NodeScore n) {
        TargetResult t = n.target().orElseThrow();
        String unit = t.unit().isEmpty() ? "" : " " + t.unit();
        StringBuilder sb = new StringBuilder();
        sb.append(n.id()).append(' ').append(n.title()).append(" | 完成 actual ")
                .append(t.actual().map(v -> format(v) + (v instanceof Value.Amount ? unit : "")).orElse("—"))
                .append(" | 时序 expected ").append(t.expected().map(e -> e.toString().matches("-?[0-9.]+")
                        ? number(Double.parseDouble(e.toString())) : e.toString()).orElse("—"))
                .append(" | 得分 ").append(score(n.score()))
                .append(" | ").append(n.status().chinese()).append(' ').append(n.status().english());
        if (t.forecast().isPresent()) {
            Forecast f = t.forecast().get();
            sb.append(" | 预测 forecast ").append(number(f.projected())).append(unit).append(" → ")
                    .append(f.likelihood().chinese()).append(' ').append(f.likelihood().english());
        }
        return sb.toString();
    }

    static void explain(NodeScore n, PrintStream out) {
        out.println(n.id() + " " + n.title());
        out.println("  中文: " + n.explanation().inChinese());
        out.println("  English: " + n.explanation().inEnglish());
        for (NodeScore c : n.children()) {
            out.println("    " + c.id() + ": " + c.explanation().inChinese());
        }
    }

    static String counts(NodeScore n) {
        StringBuilder sb = new StringBuilder().append(n.counts().total()).append(" 个目标 targets:");
        for (Map.Entry<Status, Integer> e : n.counts().asMap().entrySet()) {
            sb.append(' ').append(e.getKey().chinese()).append('/').append(e.getKey().english()).append(' ')
                    .append(e.getValue()).append(';');
        }
        return sb.substring(0, sb.length() - 1);
    }

    static String format(Value v) {
        return v instanceof Value.Amount ? number(((Value.Amount) v).value()) : v.toString();
    }

    static String score(OptionalDouble s) {
        return s.isPresent() ? String.format(Locale.ROOT, "%.1f", s.getAsDouble()) : "—";
    }

    static String number(double d) {
        return java.math.BigDecimal.valueOf(d).setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString();
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f%%", share * 100);
    }
}
