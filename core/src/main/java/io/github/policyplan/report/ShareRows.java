package io.github.policyplan.report;

import io.github.policyplan.core.Explanation;
import io.github.policyplan.model.Goal;
import io.github.policyplan.model.Plan;
import io.github.policyplan.model.Target;
import io.github.policyplan.model.Value;
import io.github.policyplan.rollup.RollUp;
import io.github.policyplan.scoring.NodeScore;
import io.github.policyplan.scoring.TargetResult;
import io.github.policyplan.scoring.UnitShares;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A broken-down target's units' shares as a scorecard report shows them under it (issue 14, point 4): in
 * the tree, a row a unit below the target; on the target's page, the roll-up (合计 46.2亿元 = 城关镇 8.1亿元 + …),
 * its coverage (12个乡镇中9个已报送) and a table of the units' goals, values, scores and statuses, each
 * with its explanation (城关镇 8.1 ÷ 时序目标 7.5 …). Every figure comes from the scorecard.
 */
final class ShareRows {

    private ShareRows() {
    }

    static String words(Explanation e, Language lang) {
        return lang == Language.CHINESE ? e.inChinese() : e.inEnglish();
    }

    /** The units' rows in the plan tree, one level below their target. */
    static void tree(StringBuilder b, UnitShares shares, int level, Language lang) {
        for (NodeScore u : shares.units()) {
            b.append("<tr class=\"level-").append(level).append(" share\"><td class=\"name\"><details><summary>")
                    .append("<span class=\"id\">").append(Html.esc(u.id())).append("</span>")
                    .append(Html.esc(u.title())).append("</summary><p>").append(Html.esc(words(u.explanation(), lang)))
                    .append("</p></details></td><td class=\"num\">").append(Words.number(u.score())).append("</td><td>")
                    .append(Html.light(u.status(), lang)).append("</td><td class=\"num\">")
                    .append(Words.percent(u.coverage())).append("</td><td class=\"small\">")
                    .append(Html.esc(lang.pick("分解任务", "unit's share"))).append("</td></tr>\n");
        }
    }

    /** The roll-up, its coverage and the units' table on the target's page. */
    static void article(StringBuilder b, Plan plan, UnitShares shares, Language lang) {
        b.append("<div class=\"shares\">\n<h4>").append(Html.esc(lang.pick("分解任务：", "Units' shares: ")))
                .append(Html.esc(words(shares.coverage(), lang))).append("</h4>\n<p class=\"rollup\">")
                .append(Html.esc(lang.pick("汇总：", "Roll-up: "))).append(Html.esc(words(shares.rollUp(), lang)))
                .append("</p>\n<table class=\"shares\">\n<colgroup><col style=\"width:20%\"><col style=\"width:11%\">"
                        + "<col style=\"width:12%\"><col style=\"width:11%\"><col style=\"width:18%\">"
                        + "<col style=\"width:8%\"><col style=\"width:20%\"></colgroup>\n<thead><tr>");
        for (String h : List.of(lang.pick("责任单位", "Unit"), lang.pick("分解目标", "Goal"), lang.pick("完成时限", "Due"),
                lang.pick("时序目标", "Expected"),
                lang.pick("当前完成", "Actual"), lang.pick("得分", "Score"), lang.pick("状态", "Status"))) {
            b.append("<th>").append(Html.esc(h)).append("</th>");
        }
        b.append("</tr></thead>\n<tbody>\n");
        for (NodeScore u : shares.units()) {
            TargetResult r = u.target().orElseThrow();
            b.append("<tr><td class=\"name\"><details><summary>").append(Html.esc(u.title())).append("</summary><p>")
                    .append(Html.esc(words(u.explanation(), lang))).append("</p></details></td><td class=\"num\">")
                    .append(Html.esc(goal(r.goal(), r.unit(), lang))).append("</td><td class=\"num\">")
                    .append(due(plan, u).map(LocalDate::toString).orElse(Words.NONE)).append("</td><td class=\"num\">")
                    .append(Html.esc(r.expected().map(g -> goal(g, r.unit(), lang)).orElse(Words.NONE)))
                    .append("</td><td class=\"num\">").append(Html.esc(actual(r, lang))).append("</td><td class=\"num\">")
                    .append(Words.number(u.score())).append("</td><td>").append(Html.light(u.status(), lang))
                    .append("</td></tr>\n");
        }
        b.append("</tbody>\n</table>\n</div>\n");
    }

    /**
     * A unit's due date: its own ({@code due} in the breakdown), else its target's; empty for a node that is
     * no unit's share.
     */
    static Optional<LocalDate> due(Plan plan, NodeScore unit) {
        return RollUp.byUnit(plan).target(unit.id()).map(Target::due);
    }

    private static String goal(Goal g, String unit, Language lang) {
        return Words.withUnit(Words.goal(g, lang), g instanceof Goal.Amount || g instanceof Goal.Band ? unit : "");
    }

    private static String actual(TargetResult r, Language lang) {
        return r.actual().map(v -> Words.withUnit(Words.value(v), v instanceof Value.Amount ? r.unit() : ""))
                .orElse(Words.NONE) + r.reported().map(LocalDate::toString)
                .map(d -> lang.pick("（" + d + "）", " (" + d + ")")).orElse("");
    }
}
