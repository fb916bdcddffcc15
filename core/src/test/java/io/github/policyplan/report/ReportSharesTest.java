package io.github.policyplan.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policyplan.model.Plan;
import io.github.policyplan.plans.Plans;
import io.github.policyplan.progress.Progress;
import io.github.policyplan.progress.ProgressLog;
import io.github.policyplan.rollup.RollUp;
import io.github.policyplan.rollup.RolledUp;
import io.github.policyplan.scoring.Scoring;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

/**
 * A broken-down target's units' shares in the scorecard report (issue 14, point 4): rows under the target
 * in the plan tree, the roll-up, its coverage and a table of the units on the target's page, and rows under
 * the target in the CSV table. Hand-computed at 2023-06-30: 引进到位资金 20 亿元 divided 8 / 7 / 5 among
 * 城关镇, 新集镇 and 马坪镇; 城关镇 reports 4.5 and 新集镇 3 in the second quarter, 马坪镇 only 1 in the
 * first, so the roll-up is 4.5 + 3 = 7.5 with 2 of 3 townships reported.
 */
class ReportSharesTest {

    private static final LocalDate Q2 = LocalDate.of(2023, 6, 30);
    private static final ReportSettings ZH = ReportSettings.standard();
    private static final ReportSettings EN = ReportSettings.standard().withLanguage(Language.ENGLISH);

    private static final String PLAN_TEXT = """
            id: towns-2023
            title: 乡镇分解测试
            issuer: 县政府
            period: 2023
            departments:
              - {id: cgz, name: 城关镇, kind: township}
              - {id: xjz, name: 新集镇, kind: township}
              - {id: mpz, name: 马坪镇, kind: township}
              - {id: swj, name: 县商务局}
            sections:
              - id: s1
                title: 招商引资
                targets:
                  - id: funds
                    title: 引进到位资金
                    kind: count
                    unit: 亿元
                    goal: 20
                    due: 2023
                    lead: swj
                    breakdown:
                      - {unit: cgz, goal: 8}
                      - {unit: xjz, goal: 7}
                      - {unit: mpz, goal: 5}
                  - {id: plain, title: 新签约项目, kind: count, goal: 4, due: 2023, lead: swj}
            """;
    private static final Plan PLAN = Plans.parse(PLAN_TEXT, "towns.yaml");

    private static final String REPORTS = """
            target,unit,date,value,source,note
            funds,cgz,2023-03-31,2,城关镇,
            funds,xjz,2023-03-31,1.5,新集镇,
            funds,mpz,2023-03-31,1,马坪镇,
            funds,cgz,2023-06-30,4.5,城关镇,
            funds,xjz,2023-06-30,3,新集镇,
            plain,,2023-06-30,2,,
            """;

    private static final ProgressLog LOG = Progress.parse(REPORTS, "reports.csv", PLAN);
    private static final RolledUp ROLLED = RollUp.standard().score(PLAN, LOG, Q2);
    private static final ScoredPlan SCORED = ScoredPlan.of(PLAN, ROLLED);

    @Test
    void theTreeShowsEachUnitsShareUnderItsTarget() {
        Document doc = Pages.parse(ScorecardReport.html(SCORED, ZH));
        Elements rows = doc.select("table.tree tbody tr");

        List<String> ids = rows.eachText().stream().map(t -> t.split(" ")[0]).toList();
        assertThat(ids).containsExactly("towns-2023乡镇分解测试", "s1招商引资", "funds引进到位资金", "funds.cgz城关镇",
                "funds.xjz新集镇", "funds.mpz马坪镇", "plain新签约项目");
        Element funds = rows.get(2);
        assertThat(funds.select("> td").get(4).text()).isEqualTo("3个乡镇中2个已报送");
        assertThat(funds.select("p.rollup").text()).startsWith("合计 7.5亿元 = 城关镇 4.5亿元 + 新集镇 3亿元；3个乡镇中2个已报送");
        Elements shares = rows.select("tr.share");
        assertThat(shares).hasSize(3);
        assertThat(shares).allSatisfy(r -> assertThat(r.className()).contains("level-3"));
        Element cgz = shares.get(0);
        assertThat(cgz.select("> td").get(1).text()).isEqualTo(number(ROLLED.shares().orElseThrow()
                .node("funds.cgz").score().getAsDouble()));
        assertThat(cgz.select("details p").text()).isEqualTo(ROLLED.shares().orElseThrow().node("funds.cgz")
                .explanation().inChinese());
        assertThat(shares.get(2).select("> td").get(2).text()).as("1 of 5 × 181 ÷ 365 = 2.48 expected").isEqualTo("进度滞后");
        assertThat(rows.get(6).select("> td").get(4).text()).as("a target not broken down").isEqualTo("—");
    }

    @Test
    void theTargetsPageShowsTheRollUpItsCoverageAndTheUnitsTable() {
        Document doc = Pages.parse(ScorecardReport.html(SCORED, ZH));
        Element article = doc.selectFirst("article#t-funds");

        assertThat(article.select(".shares h4").text()).isEqualTo("分解任务：3个乡镇中2个已报送");
        assertThat(article.select(".shares p.rollup").text()).startsWith("汇总：合计 7.5亿元 = 城关镇 4.5亿元 + 新集镇 3亿元");
        Elements rows = article.select("table.shares tbody tr");
        assertThat(rows).hasSize(3);
        // expected 8 × 181/365 = 3.97; 4.5 ÷ 3.97 × 100 = 113.43, capped at 100
        assertThat(cells(rows.get(0))).containsExactly("城关镇", "8 亿元", "2023-12-31", "3.97 亿元", "4.5 亿元（2023-06-30）", "100",
                "正常推进");
        assertThat(cells(rows.get(1))).containsSubsequence("新集镇", "7 亿元", "2023-12-31", "3.47 亿元", "3 亿元（2023-06-30）");
        // 马坪镇's latest report is of the first quarter: 1 ÷ (5 × 181/365 = 2.48) × 100 = 40.33, off track
        assertThat(cells(rows.get(2))).containsExactly("马坪镇", "5 亿元", "2023-12-31", "2.48 亿元", "1 亿元（2023-03-31）", "40.33",
                "进度滞后");
        assertThat(rows.get(0).select("details p").text()).startsWith("得分 100 = 完成值4.5 ÷ 时序目标3.97 × 100");
        assertThat(doc.select("article#t-plain .shares")).isEmpty();
    }

    @Test
    void eachUnitsRowShowsItsOwnDueDateElseTheTargets() {
        // 马坪镇 is due 2023-Q3, the others at the target's 2023 (follow-up to issue 14, point 1)
        Plan plan = Plans.parse(PLAN_TEXT.replace("{unit: mpz, goal: 5}", "{unit: mpz, goal: 5, due: 2023-Q3}"),
                "towns.yaml");
        ProgressLog log = Progress.parse(REPORTS, "reports.csv", plan);
        ScoredPlan scored = ScoredPlan.of(plan, RollUp.standard().score(plan, log, Q2));

        List<List<String>> rows = Tables.read(ScorecardReport.csv(scored, ZH));
        int due = Tables.column(rows, "完成时限");
        assertThat(rows).extracting(r -> r.get(due)).containsExactly("完成时限", "", "", "2023-12-31", "2023-12-31",
                "2023-12-31", "2023-09-30", "2023-12-31");
        Elements units = Pages.parse(ScorecardReport.html(scored, ZH)).select("article#t-funds table.shares tbody tr");
        assertThat(units).extracting(r -> cells(r).get(2)).containsExactly("2023-12-31", "2023-12-31", "2023-09-30");
        assertThat(Pages.parse(ScorecardReport.html(scored, EN)).select("article#t-funds table.shares th").eachText())
                .contains("Due");
    }

    @Test
    void theEnglishPageSpeaksEnglishAndTheChineseChinese() {
        List<String> input = new ArrayList<>(Pages.inputWords(PLAN, LOG));
        input.addAll(List.of("funds.cgz", "funds.xjz", "funds.mpz"));
        Document en = Pages.parse(ScorecardReport.html(SCORED, EN));

        assertThat(en.select("article#t-funds .shares h4").text()).isEqualTo("Units' shares: 2 of 3 townships reported");
        Pages.assertOneLanguage(Pages.words(en), Language.ENGLISH, input);
        Pages.assertOneLanguage(Pages.words(Pages.parse(ScorecardReport.html(SCORED, ZH))), Language.CHINESE, input);
    }

    @Test
    void theCsvTableHasARowAUnderEachBrokenDownTarget() {
        List<List<String>> rows = Tables.read(ScorecardReport.csv(SCORED, ZH));
        int level = Tables.column(rows, "层级");
        int id = Tables.column(rows, "编号");
        int lead = Tables.column(rows, "牵头单位");
        int goal = Tables.column(rows, "目标值");
        int actual = Tables.column(rows, "当前完成");
        int reported = Tables.column(rows, "报送情况");
        int words = Tables.column(rows, "说明");

        assertThat(rows).extracting(r -> r.get(id)).containsExactly("编号", "towns-2023", "s1", "funds", "funds.cgz",
                "funds.xjz", "funds.mpz", "plain");
        assertThat(rows.get(3).get(reported)).isEqualTo("3个乡镇中2个已报送");
        // 覆盖率 is the node's score coverage (the target has a score), not the units' reporting (follow-up point 2)
        assertThat(rows.get(3).get(Tables.column(rows, "覆盖率"))).isEqualTo("100%");
        assertThat(rows.get(3).get(words)).startsWith("合计 7.5亿元 = 城关镇 4.5亿元 + 新集镇 3亿元");
        List<String> cgz = rows.get(4);
        assertThat(List.of(cgz.get(level), cgz.get(lead), cgz.get(goal), cgz.get(actual)))
                .containsExactly("分解单位", "城关镇", "8", "4.5");
        assertThat(cgz.get(words)).isEqualTo(ROLLED.shares().orElseThrow().node("funds.cgz").explanation().inChinese());
        assertThat(rows.get(7).get(reported)).isEmpty();
    }

    @Test
    void aScorecardWithoutSharesKeepsItsColumnsAndRows() {
        ScoredPlan plain = ScoredPlan.of(PLAN, ROLLED.log(), Scoring.standard().score(PLAN, ROLLED.log(), Q2));

        List<List<String>> rows = Tables.read(ScorecardReport.csv(plain, ZH));

        assertThat(rows.get(0)).doesNotContain("报送情况", "说明");
        assertThat(rows).hasSize(5);
        assertThat(Pages.parse(ScorecardReport.html(plain, ZH)).select("tr.share, .shares")).isEmpty();
    }

    /** The cells as a reader sees them with the explanations folded: a unit's name, not its explanation. */
    private static List<String> cells(Element row) {
        List<String> out = new ArrayList<>();
        for (Element td : row.select("> td")) {
            Element summary = td.selectFirst("details > summary");
            out.add(summary != null ? summary.text() : td.text());
        }
        return out;
    }

    private static String number(double v) {
        return Words.number(v);
    }
}
