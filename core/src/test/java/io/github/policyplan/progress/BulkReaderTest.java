package io.github.policyplan.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.policyplan.core.Problem;
import io.github.policyplan.model.Department;
import io.github.policyplan.model.Goal;
import io.github.policyplan.model.Item;
import io.github.policyplan.model.Measure;
import io.github.policyplan.model.MeasureKind;
import io.github.policyplan.model.Plan;
import io.github.policyplan.model.PlanPeriod;
import io.github.policyplan.model.Report;
import io.github.policyplan.model.Section;
import io.github.policyplan.model.Target;
import io.github.policyplan.model.UnitKind;
import io.github.policyplan.progress.ReportColumns.Column;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The bulk reader reads one file of reports on many plans: the plan of a row from a plan column, a
 * qualified target id or a target id only one plan has; header names configured (English, Chinese,
 * {@code target_id}), in any order; every problem located, up to the limit; nothing loaded when there
 * is any problem.
 */
class BulkReaderTest {

    static Plan county(String id) {
        Plan.Builder b = Plan.builder(id, id + "县2023年重点工作").issuer("县委").period(PlanPeriod.years(2023, 2023))
                .department(Department.of("d", "县发改委", UnitKind.DEPARTMENT));
        List<Target> targets = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            targets.add(Target.builder("s1.i1.t" + i, "目标" + i).measure(MeasureKind.COUNT, "个").goal(12)
                    .due(LocalDate.of(2023, 12, 31)).lead("d").build());
        }
        targets.add(Target.builder("s1.i1.m", "建成园区").measure(Measure.milestone(List.of("开工", "建成")))
                .goal(Goal.level("建成")).due(LocalDate.of(2023, 12, 31)).lead("d").build());
        return b.section(Section.builder("s1", "一").item(new Item("s1.i1", "一要", 1, targets, Optional.empty()))
                .build()).build();
    }

    private static final Plan A = county("county-a");
    private static final Plan B = county("county-b");

    private static Map<String, ProgressLog> read(BulkReader reader, String csv, Plan... plans) throws IOException {
        return reader.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "reports.csv",
                List.of(plans));
    }

    private static List<String> problems(BulkReader reader, String csv, Plan... plans) {
        ProgressException e = catchThrowableOfType(ProgressException.class, () -> read(reader, csv, plans));
        assertThat(e).as("refused").isNotNull();
        return e.problems().stream().map(Problem::toString).toList();
    }

    @Test
    void readsManyPlansFromOneFileByAPlanColumn() throws IOException {
        Map<String, ProgressLog> logs = read(BulkReader.standard(), """
                plan,target,date,value,source
                county-a,s1.i1.t1,2023-03-31,3,县发改委
                county-b,s1.i1.t1,2023-03-31,4,
                county-a,s1.i1.t1,2023-06,6,县发改委
                county-b,s1.i1.m,2023-Q2,开工,
                """, A, B);
        assertThat(logs).containsOnlyKeys("county-a", "county-b");
        assertThat(logs.get("county-a")).isEqualTo(ProgressLog.of(A, List.of(
                new Report("s1.i1.t1", LocalDate.of(2023, 3, 31), io.github.policyplan.model.Value.of(3),
                        Optional.of("县发改委"), Optional.empty(), Optional.empty()),
                new Report("s1.i1.t1", LocalDate.of(2023, 6, 30), io.github.policyplan.model.Value.of(6),
                        Optional.of("县发改委"), Optional.empty(), Optional.empty()))));
        assertThat(logs.get("county-b").reports()).containsExactly(
                Report.of("s1.i1.t1", LocalDate.of(2023, 3, 31), 4),
                Report.level("s1.i1.m", LocalDate.of(2023, 6, 30), "开工"));
    }

    @Test
    void findsThePlanFromAQualifiedTargetIdOrATargetOnlyOnePlanHas() throws IOException {
        Plan c = Plan.builder("county-c", "丙县").issuer("县委").period(PlanPeriod.years(2023, 2023))
                .department(Department.of("d", "县发改委", UnitKind.DEPARTMENT))
                .section(Section.builder("z", "一").target(Target.builder("z.only", "独有").measure(MeasureKind.COUNT,
                        "个").goal(5).due(LocalDate.of(2023, 12, 31)).lead("d").build()).build()).build();
        Map<String, ProgressLog> logs = read(BulkReader.standard(), """
                target,date,value
                county-a/s1.i1.t2,2023-03-31,1
                county-b/s1.i1.t2,2023-03-31,2
                z.only,2023-03-31,3
                """, A, B, c);
        assertThat(logs.get("county-a").latest("s1.i1.t2", LocalDate.of(2023, 12, 31))).map(Report::value)
                .contains(io.github.policyplan.model.Value.of(1));
        assertThat(logs.get("county-b").size()).isEqualTo(1);
        assertThat(logs.get("county-c").series("z.only")).hasSize(1);
        assertThat(problems(BulkReader.standard(), "target,date,value\ns1.i1.t2,2023-03-31,1\n", A, B))
                .containsExactly("reports.csv:2:1: reports[0].target: the target s1.i1.t2 is in more than one of the"
                        + " 2 plans (name the plan before the target: county-a/s1.i1.t2, or add a plan column)");
    }

    @Test
    void readsChineseHeadersInAnyOrder() throws IOException {
        Map<String, ProgressLog> logs = read(BulkReader.standard(), """
                数值,日期,指标,计划,备注
                3,2023-03-31,s1.i1.t1,county-b,示例数值
                """, A, B);
        Report r = logs.get("county-b").reports().get(0);
        assertThat(r.value()).isEqualTo(io.github.policyplan.model.Value.of(3));
        assertThat(r.note()).contains("示例数值");
        assertThat(logs.get("county-a").isEmpty()).isTrue();
    }

    @Test
    void readsConfiguredHeaderNamesAndSkipsOtherColumnsWhenAsked() throws IOException {
        BulkReader reader = BulkReader.standard().withColumns(ReportColumns.standard()
                .withNames(Column.TARGET, "target_id").withNames(Column.PLAN, "county").ignoringOtherColumns());
        Map<String, ProgressLog> logs = read(reader, """
                county,target_id,region,date,value
                county-a,s1.i1.t3,华东,2023-12-31,12.5
                """, A, B);
        assertThat(logs.get("county-a").reports()).containsExactly(Report.of("s1.i1.t3", LocalDate.of(2023, 12, 31),
                12.5));
        assertThat(problems(BulkReader.standard(), "plan,target,region,date,value\ncounty-a,s1.i1.t3,华东,2023,1\n",
                A)).containsExactly("reports.csv:1:13: unexpected column 'region' in the header (the columns are"
                        + " target,date,value,source,note, evidence and plan; ReportColumns.ignoringOtherColumns()"
                        + " skips others)");
        assertThatThrownBy(() -> ReportColumns.standard().withNames(Column.NOTE, "target"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already names the column target");
    }

    @Test
    void locatesEveryProblemAndLoadsNothing() {
        assertThat(problems(BulkReader.standard(), """
                plan,target,date,value
                county-a,s1.i1.t1,2023-03-31,3
                county-x,s1.i1.t1,2023-03-31,3
                county-b,s1.i1.t9,2023-03-31,3
                county-b,s1.i1.t1,2024-03-31,3
                county-b,s1.i1.t1,2023-03-31,三
                county-a,s1.i1.m,2023-06-30,竣工
                county-a,s1.i1.t1,2023-03-31,4
                """, A, B)).containsExactly(
                "reports.csv:3:1: reports[1].plan: unknown plan 'county-x': the reports are read with 2 plans,"
                        + " county-a, county-b (did you mean 'county-a'?)",
                "reports.csv:4:10: reports[2].target: unknown target 's1.i1.t9' in plan county-b (did you mean"
                        + " 's1.i1.t1'?)",
                "reports.csv:5:19: reports[3].date: date 2024-03-31 is outside the plan period 2023-01-01 to"
                        + " 2023-12-31 (use a date within the plan period, or correct the year)",
                "reports.csv:6:30: reports[4].value: expected a number, found the text '三' (write a number in digits,"
                        + " such as 12.5)",
                "reports.csv:7:29: reports[5].value: unknown stage '竣工' of s1.i1.m (expected one of 开工, 建成) (did"
                        + " you mean '开工'?)",
                "reports.csv:8:30: reports[6].value: conflicting reports for s1.i1.t1 as of 2023-03-31: 4 here, 3 at"
                        + " line 2 (keep the right one and remove the other)");
    }

    @Test
    void keepsTheProblemsUpToTheLimitAndCountsTheRest() {
        StringBuilder csv = new StringBuilder("plan,target,date,value\n");
        for (int i = 0; i < 250; i++) {
            csv.append("county-a,s1.i1.t1,2023-03-31,x").append(i).append('\n');
        }
        ProgressException e = catchThrowableOfType(ProgressException.class,
                () -> read(BulkReader.standard().withMaxProblems(7), csv.toString(), A));
        assertThat(e.problems()).hasSize(7);
        assertThat(e.totalProblems()).isEqualTo(250);
        assertThat(e.problems().get(6).line()).isEqualTo(8);
        assertThat(e.getMessage()).contains("250 problems");
    }

    @Test
    void reportsSyntaxErrorsWhereTheyAre() {
        assertThat(problems(BulkReader.standard(), "target,date,value\ns1.i1.t1,2023-03-31,\"3\n", A))
                .containsExactly("reports.csv:2:21: CSV syntax error: a quoted field is not closed (end the field"
                        + " with \"; write a quote inside a quoted field as \"\")");
        assertThat(problems(BulkReader.standard(), "target,date,value\ns1.i1.t1,\"2023\"x,3\n", A))
                .containsExactly("reports.csv:2:16: CSV syntax error: text after the closing quote of a field (quote"
                        + " the whole field, and write a quote inside it as \"\": \"a \"\"b\"\" c\")");
        assertThat(problems(BulkReader.standard(), "", A)).containsExactly("reports.csv:1:1: the file is empty (a"
                + " reports file starts with a header, such as plan,target,date,value,source,note)");
    }

    @Test
    void readsQuotedFieldsWithCommasQuotesAndLineBreaks() throws IOException {
        Map<String, ProgressLog> logs = read(BulkReader.standard(), "\uFEFFtarget,date,value,note\r\n"
                + "s1.i1.t1,2023-03-31,\" 3 \",\"一, \"\"二\"\"\n三\"\r\n\r\n"
                + "\"s1.i1.t2\",\"2023-Q1\",-0,\n", A);
        List<Report> reports = logs.get("county-a").reports();
        assertThat(reports.get(0).note()).contains("一, \"二\"\n三");
        assertThat(reports.get(0).value()).isEqualTo(io.github.policyplan.model.Value.of(3));
        assertThat(reports.get(1)).isEqualTo(Report.of("s1.i1.t2", LocalDate.of(2023, 3, 31), 0));
    }

    @Test
    void readsNumbersExactlyAsTheOnePlanReaderDoes() throws IOException {
        String[] numbers = {"0.1", "0.3", "123456789012345", "1234567890123456789", "2.675", "1e3", "+.5", "7.",
            "0.000000000000000000001", "9007199254740993", "-12.000", "8%"};
        StringBuilder csv = new StringBuilder("target,date,value,source,note\n");
        for (int i = 0; i < numbers.length; i++) {
            csv.append("s1.i1.t1,").append(LocalDate.of(2023, 1, 1).plusDays(i)).append(',').append(numbers[i])
                    .append(",,\n");
        }
        Plan percent = Plan.builder("p", "百分比").issuer("县委").period(PlanPeriod.years(2023, 2023))
                .department(Department.of("d", "县发改委", UnitKind.DEPARTMENT))
                .section(Section.builder("s1", "一").item(new Item("s1.i1", "一要", 1, List.of(Target.builder("s1.i1.t1",
                        "比率").measure(MeasureKind.LEVEL, "%").goal(50).due(LocalDate.of(2023, 12, 31)).lead("d")
                        .build()), Optional.empty())).build()).build();
        ProgressLog one = Progress.parse(csv.toString(), "r.csv", percent);
        ProgressLog bulk = read(BulkReader.standard(), csv.toString(), percent).get("p");
        assertThat(bulk).isEqualTo(one);
        assertThat(bulk.size()).isEqualTo(numbers.length);
    }

    @Test
    void refusesValuesOutsideTheirMeasureAsTheOnePlanReaderDoes() {
        String csv = "target,date,value,source,note\n"
                + "share,2023-03-31,35,,\nshare,2023-06-30,350,,\ncount,2023-03-31,-1,,\ncount,2023-06-30,4,,\n";
        Plan plan = Plan.builder("p", "范围").issuer("县委").period(PlanPeriod.years(2023, 2023))
                .department(Department.of("d", "县发改委", UnitKind.DEPARTMENT))
                .section(Section.builder("s1", "一").item(new Item("s1.i1", "一要", 1, List.of(
                        Target.builder("share", "占比").measure(MeasureKind.SHARE, "%").goal(50)
                                .due(LocalDate.of(2023, 12, 31)).lead("d").build(),
                        Target.builder("count", "家数").measure(MeasureKind.COUNT, "家").goal(10)
                                .due(LocalDate.of(2023, 12, 31)).lead("d").build()), Optional.empty())).build())
                .build();
        ProgressException one = catchThrowableOfType(ProgressException.class, () -> Progress.parse(csv, "reports.csv", plan));
        ProgressException bulk = catchThrowableOfType(ProgressException.class,
                () -> read(BulkReader.standard(), csv, plan));
        assertThat(bulk.problems()).extracting(Object::toString)
                .containsExactlyElementsOf(one.problems().stream().map(Object::toString).toList())
                .hasSize(2);
    }
}
