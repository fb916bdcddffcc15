package io.github.policyplan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.policyplan.model.Goal;
import io.github.policyplan.model.Value;
import io.github.policyplan.scoring.Status;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Supervision notices (三色督办): which targets of which department get which colour, and why. */
class ReportSupervisionTest {

    private static final ReportSettings ZH = ReportSettings.standard();

    private static Supervision supervise(SupervisionRules rules) {
        return Supervision.of(ReportFixtures.scored(), rules);
    }

    private static List<String> colours(Supervision s) {
        return s.items().stream().map(i -> i.target() + " " + i.colour().english()).toList();
    }

    @Test
    void givesBlueForADueDateNearYellowForBehindRedForOverdueAndEscalatesATargetBehindAgain() {
        Supervision s = supervise(SupervisionRules.standard());

        assertThat(s.notices()).extracting(Supervision.Notice::name).containsExactly("县科技局", "县工信局");
        assertThat(colours(s)).containsExactly("b red", "d red", "e yellow", "c blue");
        Supervision.Item b = s.items().get(0);
        assertThat(b).isEqualTo(new Supervision.Item("20230630-kj-01", "b", "认定省级科技创新型企业", List.of(),
                Status.OFF_TRACK, Supervision.Reason.BEHIND_SCHEDULE, Colour.YELLOW, Colour.RED, 2,
                java.util.Optional.of(Goal.of(181)), java.util.Optional.of(Value.of(100)), OptionalDouble.of(81),
                Goal.of(365), OptionalDouble.of(265), "家", ReportFixtures.END, LocalDate.of(2023, 7, 5)));
        assertThat(b.escalated()).isTrue();
        Supervision.Item c = s.items().get(3);
        assertThat(c.reason()).isEqualTo(Supervision.Reason.DUE_SOON);
        assertThat(c.gap()).as("ahead of the schedule: no shortfall").hasValue(0);
        assertThat(c.gapToGoal()).hasValue(5);
        assertThat(c.deadline()).isEqualTo(LocalDate.of(2023, 7, 15)).as("15 days for blue");
        assertThat(s.notices().get(1).colour()).isEqualTo(Colour.RED);
        assertThat(Supervision.reason(c, s.asOf(), Language.CHINESE)).isEqualTo("距完成时限2023-07-15还有15天，目标尚未完成");
        assertThat(Supervision.reason(s.items().get(1), s.asOf(), Language.CHINESE))
                .isEqualTo("已超过完成时限2023-05-31，目标未完成；已连续2期列入督办");
    }

    @Test
    void thresholdsAreSettings() {
        assertThat(colours(supervise(SupervisionRules.standard().withNearDueDays(10))))
                .as("15 days away is not near when near is 10 days").containsExactly("b red", "d red", "e yellow");
        assertThat(colours(supervise(SupervisionRules.standard().withEscalateAfter(2))))
                .as("two periods behind do not yet escalate when it takes two earlier periods")
                .containsExactly("b yellow", "d red", "e yellow", "c blue");
        assertThat(colours(supervise(SupervisionRules.standard().withAtRiskBehind(true).withMiddle(Colour.ORANGE))))
                .containsExactly("b red", "d red", "e orange", "c blue", "s2.t1 orange");
        assertThat(supervise(SupervisionRules.standard().withHandlingDays(20, 7, 3)).items())
                .extracting(i -> i.deadline().toString())
                .containsExactly("2023-07-03", "2023-07-03", "2023-07-07", "2023-07-20");
        assertThatThrownBy(() -> SupervisionRules.standard().withMiddle(Colour.RED))
                .hasMessage("the middle colour is yellow or orange (was red)");
        assertThatThrownBy(() -> SupervisionRules.standard().withEscalateAfter(0))
                .hasMessage("escalateAfter must be 1 or more (was 0)");
    }

    @Test
    void withoutEarlierPeriodsNothingEscalates() {
        ScoredPlan scored = ReportFixtures.scored();
        ScoredPlan alone = ScoredPlan.of(scored.plan(), scored.log(), scored.current());

        assertThat(colours(Supervision.of(alone, SupervisionRules.standard())))
                .containsExactly("b yellow", "d red", "e yellow", "c blue");
    }

    @Test
    void printsOneNoticePerDepartmentEachOnItsOwnPage() {
        Supervision s = supervise(SupervisionRules.standard());

        String html = s.html(ZH);

        Pages.assertSelfContained(html);
        Pages.assertNoAddress(html);
        Document doc = Pages.parse(html);
        assertThat(doc.select("body > section.notice")).hasSize(2);
        assertThat(doc.selectFirst("style").data()).contains("section + section { break-before: page;");
        Element gx = doc.select("section.notice").get(1);
        assertThat(gx.selectFirst("h1").text()).isEqualTo("督办通知单");
        assertThat(gx.select("table.head td")).extracting(Element::text)
                .containsExactly("县工信局", "红色督办", "2023-06-30", "3");
        assertThat(gx.select("table.items thead th")).extracting(Element::text).containsExactly("督办编号", "督办事项",
                "配合单位", "序时目标", "当前完成", "差距", "办理时限", "督办等级");
        assertThat(gx.select("table.items tbody tr")).hasSize(6);
        assertThat(gx.select("table.items tbody tr").get(0).select("td")).extracting(Element::text)
                .containsExactly("20230630-gx-01", "一季度开门红项目", "—", "10 家", "5 家", "5 家", "2023-07-05", "红色");
        assertThat(gx.select("td.ask").get(2).text()).isEqualTo("督办原因：距完成时限2023-07-15还有15天，目标尚未完成。"
                + "目标值：100 家，完成时限：2023-07-15。整改要求：请倒排工期、压实责任，确保按期完成。");
        for (Element swatch : doc.select(".swatch")) {
            assertThat(swatch.parent().text()).as("the colour's word beside it").isNotBlank();
        }
        assertThat(doc.selectFirst(".sign").text()).isEqualTo("中共某县委 2023年6月30日");
        Pages.assertOneLanguage(Pages.words(doc), Language.CHINESE,
                Pages.inputWords(ReportFixtures.plan(), ReportFixtures.log(ReportFixtures.plan())));
        Document en = Pages.parse(s.html(ZH.withLanguage(Language.ENGLISH)));
        Pages.assertOneLanguage(Pages.words(en), Language.ENGLISH,
                Pages.inputWords(ReportFixtures.plan(), ReportFixtures.log(ReportFixtures.plan())));
    }

    @Test
    void saysSoWhenNothingNeedsPressing() {
        Supervision none = new Supervision("t", "计划", "县委", ReportFixtures.Q2, SupervisionRules.standard(), List.of());

        Document doc = Pages.parse(none.html(ZH));

        assertThat(doc.select("section.notice")).hasSize(1);
        assertThat(doc.selectFirst("section.notice").text()).contains("本期没有需要督办的目标。");
    }

    @Test
    void writesDeterministicJson() {
        String json = supervise(SupervisionRules.standard()).toJson();

        assertThat(json).isEqualTo(supervise(SupervisionRules.standard()).toJson()).endsWith("}\n")
                .contains("\"number\": \"20230630-gx-03\",\n          \"target\": \"c\",")
                .contains("\"reason\": \"due-soon\"").contains("\"expected\": 92.34693877551021");
    }
}
