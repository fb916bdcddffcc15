package io.github.policyplan.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command-line tool: its commands on the example data, its exit codes, problems and progress. */
class PolicyPlanCliTest {

    private static final String PLAN = "src/main/resources/plans/county-2023.yaml";
    private static final String GOALS = "src/main/resources/plans/county-2023-illustrative.yaml";
    private static final String PROGRESS = "src/main/resources/progress/county-2023.csv";
    private static final String CONTEST_PLAN = "src/main/resources/plans/investment-2023.yaml";
    private static final String CONTEST_PROGRESS = "src/main/resources/progress/investment-2023.csv";
    private static final String CONTEST = "src/main/resources/assess/investment-2023.yaml";

    @TempDir
    Path temp;

    /** One run of the tool. */
    record Run(int status, String out, String err) {
    }

    private static Run run(boolean terminal, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = PolicyPlanCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), terminal);
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static Run run(String... args) {
        return run(false, args);
    }

    private static String[] county(String... more) {
        List<String> a = new ArrayList<>(List.of(more));
        a.addAll(List.of("--plan", PLAN, "--goals", GOALS, "--progress", PROGRESS));
        return a.toArray(new String[0]);
    }

    @Test
    void helpListsTheCommandsAndExitsZero() {
        Run r = run("--help");

        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("Usage: policyplan").contains("validate").contains("score").contains("assess")
                .contains("report").contains("Exit status: 0 when all went well, 1 when an input has problems");
        assertThat(run("help", "report").out()).contains("--lang=LANG").contains("--format=FORMAT").contains("-o, --output=FILE");
    }

    @Test
    void aWrongCommandLineExitsTwo() {
        Run none = run();
        assertThat(none.status()).isEqualTo(2);
        assertThat(none.err()).startsWith("policyplan: a command is needed: validate, score, assess, report or help");

        Run unknown = run("scroe");
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.err()).contains("Did you mean: policyplan score?");

        Run lang = run(county("report", "--lang", "fr"));
        assertThat(lang.status()).isEqualTo(2);
        assertThat(lang.err()).startsWith("policyplan: --lang is zh or en (was 'fr')")
                .contains("Try 'policyplan report --help' for more information.");

        Run format = run(county("report", "scorecard", "--format", "md"));
        assertThat(format.status()).isEqualTo(2);
        assertThat(format.err()).contains("report scorecard is written as html, csv, json, not md"
                + " (the bulletin is 'report bulletin --format md')");
        assertThat(run("score", "--plan", PLAN).status()).as("--progress is required").isEqualTo(2);
        assertThat(run(county("report", "assessment")).err()).contains("report assessment needs --scheme");
    }

    @Test
    void validatesAPlanWithItsGoalSheetProgressAndScheme() {
        Run county = run("validate", PLAN, "--goals", GOALS, "--progress", PROGRESS);
        Run contest = run("validate", CONTEST_PLAN, "--progress", CONTEST_PROGRESS, "--scheme", CONTEST);

        assertThat(county.status()).isZero();
        assertThat(county.out()).isEqualTo(PLAN + ": ok (plan county-2023: 3 sections, 47 targets)\n"
                + GOALS + ": ok (goal sheet: 37 goals, illustrative)\n"
                + PROGRESS + ": ok (progress: 182 reports on 47 targets)\n");
        assertThat(contest.status()).isZero();
        assertThat(contest.out()).contains(CONTEST + ": ok (scheme investment-2023-contest: 2 pools)");
    }

    @Test
    void printsEveryProblemAsFileLineColumnPathMessageAndExitsOne() throws IOException {
        Path bad = temp.resolve("bad.yaml");
        Files.writeString(bad, String.join("\n", "id: p", "title: 计划", "issuer: 县委", "period: {start: 2023, end: 2023}",
                "departments:", "  - {id: kj, name: 县科技局}", "sections:", "  - title: 强科技", "    items:",
                "      - title: 平台", "        targets:",
                "          - {title: 认定企业, kind: count, unit: 家, goal: 12, due: 2023/12/31, lead: kjj}", ""));
        Path reports = temp.resolve("reports.csv");
        Files.writeString(reports, "target,date,value,source,note\ns1.i1.t9,2023-06-30,7,县科技局,\n");

        Run plan = run("validate", bad.toString());
        Run progress = run("validate", PLAN, "--progress", reports.toString());
        Run missing = run("validate", temp.resolve("none.yaml").toString());

        assertThat(plan.status()).isEqualTo(1);
        assertThat(plan.err().lines()).containsExactly(
                bad + ":12:64: sections[0].items[0].targets[0].due: malformed date '2023/12/31' (expected 2023, 2023-Q1,"
                        + " 2023-06 or 2023-12-31) (did you mean 2023-12-31?)",
                bad + ":12:82: sections[0].items[0].targets[0].lead: unknown department 'kjj' (did you mean 'kj'?)");
        assertThat(progress.status()).isEqualTo(1);
        assertThat(progress.err()).startsWith(reports + ":2:1: reports[0].target: unknown target 's1.i1.t9'");
        assertThat(missing.status()).isEqualTo(1);
        assertThat(missing.err()).isEqualTo(temp.resolve("none.yaml") + ": cannot read: no such file\n");
        assertThat(run(county("score", "--as-of", "2023-06-30")).status()).isZero();
        assertThat(run("score", "--plan", bad.toString(), "--progress", PROGRESS).status()).isEqualTo(1);
    }

    @Test
    void printsWarningsBesideOkAndFailsOnThemOnlyWhenStrict() throws IOException {
        Path reports = temp.resolve("falling.csv");
        Files.writeString(reports, "target,date,value,source,note\n"
                + "s1.i1.t1,2023-03-31,3,县科技局,\ns1.i1.t1,2023-06-30,4,县科技局,\ns1.i1.t1,2023-09-30,2,县科技局,\n");

        Run lenient = run("validate", PLAN, "--progress", reports.toString());
        Run strict = run("validate", "--strict", PLAN, "--progress", reports.toString());

        String warning = reports + ":4:21: warning: reports[2].value: the running total of s1.i1.t1 falls from 4"
                + " (2023-06-30, line 3) to 2 (2023-09-30, line 4) (a count's reports are totals so far in the period;"
                + " if these are each quarter's own figures, add them up)";
        assertThat(lenient.status()).isZero();
        assertThat(lenient.out()).contains(reports + ": ok (progress: 3 reports on 1 targets)");
        assertThat(lenient.err().lines()).containsExactly(warning);
        assertThat(strict.status()).isEqualTo(1);
        assertThat(strict.err().lines()).containsExactly(warning.replace(": warning:", ":"));
    }

    @Test
    void scoresAtADateAsTextJsonOrCsv() throws IOException {
        Run text = run(county("score", "--as-of", "2023-06-30"));
        Run english = run(county("score", "--as-of", "2023-06-30", "--lang", "en"));
        Run json = run(county("score", "--as-of", "2023-06-30", "--format", "json"));
        Run csv = run(county("score", "--as-of", "2023-06-30", "--format", "csv"));

        assertThat(text.status()).isZero();
        assertThat(text.out().lines().toList().subList(0, 4)).containsExactly(
                "在全县强科技强工业强县域强服务业暨招商引资争先夺旗誓师动员大会上的讲话 — 截至 2023-06-30",
                "示例数值：目标值和报送数据为示例，不是真实数据。",
                "全部 85.28 · 存在风险 · 覆盖率 83.89%",
                "  s1 聚力创新赋能促发展,久久为功强科技添动力 77.64 · 进度滞后 · 覆盖率 75%");
        assertThat(english.out()).contains("plan 85.28 · at risk · coverage 83.89%");
        JsonNode root = new ObjectMapper().readTree(json.out());
        assertThat(root.get("asOf").asText()).isEqualTo("2023-06-30");
        assertThat(csv.out()).startsWith("\uFEFF层级,编号,名称,牵头单位");
        assertThat(text.err()).as("quiet when no one is watching").isEmpty();
    }

    @Test
    void assessesAPeriodAsTextJsonOrCsv() {
        String[] base = {"assess", "--plan", CONTEST_PLAN, "--progress", CONTEST_PROGRESS, "--scheme", CONTEST};
        Run text = run(concat(base, "--period", "2023"));
        Run csv = run(concat(base, "--period", "2023-Q4", "--format", "csv"));

        assertThat(text.status()).isZero();
        assertThat(text.out()).startsWith("2023年度招商引资争先夺旗考核 — 2023年度\n-- 乡镇\n  1  城关镇  102.00  优秀  冠军旗\n");
        assertThat(csv.out()).startsWith("\uFEFF组别,排名,单位编号,单位");
        assertThat(run(concat(base, "--period", "2023-Q4")).out()).startsWith("2023年度招商引资争先夺旗考核 — 2023年第四季度\n");
        assertThat(run(concat(base, "--period", "2023-Q4", "--lang", "en")).out())
                .startsWith("2023年度招商引资争先夺旗考核 — Q4 2023\n");
        assertThat(run(concat(base, "--period", "2023-Q5")).status()).isEqualTo(2);
    }

    @Test
    void writesEachReportInEachFormat() throws IOException {
        Path html = temp.resolve("out/scorecard.html");

        Run card = run(county("report", "scorecard", "--as-of", "2023-06-30", "-o", html.toString()));
        Run bulletin = run(county("report", "bulletin", "--as-of", "2023-06-30"));
        Run text = run(county("report", "bulletin", "--as-of", "2023-06-30", "--format", "text", "--lang", "en"));
        Run notices = run(county("report", "supervision", "--as-of", "2023-06-30", "--format", "csv"));
        Run json = run(county("report", "supervision", "--as-of", "2023-06-30", "--format", "json", "--middle", "orange",
                "--escalate-after", "2"));
        Run assessment = run("report", "assessment", "--plan", CONTEST_PLAN, "--progress", CONTEST_PROGRESS, "--scheme",
                CONTEST, "--period", "2023", "--illustrative");

        assertThat(card.status()).isZero();
        assertThat(card.out()).isEmpty();
        assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>").contains("目标进展评分报告（截至2023年6月30日）")
                .contains("示例数值");
        assertThat(Files.list(html.getParent())).as("no temporary file left behind").hasSize(1);
        assertThat(bulletin.out()).startsWith("【示例数值】截至2023年6月30日，全县**47**项重点目标中，");
        assertThat(text.out()).startsWith("[Illustrative figures] As of 30 June 2023, of the county's 47 key targets:");
        assertThat(notices.out()).startsWith("\uFEFF督办编号,督办事项,目标编号,责任单位");
        assertThat(new ObjectMapper().readTree(json.out()).get("rules").get("middle").asText()).isEqualTo("orange");
        assertThat(assessment.out()).startsWith("<!DOCTYPE html>").contains("2023年度招商引资争先夺旗考核")
                .contains("考核结果：2023年度");
    }

    @Test
    void showsProgressOnlyOnATerminal() {
        Run watched = run(true, county("report", "bulletin", "--as-of", "2023-06-30"));

        assertThat(watched.status()).isZero();
        assertThat(watched.err().lines()).anySatisfy(l -> assertThat(l).matches("policyplan: reading .*county-2023.yaml \\(\\d+ ms\\)"))
                .anySatisfy(l -> assertThat(l).matches("policyplan: scoring at 2 dates up to 2023-06-30 \\(\\d+ ms\\)"));
        assertThat(watched.out()).startsWith("【示例数值】");
    }

    private static String[] concat(String[] a, String... b) {
        List<String> all = new ArrayList<>(List.of(a));
        all.addAll(List.of(b));
        return all.toArray(new String[0]);
    }
}
