package io.github.policyplan.examples;

import io.github.policyplan.model.Goal;
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
import java.nio.file.Files;
import java.nio.file.Path;
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
 * ScoreCounty                                   # the bundled county data
 * ScoreCounty plan.yaml reports.csv             # your own plan and reports
 * ScoreCounty plan.yaml sheet.yaml reports.csv  # with a goal sheet that fills its unset goals
 * ScoreCounty plan.yaml --sheet s.yaml --reports r.yaml
 * </pre>
 *
 * <p>After the plan, a file is taken as a goal sheet when it is YAML or JSON with a {@code goals} key,
 * else as progress reports; {@code --sheet} and {@code --reports} say so outright. A wrong call prints
 * the usage and exits with status 2.
 */
public final class ScoreCounty {

    /** The bundled illustrative quarterly reports for 2023. */
    public static final String COUNTY_PROGRESS = "progress/county-2023.csv";

    private ScoreCounty() {
    }

    /**
     * Runs the example.
     *
     * @param args none for the bundled data; else a plan, then a goal sheet and/or a progress file in
     *             any order (see the class comment)
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
     * @return 0; 1 when an input has problems; 2 on a wrong call
     * @throws IOException when a file cannot be read
     */
    public static int run(String[] args, PrintStream out, PrintStream err) throws IOException {
        Inputs in;
        try {
            in = Inputs.of(args);
        } catch (IllegalArgumentException e) {
            err.println("ScoreCounty: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        if (in.help) {
            out.println(USAGE);
            return 0;
        }
        try {
            Plan published = ExampleData.plan(in.plan, ExampleData.COUNTY_PLAN);
            // The bundled goal sheet fills the bundled plan only; a plan of your own is scored as it is.
            GoalSheet sheet = in.sheet != null || in.plan == null
                    ? ExampleData.goalSheet(in.sheet, ExampleData.COUNTY_ILLUSTRATIVE, published) : null;
            Plan plan = sheet == null ? published : sheet.applyTo(published);
            ProgressLog log = in.reports != null ? Progress.read(Path.of(in.reports), plan)
                    : in.plan == null ? Progress.parse(ExampleData.text(COUNTY_PROGRESS), COUNTY_PROGRESS, plan)
                    : ProgressLog.empty(plan);
            out.println(plan.title());
            if (sheet != null && sheet.illustrative()) {
                out.println("示例数值 illustrative: the speech redacts its numbers; the goals and the " + log.size()
                        + " reports scored here are illustrative, not from the source.");
            }
            List<Scorecard> cards = Scoring.standard().series(plan, log,
                    Scoring.quarterEnds(plan.period().start().getYear()));
            for (Scorecard card : cards) {
                out.println();
                print(card, out);
            }
            Scorecard june = cards.get(1);
            List<NodeScore> targets = june.targets();
            if (!targets.isEmpty()) {
                out.println();
                out.println("== 一个目标的得分说明 How one target's score is reached (" + june.asOf() + ")");
                explain(june.find("s1.i1.t1").orElse(targets.get(0)), out);
            }
            if (!june.root().children().isEmpty()) {
                out.println();
                out.println("== 一个部分的得分说明 How one section's score is reached (" + june.asOf() + ")");
                explain(june.find("s2").orElse(june.root().children().get(0)), out);
            }
            return 0;
        } catch (InputException e) {
            e.problems().forEach(err::println);
            return 1;
        }
    }

    static final String USAGE = """
            usage: ScoreCounty                                  score the bundled county plan of 2023
                   ScoreCounty PLAN [SHEET] [REPORTS]           score your own plan at its first year's quarter ends
                   ScoreCounty PLAN [--sheet SHEET] [--reports REPORTS]
              PLAN     a plan file (.yaml, .yml or .json)
              SHEET    a goal sheet: YAML or JSON with a 'goals' key, filling the plan's unset goals
              REPORTS  progress reports (.csv, or YAML or JSON with a 'reports' key)""";

    /** The files named on the command line: a plan first, then a goal sheet and reports in any order. */
    static final class Inputs {
        String plan;
        String sheet;
        String reports;
        boolean help;

        static Inputs of(String[] args) throws IOException {
            Inputs in = new Inputs();
            List<String> files = new java.util.ArrayList<>();
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "-h", "--help" -> in.help = true;
                    case "--sheet", "--reports" -> {
                        if (i + 1 == args.length) {
                            throw new IllegalArgumentException(a + " needs a file");
                        }
                        String file = existing(args[++i]);
                        if (a.equals("--sheet")) {
                            in.sheet = once(in.sheet, file, "goal sheet");
                        } else {
                            in.reports = once(in.reports, file, "progress file");
                        }
                    }
                    default -> {
                        if (a.startsWith("-")) {
                            throw new IllegalArgumentException("unknown option " + a);
                        }
                        files.add(existing(a));
                    }
                }
            }
            if (files.isEmpty() && (in.sheet != null || in.reports != null)) {
                throw new IllegalArgumentException("name the plan first");
            }
            if (!files.isEmpty()) {
                in.plan = files.get(0);
            }
            for (String f : files.subList(Math.min(1, files.size()), files.size())) {
                if (isGoalSheet(f)) {
                    in.sheet = once(in.sheet, f, "goal sheet");
                } else {
                    in.reports = once(in.reports, f, "progress file");
                }
            }
            return in;
        }

        private static String existing(String file) {
            if (!ExampleData.isFile(file)) {
                throw new IllegalArgumentException("no such file: " + file);
            }
            return file;
        }

        private static String once(String before, String file, String what) {
            if (before != null) {
                throw new IllegalArgumentException("two " + what + "s: " + before + " and " + file);
            }
            return file;
        }

        /** A goal sheet is YAML or JSON whose top level has a {@code goals} key; reports have {@code reports}. */
        private static boolean isGoalSheet(String file) throws IOException {
            String name = file.toLowerCase(Locale.ROOT);
            if (name.endsWith(".csv")) {
                return false;
            }
            String text = Files.readString(Path.of(file), StandardCharsets.UTF_8);
            return text.lines().anyMatch(l -> l.startsWith("goals:"))
                    || name.endsWith(".json") && java.util.regex.Pattern.compile("\"goals\"\\s*:").matcher(text).find();
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
                + " · 覆盖 " + percent(n.coverage()) + " · " + counts(n);
    }

    static String target(NodeScore n) {
        TargetResult t = n.target().orElseThrow();
        String unit = t.unit().isEmpty() ? "" : " " + t.unit();
        StringBuilder sb = new StringBuilder();
        sb.append(n.id()).append(' ').append(n.title()).append(" | 完成 actual ")
                .append(t.actual().map(v -> format(v) + (v instanceof Value.Amount ? unit : "")).orElse("—"))
                .append(" | 时序 expected ").append(t.expected().map(e -> e instanceof Goal.Amount a ? number(a.value())
                        : e.toString()).orElse("—"));
        t.baseline().ifPresent(b -> sb.append(" | 基数 baseline ").append(number(b.value())).append(unit)
                .append(b.date().map(d -> " (" + d + ")").orElse("")));
        sb.append(" | 得分 ").append(score(n.score()))
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
        return v instanceof Value.Amount a ? number(a.value()) : v.toString();
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
