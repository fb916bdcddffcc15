package io.github.policyplan.robust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.policyplan.core.Problem;
import io.github.policyplan.plans.PlanException;
import io.github.policyplan.plans.PlanReader;
import io.github.policyplan.plans.Plans;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Bounded work per value (issue 12, point 6): one value's length is limited before the parser sees the
 * text, suggestions are worked out within a bounded distance, and paths and values in messages are
 * shortened. (Time and memory are measured by the example program {@code HostileInputs}.)
 */
class BoundedWorkTest {

    private static final String HINT = "shorten the value (a title or a note needs far less), or raise the limit"
            + " with withMaxValueLength";

    private static String plan(String title, String lead) {
        return "id: p\ntitle: " + title + "\nissuer: 县委\nperiod: {start: 2023, end: 2025}\ndepartments:\n"
                + "  - {id: kjj, name: 县科技局}\nsections:\n  - id: s1\n    title: 强科技\n    targets:\n"
                + "      - {id: t1, title: 新增高新技术企业, kind: count, unit: 家, goal: 12, due: 2025, lead: " + lead
                + "}\n";
    }

    private static String json(String lead, String more) {
        return "{\"id\": \"p\", \"title\": \"强科技\", \"issuer\": \"县委\", " + more
                + "\"period\": {\"start\": 2023, \"end\": 2025},"
                + " \"departments\": [{\"id\": \"kjj\", \"name\": \"县科技局\"}], \"sections\": [{\"id\": \"s1\","
                + " \"title\": \"强科技\", \"targets\": [{\"id\": \"t1\", \"title\": \"新增高新技术企业\","
                + " \"kind\": \"count\", \"unit\": \"家\", \"goal\": 12, \"due\": 2025, \"lead\": \"" + lead + "\"}]}]}";
    }

    private static Problem only(Runnable read) {
        PlanException e = catchThrowableOfType(PlanException.class, read::run);
        assertThat(e.problems()).hasSize(1);
        return e.problems().get(0);
    }

    @Test
    void aFiveMegabyteTitleIsRefusedBeforeTheParserSeesIt() {
        Problem p = only(() -> Plans.parse(plan("科".repeat(5 << 20), "kjj"), "title.yaml"));

        assertThat(p).hasToString("title.yaml:2:1: line 2 holds a value longer than one value may hold (100000"
                + " characters) (" + HINT + ")");
    }

    @Test
    void theLimitIsASettingAndATitleWithinItLoads() {
        String title = "科".repeat(150);

        assertThat(Plans.parse(plan(title, "kjj"), "p.yaml").title()).isEqualTo(title);
        Problem p = only(() -> PlanReader.standard().withMaxValueLength(100).parse(plan(title, "kjj"), "p.yaml"));
        assertThat(p).hasToString("p.yaml:2:1: line 2 holds a value longer than one value may hold (100"
                + " characters) (" + HINT + ")");
    }

    @Test
    void aJsonStringIsLocatedAtItsOpeningQuote() {
        Problem p = only(() -> PlanReader.standard().withMaxValueLength(100).parse(json("局".repeat(101), ""),
                "p.json"));

        assertThat(p.line()).isEqualTo(1);
        assertThat(p.column()).isEqualTo(json("", "").indexOf("\"lead\": ") + "\"lead\": ".length() + 1);
        assertThat(p.message()).isEqualTo("line 1 holds a value longer than one value may hold (100 characters)");
    }

    @Test
    void aLongFlowListOnOneLineIsManyShortValues() {
        StringBuilder list = new StringBuilder("[");
        for (int i = 0; i < 50_000; i++) {
            list.append(i == 0 ? "kjj" : ", kjj");
        }
        String yaml = plan("强科技", "kjj").replace("departments:", "tags: " + list + "]\ndepartments:");

        Problem p = only(() -> Plans.parse(yaml, "p.yaml"));

        assertThat(p.message()).startsWith("unknown key 'tags'");
    }

    @Test
    void aFiveMegabyteUnknownLeadGetsAShortMessageAndNoSuggestionOfAnotherLength() {
        Problem p = only(() -> PlanReader.standard().withMaxValueLength(6 << 20).parse(json("局".repeat(5 << 20),
                ""), "lead.json"));

        assertThat(p.message()).isEqualTo("unknown department '" + "局".repeat(39) + "…'");
        assertThat(p.hint()).contains("add it under departments, or use one of: kjj, 县科技局");
    }

    @Test
    void aLeadThatBeginsWithAKnownNameIsStillSuggestedIt() {
        Problem p = only(() -> PlanReader.standard().withMaxValueLength(1 << 20).parse(json("县科技局" + "x".repeat(
                100_000), ""), "lead.json"));

        assertThat(p.hint()).contains("did you mean '县科技局'?");
    }

    @Test
    void aLongKeyGivesAShortPathAndMessage() {
        String key = "k".repeat(40_000);

        Problem p = only(() -> Plans.parse(json("kjj", "\"" + key + "\": 1, "), "key.json"));

        assertThat(p.toString().length()).isLessThan(1_000);
        assertThat(p.path()).hasSizeLessThanOrEqualTo(200).contains("…");
        assertThat(p.message()).startsWith("unknown key '" + "k".repeat(39) + "…' in a plan");
    }

    @Test
    void aProvincialPlanWithEveryLeadUnknownKeepsTheCapAndSuggestsOnlyForTheKeptProblems() {
        StringBuilder sb = new StringBuilder("id: province\ntitle: 全省\nissuer: 省委\nperiod: {start: 2023, end: 2025}\n"
                + "departments:\n");
        for (int u = 0; u < 2_800; u++) {
            sb.append(String.format(Locale.ROOT, "  - {id: u%04d, name: 第%04d县科技局}%n", u, u));
        }
        sb.append("sections:\n  - id: s1\n    title: 强科技\n    targets:\n");
        for (int t = 0; t < 10_000; t++) {
            sb.append(String.format(Locale.ROOT, "      - {id: t%05d, title: 新增企业, kind: count, unit: 家, goal: 12,"
                    + " due: 2025, lead: 第%04d县科技厅}%n", t, t % 2_800));
        }

        PlanException e = catchThrowableOfType(PlanException.class, () -> Plans.parse(sb.toString(), "p.yaml"));

        assertThat(e.totalProblems()).isEqualTo(10_000);
        assertThat(e.problems()).hasSize(100);
        assertThat(e.problems().get(0).message()).isEqualTo("unknown department '第0000县科技厅'");
        assertThat(e.problems().get(0).hint()).contains("did you mean '第0000县科技局'?");
    }
}
