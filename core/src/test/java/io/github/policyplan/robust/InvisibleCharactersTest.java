package io.github.policyplan.robust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.policyplan.core.InputException;
import io.github.policyplan.core.Problem;
import io.github.policyplan.model.Plan;
import io.github.policyplan.plans.Breakdowns;
import io.github.policyplan.plans.GoalSheets;
import io.github.policyplan.plans.Plans;
import io.github.policyplan.plans.Revisions;
import io.github.policyplan.progress.BulkReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Invisible and exotic characters, UTF-16 text, Excel's CSV shapes and keys that are lists, in the readers
 * the corpus does not cover (goal sheets, many plans' reports in bulk, breakdown tables, revisions): each
 * named, escaped and placed at its own line and column, as in plans, progress files and schemes (issue 12,
 * points 3, 4 and 5; the corpus holds those).
 */
class InvisibleCharactersTest {

    private static final Path CORPUS = Path.of("src/test/resources/corpus");

    private static Plan plan;
    private static Plan units;

    @BeforeAll
    static void readThePlans() throws IOException {
        plan = Plans.read(CORPUS.resolve("plan.yaml"));
        units = Plans.read(CORPUS.resolve("units-plan.yaml"));
    }

    private static List<String> problems(Runnable read) {
        InputException e = catchThrowableOfType(InputException.class, read::run);
        assertThat(e).as("the read must be refused").isNotNull();
        return e.problems().stream().map(Problem::toString).toList();
    }

    private static Runnable bulk(String text) {
        return () -> {
            try {
                BulkReader.standard().read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                        "all.csv", List.of(plan));
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        };
    }

    @Test
    void aGoalSheetNamesAnIdeographicSpaceInATargetIdAndEscapesIt() {
        assertThat(problems(() -> GoalSheets.parse("plan: corpus-2023\nillustrative: false\ngoals:\n  s1.i1.t1\u3000: 12\n", "sheet.yaml",
                plan))).containsExactly("sheet.yaml:4:3: goals.s1.i1.t1\\u3000: unknown target 's1.i1.t1\\u3000'"
                        + " (ideographic space) in plan corpus-2023 (did you mean 's1.i1.t1'?)");
    }

    @Test
    void aGoalSheetKeyThatIsAListIsSaidInOurWordsAtItsBracket() {
        assertThat(problems(() -> GoalSheets.parse("plan: corpus-2023\nillustrative: false\ngoals:\n  [s1.i1.t1, s1.i1.t2]: 12\n",
                "sheet.yaml", plan))).containsExactly("sheet.yaml:4:3: a key here is a list; a key is one name, such"
                        + " as s1.i1.t1 (write the key as one name before its colon; if the brackets belong to the"
                        + " name, quote it: '[…]')");
    }

    @Test
    void aGoalSheetWithANulIsRefusedAtTheNul() {
        assertThat(problems(() -> GoalSheets.parse("plan: corpus-2023\nillustrative: false\ngoals:\n  s1.i1.t1: 1\u00002\n", "sheet.yaml",
                plan))).containsExactly("sheet.yaml:4:14: the text holds a NUL character (U+0000) (remove it; a file"
                        + " full of them may be saved as UTF-16: save it as UTF-8)");
    }

    @Test
    void bulkReadingNamesAZeroWidthSpaceInATargetId() {
        assertThat(problems(bulk("plan,target,date,value\ncorpus-2023,s1.i1\u200B.t1,2023-Q1,3\n"))).containsExactly(
                "all.csv:2:13: reports[0].target: unknown target 's1.i1\\u200B.t1' (zero-width space) in plan"
                        + " corpus-2023 (did you mean 's1.i1.t1'?)");
    }

    @Test
    void bulkReadingNamesExcelsSeparatorLineAndAHeaderEndingWithAComma() {
        assertThat(problems(bulk("sep=,\nplan,target,date,value\n"))).containsExactly("all.csv:1:1: the first line"
                + " 'sep=,' is Excel's note of the separator, not the header (remove the line 'sep=,': the header"
                + " comes first, target,date,value,source,note)");
        assertThat(problems(bulk("plan,target,date,value,\ncorpus-2023,s1.i1.t1,2023-Q1,3,\n"))).containsExactly(
                "all.csv:1:23: the header ends with a comma: the file has an empty last column (remove the comma at"
                        + " the end of every line; in the spreadsheet, delete the empty column after the last one)");
    }

    @Test
    void bulkReadingNamesUtf16() {
        byte[] utf16 = "\uFEFFplan,target,date,value\ncorpus-2023,s1.i1.t1,2023-Q1,3\n"
                .getBytes(StandardCharsets.UTF_16LE);
        InputException e = catchThrowableOfType(InputException.class, () -> BulkReader.standard()
                .read(new ByteArrayInputStream(utf16), "all.csv", List.of(plan)));
        assertThat(e.problems()).extracting(Problem::toString).containsExactly("all.csv:1:1: the file is saved as"
                + " UTF-16 (little-endian, with a byte-order mark), not UTF-8 (save it as UTF-8: in Excel as CSV"
                + " UTF-8, in Notepad or WPS with the encoding UTF-8)");
    }

    @Test
    void aBreakdownTableNamesANoBreakSpaceInAUnit() {
        assertThat(problems(() -> Breakdowns.parse("target,unit,goal\ncgz.funds,城关镇\u00A0,8\n", "funds.csv", units)))
                .containsExactly("funds.csv:2:11: rows[0].unit: unknown department '城关镇\\u00A0' (no-break space)"
                        + " (did you mean '城关镇'?)");
    }

    @Test
    void revisionsNameAnIdeographicSpaceInATargetId() {
        assertThat(problems(() -> Revisions.parse(String.join("\n", "plan: corpus-2023", "revisions:", "  - id: r1",
                "    target: s1.i1.t1\u3000", "    change: goal", "    goal: 10", "    effective: 2023-07-01",
                "    decided: 2023-07-10", "    reason: 调整", ""), "revisions.yaml", plan))).containsExactly("revisions.yaml:4:13: revisions[0].target: revision r1 names target"
                + " 's1.i1.t1\\u3000' (ideographic space), which plan corpus-2023 does not have (did you mean 's1.i1.t1'?)");
    }

    @Test
    void aStraySpaceInADepartmentsNameIsPointedAtWhereTheNameIsDefined() {
        String text = String.join("\n", "id: p", "title: t", "issuer: i", "period: 2023", "departments:",
                "  - {id: kj, name: \"县科技局\u3000\"}", "sections:", "  - title: s", "    targets:",
                "      - {title: a, kind: count, goal: 1, due: 2023, lead: 县科技局}", "");

        assertThat(problems(() -> Plans.parse(text, "p.yaml"))).containsExactly("p.yaml:10:59:"
                + " sections[0].targets[0].lead: unknown department '县科技局' (the department '县科技局\\u3000'"
                + " (ideographic space) at departments[0].name has a stray ideographic space: remove it there)");
    }

    @Test
    void aStraySpaceInAKnownNameIsToldApartFromAMisspelling() {
        assertThat(io.github.policyplan.internal.read.Texts.didYouMean("t1", List.of("t1\u3000", "t2x")))
                .contains("the name 't1\u3000' has a stray ideographic space: remove it where that name is defined");
        assertThat(io.github.policyplan.internal.read.Texts.didYouMean("t1\u3000", List.of("t1")))
                .contains("did you mean 't1'?");
    }

    @Test
    void aCsvFieldsStraySpaceIsWarnedAboutAsTheReaderReadIt() throws IOException {
        String csv = "target,date,value,source,note\ns1.i1.t1\u3000,2023-03-31,1,a\u3000,\n";
        String target = "reports[0].target: 's1.i1.t1\\u3000' ends with an ideographic space (U+3000); it was read as"
                + " 's1.i1.t1' (delete it in the file: a YAML or JSON file, or a plan, would keep it)";
        String source = "reports[0].source: 'a\\u3000' ends with an ideographic space (U+3000); it was kept as"
                + " written (delete it in the file, unless it is meant)";

        var one = io.github.policyplan.progress.Progress.reader().load(csv, "p.csv", plan);
        var bulk = BulkReader.standard().load(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "b.csv",
                List.of(plan));

        assertThat(one.value().latest("s1.i1.t1", java.time.LocalDate.of(2023, 3, 31))).isPresent();
        assertThat(one.warnings()).extracting(Problem::toString).containsExactly("p.csv:2:1: " + target,
                "p.csv:2:24: " + source);
        assertThat(bulk.warnings()).extracting(Problem::toString).containsExactly("b.csv:2:1: " + target,
                "b.csv:2:24: " + source);
    }

    @Test
    void aRefusedFileShowsItsWarningsAfterItsProblems() {
        String csv = "target,date,value,source,note\ns1.i1.t1,2023-03-31,1,a\u3000,\nzz,2023-03-31,1,,\n";
        String warning = ":2:23: warning: reports[0].source: 'a\\u3000' ends with an ideographic space (U+3000); it was"
                + " kept as written (delete it in the file, unless it is meant)";

        InputException one = catchThrowableOfType(InputException.class,
                () -> io.github.policyplan.progress.Progress.parse(csv, "p.csv", plan));
        InputException bulk = catchThrowableOfType(InputException.class, bulk(csv)::run);

        assertThat(one.getMessage()).isEqualTo("progress file p.csv has 1 problem:\np.csv:3:1:"
                + " reports[1].target: unknown target 'zz' in plan corpus-2023 (check the spelling against the names the"
                + " file and its plan use)\n1 warning:\np.csv" + warning);
        assertThat(one.warnings()).extracting(Problem::asWarning).containsExactly("p.csv" + warning);
        assertThat(bulk.getMessage()).endsWith("\n1 warning:\nall.csv" + warning);
        assertThat(bulk.warnings()).hasSize(1);
    }
}
