package io.github.policyplan.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policyplan.scoring.NodeScore;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The CSV tables for Excel, read back with Jackson CSV: UTF-8 with a byte-order mark, headers, one row per node or item. */
class ReportCsvTest {

    private static final ReportSettings ZH = ReportSettings.standard();
    private static final ReportSettings EN = ReportSettings.standard().withLanguage(Language.ENGLISH);

    @Test
    void theScorecardTableHasChineseHeadersAndOneRowPerNode() {
        ScoredPlan scored = ReportFixtures.scored();

        List<List<String>> rows = Tables.read(ScorecardReport.csv(scored, ZH));

        assertThat(rows.get(0)).containsExactly("层级", "编号", "名称", "牵头单位", "配合单位", "计量单位", "基期值", "目标值",
                "完成时限", "时序目标", "当前完成", "报送日期", "进度比", "得分", "状态", "覆盖率", "目标数", "已完成", "正常推进",
                "存在风险", "进度滞后", "未完成", "未到时序", "无数据", "数据过期", "目标值未公布", "预测值", "预测判断");
        List<NodeScore> nodes = ScorecardReport.nodes(scored.current().root());
        assertThat(rows).hasSize(nodes.size() + 1);
        assertThat(rows.subList(1, rows.size())).extracting(r -> r.get(1))
                .containsExactlyElementsOf(nodes.stream().map(NodeScore::id).toList());
        assertThat(rows.get(1)).containsExactly("全部", "t", "2023年重点工作（测试）", "", "", "", "", "", "", "", "", "", "",
                Words.number(scored.current().root().score()), scored.current().root().status().chinese(), Words.percent(scored.current().root().coverage()),
                "10", "1", "2", "1", "2", "1", "1", "1", "0", "1", "", "");
        List<String> a = rows.stream().filter(r -> r.get(1).equals("a")).findFirst().orElseThrow();
        assertThat(a).containsExactly("目标", "a", "认定国家高新技术企业", "县科技局", "县工信局", "家", "", "365", "2023-12-31",
                "181", "181", "2023-06-30", "1", "100", "正常推进", "100%", "1", "0", "1", "0", "0", "0", "0", "0", "0", "0",
                "365", "有望完成");
        List<String> share = rows.stream().filter(r -> r.get(1).equals("s2.t1")).findFirst().orElseThrow();
        assertThat(share.get(6)).isEqualTo("50");
    }

    @Test
    void theScorecardTableIsInEnglishBySettingAndMarksIllustrativeFigures() {
        List<List<String>> rows = Tables.read(ScorecardReport.csv(ReportFixtures.scored(), EN.withIllustrative(true)));

        assertThat(rows.get(0)).startsWith("level", "id", "title", "lead").endsWith("forecast", "likelihood", "note");
        assertThat(rows.get(1).get(0)).isEqualTo("plan");
        assertThat(rows.subList(1, rows.size())).allSatisfy(r -> assertThat(r.get(r.size() - 1)).isEqualTo("illustrative"));
        assertThat(rows.stream().filter(r -> r.get(1).equals("b")).findFirst().orElseThrow().get(14))
                .isEqualTo("off track");
    }

    @Test
    void theSupervisionTableHasTheOfficeFormsColumnsAndOneRowPerItem() {
        Supervision s = Supervision.of(ReportFixtures.scored(), SupervisionRules.standard());

        List<List<String>> rows = Tables.read(s.csv(ZH));

        assertThat(rows.get(0)).containsExactly("督办编号", "督办事项", "目标编号", "责任单位", "配合单位", "序时目标", "当前完成",
                "差距", "目标值", "距目标差距", "计量单位", "完成时限", "办理时限", "督办等级", "连续督办期数", "督办原因", "整改要求");
        assertThat(rows).hasSize(5);
        assertThat(rows.get(1)).containsExactly("20230630-kj-01", "认定省级科技创新型企业", "b", "县科技局", "", "181", "100",
                "81", "365", "265", "家", "2023-12-31", "2023-07-05", "红色督办", "2",
                "低于时序进度（进度滞后）；已连续2期列入督办，等级由黄色升为红色", "请书面说明未完成原因，明确整改措施和完成时限，限期整改到位。");
        assertThat(rows.subList(1, rows.size())).extracting(r -> r.get(13))
                .containsExactly("红色督办", "红色督办", "黄色督办", "蓝色督办");
    }

    @Test
    void aCellThatASpreadsheetWouldRunIsWrittenAsText() {
        ScoredPlan scored = ReportFixtures.scored(ReportFixtures.plan("=HYPERLINK(\"http://x.example\",\"点击\")",
                "+cmd|' /C calc'!A0", "@SUM(1,2)"));

        List<List<String>> rows = Tables.read(ScorecardReport.csv(scored, ZH));

        assertThat(rows.get(1).get(2)).isEqualTo("'=HYPERLINK(\"http://x.example\",\"点击\")");
        List<String> b = rows.stream().filter(r -> r.get(1).equals("b")).findFirst().orElseThrow();
        assertThat(b.get(2)).isEqualTo("'+cmd|' /C calc'!A0");
        assertThat(b.get(3)).isEqualTo("'@SUM(1,2)");
        assertThat(Csv.guard("-12.5")).as("a negative number stays a number").isEqualTo("-12.5");
        assertThat(Csv.guard("-1+2")).isEqualTo("'-1+2");
    }

    @Test
    void theSameInputsGiveTheSameBytes() {
        assertThat(ScorecardReport.csv(ReportFixtures.scored(), ZH)).isEqualTo(ScorecardReport.csv(ReportFixtures.scored(), ZH));
        assertThat(Supervision.of(ReportFixtures.scored(), SupervisionRules.standard()).csv(EN))
                .isEqualTo(Supervision.of(ReportFixtures.scored(), SupervisionRules.standard()).csv(EN));
    }
}
