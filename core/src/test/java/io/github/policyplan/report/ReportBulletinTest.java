package io.github.policyplan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The bulletin (通报): the office's fixed shape, numbers first, then names; plain text and Markdown. */
class ReportBulletinTest {

    private static final ReportSettings ZH = ReportSettings.standard();

    @Test
    void writesTheOfficeShapeInChinese() {
        Bulletin b = Bulletin.of(ReportFixtures.scored(), ZH);

        assertThat(b.asOf()).isEqualTo(ReportFixtures.Q2);
        assertThat(b.text()).isEqualTo("截至2023年6月30日，全县10项重点目标中，已完成1项，正常推进2项，存在风险1项，进度滞后2项，"
                + "逾期未完成1项，尚未到时序1项，无数据1项，目标值未公布1项。进度滞后的目标及牵头单位：认定省级科技创新型企业（县科技局）、"
                + "技改项目（县工信局）。逾期未完成的目标及牵头单位：一季度开门红项目（县工信局）。未报送数据的目标及牵头单位：新增规上企业"
                + "（县发改局）。请相关牵头单位对照时序进度，加快推进。\n");
    }

    @Test
    void writesMarkdownWithTheNumbersInBoldAndInputEscaped() {
        Bulletin b = Bulletin.of(ReportFixtures.scored(ReportFixtures.plan("计划", "年产值突破*亿元的<企业>_[1]", "县科技局")),
                ZH);

        assertThat(b.markdown()).startsWith("截至2023年6月30日，全县**10**项重点目标中，已完成**1**项，正常推进**2**项，")
                .doesNotContain("年产值突破*亿元").contains("进度滞后的目标及牵头单位：年产值突破\\*亿元的\\<企业\\>\\_\\[1\\]（县科技局）");
        assertThat(b.text()).contains("进度滞后的目标及牵头单位：年产值突破*亿元的<企业>_[1]（县科技局）");
        assertThat(Markdown.escape("a*b_c[d]<e>|f`g\\h~i&j\nk")).isEqualTo("a\\*b\\_c\\[d\\]\\<e\\>\\|f\\`g\\\\h\\~i\\&j k");
    }

    @Test
    void labelsIllustrativeFiguresAndTakesAnotherScope() {
        Bulletin b = Bulletin.of(ReportFixtures.scored(), ZH.withIllustrative(true).withScope("全市"));

        assertThat(b.text()).startsWith("【示例数值】截至2023年6月30日，全市10项重点目标中，");
        assertThat(b.markdown()).startsWith("【示例数值】截至2023年6月30日，全市**10**项重点目标中，");
        assertThatThrownBy(() -> ZH.withScope(" ")).hasMessage("the scope of a report must not be blank");
    }

    @Test
    void writesEnglishBySetting() {
        Bulletin b = Bulletin.of(ReportFixtures.scored(), ZH.withLanguage(Language.ENGLISH).withIllustrative(true));

        assertThat(b.text()).isEqualTo("[Illustrative figures] As of 30 June 2023, of the county's 10 key targets: 1 achieved,"
                + " 2 on track, 1 at risk, 2 off track, 1 missed, 1 not yet due, 1 with no data, 1 with the goal not published."
                + " Off track, with their lead departments: 认定省级科技创新型企业 (县科技局); 技改项目 (县工信局). Missed, with"
                + " their lead departments: 一季度开门红项目 (县工信局). No data reported, with their lead departments: 新增规上企业"
                + " (县发改局). The lead departments concerned are asked to check against the schedule and speed up.\n");
    }

    @Test
    void namesNoTargetWhenNoneIsBehind() {
        ScoredPlan scored = ReportFixtures.scored();
        ScoredPlan early = ScoredPlan.of(scored.plan(), scored.log(), scored.scorecards().get(0));

        assertThat(Bulletin.of(early, ZH).text()).contains("进度滞后的目标及牵头单位：认定省级科技创新型企业（县科技局）、一季度开门红项目（县工信局）。");
        assertThat(Language.of("EN")).isEqualTo(Language.ENGLISH);
        assertThatThrownBy(() -> Language.of("fr")).hasMessage("unknown report language 'fr' (expected zh or en)");
    }
}
