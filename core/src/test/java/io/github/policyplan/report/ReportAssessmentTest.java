package io.github.policyplan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.policyplan.assessment.Assessment;
import io.github.policyplan.assessment.AssessmentPeriod;
import io.github.policyplan.assessment.AssessmentResult;
import io.github.policyplan.assessment.AssessmentScheme;
import io.github.policyplan.assessment.Assessments;
import io.github.policyplan.assessment.PoolResult;
import io.github.policyplan.assessment.UnitResult;
import io.github.policyplan.model.Plan;
import io.github.policyplan.model.Report;
import io.github.policyplan.model.Target;
import io.github.policyplan.plans.Plans;
import io.github.policyplan.progress.ProgressLog;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The report of an assessment, on the scheme of the assessment tests (every key of the format once: peers,
 * grades with a quota, capped bonuses, a penalty, a veto, a veto of the top grade, flags, red and black lists).
 */
class ReportAssessmentTest {

    private static final ReportSettings ZH = ReportSettings.standard();
    private static final ReportSettings EN = ReportSettings.standard().withLanguage(Language.ENGLISH);
    private static Plan plan;
    private static ProgressLog log;
    private static Assessment assessment;
    private static AssessmentResult year;

    @BeforeAll
    static void assess() throws IOException {
        plan = Plans.read(Path.of("src/test/resources/assess/plan.yaml"));
        double[] share = {0.95, 1.0, 0.7, 0.85, 0.6, 0.9, 1.1, 0.5, 0.8, 0.75};
        List<Report> reports = new ArrayList<>();
        List<Target> targets = plan.targets();
        for (int i = 0; i < targets.size(); i++) {
            double goal = ((io.github.policyplan.model.Goal.Amount) targets.get(i).goal()).value();
            for (int q = 1; q <= 4; q++) {
                reports.add(Report.of(targets.get(i).id(), LocalDate.of(2023, 3 * q, 1).plusMonths(1).minusDays(1),
                        Math.round(goal * share[i] * q / 4 * 100) / 100.0));
            }
        }
        log = ProgressLog.of(plan, reports);
        assessment = Assessments.read(Path.of("src/test/resources/assess/valid-scheme.yaml"), plan);
        year = assessment.assess(log, AssessmentPeriod.year(2023));
    }

    private static List<String> inputWords() {
        List<String> w = Pages.inputWords(plan, log);
        AssessmentScheme s = assessment.scheme();
        w.add(s.id());
        w.add(s.title());
        s.pools().forEach(p -> w.add(p.name()));
        s.peers().forEach(p -> {
            w.add(p.id());
            w.add(p.name());
        });
        s.grades().forEach(g -> w.add(g.name()));
        w.addAll(s.awards().flags());
        s.adjustments().forEach(a -> {
            w.add(a.category());
            w.add(a.reason());
            a.evidence().ifPresent(w::add);
        });
        s.vetoes().forEach(v -> w.add(v.reason()));
        return w;
    }

    @Test
    void ranksEachPoolWithGradesFlagsAdjustmentsAndLists() {
        String html = AssessmentReport.html(year, assessment.scheme(), ZH);

        Pages.assertSelfContained(html);
        Pages.assertNoAddress(html);
        Document doc = Pages.parse(html);
        assertThat(doc.selectFirst("h1").text()).isEqualTo("2023年度招商引资争先夺旗考核（测试）");
        assertThat(doc.selectFirst("header .meta").text()).isEqualTo("考核结果：2023年度");
        Elements tables = doc.select("table.ranking");
        assertThat(tables).hasSize(year.pools().size());
        for (int p = 0; p < tables.size(); p++) {
            PoolResult pool = year.pools().get(p);
            Elements rows = tables.get(p).select("tbody tr");
            assertThat(rows).hasSize(pool.ranking().size());
            for (int i = 0; i < rows.size(); i++) {
                UnitResult u = pool.ranking().get(i);
                List<String> cells = rows.get(i).select("td").stream().map(Element::text).toList();
                assertThat(cells.get(0)).isEqualTo(u.rank() == 0 ? "—" : Integer.toString(u.rank()));
                assertThat(cells.get(1)).isEqualTo(u.name());
                assertThat(cells.get(5)).isEqualTo(String.format(java.util.Locale.ROOT, "%.1f", u.score().getAsDouble()));
                assertThat(cells.get(6)).isEqualTo(u.grade().orElse("—"));
                assertThat(cells.get(7)).isEqualTo(u.flag().orElse(""));
            }
        }
        List<String> townships = tables.get(0).select("tbody tr").eachText();
        assertThat(String.join("\n", townships)).contains("一票否决：等次定为不合格，不得评奖（违规承诺优惠政策）");
        assertThat(doc.select("section.summary > p")).extracting(Element::text).anySatisfy(t -> assertThat(t)
                .startsWith("红榜："));
        Element cgz = doc.select("table.ranking").get(0).selectFirst("tr:has(td:containsOwn(城关镇))");
        assertThat(cgz.select("td").get(3).text()).isEqualTo("+2");
        Element xjz = doc.select("table.ranking").get(0).selectFirst("tr:has(td:containsOwn(新集镇))");
        assertThat(xjz.select("td").get(4).text()).isEqualTo("−0.5");
        assertThat(doc.selectFirst("section.summary p.small").text()).isEqualTo("等次：优秀 ≥ 90（名额30%）；良好 ≥ 80；合格 ≥ 60；"
                + "不合格。排名按1位小数比较，相差小于0.25分视为差异不显著。");
    }

    @Test
    void showsTheTargetsBehindEachScoreAndWhatEachUnitNeedsToMoveUp() {
        Document doc = Pages.parse(AssessmentReport.html(year, assessment.scheme(), ZH));

        Elements sections = doc.select("section.pool");
        assertThat(sections).hasSize(2);
        assertThat(sections.get(0).selectFirst("h2").text()).isEqualTo("二、乡镇：各单位得分明细");
        PoolResult towns = year.pool("townships");
        Elements articles = sections.get(0).select("article");
        assertThat(articles).hasSize(towns.ranking().size());
        for (int i = 0; i < articles.size(); i++) {
            UnitResult u = towns.ranking().get(i);
            assertThat(articles.get(i).select("table.contributions tbody tr")).hasSize(u.contributions().size());
            assertThat(articles.get(i).select("table.contributions tbody td:eq(1)").eachText())
                    .containsExactlyElementsOf(u.contributions().stream().map(c -> c.title()).toList());
        }
        UnitResult second = towns.ranking().get(1);
        assertThat(articles.get(1).select("p").last().text()).startsWith("晋位分析：追平上一名（" + towns.ranking().get(0).name()
                + "）需再得" + Words.number(year.whatIf(second.unit()).nextRank().orElseThrow().gain()) + "分");
        assertThat(articles.get(0).select("p").last().text()).startsWith("晋位分析：已居首位");
        assertThat(doc.select("article li")).extracting(Element::text)
                .contains("加2分（上级表彰）：招商项目获省级表彰；依据：县招商办〔2023〕12号；2023-11-20");
    }

    @Test
    void isInOneLanguageAtATime() {
        Pages.assertOneLanguage(Pages.words(Pages.parse(AssessmentReport.html(year, assessment.scheme(), ZH))),
                Language.CHINESE, inputWords());
        Document en = Pages.parse(AssessmentReport.html(year, assessment.scheme(), EN));
        assertThat(en.selectFirst("header .meta").text()).isEqualTo("Results: year 2023");
        Pages.assertOneLanguage(Pages.words(en), Language.ENGLISH, inputWords());
    }

    @Test
    void theTableHasOneRowPerUnitReadBackWithJacksonCsv() {
        List<List<String>> rows = Tables.read(AssessmentReport.csv(year, assessment.scheme(), ZH));

        assertThat(rows.get(0)).containsExactly("组别", "排名", "单位编号", "单位", "基础得分", "加分", "减分", "最终得分", "等次",
                "旗帜", "距上一名", "备注");
        int units = year.pools().stream().mapToInt(p -> p.ranking().size()).sum();
        assertThat(rows).hasSize(units + 1);
        List<String> first = rows.get(1);
        UnitResult top = year.pools().get(0).ranking().get(0);
        assertThat(first.subList(0, 4)).containsExactly("乡镇", "1", top.unit(), top.name());
        assertThat(first.get(10)).isEmpty();
        assertThat(rows.subList(1, rows.size())).extracting(r -> r.get(2)).containsExactlyInAnyOrder("cgz", "xjz", "mpz",
                "shwj", "gxj");
        assertThat(Tables.read(AssessmentReport.csv(year, assessment.scheme(), EN)).get(0)).startsWith("pool", "rank");
    }

    @Test
    void isDeterministicAndRefusesAResultOfAnotherScheme() {
        assertThat(AssessmentReport.html(year, assessment.scheme(), ZH))
                .isEqualTo(AssessmentReport.html(assessment.assess(log, AssessmentPeriod.year(2023)), assessment.scheme(), ZH));
        AssessmentScheme s = assessment.scheme();
        AssessmentScheme other = new AssessmentScheme("other", s.title(), s.planId(), s.pools(), s.credit(), s.assignments(),
                s.peers(), s.grades(), s.adjustments(), s.caps(), s.vetoes(), s.awards(), s.annual(), s.ranking());
        assertThatThrownBy(() -> AssessmentReport.html(year, other, ZH))
                .hasMessage("the result is of scheme assess-test-contest, not other");
    }
}
