package io.github.policyplan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.policyplan.model.Plan;
import io.github.policyplan.progress.ProgressLog;
import io.github.policyplan.scoring.NodeScore;
import io.github.policyplan.scoring.Scorecard;
import io.github.policyplan.scoring.Scoring;
import io.github.policyplan.scoring.Status;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

/** The HTML report of a scorecard, read back with jsoup: what it shows, in which language, and how it prints. */
class ReportScorecardHtmlTest {

    private static final ReportSettings ZH = ReportSettings.standard();
    private static final ReportSettings EN = ReportSettings.standard().withLanguage(Language.ENGLISH);

    @Test
    void theFixtureShowsEveryStatus() {
        Scorecard card = ReportFixtures.scored().current();
        for (Object[] s : ReportFixtures.STATUSES) {
            assertThat(card.node((String) s[0]).status()).as((String) s[0]).isEqualTo(s[1]);
        }
    }

    @Test
    void isOneSelfContainedPageWithNoScriptThatFetchesNothing() {
        String html = ScorecardReport.html(ReportFixtures.scored(), ZH);

        Pages.assertSelfContained(html);
        Pages.assertNoAddress(html);
        assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">").contains("<meta charset=\"utf-8\">");
    }

    @Test
    void printsOnA4WithEachPartOnANewPage() {
        Document doc = Pages.parse(ScorecardReport.html(ReportFixtures.scored(), ZH));

        String css = doc.select("style").first().data();
        assertThat(css).contains("@page { size: A4; margin: 12mm; }")
                .contains("section + section { break-before: page; page-break-before: always; }");
        assertThat(doc.select("body > section")).extracting(Element::className)
                .containsExactly("summary", "tree", "targets", "targets");
        assertThat(doc.select("body > section > h2")).extracting(Element::text)
                .containsExactly("一、总体情况", "二、目标树", "三、目标详情：强科技", "四、目标详情：强县域");
    }

    @Test
    void showsEveryNodeOfTheTreeWithScoreStatusCoverageAndCounts() {
        ScoredPlan scored = ReportFixtures.scored();
        Document doc = Pages.parse(ScorecardReport.html(scored, ZH));

        List<NodeScore> nodes = ScorecardReport.nodes(scored.current().root());
        Elements rows = doc.select("table.tree tbody tr");
        assertThat(rows).hasSize(nodes.size()).hasSize(16);
        for (int i = 0; i < rows.size(); i++) {
            NodeScore n = nodes.get(i);
            Elements cells = rows.get(i).select("> td");
            assertThat(cells.get(0).selectFirst("summary").text()).isEqualTo(n.id() + n.title());
            assertThat(cells.get(0).selectFirst("details > p").text()).isEqualTo(n.explanation().inChinese());
            assertThat(cells.get(1).text()).isEqualTo(Words.number(n.score()));
            assertThat(cells.get(2).text()).isEqualTo(n.status().chinese());
            assertThat(cells.get(2).select(".light")).hasSize(1);
            assertThat(cells.get(3).text()).isEqualTo(Words.percent(n.coverage()));
        }
        assertThat(rows.get(0).select("td").get(4).text())
                .isEqualTo("已完成 1，正常推进 2，存在风险 1，进度滞后 2，逾期未完成 1，未到时序 1，无数据 1，目标值未公布 1"
                        .replace("逾期未完成", "未完成"));
        assertThat(rows.select("tr.level-3")).hasSize(9).as("targets of items");
        assertThat(rows.select("tr.level-2")).hasSize(4).as("items, and the section's own target");
    }

    @Test
    void everyStatusIsALightWithItsWordBesideIt() {
        Document doc = Pages.parse(ScorecardReport.html(ReportFixtures.scored(), ZH));

        Elements lights = doc.select(".light");
        assertThat(lights).isNotEmpty();
        for (Element light : lights) {
            assertThat(light.parent().className()).isEqualTo("status");
            assertThat(light.parent().text()).as("the word beside the light").isIn(
                    List.of(Status.values()).stream().map(Status::chinese).toList());
            assertThat(light.classNames()).containsAnyOf("green", "yellow", "red", "grey");
        }
        assertThat(doc.selectFirst("table.tree tr:has(summary:containsOwn(认定省级科技创新型企业)) .light").className())
                .isEqualTo("light red");
    }

    @Test
    void showsEachTargetWithItsFiguresChartAndExplanations() {
        ScoredPlan scored = ReportFixtures.scored();
        Document doc = Pages.parse(ScorecardReport.html(scored, ZH));

        assertThat(doc.select("article")).hasSize(10);
        Element a = doc.getElementById("t-a");
        assertThat(a.selectFirst("h3").text()).isEqualTo("a认定国家高新技术企业");
        assertThat(facts(a)).containsExactly("牵头单位", "县科技局", "配合单位", "县工信局", "目标值", "365 家", "完成时限",
                "2023-12-31", "基期值", "—", "时序目标", "181 家", "当前完成", "181 家（2023-06-30）", "进度比", "1", "得分", "100",
                "状态", "正常推进");
        assertThat(a.selectFirst(".more .forecast").text()).isEqualTo("预测：365 家（2023-12-31），有望完成");
        Element svg = a.selectFirst("figure.chart svg");
        assertThat(svg.attr("role")).isEqualTo("img");
        assertThat(svg.select("polyline")).hasSize(3).as("schedule, forecast and reports");
        assertThat(svg.select("circle")).hasSize(3).as("two reports and the forecast's end");
        assertThat(a.select("details > summary")).extracting(Element::text).containsExactly("得分说明", "预测说明");
        assertThat(a.selectFirst("details > p").text()).isEqualTo(scored.current().node("a").explanation().inChinese());

        Element share = doc.getElementById("t-s2.t1");
        assertThat(facts(share)).contains("50 % (2022-12-31)");
        Element milestone = doc.getElementById("t-m");
        assertThat(milestone.select("svg")).as("a milestone has no chart, its reports as words").isEmpty();
        assertThat(milestone.selectFirst("figure.chart").text()).isEqualTo("报送：2023-06-30 建设中");
        assertThat(facts(doc.getElementById("t-u"))).contains("未公布");
    }

    private static List<String> facts(Element article) {
        return article.select("table.facts th, table.facts td").eachText();
    }

    @Test
    void theChartDrawsTheScheduleFromTheScorecardsAndNotFromItsOwnSums() {
        Plan plan = ReportFixtures.plan();
        ProgressLog log = ReportFixtures.log(plan);
        List<Scorecard> cards = ReportFixtures.cards(plan, log);

        String both = ScorecardReport.html(ScoredPlan.of(plan, log, cards), ZH);
        String last = ScorecardReport.html(ScoredPlan.of(plan, log, cards.get(1)), ZH);

        Element withQ1 = Pages.parse(both).getElementById("t-b").selectFirst("polyline[stroke=#8a8a8a]");
        Element withoutQ1 = Pages.parse(last).getElementById("t-b").selectFirst("polyline[stroke=#8a8a8a]");
        assertThat(withQ1.attr("points").split(" ")).as("start, Q1, Q2, due").hasSize(4);
        assertThat(withoutQ1.attr("points").split(" ")).as("start, Q2, due").hasSize(3);
    }

    @Test
    void theSummaryGivesTheScoreStatusCountsAndBulletin() {
        ScoredPlan scored = ReportFixtures.scored();
        Document doc = Pages.parse(ScorecardReport.html(scored, ZH));

        Element summary = doc.selectFirst("section.summary");
        assertThat(summary.selectFirst("h1").text()).isEqualTo("2023年重点工作（测试）");
        assertThat(summary.select(".figure")).extracting(Element::text).containsExactly(
                "总得分 " + Words.number(scored.current().root().score()), "状态 " + scored.current().root().status().chinese(),
                "覆盖率 " + Words.percent(scored.current().root().coverage()), "目标数 10");
        assertThat(summary.select("ul.counts li")).extracting(Element::text).containsExactly("已完成 1", "正常推进 2",
                "存在风险 1", "进度滞后 2", "未完成 1", "未到时序 1", "无数据 1", "目标值未公布 1");
        assertThat(summary.select("svg.bar rect")).hasSize(8);
        assertThat(summary.select("p").last().text()).isEqualTo(Bulletin.of(scored, ZH).text().strip());
        assertThat(summary.select(".illustrative")).isEmpty();
    }

    @Test
    void labelsIllustrativeFiguresWhenTold() {
        Document zh = Pages.parse(ScorecardReport.html(ReportFixtures.scored(), ZH.withIllustrative(true)));
        Document en = Pages.parse(ScorecardReport.html(ReportFixtures.scored(), EN.withIllustrative(true)));

        assertThat(zh.selectFirst(".illustrative").text()).startsWith("示例数值");
        assertThat(en.selectFirst(".illustrative").text()).startsWith("Illustrative figures");
    }

    @Test
    void isChineseByDefaultAndEnglishBySettingOneLanguageAtATime() {
        ScoredPlan scored = ReportFixtures.scored();
        List<String> input = Pages.inputWords(scored.plan(), scored.log());

        Document zh = Pages.parse(ScorecardReport.html(scored, ZH.withIllustrative(true)));
        Document en = Pages.parse(ScorecardReport.html(scored, EN.withIllustrative(true)));

        assertThat(zh.selectFirst("html").attr("lang")).isEqualTo("zh-CN");
        assertThat(en.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(en.select("body > section > h2")).extracting(Element::text)
                .containsExactly("1. Summary", "2. The plan tree", "3. Targets: 强科技", "4. Targets: 强县域");
        Pages.assertOneLanguage(Pages.words(zh), Language.CHINESE, input);
        Pages.assertOneLanguage(Pages.words(en), Language.ENGLISH, input);
    }

    @Test
    void theSameInputsGiveTheSameBytes() {
        String first = ScorecardReport.html(ReportFixtures.scored(), ZH);
        String again = ScorecardReport.html(ReportFixtures.scored(), ZH);

        assertThat(again).isEqualTo(first);
        assertThat(ScorecardReport.html(ReportFixtures.scored(), EN)).isEqualTo(ScorecardReport.html(ReportFixtures.scored(), EN));
    }

    @Test
    void refusesScorecardsOfAnotherPlanOrOutOfOrder() {
        Plan plan = ReportFixtures.plan();
        ProgressLog log = ReportFixtures.log(plan);
        List<Scorecard> cards = ReportFixtures.cards(plan, log);

        assertThatThrownBy(() -> ScoredPlan.of(plan, log, List.of(cards.get(1), cards.get(0))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("scorecards must be in date order, each after the one before (2023-03-31 follows 2023-06-30)");
        Plan other = io.github.policyplan.model.Plan.builder("other", "x").issuer("y")
                .period(io.github.policyplan.model.PlanPeriod.years(2023, 2023)).build();
        assertThatThrownBy(() -> ScoredPlan.of(other, ProgressLog.empty(other), cards))
                .hasMessage("the scorecard as of 2023-03-31 is of plan t, not other");
        assertThatThrownBy(() -> ScoredPlan.of(plan, log, List.of())).hasMessage("a report needs at least one scorecard");
        assertThat(Scoring.standard()).isNotNull();
    }
}
