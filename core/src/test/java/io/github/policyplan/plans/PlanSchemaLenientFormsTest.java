package io.github.policyplan.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Named.named;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.networknt.schema.Error;
import io.github.policyplan.schema.SchemaFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The plan and goal-sheet schemas accept the forms the reader accepts with a note — dates written the
 * Chinese way ({@code 2024年底}, {@code 2023年二季度}), numbers with a percent sign ({@code 5.5%}) — and the
 * other forms it reads ({@code 2023-q1}, {@code period: 2023}), so that an editor shows no error on a file
 * that loads; and they still refuse what the reader refuses. Each form is tried on the reader and on the
 * schema, and the two must agree. A date that matches a form but does not exist ({@code 2023-02-30}) only
 * the reader refuses.
 */
class PlanSchemaLenientFormsTest {

    private static final Path ACCEPTED = Path.of("src/test/resources/corpus/accepted");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"plan-percent-goal.yaml", "plan-fullwidth-percent-goal.yaml",
            "plan-year-end-in-chinese.yaml", "plan-quarter-in-chinese.yaml", "plan-very-long-title.yaml",
            "plan-crlf.yaml", "plan-bom.yaml"})
    void acceptsThePlansTheReaderAcceptsWithANote(String file) throws IOException {
        Path path = ACCEPTED.resolve(file);

        assertThat(Plans.read(path).targets()).isNotEmpty();
        assertThat(SchemaFiles.validate("plan.schema.json", SchemaFiles.yaml(path))).isEmpty();
    }

    @ParameterizedTest(name = "due: {0}")
    @MethodSource("dates")
    void agreesWithTheReaderOnDates(String date, boolean accepted) {
        agree(plan("{title: 认定国家高新技术企业, kind: count, goal: 12, due: '" + date + "', lead: kj}"), accepted);
    }

    static Stream<Arguments> dates() {
        return Stream.of(
                arguments("2024", true), arguments("2023-Q4", true), arguments("2023-q4", true),
                arguments("2023-06", true), arguments("2023-06-30", true),
                arguments("2024年底", true), arguments("2024年末", true), arguments("2024年末尾", true),
                arguments("2024年全年", true), arguments("2024年", true), arguments("2023年6月", true),
                arguments("2023年06月底", true), arguments("2023年12月末", true), arguments("2023年一季度", true),
                arguments("2023年第三季度", true), arguments("2023年4季度末", true), arguments("2023年第二季度底", true),
                arguments("2023年6月15日", true), arguments("2023年06月05日", true),
                arguments("2023/12/31", false), arguments("2023.12.31", false), arguments("2023-6", false),
                arguments("23-12-31", false), arguments("2023-Q5", false), arguments("2023-13", false),
                arguments("2023-12-32", false), arguments("2023年13月", false), arguments("2023年下半年", false),
                arguments("2023年底前", false), arguments("2023年五季度", false), arguments("2023年6月32日", false),
                arguments("2023 年底", false), arguments("二〇二三年底", false), arguments("", false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("values")
    void agreesWithTheReaderOnValuesWithAPercentSign(String target, boolean accepted) {
        agree(plan(target), accepted);
    }

    static Stream<Arguments> values() {
        return Stream.of(
                form("a goal of 8%", "{title: 增速, kind: growth-rate, goal: 8%, due: 2023, lead: kj}", true),
                form("a goal of 8.5％ (full width)", "{title: 增速, kind: growth-rate, goal: 8.5％, due: 2023, lead: kj}",
                        true),
                form("a goal of 8 % (a space before %)", "{title: 增速, kind: growth-rate, goal: 8 %, due: 2023, lead: kj}",
                        true),
                form("a baseline of 55%", "{title: 占比, kind: share, baseline: 55%, goal: 60, due: 2025, lead: kj}",
                        true),
                form("a baseline of {value: 55.5%, date: 2022年底}",
                        "{title: 占比, kind: share, baseline: {value: 55.5%, date: 2022年底}, goal: 60, due: 2025, lead: kj}",
                        true),
                form("a checkpoint of 4% by 2023年二季度",
                        "{title: 占比, kind: share, goal: 60, due: 2025, lead: kj, checkpoints: [{date: 2023年二季度, value: 4%}]}",
                        true),
                form("a baseline of 55 percent",
                        "{title: 占比, kind: share, baseline: 55 percent, goal: 60, due: 2025, lead: kj}", false),
                form("a baseline of %55", "{title: 占比, kind: share, baseline: '%55', goal: 60, due: 2025, lead: kj}",
                        false),
                form("a baseline of .5%", "{title: 占比, kind: share, baseline: .5%, goal: 60, due: 2025, lead: kj}",
                        false),
                form("a baseline of 55%%", "{title: 占比, kind: share, baseline: 55%%, goal: 60, due: 2025, lead: kj}",
                        false),
                form("a baseline of 55亿元", "{title: 占比, kind: share, baseline: 55亿元, goal: 60, due: 2025, lead: kj}",
                        false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("periods")
    void agreesWithTheReaderOnPeriods(String period, boolean accepted) {
        agree(plan("{title: 认定国家高新技术企业, kind: count, goal: 12, due: 2023, lead: kj}").replace(
                "period: {start: 2023, end: 2025}", "period: " + period), accepted);
    }

    static Stream<Arguments> periods() {
        return Stream.of(
                form("a year written as a number", "2023", true),
                form("start and end in the Chinese way", "{start: 2023年, end: 2025年底}", true),
                form("a year in quotes", "'2023'", false),
                form("a span written as text", "2023-2025", false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goalSheets")
    void theGoalSheetSchemaAgreesWithTheReader(String sheet, boolean accepted) throws IOException {
        io.github.policyplan.model.Plan plan = Plans.read(Path.of("src/test/resources/plans/small.yaml"));
        Throwable thrown = catchThrowable(() -> GoalSheets.parse(sheet, "sheet.yaml", plan));
        List<Error> errors = SchemaFiles.validate("goal-sheet.schema.json", SchemaFiles.yaml(sheet));

        assertThat(thrown == null).as("the reader accepts it (threw %s)", thrown).isEqualTo(accepted);
        assertThat(errors.isEmpty()).as("the schema accepts it (errors: %s)", errors).isEqualTo(accepted);
    }

    static Stream<Arguments> goalSheets() {
        String head = "plan: small-2023\nillustrative: true\n";
        return Stream.of(
                form("a goal and a baseline with %", head + "goals: {s1.i1.t1: 12}\nbaselines: {s1.t1: 55%}\n", true),
                form("a baseline dated the Chinese way",
                        head + "goals: {s1.i1.t1: 12}\nbaselines: {s1.t1: {value: 55, date: 2022年底}}\n", true),
                form("a baseline dated with slashes",
                        head + "goals: {s1.i1.t1: 12}\nbaselines: {s1.t1: {value: 55, date: 2022/12/31}}\n", false),
                form("a baseline of 55 percent", head + "goals: {s1.i1.t1: 12}\nbaselines: {s1.t1: 55 percent}\n",
                        false));
    }

    private static Arguments form(String name, String text, boolean accepted) {
        return arguments(named(name, text), accepted);
    }

    /** A plan with one target, written on one line as a YAML flow map. */
    private static String plan(String target) {
        return "id: p-2023\ntitle: 科技工作要点\nissuer: 县委\nperiod: {start: 2023, end: 2025}\n"
                + "departments: [{id: kj, name: 县科技局}]\n"
                + "sections:\n  - title: 强科技\n    targets:\n      - " + target + "\n";
    }

    private static void agree(String yaml, boolean accepted) {
        Throwable thrown = catchThrowable(() -> Plans.parse(yaml, "plan.yaml"));
        List<Error> errors = SchemaFiles.validate("plan.schema.json", SchemaFiles.yaml(yaml));

        if (!accepted) {
            assertThat(thrown).as("what the reader throws").isInstanceOf(PlanException.class);
        }
        assertThat(thrown == null).as("the reader accepts it (threw %s)", thrown).isEqualTo(accepted);
        assertThat(errors.isEmpty()).as("the schema accepts it (errors: %s)", errors).isEqualTo(accepted);
    }
}
