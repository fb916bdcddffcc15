package io.github.policyplan.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Reports are safe to open whatever the input says: every text from the input is escaped and shows as
 * written, and no report runs a script or fetches anything.
 */
class ReportSafetyTest {

    private static final String PLAN_TITLE = "<script>alert('计划')</script>2023年计划";
    private static final String TARGET_TITLE = "<img src=\"http://evil.example/x.png\" onerror=\"alert(1)\">认定企业";
    private static final String DEPARTMENT = "县科技局</td><a href='https://evil.example/'>点击</a><style>body{background:url(https://evil.example/t)}</style>";

    private static final ScoredPlan HOSTILE = ReportFixtures.scored(ReportFixtures.plan(PLAN_TITLE, TARGET_TITLE, DEPARTMENT));

    private static List<String> pages() {
        ReportSettings zh = ReportSettings.standard().withIllustrative(true);
        Supervision s = Supervision.of(HOSTILE, SupervisionRules.standard());
        return List.of(ScorecardReport.html(HOSTILE, zh), ScorecardReport.html(HOSTILE, zh.withLanguage(Language.ENGLISH)),
                s.html(zh), s.html(zh.withLanguage(Language.ENGLISH)));
    }

    @Test
    void aTitleWithAScriptPrintsAsText() {
        for (String html : pages()) {
            Document doc = Pages.parse(html);

            assertThat(doc.select("script")).isEmpty();
            assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;alert(&#39;计划&#39;)&lt;/script&gt;");
            assertThat(doc.text()).contains(PLAN_TITLE);
            assertThat(doc.title()).contains(PLAN_TITLE);
        }
        Document card = Pages.parse(pages().get(0));
        assertThat(card.selectFirst("h1").text()).isEqualTo(PLAN_TITLE);
        assertThat(card.getElementById("t-b").selectFirst("h3").text()).isEqualTo("b" + TARGET_TITLE);
        assertThat(card.getElementById("t-b").select("table.facts td").first().text()).isEqualTo(DEPARTMENT);
    }

    @Test
    void nothingInAReportRunsOrFetchesWhateverTheInput() {
        for (String html : pages()) {
            Pages.assertSelfContained(html);
            Document doc = Pages.parse(html);
            assertThat(doc.select("a, img, style")).as("only the report's own style sheet").hasSize(1);
            assertThat(doc.select("table")).allSatisfy(t -> assertThat(t.select("td, th")).isNotEmpty());
        }
    }

    @Test
    void theExamplePagesNameNoAddress() {
        ScoredPlan ordinary = ReportFixtures.scored();
        Pages.assertNoAddress(ScorecardReport.html(ordinary, ReportSettings.standard()));
        Pages.assertNoAddress(Supervision.of(ordinary, SupervisionRules.standard()).html(ReportSettings.standard()));
        assertThat(Html.esc("<a href=\"x\">'&'</a>")).isEqualTo("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
    }
}
