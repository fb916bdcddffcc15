package io.github.policyplan.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.policyplan.core.InputException;
import io.github.policyplan.core.Loaded;
import io.github.policyplan.core.Problem;
import io.github.policyplan.core.PolicyPlanException;
import io.github.policyplan.model.Plan;
import io.github.policyplan.model.Report;
import io.github.policyplan.model.Value;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading progress files: the same reports read alike from CSV, YAML and JSON; dates in every plan
 * form; a repeated report kept once; reports on unset goals kept; a file with one bad report yields
 * no log at all; the format chosen by the name; the limits; the reader's configuration.
 */
class ProgressReaderTest {

    private static final Plan PLAN = ProgressFixtures.small();

    static final String CSV = """
            target,date,value,source,note,evidence
            s1.t1,2023-Q2,56.5,县科技局,,
            s1.i1.t1,2023-Q1,2,县科技局,认定2家,科〔2023〕3号
            s1.i1.t1,2023-06,6,县科技局,"认定6家, 另有3家在审",
            s1.i1.t3,2023-06-30,开工,县科技局,,
            s1.i1.t4,2023-Q1,基本实现,县工信局,,
            industry.t1,2023-Q1,7.1,县统计局,累计同比,
            industry.t3,2023,4,县发改局,,
            """;

    static final String YAML = """
            plan: small-2023
            reports:
              - {target: s1.t1, date: 2023-Q2, value: 56.5, source: 县科技局}
              - {target: s1.i1.t1, date: 2023-Q1, value: 2, source: 县科技局, note: 认定2家, evidence: 科〔2023〕3号}
              - target: s1.i1.t1
                date: 2023-06
                value: 6
                source: 县科技局
                note: 认定6家, 另有3家在审
              - {target: s1.i1.t3, date: 2023-06-30, value: 开工, source: 县科技局}
              - {target: s1.i1.t4, date: 2023-Q1, value: 基本实现, source: 县工信局}
              - {target: industry.t1, date: 2023-Q1, value: 7.1, source: 县统计局, note: 累计同比}
              - {target: industry.t3, date: 2023, value: 4, source: 县发改局}
            """;

    static final String JSON = """
            {"reports": [
              {"target": "industry.t3", "date": "2023", "value": 4, "source": "县发改局"},
              {"target": "s1.t1", "date": "2023-Q2", "value": 56.5, "source": "县科技局"},
              {"target": "s1.i1.t1", "date": "2023-06", "value": 6, "source": "县科技局", "note": "认定6家, 另有3家在审"},
              {"target": "s1.i1.t1", "date": "2023-Q1", "value": 2, "source": "县科技局", "note": "认定2家",
               "evidence": "科〔2023〕3号"},
              {"target": "s1.i1.t3", "date": "2023-06-30", "value": "开工", "source": "县科技局"},
              {"target": "s1.i1.t4", "date": "2023-Q1", "value": "基本实现", "source": "县工信局"},
              {"target": "industry.t1", "date": "2023-Q1", "value": 7.1, "source": "县统计局", "note": "累计同比"}
            ]}
            """;

    @Test
    void readsTheSameLogFromCsvYamlAndJson() {
        ProgressLog csv = Progress.parse(CSV, "q2.csv", PLAN);
        ProgressLog yaml = Progress.parse(YAML, "q2.yaml", PLAN);
        ProgressLog json = Progress.parse(JSON, "q2.json", PLAN);

        assertThat(yaml).isEqualTo(csv);
        assertThat(json).isEqualTo(csv);
        assertThat(csv.size()).isEqualTo(7);
        assertThat(csv.series("s1.i1.t1")).containsExactly(
                new Report("s1.i1.t1", LocalDate.of(2023, 3, 31), Value.of(2), Optional.of("县科技局"),
                        Optional.of("认定2家"), Optional.of("科〔2023〕3号")),
                new Report("s1.i1.t1", LocalDate.of(2023, 6, 30), Value.of(6), Optional.of("县科技局"),
                        Optional.of("认定6家, 另有3家在审"), Optional.empty()));
        assertThat(csv.latest("s1.i1.t3", LocalDate.of(2023, 7, 1)).map(Report::value))
                .contains(Value.level("开工"));
        assertThat(csv.latest("s1.i1.t4", LocalDate.of(2023, 3, 31)).map(Report::value))
                .contains(Value.level("基本实现"));
    }

    @Test
    void readsAnExponentBeyondAnIntAsTheNumberItIs() {
        // Found by MutationProperties: BigDecimal refuses an exponent past 2^31 and threw out of the reader.
        String zero = "0.0e" + "0".repeat(40) + "22250738585072014";
        ProgressLog log = Progress.parse("{\"reports\": [{\"target\": \"s1.i1.t1\", \"date\": \"2023-Q1\","
                + " \"value\": " + zero + "}]}", "r.json", PLAN);
        assertThat(log.series("s1.i1.t1")).extracting(Report::value).containsExactly(Value.of(0));

        String huge = "target,date,value,source,note\ns1.i1.t1,2023-Q1,5e22250738585072014,,\n";
        assertThatThrownBy(() -> Progress.parse(huge, "r.csv", PLAN)).isInstanceOf(ProgressException.class)
                .hasMessageContaining("the number 5e22250738585072014 is too large");
    }

    @Test
    void readsDatesInEveryPlanFormAsTheLastDayOfTheirSpan() {
        ProgressLog log = Progress.parse("""
                reports:
                  - {target: energy, date: 2023, value: 0.6}
                  - {target: energy, date: 2024-Q2, value: 0.59}
                  - {target: energy, date: 2024-02, value: 0.595}
                  - {target: energy, date: 2025-05-15, value: 0.58}
                """, "dates.yaml", PLAN);

        assertThat(log.series("energy")).extracting(Report::date).containsExactly(LocalDate.of(2023, 12, 31),
                LocalDate.of(2024, 2, 29), LocalDate.of(2024, 6, 30), LocalDate.of(2025, 5, 15));
    }

    @Test
    void keepsOneReportWhenAFileRepeatsOneWrittenEitherWay() {
        ProgressLog log = Progress.parse("""
                target,date,value,source,note
                s1.i1.t1,2023-Q1,2,县科技局,首报
                s1.i1.t1,2023-03-31,2.0,县工信局,重报
                s1.i1.t1,2023-Q1,2,县科技局,首报
                """, "dup.csv", PLAN);

        assertThat(log.reports()).containsExactly(new Report("s1.i1.t1", LocalDate.of(2023, 3, 31), Value.of(2),
                Optional.of("县科技局"), Optional.of("首报"), Optional.empty()));
    }

    @Test
    void readsReportsOnATargetWhoseGoalIsUnset() {
        assertThat(PLAN.target("s1.i1.t1").orElseThrow().isGoalSet()).isFalse();

        ProgressLog log = Progress.parse("target,date,value,source,note\ns1.i1.t1,2023-Q1,2,,\n", "unset.csv", PLAN);

        assertThat(log.series("s1.i1.t1")).singleElement().isEqualTo(Report.of("s1.i1.t1", LocalDate.of(2023, 3, 31),
                2));
    }

    @Test
    void readsAFileWithoutReportsAsAnEmptyLog() {
        assertThat(Progress.parse("plan: small-2023\nreports: []\n", "none.yaml", PLAN))
                .isEqualTo(ProgressLog.empty(PLAN));
        assertThat(Progress.parse("{\"reports\": []}", "none.json", PLAN)).isEqualTo(ProgressLog.empty(PLAN));
        assertThat(Progress.parse("target,date,value,source,note\n", "none.csv", PLAN))
                .isEqualTo(ProgressLog.empty(PLAN));
    }

    @Test
    void yieldsNoLogAtAllWhenOneRowIsBad(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("2023-Q2.csv");
        Files.writeString(file, """
                target,date,value,source,note
                s1.t1,2023-Q2,56.5,县科技局,
                s1.i1.t1,2023-Q1,2,县科技局,
                s1.i1.t1,2023-Q2,6家,县科技局,
                s1.i1.t3,2023-Q2,开工,县科技局,
                """, StandardCharsets.UTF_8);
        ProgressLog[] loaded = new ProgressLog[1];

        ProgressException e = catchThrowableOfType(ProgressException.class, () -> loaded[0] = Progress.read(file, PLAN));

        assertThat(loaded[0]).as("nothing is returned, not even the good rows").isNull();
        assertThat(e.problems()).singleElement().hasToString(file + ":4:18: reports[2].value: expected a number,"
                + " found the text '6家' (write the number alone, 6; the unit 家 is the target's)");
        assertThat(e).hasMessage("progress file " + file + " has 1 problem:\n" + e.problems().get(0));
        assertThat(e).isInstanceOf(InputException.class).isInstanceOf(PolicyPlanException.class);
    }

    @Test
    void reportsEveryProblemOfAFileAtOnceInDocumentOrder() {
        ProgressException e = catchThrowableOfType(ProgressException.class, () -> Progress.parse("""
                target,date,value,source,note
                s1.i1.t9,2023-Q1,2,,
                s1.i1.t1,2023-Q9,2,,
                s1.i1.t3,2023-Q2,3,,
                """, "many.csv", PLAN));

        assertThat(e.problems()).extracting(Problem::line).containsExactly(2, 3, 4);
        assertThat(e.problems()).extracting(Problem::path)
                .containsExactly("reports[0].target", "reports[1].date", "reports[2].value");
    }

    @Test
    void keepsAtMostMaxProblemsAndCountsTheRest() {
        // One target of the plan, so that the file is not taken for another plan's.
        StringBuilder csv = new StringBuilder("target,date,value,source,note\ns1.i1.t1,2023-Q1,1,,\n");
        for (int i = 0; i < 5; i++) {
            csv.append("nope").append(i).append(",2023-Q1,1,,\n");
        }

        ProgressException e = catchThrowableOfType(ProgressException.class,
                () -> Progress.reader().withMaxProblems(2).parse(csv.toString(), "five.csv", PLAN));

        assertThat(e.problems()).hasSize(2);
        assertThat(e.totalProblems()).isEqualTo(5);
        assertThat(e.getMessage()).startsWith("progress file five.csv has 5 problems:").endsWith("… and 3 more");
    }

    @Test
    void refusesInputLargerThanTheLimit(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("big.csv");
        Files.writeString(file, CSV, StandardCharsets.UTF_8);
        ProgressReader small = Progress.reader().withMaxBytes(100);

        assertThatThrownBy(() -> small.read(file, PLAN)).isInstanceOf(ProgressException.class)
                .hasMessageContaining("big.csv:1:1: the file is " + Files.size(file)
                        + " bytes, larger than the limit of 100 bytes (split the file, or raise the limit with"
                        + " withMaxBytes)");
        assertThatThrownBy(() -> small.parse(CSV, "big.csv", PLAN)).isInstanceOf(ProgressException.class)
                .hasMessageContaining("larger than the limit of 100 characters");
        assertThatThrownBy(() -> small.read(new StringReader(YAML), "big.yaml", PLAN))
                .isInstanceOf(ProgressException.class).hasMessageContaining("larger than the limit of 100 characters");
        assertThat(Progress.reader().withMaxBytes(CSV.length()).parse(CSV, "fits.csv", PLAN).size()).isEqualTo(7);
    }

    @Test
    void choosesTheFormatByTheFileExtension(@TempDir Path dir) throws IOException {
        ProgressLog expected = Progress.parse(CSV, "q2.csv", PLAN);
        for (String name : List.of("q2.csv", "q2.CSV", "q2.json", "q2.yaml", "q2.yml", "q2.txt")) {
            Path file = dir.resolve(name);
            String text = name.toLowerCase(Locale.ROOT).endsWith(".csv") ? CSV : name.endsWith(".json") ? JSON : YAML;
            Files.writeString(file, text, StandardCharsets.UTF_8);

            assertThat(Progress.read(file, PLAN)).as(name).isEqualTo(expected);
            assertThat(Progress.read(new StringReader(text), name, PLAN)).as(name).isEqualTo(expected);
        }
        assertThat(ProgressFormat.forFileName("a.Json")).isEqualTo(ProgressFormat.JSON);
        assertThat(ProgressFormat.forFileName("a.csv.yaml")).isEqualTo(ProgressFormat.YAML);
        assertThat(Progress.reader().parse(JSON, "no-extension", ProgressFormat.JSON, PLAN)).isEqualTo(expected);
    }

    @Test
    void namesTheFileInEveryProblemOfAReaderOrText() throws IOException {
        ProgressException e = catchThrowableOfType(ProgressException.class, () -> Progress.read(
                new StringReader("target,date,value,source,note\nx,2023,1,,\n"), "upload-17.csv", PLAN));

        assertThat(e.problems()).extracting(Problem::source).containsOnly("upload-17.csv");
    }

    @Test
    void isConfiguredByNewReadersLeavingTheStandardOneAlone() {
        ProgressReader custom = Progress.reader().withMaxBytes(1024).withMaxProblems(3);

        assertThat(custom.maxBytes()).isEqualTo(1024);
        assertThat(custom.maxProblems()).isEqualTo(3);
        assertThat(Progress.reader()).isSameAs(ProgressReader.standard());
        assertThat(ProgressReader.standard().maxBytes()).isEqualTo(ProgressReader.DEFAULT_MAX_BYTES)
                .isEqualTo(16L << 20);
        assertThat(ProgressReader.standard().maxProblems()).isEqualTo(ProgressReader.DEFAULT_MAX_PROBLEMS)
                .isEqualTo(100);
    }

    @Test
    void refusesLimitsOutOfRange() {
        assertThatThrownBy(() -> Progress.reader().withMaxBytes(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxBytes must be between 1 and 2147483631 (was 0)");
        assertThatThrownBy(() -> Progress.reader().withMaxProblems(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxProblems must be at least 1 (was 0)");
    }

    @Test
    void refusesNullArguments() {
        assertThatThrownBy(() -> Progress.parse(null, "a.csv", PLAN)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Progress.parse(CSV, null, PLAN)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Progress.parse(CSV, "a.csv", null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Progress.read((Path) null, PLAN)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void readsAPercentageOnATargetInPercentAsTheNumberWithTheNoteAPlanGets() {
        String csv = "target,date,value,source,note\ns1.t1,2023-Q1,55.5%,,\ns1.t1,2023-Q2,56％,,\n"
                + "industry.t1,2023-Q2,8 %,,\n";

        Loaded<ProgressLog> loaded = Progress.reader().load(csv, "pct.csv", PLAN);

        assertThat(loaded.value().reports()).extracting(Report::value)
                .containsExactly(Value.of(55.5), Value.of(56), Value.of(8));
        assertThat(loaded.notes()).extracting(Problem::toString).containsExactly(
                "pct.csv:2:15: reports[0].value: read '55.5%' as the number 55.5 (the unit % is the measure's)",
                "pct.csv:3:15: reports[1].value: read '56％' as the number 56 (the unit % is the measure's)",
                "pct.csv:4:21: reports[2].value: read '8 %' as the number 8 (the unit % is the measure's)");
    }

    @Test
    void readsAPercentageInYamlAndJsonAsInCsv() {
        Loaded<ProgressLog> yaml = Progress.reader().load("reports:\n  - {target: s1.t1, date: 2023-Q1, value: 5.2%}\n",
                "pct.yaml", PLAN);
        Loaded<ProgressLog> json = Progress.reader().load(
                "{\"reports\": [{\"target\": \"s1.t1\", \"date\": \"2023-Q1\", \"value\": \"5.2%\"}]}", "pct.json",
                PLAN);

        assertThat(yaml.value().reports()).extracting(Report::value).containsExactly(Value.of(5.2));
        assertThat(json.value().reports()).extracting(Report::value).containsExactly(Value.of(5.2));
        assertThat(yaml.notes()).extracting(Problem::toString).containsExactly(
                "pct.yaml:2:43: reports[0].value: read '5.2%' as the number 5.2 (the unit % is the measure's)");
        assertThat(json.notes()).extracting(Problem::toString).containsExactly(
                "pct.json:1:62: reports[0].value: read '5.2%' as the number 5.2 (the unit % is the measure's)");
    }

    @Test
    void readsAPlainNumberWithoutANote() {
        assertThat(Progress.reader().load("target,date,value,source,note\ns1.t1,2023-Q1,55.5,,\n", "a.csv", PLAN)
                .notes()).isEmpty();
    }

    @Test
    void refusesAPercentageOnATargetWithoutAUnitSayingSo() {
        ProgressException e = catchThrowableOfType(ProgressException.class, () -> Progress.parse(
                "target,date,value,source,note\nindustry.t3,2023,4%,,\n", "rank.csv", PLAN));

        assertThat(e.problems()).extracting(Problem::toString).containsExactly("rank.csv:2:18: reports[0].value:"
                + " found the percentage '4%', but industry.t3 has no unit (write the number without %: 4)");
    }

    @Test
    void reportsEachUnknownTargetWhenTheFileNamesFewerThanThreeTargets() {
        ProgressException e = catchThrowableOfType(ProgressException.class, () -> Progress.parse("""
                target,date,value,source,note
                s1.i1.t9,2023-Q1,1,,
                s1.i1.t8,2023-Q1,1,,
                s1.i1.t9,2023-Q2,2,,
                """, "two.csv", PLAN));

        assertThat(e.problems()).extracting(Problem::path)
                .containsExactly("reports[0].target", "reports[1].target", "reports[2].target");
    }

    @Test
    void reportsEachUnknownTargetWhenSomeTargetsAreThePlans() {
        StringBuilder csv = new StringBuilder("target,date,value,source,note\n");
        for (int i = 0; i < 5; i++) {
            csv.append("nope").append(i).append(",2023-Q1,1,,\n");
        }
        csv.append("s1.i1.t1,2023-Q1,1,,\n");

        ProgressException e = catchThrowableOfType(ProgressException.class,
                () -> Progress.parse(csv.toString(), "some.csv", PLAN));

        assertThat(e.problems()).hasSize(5).allSatisfy(p -> assertThat(p.message()).startsWith("unknown target"));
    }

    @Test
    void reportsOneProblemForAFileWhoseTargetsAreAllAnotherPlans() {
        StringBuilder csv = new StringBuilder("target,date,value,source,note\n");
        for (int i = 0; i < 348; i++) {
            csv.append("c").append(i).append(",2022-Q1,1,,\n");
        }

        ProgressException e = catchThrowableOfType(ProgressException.class,
                () -> Progress.parse(csv.toString(), "county.csv", PLAN));

        assertThat(e.totalProblems()).isEqualTo(1);
        assertThat(e.problems()).extracting(Problem::toString).containsExactly("county.csv:2:1: reports[0].target:"
                + " none of the 348 targets named in this file is in plan small-2023; is it the right plan?"
                + " (read it with the plan it reports on; the targets of small-2023 are s1.t1, s1.i1.t1, energy, …)");
    }
}
