package io.github.policyplan.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.policyplan.model.Plan;
import io.github.policyplan.model.Report;
import io.github.policyplan.model.Value;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CSV as spreadsheets write it: quoted fields holding commas, quotes, line breaks and Chinese text;
 * a byte-order mark; blank lines; Windows line ends; spaces around fields; the optional evidence
 * column. And where a problem in such a file is located: the line of the field (not of the row)
 * and the column where the field starts, its opening quote when quoted.
 */
class ProgressCsvTest {

    private static final Plan PLAN = ProgressFixtures.small();
    private static final LocalDate Q1 = LocalDate.of(2023, 3, 31);

    @Test
    void readsQuotedFieldsHoldingCommasQuotesLineBreaksAndChineseText() {
        ProgressLog log = Progress.parse("""
                target,date,value,source,note
                "s1.i1.t1","2023-Q1","2","县科技局, 县工信局","认定""专精特新""企业2家,
                另有3家在审"
                """, "quoted.csv", PLAN);

        assertThat(log.reports()).containsExactly(new Report("s1.i1.t1", Q1, Value.of(2),
                Optional.of("县科技局, 县工信局"), Optional.of("认定\"专精特新\"企业2家,\n另有3家在审"), Optional.empty()));
    }

    @Test
    void skipsAByteOrderMarkInAFileAndInText(@TempDir Path dir) throws IOException {
        String csv = "target,date,value,source,note\ns1.i1.t1,2023-Q1,2,县科技局,\n";
        Path file = dir.resolve("bom.csv");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bytes.write(csv.getBytes(StandardCharsets.UTF_8));
        Files.write(file, bytes.toByteArray());

        ProgressLog expected = Progress.parse(csv, "plain.csv", PLAN);

        assertThat(Progress.read(file, PLAN)).isEqualTo(expected);
        assertThat(Progress.parse("\uFEFF" + csv, "bom.csv", PLAN)).isEqualTo(expected);
        assertThat(expected.size()).isEqualTo(1);
    }

    @Test
    void skipsBlankLinesYetLocatesProblemsOnTheLinesOfTheFile() {
        String csv = "\ntarget,date,value,source,note\n\ns1.i1.t1,2023-Q1,2,,\n   \n\n"
                + "s1.i1.t1,2023-Q2,六,,\n";

        ProgressException e = catchThrowableOfType(ProgressException.class, () -> Progress.parse(csv, "blank.csv",
                PLAN));

        assertThat(e.problems()).singleElement().hasToString("blank.csv:7:18: reports[1].value: expected a number,"
                + " found the text '六' (write a number in digits, such as 12.5)");
        assertThat(Progress.parse(csv.replace("六", "6"), "blank.csv", PLAN).size()).isEqualTo(2);
    }

    @Test
    void readsWindowsLineEnds() {
        String csv = "target,date,value,source,note\r\ns1.i1.t1,2023-Q1,2,县科技局,\"两行\r\n备注\"\r\n"
                + "s1.i1.t1,2023-Q2,x,,\r\n";

        ProgressException e = catchThrowableOfType(ProgressException.class, () -> Progress.parse(csv, "crlf.csv",
                PLAN));

        assertThat(e.problems()).singleElement().hasToString("crlf.csv:4:18: reports[1].value: expected a number,"
                + " found the text 'x' (write a number in digits, such as 12.5)");
        ProgressLog log = Progress.parse(csv.replace(",x,", ",6,"), "crlf.csv", PLAN);
        assertThat(log.series("s1.i1.t1").get(0).note()).contains("两行\r\n备注");
    }

    @Test
    void readsTargetDateAndValueWithoutSurroundingSpacesAndTextsAsWritten() {
        ProgressLog log = Progress.parse("target,date,value,source,note\n s1.i1.t3 , 2023-Q1 , 开工 , 县科技局 ,\n",
                "spaces.csv", PLAN);

        assertThat(log.reports()).containsExactly(new Report("s1.i1.t3", Q1, Value.level("开工"),
                Optional.of(" 县科技局 "), Optional.empty(), Optional.empty()));
    }

    @Test
    void readsTheOptionalEvidenceColumn() {
        ProgressLog log = Progress.parse("target,date,value,source,note,evidence\ns1.i1.t1,2023-Q1,2,,,科〔2023〕3号\n"
                + "s1.i1.t1,2023-Q2,6,,,\n", "evidence.csv", PLAN);

        assertThat(log.series("s1.i1.t1")).extracting(Report::evidence)
                .containsExactly(Optional.of("科〔2023〕3号"), Optional.empty());
    }

    @Test
    void locatesAProblemInAQuotedFieldAtItsOpeningQuoteOnItsOwnLine() {
        String csv = "target,date,value,source,note\ns1.i1.t1,2023-Q1,2,县科技局,\"第一行\n第二行\",extra\n"
                + "s1.i1.t3,2023-Q2,\"开 工\",,\n";

        ProgressException e = catchThrowableOfType(ProgressException.class, () -> Progress.parse(csv, "q.csv", PLAN));

        assertThat(e.problems()).extracting(Object::toString).containsExactly(
                "q.csv:3:6: reports[0]: the row has 6 fields; the header has 5 (quote a field that holds a comma:"
                        + " \"a, b\")",
                "q.csv:4:18: reports[1].value: unknown stage '开 工' of s1.i1.t3 (expected one of 前期, 开工, 建成)"
                        + " (did you mean '开工'?)");
    }

    @Test
    void readsANumberInEveryFormASpreadsheetWrites() {
        ProgressLog log = Progress.parse("""
                target,date,value,source,note
                energy,2023-01,0.61,,
                energy,2023-02,.6,,
                energy,2023-03,+0.59,,
                energy,2023-04,5.8e-1,,
                energy,2023-05,1.,,
                industry.t1,2023-Q1,-2,,
                """, "numbers.csv", PLAN);

        assertThat(log.series("energy")).extracting(r -> ((Value.Amount) r.value()).value())
                .containsExactly(0.61, 0.6, 0.59, 0.58, 1.0);
        assertThat(log.series("industry.t1")).extracting(Report::value).containsExactly(Value.of(-2));
    }

    @Test
    void writesCsvThatQuotesWhatNeedsQuotingAndNothingElse() {
        ProgressLog log = ProgressLog.of(PLAN, List.of(
                new Report("s1.i1.t1", Q1, Value.of(2), Optional.of("县科技局, 县工信局"),
                        Optional.of("认定\"专精特新\"企业"), Optional.empty()),
                new Report("s1.i1.t3", Q1, Value.level("前期"), Optional.empty(), Optional.of("两行\n备注"),
                        Optional.of("科〔2023〕3号"))));

        assertThat(Progress.toCsv(log)).isEqualTo("""
                target,date,value,source,note,evidence
                s1.i1.t1,2023-03-31,2,"县科技局, 县工信局","认定""专精特新""企业",
                s1.i1.t3,2023-03-31,前期,,"两行
                备注",科〔2023〕3号
                """);
    }
}
