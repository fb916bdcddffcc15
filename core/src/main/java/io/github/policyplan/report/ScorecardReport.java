package io.github.policyplan.report;

import io.github.policyplan.model.Baseline;
import io.github.policyplan.model.Goal;
import io.github.policyplan.model.Plan;
import io.github.policyplan.model.Report;
import io.github.policyplan.model.Target;
import io.github.policyplan.model.Value;
import io.github.policyplan.scoring.Forecast;
import io.github.policyplan.scoring.NodeKind;
import io.github.policyplan.scoring.NodeScore;
import io.github.policyplan.scoring.Scorecard;
import io.github.policyplan.scoring.Status;
import io.github.policyplan.scoring.StatusCounts;
import io.github.policyplan.scoring.TargetResult;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The report of a scorecard: an HTML page to read and print, and a CSV table for Excel.
 *
 * <pre>{@code
 * ScoredPlan scored = ScoredPlan.of(plan, log, Scoring.standard().series(plan, log, Scoring.quarterEnds(2023)));
 * String html = ScorecardReport.html(scored, ReportSettings.standard());            // Chinese
 * String csv = ScorecardReport.csv(scored, ReportSettings.standard().withLanguage(Language.ENGLISH));
 * }</pre>
 *
 * <p>The page is one self-contained file — style inline, charts inline SVG, no script, nothing fetched —
 * printable on A4 with each part on a new page: the summary (score, status, coverage, the counts of
 * each status and the bulletin), the plan tree (each node's score, status as a light with its word,
 * coverage and the status counts below it, its explanation on demand), and each section's targets with
 * actual, expected, goal, baseline, forecast and a chart of the reports against the schedule. Every
 * number comes from the scorecards; the report computes none.
 *
 * <p>The CSV table has one row per node (plan, sections, items, targets, in plan order), UTF-8 with a
 * byte-order mark so that Excel reads the Chinese headers.
 *
 * <p>A scorecard from the roll-up ({@link ScoredPlan#of(Plan, io.github.policyplan.rollup.RolledUp)})
 * shows each broken-down target's units' shares under it ({@link NodeScore#shares()}): in the tree a row a
 * unit below the target, whose last column says how many units reported; on the target's page the roll-up
 * and a table of the units; in the CSV table a row a unit ({@code 分解单位}) after the target's, with two
 * more columns, {@code 报送情况} and {@code 说明} (the roll-up for the target, the score's explanation for a
 * unit), only when the scorecard has shares.
 *
 * <p>Both are deterministic: the same inputs give the same bytes.
 */
public final class ScorecardReport {

    private static final Status[] STATUSES = Status.values();

    private ScorecardReport() {
    }

    /**
     * Writes the HTML report of the last scorecard.
     *
     * @param scored   the plan, its log and its scorecards; earlier scorecards add points to the charts
     * @param settings language, illustrative label and scope
     * @return the page, one self-contained HTML document
     */
    public static String html(ScoredPlan scored, ReportSettings settings) {
        Objects.requireNonNull(scored, "scored");
        Objects.requireNonNull(settings, "settings");
        Language lang = settings.language();
        Plan plan = scored.plan();
        Scorecard card = scored.current();
        String subtitle = lang.pick("目标进展评分报告（截至" + Words.date(card.asOf(), lang) + "）",
                "Progress report as of " + Words.date(card.asOf(), lang));
        StringBuilder b = new StringBuilder(64 * 1024);
        int part = 1;
        b.append("<section class=\"summary\">\n<header>\n<h1>").append(Html.esc(plan.title())).append("</h1>\n")
                .append("<p class=\"meta\">").append(Html.esc(subtitle)).append(lang.pick("　", " · "))
                .append(Html.esc(plan.issuer())).append("</p>\n</header>\n").append(Html.illustrative(settings));
        summary(b, scored, settings, part++);
        b.append("</section>\n");
        b.append("<section class=\"tree\">\n<h2>").append(Words.ordinal(part++, lang))
                .append(Html.esc(lang.pick("目标树", "The plan tree"))).append("</h2>\n");
        tree(b, scored, lang);
        b.append("</section>\n");
        for (NodeScore section : card.root().children()) {
            b.append("<section class=\"targets\">\n<h2>").append(Words.ordinal(part++, lang))
                    .append(Html.esc(lang.pick("目标详情：", "Targets: "))).append(Html.esc(section.title()))
                    .append("</h2>\n").append(Chart.legend(lang));
            for (NodeScore t : targetsUnder(section)) {
                target(b, scored, t, lang);
            }
            b.append("</section>\n");
        }
        return Html.page(lang, plan.title() + " — " + subtitle, b.toString());
    }

    /**
     * Writes the CSV table of the last scorecard: one row per node, in plan order.
     *
     * @param scored   the plan, its log and its scorecards
     * @param settings the language of the headers and words
     * @return the table, starting with a byte-order mark
     */
    public static String csv(ScoredPlan scored, ReportSettings settings) {
        Objects.requireNonNull(scored, "scored");
        Objects.requireNonNull(settings, "settings");
        Language lang = settings.language();
        Csv csv = new Csv();
        List<String> header = new ArrayList<>(List.of(lang.pick("层级", "level"), lang.pick("编号", "id"),
                lang.pick("名称", "title"), lang.pick("牵头单位", "lead"), lang.pick("配合单位", "cooperating"),
                lang.pick("计量单位", "unit"), lang.pick("基期值", "baseline"), lang.pick("目标值", "goal"),
                lang.pick("完成时限", "due"), lang.pick("时序目标", "expected"), lang.pick("当前完成", "actual"),
                lang.pick("报送日期", "reported"), lang.pick("进度比", "pace"), lang.pick("得分", "score"),
                lang.pick("状态", "status"), lang.pick("覆盖率", "coverage"), lang.pick("目标数", "targets")));
        for (Status s : STATUSES) {
            header.add(Words.status(s, lang));
        }
        header.add(lang.pick("预测值", "forecast"));
        header.add(lang.pick("预测判断", "likelihood"));
        List<NodeScore> all = nodes(scored.current().root());
        boolean withShares = all.stream().anyMatch(n -> n.shares().isPresent());
        if (withShares) {
            header.add(lang.pick("报送情况", "units reported"));
            header.add(lang.pick("说明", "explanation"));
        }
        if (settings.illustrative()) {
            header.add(lang.pick("备注", "note"));
        }
        csv.row(header);
        for (NodeScore n : all) {
            csv.row(row(scored, settings, n, false, withShares));
            n.shares().ifPresent(x -> x.units().forEach(u -> csv.row(row(scored, settings, u, true, withShares))));
        }
        return csv.toString();
    }

    /**
     * One node's row: a node of the plan, or ({@code share}) a unit's share under its target, which the
     * plan does not hold; with the units' columns when the scorecard has shares.
     */
    private static List<String> row(ScoredPlan scored, ReportSettings settings, NodeScore n, boolean share,
            boolean withShares) {
        Language lang = settings.language();
        List<String> row = new ArrayList<>();
        row.add(share ? lang.pick("分解单位", "unit's share") : Words.kind(n.kind(), lang));
        row.add(n.id());
        row.add(n.title());
        Optional<Target> model = scored.plan().target(n.id());
        Optional<TargetResult> r = n.target();
        row.add(share ? n.title() : model.map(t -> department(scored.plan(), t.lead())).orElse(""));
        row.add(model.map(t -> cooperating(scored.plan(), t, lang)).orElse(""));
        row.add(r.map(TargetResult::unit).orElse(""));
        row.add(model.flatMap(Target::baseline).map(x -> Words.number(x.value())).orElse(""));
        row.add(r.map(x -> Words.goal(x.goal(), lang)).orElse(""));
        row.add((share ? ShareRows.due(scored.plan(), n) : model.map(Target::due)).map(LocalDate::toString).orElse(""));
        row.add(r.flatMap(TargetResult::expected).map(g -> Words.goal(g, lang)).orElse(""));
        row.add(r.flatMap(TargetResult::actual).map(Words::value).orElse(""));
        row.add(r.flatMap(TargetResult::reported).map(LocalDate::toString).orElse(""));
        row.add(r.map(x -> x.pace().isPresent() ? Words.number(x.pace().getAsDouble()) : "").orElse(""));
        row.add(n.score().isPresent() ? Words.number(n.score().getAsDouble()) : "");
        row.add(Words.status(n.status(), lang));
        row.add(Words.percent(n.coverage()));
        StatusCounts counts = n.counts();
        row.add(Integer.toString(counts.total()));
        for (Status s : STATUSES) {
            row.add(Integer.toString(counts.count(s)));
        }
        Optional<Forecast> f = r.flatMap(TargetResult::forecast);
        row.add(f.map(x -> Words.number(x.projected())).orElse(""));
        row.add(f.map(x -> Words.likelihood(x.likelihood(), lang)).orElse(""));
        if (withShares) {
            row.add(n.shares().map(x -> ShareRows.words(x.coverage(), lang)).orElse(""));
            row.add(share ? ShareRows.words(n.explanation(), lang)
                    : n.shares().map(x -> ShareRows.words(x.rollUp(), lang)).orElse(""));
        }
        if (settings.illustrative()) {
            row.add(lang.pick("示例数值", "illustrative"));
        }
        return row;
    }

    // ---- the summary

    private static void summary(StringBuilder b, ScoredPlan scored, ReportSettings settings, int part) {
        Language lang = settings.language();
        NodeScore root = scored.current().root();
        StatusCounts counts = root.counts();
        b.append("<h2>").append(Words.ordinal(part, lang)).append(Html.esc(lang.pick("总体情况", "Summary")))
                .append("</h2>\n<div class=\"figures\">\n");
        figure(b, lang.pick("总得分", "Score"), "<span class=\"big\">" + Words.number(root.score()) + "</span>");
        figure(b, lang.pick("状态", "Status"), "<span class=\"big\">" + Html.light(root.status(), lang) + "</span>");
        figure(b, lang.pick("覆盖率", "Coverage"), "<span class=\"big\">" + Words.percent(root.coverage()) + "</span>");
        figure(b, lang.pick("目标数", "Targets"), "<span class=\"big\">" + counts.total() + "</span>");
        b.append("</div>\n");
        b.append(bar(counts, lang));
        b.append("<ul class=\"counts\">\n");
        for (Map.Entry<Status, Integer> e : counts.asMap().entrySet()) {
            b.append("<li>").append(Html.light(e.getKey(), lang)).append(' ').append(e.getValue()).append("</li>\n");
        }
        b.append("</ul>\n");
        details(b, lang.pick("总得分说明", "How the score is reached"), explanation(root, lang));
        b.append("<h3>").append(Html.esc(lang.pick("通报", "Bulletin"))).append("</h3>\n<p>")
                .append(Html.esc(Bulletin.of(scored, settings).text().strip())).append("</p>\n");
    }

    private static void figure(StringBuilder b, String label, String value) {
        b.append("<div class=\"figure\"><div class=\"small\">").append(Html.esc(label)).append("</div>").append(value)
                .append("</div>\n");
    }

    /** The counts as one bar, each status its share in its light's colour; the list beside gives the words. */
    private static String bar(StatusCounts counts, Language lang) {
        int total = counts.total();
        StringBuilder b = new StringBuilder("<svg class=\"bar\" viewBox=\"0 0 1000 20\" preserveAspectRatio=\"none\" "
                + "role=\"img\" aria-label=\"" + Html.esc(lang.pick("各状态目标数", "Targets by status")) + "\">");
        double x = 0;
        for (Map.Entry<Status, Integer> e : counts.asMap().entrySet()) {
            double w = total == 0 ? 0 : 1000.0 * e.getValue() / total;
            b.append("<rect class=\"").append(Words.light(e.getKey())).append("\" x=\"").append(Chart.c(x))
                    .append("\" y=\"0\" width=\"").append(Chart.c(w)).append("\" height=\"20\" fill=\"")
                    .append(fill(e.getKey())).append("\" stroke=\"#fff\" stroke-width=\"2\"/>");
            x += w;
        }
        return b.append("</svg>\n").toString();
    }

    private static String fill(Status s) {
        switch (Words.light(s)) {
            case "green":
                return s == Status.ACHIEVED ? "#1b7a36" : "#2e9d4a";
            case "yellow":
                return "#f2c500";
            case "red":
                return s == Status.MISSED ? "#9e1b10" : "#d7301f";
            default:
                return s == Status.NOT_STARTED ? "#c4c4c4" : s == Status.NO_DATA ? "#8c8c8c"
                        : s == Status.STALE ? "#a6a6a6" : "#dddddd";
        }
    }

    // ---- the tree

    private static void tree(StringBuilder b, ScoredPlan scored, Language lang) {
        b.append("<table class=\"tree\">\n<colgroup><col style=\"width:44%\"><col style=\"width:9%\">"
                + "<col style=\"width:15%\"><col style=\"width:9%\"><col style=\"width:23%\"></colgroup>\n<thead><tr>");
        for (String h : List.of(lang.pick("名称", "Title"), lang.pick("得分", "Score"), lang.pick("状态", "Status"),
                lang.pick("覆盖率", "Coverage"), lang.pick("下级目标状态", "Targets below"))) {
            b.append("<th").append(h.equals(lang.pick("得分", "Score")) || h.equals(lang.pick("覆盖率", "Coverage"))
                    ? " class=\"num\"" : "").append('>').append(Html.esc(h)).append("</th>");
        }
        b.append("</tr></thead>\n<tbody>\n");
        for (NodeScore n : nodes(scored.current().root())) {
            int level = level(n, scored.plan());
            b.append("<tr class=\"level-").append(level).append(n.kind() == NodeKind.PLAN ? " plan-row" : "")
                    .append("\"><td class=\"name\"><details><summary><span class=\"id\">").append(Html.esc(n.id()))
                    .append("</span>").append(Html.esc(n.title())).append("</summary><p>")
                    .append(Html.esc(explanation(n, lang))).append("</p>")
                    .append(n.shares().map(s -> "<p class=\"rollup\">" + Html.esc(ShareRows.words(s.rollUp(), lang))
                            + "</p>").orElse("")).append("</details></td><td class=\"num\">")
                    .append(Words.number(n.score())).append("</td><td>").append(Html.light(n.status(), lang))
                    .append("</td><td class=\"num\">").append(Words.percent(n.coverage())).append("</td><td class=\"small\">");
            if (n.kind() == NodeKind.TARGET) {
                b.append(n.shares().map(x -> Html.esc(ShareRows.words(x.coverage(), lang))).orElse(Words.NONE));
            } else {
                List<String> parts = new ArrayList<>();
                for (Map.Entry<Status, Integer> e : n.counts().asMap().entrySet()) {
                    parts.add(Html.esc(Words.status(e.getKey(), lang)) + " " + e.getValue());
                }
                b.append(String.join(lang.pick("，", ", "), parts));
            }
            b.append("</td></tr>\n");
            n.shares().ifPresent(x -> ShareRows.tree(b, x, level + 1, lang));
        }
        b.append("</tbody>\n</table>\n");
    }

    /** How deep a node sits: the plan 0, sections 1, items and a section's own targets 2, items' targets 3. */
    private static int level(NodeScore n, Plan plan) {
        switch (n.kind()) {
            case PLAN:
                return 0;
            case SECTION:
                return 1;
            case ITEM:
                return 2;
            default:
                return plan.position(n.id()).map(p -> p.item() < 0 ? 2 : 3).orElse(3);
        }
    }

    // ---- the targets

    private static void target(StringBuilder b, ScoredPlan scored, NodeScore n, Language lang) {
        Plan plan = scored.plan();
        Target model = plan.target(n.id()).orElseThrow();
        TargetResult r = n.target().orElseThrow();
        String unit = r.unit();
        b.append("<article id=\"t-").append(Html.esc(n.id())).append("\">\n<h3><span class=\"id\">")
                .append(Html.esc(n.id())).append("</span>").append(Html.esc(n.title())).append("</h3>\n")
                .append("<div class=\"target-row\">\n<table class=\"facts\">\n");
        String coop = cooperating(plan, model, lang);
        facts(b, lang.pick("牵头单位", "Lead"), Html.esc(department(plan, model.lead())), lang.pick("配合单位", "With"),
                coop.isEmpty() ? Words.NONE : Html.esc(coop));
        facts(b, lang.pick("目标值", "Goal"), Html.esc(Words.withUnit(Words.goal(r.goal(), lang),
                r.goal() instanceof Goal.Amount || r.goal() instanceof Goal.Band ? unit : "")),
                lang.pick("完成时限", "Due"), model.due().toString());
        facts(b, lang.pick("基期值", "Baseline"), Html.esc(model.baseline().map(x -> baseline(x, unit)).orElse(Words.NONE)),
                lang.pick("时序目标", "Expected"),
                Html.esc(r.expected().map(g -> Words.withUnit(Words.goal(g, lang), g instanceof Goal.Amount ? unit : ""))
                        .orElse(Words.NONE)));
        String actual = r.actual().map(v -> Words.withUnit(Words.value(v), v instanceof Value.Amount ? unit : ""))
                .orElse(Words.NONE) + r.reported().map(d -> lang.pick("（" + d + "）", " (" + d + ")")).orElse("");
        facts(b, lang.pick("当前完成", "Actual"), Html.esc(actual), lang.pick("进度比", "Pace"),
                r.pace().isPresent() ? Words.number(r.pace().getAsDouble()) : Words.NONE);
        facts(b, lang.pick("得分", "Score"), Words.number(n.score()), lang.pick("状态", "Status"),
                Html.light(n.status(), lang));
        b.append("</table>\n");
        Chart.Data data = chartData(scored, n, model, r);
        if (data.reports().isEmpty() && data.expected().isEmpty()) {
            b.append("<figure class=\"chart\"><p class=\"small\">").append(Html.esc(series(scored, model, lang)))
                    .append("</p></figure>\n");
        } else {
            b.append("<figure class=\"chart\">").append(Chart.svg(data, lang)).append("</figure>\n");
        }
        b.append("</div>\n");
        n.shares().ifPresent(x -> ShareRows.article(b, scored.plan(), x, lang));
        b.append("<div class=\"more\">\n<span class=\"forecast\">")
                .append(Html.esc(lang.pick("预测：", "Forecast: ")));
        if (r.forecast().isPresent()) {
            Forecast f = r.forecast().get();
            b.append(Html.esc(lang.pick(
                    Words.withUnit(Words.number(f.projected()), unit) + "（" + f.at() + "），",
                    Words.withUnit(Words.number(f.projected()), unit) + " by " + f.at() + ", ")))
                    .append(Html.esc(Words.likelihood(f.likelihood(), lang)));
        } else {
            b.append(Html.esc(lang.pick("报送不足两次，不作预测", "fewer than two reports, none made")));
        }
        b.append("</span>\n");
        details(b, lang.pick("得分说明", "How the score is reached"), explanation(n, lang));
        r.forecast().ifPresent(f -> details(b, lang.pick("预测说明", "How the forecast is made"),
                lang == Language.CHINESE ? f.explanation().inChinese() : f.explanation().inEnglish()));
        b.append("</div>\n</article>\n");
    }

    private static void facts(StringBuilder b, String k1, String v1, String k2, String v2) {
        b.append("<tr><th>").append(Html.esc(k1)).append("</th><td>").append(v1).append("</td><th>")
                .append(Html.esc(k2)).append("</th><td>").append(v2).append("</td></tr>\n");
    }

    private static String baseline(Baseline x, String unit) {
        return Words.withUnit(Words.number(x.value()), unit) + x.date().map(d -> " (" + d + ")").orElse("");
    }

    /** A non-numeric target's reports as text, since it has no chart: {@code 2023-03-31 洽谈；2023-06-30 框架协议}. */
    private static String series(ScoredPlan scored, Target model, Language lang) {
        List<String> parts = new ArrayList<>();
        for (Report rep : scored.log().series(model.id())) {
            if (!rep.date().isAfter(scored.asOf())) {
                parts.add(rep.date() + " " + Words.value(rep.value()));
            }
        }
        return parts.isEmpty() ? lang.pick("尚无报送", "no reports yet")
                : lang.pick("报送：", "Reported: ") + String.join(lang.pick("；", "; "), parts);
    }

    /**
     * The chart's points: the numeric reports up to the date reported; the schedule's expected values
     * as the scorecards give them (its start at the baseline's date or the day before the plan period,
     * each period's expected value, the goal at the due date); the goal; the forecast from the last report.
     */
    private static Chart.Data chartData(ScoredPlan scored, NodeScore n, Target model, TargetResult r) {
        LocalDate asOf = scored.asOf();
        List<Chart.Point> reports = new ArrayList<>();
        for (Report rep : scored.log().series(model.id())) {
            if (!rep.date().isAfter(asOf) && rep.value() instanceof Value.Amount) {
                reports.add(new Chart.Point(rep.date(), ((Value.Amount) rep.value()).value()));
            }
        }
        List<Chart.Point> expected = new ArrayList<>();
        boolean perYear = r.schedule().equals("per-year");
        if (r.start().isPresent() && !perYear) {
            LocalDate origin = model.baseline().flatMap(Baseline::date).filter(d -> d.isBefore(model.due()))
                    .orElse(scored.plan().period().start().minusDays(1));
            expected.add(new Chart.Point(origin, r.start().getAsDouble()));
        }
        for (Scorecard c : scored.scorecards()) {
            Optional<Goal> e = c.find(n.id()).flatMap(NodeScore::target).flatMap(TargetResult::expected);
            if (e.isPresent() && e.get() instanceof Goal.Amount) {
                Chart.Point p = new Chart.Point(c.asOf(), ((Goal.Amount) e.get()).value());
                if (expected.isEmpty() || p.date().isAfter(expected.get(expected.size() - 1).date())) {
                    expected.add(p);
                }
            }
        }
        OptionalDouble goal = r.goal() instanceof Goal.Amount ? OptionalDouble.of(((Goal.Amount) r.goal()).value())
                : OptionalDouble.empty();
        if (goal.isPresent() && !perYear && !expected.isEmpty()
                && model.due().isAfter(expected.get(expected.size() - 1).date())) {
            expected.add(new Chart.Point(model.due(), goal.getAsDouble()));
        }
        Optional<List<Chart.Point>> forecast = Optional.empty();
        if (r.forecast().isPresent() && !reports.isEmpty()) {
            Forecast f = r.forecast().get();
            Chart.Point last = reports.get(reports.size() - 1);
            if (f.at().isAfter(last.date())) {
                forecast = Optional.of(List.of(last, new Chart.Point(f.at(), f.projected())));
            }
        }
        return new Chart.Data(reports, expected, goal, forecast, asOf);
    }

    // ---- shared

    private static void details(StringBuilder b, String summary, String text) {
        b.append("<details><summary>").append(Html.esc(summary)).append("</summary><p>").append(Html.esc(text))
                .append("</p></details>\n");
    }

    private static String explanation(NodeScore n, Language lang) {
        return lang == Language.CHINESE ? n.explanation().inChinese() : n.explanation().inEnglish();
    }

    /** Every node under and including one, in plan order. */
    static List<NodeScore> nodes(NodeScore root) {
        List<NodeScore> out = new ArrayList<>();
        add(out, root);
        return out;
    }

    private static void add(List<NodeScore> out, NodeScore n) {
        out.add(n);
        for (NodeScore c : n.children()) {
            add(out, c);
        }
    }

    private static List<NodeScore> targetsUnder(NodeScore n) {
        List<NodeScore> out = new ArrayList<>();
        for (NodeScore x : nodes(n)) {
            if (x.kind() == NodeKind.TARGET) {
                out.add(x);
            }
        }
        return out;
    }

    static String department(Plan plan, String id) {
        return plan.department(id).map(d -> d.name()).orElse(id);
    }

    static String cooperating(Plan plan, Target t, Language lang) {
        List<String> names = new ArrayList<>();
        for (String c : t.cooperating()) {
            names.add(department(plan, c));
        }
        return String.join(lang.pick("、", ", "), names);
    }
}
