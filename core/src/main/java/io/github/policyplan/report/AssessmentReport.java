package io.github.policyplan.report;

import io.github.policyplan.core.Explanation;
import io.github.policyplan.assessment.AppliedAdjustment;
import io.github.policyplan.assessment.AssessmentPeriod;
import io.github.policyplan.assessment.AssessmentResult;
import io.github.policyplan.assessment.AssessmentScheme;
import io.github.policyplan.assessment.Contribution;
import io.github.policyplan.assessment.PoolResult;
import io.github.policyplan.assessment.Role;
import io.github.policyplan.assessment.UnitResult;
import io.github.policyplan.assessment.UnitWhatIf;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The report of an assessment (考核结果): an HTML page to read and print, and a CSV table for Excel, in
 * the shape of the office's results table (排名, 单位, 基础得分, 加分, 减分, 最终得分, 等次, 旗帜, 备注).
 *
 * <pre>{@code
 * Assessment contest = Assessments.read(Path.of("assess/investment-2023.yaml"), plan);
 * AssessmentResult year = contest.assess(log, AssessmentPeriod.year(2023));
 * String html = AssessmentReport.html(year, contest.scheme(), ReportSettings.standard());
 * String csv = AssessmentReport.csv(year, contest.scheme(), ReportSettings.standard());
 * }</pre>
 *
 * <p>The page ranks each pool with grades, flags, bonuses and penalties, vetoes and the red and black
 * lists; then, pool by pool, each unit with the targets behind its score, its adjustments and vetoes,
 * and what it needs for the next place, grade and flag ({@link AssessmentResult#whatIf}). The remarks
 * are the result's notes in the report's language; every number comes from the result.
 *
 * <p>Both are deterministic: the same inputs give the same bytes.
 */
public final class AssessmentReport {

    private AssessmentReport() {
    }

    /**
     * Writes the HTML report of an assessment.
     *
     * @param result   the result
     * @param scheme   its scheme (for the title, grade bands and the margin below which ranks are not significant)
     * @param settings language and illustrative label
     * @return the page, one self-contained HTML document
     * @throws IllegalArgumentException when the result is not of the scheme
     */
    public static String html(AssessmentResult result, AssessmentScheme scheme, ReportSettings settings) {
        check(result, scheme, settings);
        Language lang = settings.language();
        String period = period(result.period(), lang);
        StringBuilder b = new StringBuilder(32 * 1024);
        int part = 1;
        b.append("<section class=\"summary\">\n<header>\n<h1>").append(Html.esc(scheme.title())).append("</h1>\n")
                .append("<p class=\"meta\">").append(Html.esc(lang.pick("考核结果：" + period, "Results: " + period)))
                .append("</p>\n</header>\n").append(Html.illustrative(settings));
        b.append("<h2>").append(Words.ordinal(part++, lang)).append(Html.esc(lang.pick("排名与等次", "Ranks and grades")))
                .append("</h2>\n<p class=\"small\">").append(Html.esc(bands(scheme, lang))).append("</p>\n");
        for (PoolResult pool : result.pools()) {
            ranking(b, result, pool, scheme, lang);
        }
        b.append("</section>\n");
        for (PoolResult pool : result.pools()) {
            b.append("<section class=\"pool\">\n<h2>").append(Words.ordinal(part++, lang))
                    .append(Html.esc(lang.pick(pool.name() + "：各单位得分明细", pool.name() + ": each unit's score")))
                    .append("</h2>\n");
            for (UnitResult u : pool.ranking()) {
                unit(b, result, pool, u, scheme, lang);
            }
            b.append("</section>\n");
        }
        return Html.page(lang, scheme.title() + " — " + period, b.toString());
    }

    /**
     * Writes the CSV table of an assessment: one row per unit, pool by pool, in rank order.
     *
     * @param result   the result
     * @param scheme   its scheme
     * @param settings the language of the headers and words
     * @return the table, starting with a byte-order mark
     * @throws IllegalArgumentException when the result is not of the scheme
     */
    public static String csv(AssessmentResult result, AssessmentScheme scheme, ReportSettings settings) {
        check(result, scheme, settings);
        Language lang = settings.language();
        Csv csv = new Csv();
        List<String> header = new ArrayList<>(List.of(lang.pick("组别", "pool"), lang.pick("排名", "rank"),
                lang.pick("单位编号", "unit id"), lang.pick("单位", "unit"), lang.pick("基础得分", "base"),
                lang.pick("加分", "bonus"), lang.pick("减分", "penalty"), lang.pick("最终得分", "score"),
                lang.pick("等次", "grade"), lang.pick("旗帜", "flag"), lang.pick("距上一名", "behind the next above by"),
                lang.pick("备注", "remarks")));
        if (settings.illustrative()) {
            header.add(lang.pick("数据说明", "data"));
        }
        csv.row(header);
        for (PoolResult pool : result.pools()) {
            for (UnitResult u : pool.ranking()) {
                UnitWhatIf w = result.whatIf(u.unit());
                List<String> row = new ArrayList<>(List.of(pool.name(), u.rank() == 0 ? "" : Integer.toString(u.rank()),
                        u.unit(), u.name(), score(u.base(), scheme), Words.number(total(u, true)),
                        Words.number(total(u, false)), score(u.score(), scheme), u.grade().orElse(""),
                        u.flag().orElse(""), w.nextRank().map(g -> Words.number(g.gain())).orElse(""),
                        String.join(lang.pick("；", "; "), remarks(pool, u, scheme, lang))));
                if (settings.illustrative()) {
                    row.add(lang.pick("示例数值", "illustrative"));
                }
                csv.row(row);
            }
        }
        return csv.toString();
    }

    private static void check(AssessmentResult result, AssessmentScheme scheme, ReportSettings settings) {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(settings, "settings");
        if (!result.scheme().equals(scheme.id())) {
            throw new IllegalArgumentException("the result is of scheme " + result.scheme() + ", not " + scheme.id());
        }
    }

    // ---- the ranking

    private static void ranking(StringBuilder b, AssessmentResult result, PoolResult pool, AssessmentScheme scheme,
            Language lang) {
        b.append("<h3>").append(Html.esc(pool.name())).append("</h3>\n<table class=\"ranking\">\n<colgroup>"
                + "<col style=\"width:6%\"><col style=\"width:13%\"><col style=\"width:9%\"><col style=\"width:7%\">"
                + "<col style=\"width:7%\"><col style=\"width:9%\"><col style=\"width:8%\"><col style=\"width:9%\">"
                + "<col style=\"width:9%\"><col style=\"width:23%\"></colgroup>\n<thead><tr>");
        String[] heads = {lang.pick("排名", "Rank"), lang.pick("单位", "Unit"), lang.pick("基础得分", "Base"),
            lang.pick("加分", "Bonus"), lang.pick("减分", "Penalty"), lang.pick("最终得分", "Score"),
            lang.pick("等次", "Grade"), lang.pick("旗帜", "Flag"), lang.pick("距上一名", "To next"),
            lang.pick("备注", "Remarks")};
        for (int i = 0; i < heads.length; i++) {
            b.append("<th").append(i == 0 || i == 2 || i == 3 || i == 4 || i == 5 || i == 8 ? " class=\"num\"" : "")
                    .append('>').append(Html.esc(heads[i])).append("</th>");
        }
        b.append("</tr></thead>\n<tbody>\n");
        for (UnitResult u : pool.ranking()) {
            UnitWhatIf w = result.whatIf(u.unit());
            b.append("<tr><td class=\"num\">").append(u.rank() == 0 ? Words.NONE : Integer.toString(u.rank()))
                    .append("</td><td>").append(Html.esc(u.name())).append("</td><td class=\"num\">")
                    .append(score(u.base(), scheme)).append("</td><td class=\"num\">").append(signed(total(u, true), "+"))
                    .append("</td><td class=\"num\">").append(signed(total(u, false), "−"))
                    .append("</td><td class=\"num\"><b>").append(score(u.score(), scheme)).append("</b></td><td>")
                    .append(Html.esc(u.grade().orElse(Words.NONE))).append("</td><td>")
                    .append(Html.esc(u.flag().orElse(""))).append("</td><td class=\"num\">")
                    .append(w.nextRank().map(g -> Words.number(g.gain())).orElse(Words.NONE)).append("</td><td class=\"small\">")
                    .append(Html.esc(String.join(lang.pick("；", "; "), remarks(pool, u, scheme, lang))))
                    .append("</td></tr>\n");
        }
        b.append("</tbody>\n</table>\n<p>").append(Html.esc(lang.pick("红榜：", "Red list: ")))
                .append(Html.esc(names(pool, pool.redList(), lang))).append(lang.pick("　", " · "))
                .append(Html.esc(lang.pick("黑榜：", "Black list: "))).append(Html.esc(names(pool, pool.blackList(), lang)))
                .append("</p>\n");
    }

    private static String names(PoolResult pool, List<String> ids, Language lang) {
        if (ids.isEmpty()) {
            return lang.pick("无", "none");
        }
        List<String> out = new ArrayList<>();
        for (String id : ids) {
            out.add(pool.unit(id).name());
        }
        return String.join(lang.pick("、", ", "), out);
    }

    /**
     * The remarks on a unit: the result's notes in the report's language (lists, vetoes and where a
     * vetoed unit stands, ties and shared flags, significance, quota moves, no score), then each veto's reason.
     */
    static List<String> remarks(PoolResult pool, UnitResult u, AssessmentScheme scheme, Language lang) {
        List<String> out = new ArrayList<>();
        for (Explanation note : u.notes()) {
            out.add(lang.pick(note.inChinese(), note.inEnglish()));
        }
        String topGradeVeto = lang.pick("一票否优：", "veto of the top grade: ");
        boolean said = out.stream().anyMatch(r -> r.startsWith(topGradeVeto));
        for (AssessmentScheme.Veto v : u.vetoes()) {
            // A veto of the top grade is a note only where it lowered the grade; the reason is a remark anyway.
            if (v.kind() == AssessmentScheme.VetoKind.VETO_TOP_GRADE && !said) {
                out.add(topGradeVeto + v.reason());
            }
        }
        return out;
    }

    // ---- each unit

    private static void unit(StringBuilder b, AssessmentResult result, PoolResult pool, UnitResult u,
            AssessmentScheme scheme, Language lang) {
        b.append("<article>\n<h3>").append(u.rank() == 0 ? Words.NONE : lang.pick("第" + u.rank() + "名", "#" + u.rank()))
                .append(' ').append(Html.esc(u.name())).append(lang.pick("　", " · ")).append(Html.esc(lang.pick("得分 ", "score ")))
                .append(score(u.score(), scheme));
        u.grade().ifPresent(g -> b.append(lang.pick("　", " · ")).append(Html.esc(g)));
        u.flag().ifPresent(f -> b.append(lang.pick("　", " · ")).append(Html.esc(f)));
        b.append("</h3>\n<table class=\"contributions\">\n<colgroup><col style=\"width:14%\"><col style=\"width:38%\">"
                + "<col style=\"width:12%\"><col style=\"width:10%\"><col style=\"width:10%\"><col style=\"width:16%\">"
                + "</colgroup>\n<thead><tr>");
        String[] heads = {lang.pick("编号", "Id"), lang.pick("目标", "Target"), lang.pick("计分方式", "Counts as"),
            lang.pick("权重", "Weight"), lang.pick("得分", "Score"), lang.pick("状态", "Status")};
        for (int i = 0; i < heads.length; i++) {
            b.append("<th").append(i == 3 || i == 4 ? " class=\"num\"" : "").append('>').append(Html.esc(heads[i]))
                    .append("</th>");
        }
        b.append("</tr></thead>\n<tbody>\n");
        for (Contribution c : u.contributions()) {
            b.append("<tr><td><span class=\"id\">").append(Html.esc(c.id())).append("</span></td><td>")
                    .append(Html.esc(c.title())).append("</td><td>").append(Html.esc(role(c.role(), lang)))
                    .append("</td><td class=\"num\">").append(Words.number(c.weight())).append("</td><td class=\"num\">")
                    .append(Words.number(c.score())).append("</td><td>").append(Html.light(c.status(), lang))
                    .append("</td></tr>\n");
        }
        if (u.contributions().isEmpty()) {
            b.append("<tr><td colspan=\"6\">").append(Html.esc(lang.pick("没有计分目标", "No target counts")))
                    .append("</td></tr>\n");
        }
        b.append("</tbody>\n</table>\n<p>").append(Html.esc(lang.pick("基础得分 ", "Base ")))
                .append(score(u.base(), scheme)).append("</p>\n");
        if (!u.adjustments().isEmpty()) {
            b.append("<ul>\n");
            for (AppliedAdjustment a : u.adjustments()) {
                b.append("<li>").append(Html.esc(adjustment(a, lang))).append("</li>\n");
            }
            b.append("</ul>\n");
        }
        List<String> remarks = remarks(pool, u, scheme, lang);
        if (!remarks.isEmpty()) {
            b.append("<p>").append(Html.esc(lang.pick("备注：", "Remarks: ") + String.join(lang.pick("；", "; "), remarks)))
                    .append("</p>\n");
        }
        b.append("<p>").append(Html.esc(lang.pick("晋位分析：", "To move up: ") + whatIf(result.whatIf(u.unit()), lang)))
                .append("</p>\n</article>\n");
    }

    private static String adjustment(AppliedAdjustment a, Language lang) {
        AssessmentScheme.Adjustment x = a.adjustment();
        boolean bonus = x.kind() == AssessmentScheme.AdjustmentKind.BONUS;
        String capped = a.counted() < x.points()
                ? lang.pick("（申报" + Words.number(x.points()) + "分，封顶后计入" + Words.number(a.counted()) + "分）",
                        " (" + Words.number(x.points()) + " entered, " + Words.number(a.counted()) + " counted after the caps)")
                : "";
        return lang.pick((bonus ? "加" : "减") + Words.number(a.counted()) + "分", (bonus ? "bonus +" : "penalty −")
                + Words.number(a.counted())) + capped + lang.pick("（" + x.category() + "）：", " (" + x.category() + "): ")
                + lang.pick(a.reason().inChinese(), a.reason().inEnglish()) + x.evidence().map(e -> lang.pick("；依据：", "; evidence: ") + e).orElse("")
                + lang.pick("；", "; ") + x.date();
    }

    /** What a unit needs for the next place, grade and flag, and which targets would get it there. */
    static String whatIf(UnitWhatIf w, Language lang) {
        if (w.score().isEmpty()) {
            return lang.pick("尚无得分", "no score yet");
        }
        List<String> parts = new ArrayList<>();
        w.nextRank().ifPresent(g -> parts.add(lang.pick("追平上一名（" + g.holder() + "）需再得" + Words.number(g.gain()) + "分",
                "+" + Words.number(g.gain()) + " to draw level with " + g.holder() + ", the next above")));
        w.nextGrade().ifPresent(g -> parts.add(lang.pick("达到" + g.what() + "（" + g.holder() + "）需再得"
                + Words.number(g.gain()) + "分", "+" + Words.number(g.gain()) + " for " + g.what() + " (" + g.holder() + ")")));
        w.nextFlag().ifPresent(g -> parts.add(lang.pick("争取" + g.what() + "（现为" + g.holder() + "）需再得"
                + Words.number(g.gain()) + "分", "+" + Words.number(g.gain()) + " for " + g.what() + " (now held by "
                + g.holder() + ")")));
        if (parts.isEmpty()) {
            parts.add(lang.pick("已居首位", "first already"));
        }
        List<String> levers = new ArrayList<>();
        for (UnitWhatIf.Lever l : w.levers()) {
            if (l.maxGain() > 0 && levers.size() < 3) {
                levers.add(l.title() + lang.pick("（最多+" + Words.number(l.maxGain()) + "分）",
                        " (up to +" + Words.number(l.maxGain()) + ")"));
            }
        }
        if (!levers.isEmpty()) {
            parts.add(lang.pick("提分空间最大的目标：", "most to gain on: ") + String.join(lang.pick("、", ", "), levers));
        }
        if (!w.soonest().isEmpty()) {
            List<String> titles = new ArrayList<>();
            for (String id : w.soonest()) {
                titles.add(w.levers().stream().filter(l -> l.id().equals(id)).map(UnitWhatIf.Lever::title).findFirst()
                        .orElse(id));
            }
            parts.add(lang.pick("最快途径：", "soonest through ") + String.join(lang.pick("、", ", "), titles));
        }
        return String.join(lang.pick("；", "; "), parts);
    }

    private static String role(Role r, Language lang) {
        return lang == Language.CHINESE ? r.chinese() : r.english();
    }

    private static String bands(AssessmentScheme scheme, Language lang) {
        List<String> out = new ArrayList<>();
        for (AssessmentScheme.GradeBand g : scheme.grades()) {
            String s = g.name() + g.min().map(m -> " ≥ " + Words.number(m)).orElse("")
                    + g.quota().map(q -> lang.pick("（名额" + Words.percent(q) + "）", " (quota " + Words.percent(q) + ")"))
                            .orElse("");
            out.add(s);
        }
        return lang.pick("等次：", "Grades: ") + String.join(lang.pick("；", "; "), out)
                + lang.pick("。排名按" + scheme.ranking().decimals() + "位小数比较，相差小于"
                        + Words.number(scheme.ranking().margin()) + "分视为差异不显著。",
                        ". Scores are compared to " + scheme.ranking().decimals() + " decimals; a difference below "
                                + Words.number(scheme.ranking().margin()) + " is not significant.");
    }

    static String period(AssessmentPeriod p, Language lang) {
        return lang.pick(p.name().inChinese(), p.name().inEnglish());
    }

    private static double total(UnitResult u, boolean bonus) {
        double sum = 0;
        for (AppliedAdjustment a : u.adjustments()) {
            if ((a.adjustment().kind() == AssessmentScheme.AdjustmentKind.BONUS) == bonus) {
                sum += a.counted();
            }
        }
        return sum;
    }

    private static String signed(double v, String sign) {
        return v == 0 ? Words.NONE : sign + Words.number(v);
    }

    private static String score(OptionalDouble s, AssessmentScheme scheme) {
        return s.isPresent() ? String.format(Locale.ROOT, "%." + scheme.ranking().decimals() + "f", s.getAsDouble() + 0.0)
                : Words.NONE;
    }
}
