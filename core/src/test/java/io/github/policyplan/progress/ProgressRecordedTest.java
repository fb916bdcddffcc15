package io.github.policyplan.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.policyplan.core.Loaded;
import io.github.policyplan.model.Plan;
import io.github.policyplan.model.Recorded;
import io.github.policyplan.model.Report;
import io.github.policyplan.model.ReportVersion;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The {@code recorded} column and key of progress files, files of corrections, and their mistakes, each
 * located with a hint (issue 15, points 1 and 9).
 */
class ProgressRecordedTest {

    private static final Plan PLAN = ProgressFixtures.small();
    private static final LocalDate Q2 = LocalDate.of(2023, 6, 30);

    private static final String CSV = """
            target,date,value,source,note,evidence,recorded
            s1.t1,2023-06-30,56.5,,,,
            s1.i1.t1,2023-03-31,2,县科技局,,,2023-04-05
            s1.i1.t1,2023-06-30,6,县科技局,,,2023-07-03T10:15
            """;

    @Test
    void readsAndWritesTheRecordedColumnAndKey() {
        ProgressLog log = Progress.parse(CSV, "p.csv", PLAN);

        assertThat(log.versions("s1.i1.t1", Q2)).containsExactly(ReportVersion.of(
                new Report("s1.i1.t1", Q2, io.github.policyplan.model.Value.of(6), Optional.of("县科技局"),
                        Optional.empty(), Optional.empty()), Recorded.at(LocalDateTime.of(2023, 7, 3, 10, 15))));
        assertThat(log.asKnownOn(LocalDate.of(2023, 7, 2)).latest("s1.i1.t1", Q2).orElseThrow().value())
                .isEqualTo(io.github.policyplan.model.Value.of(2));
        assertThat(Progress.toCsv(log)).isEqualTo(CSV);
        String yaml = Progress.toYaml(log);
        assertThat(yaml).contains("recorded: 2023-07-03T10:15");
        assertThat(Progress.parse(yaml, "p.yaml", PLAN).versions()).isEqualTo(log.versions());
        assertThat(Progress.parse(Progress.toJson(log), "p.json", PLAN).versions()).isEqualTo(log.versions());
    }

    @Test
    void aFileOfCorrectionsAddsVersionsAndWarnsOfACorrectionWithoutAReport() {
        ProgressLog log = Progress.parse(CSV, "p.csv", PLAN);

        Loaded<ProgressLog> fixed = Progress.reader().loadCorrections("""
                target,date,value,source,note,evidence,recorded
                s1.i1.t1,2023-06-30,7,县科技局,更正,,2023-07-20
                s1.t1,2023-09-30,57,,,,2023-10-08
                """, "fixes.csv", log);

        assertThat(fixed.value().versions("s1.i1.t1", Q2)).extracting(v -> v.report().value().toString())
                .containsExactly("6", "7");
        assertThat(fixed.value().series("s1.t1")).hasSize(2);
        assertThat(fixed.notes()).singleElement().hasToString("fixes.csv:3:18: reports[1].value: a correction of s1.t1"
                + " as of 2023-09-30, which has no report to correct; it counts as a report (check the target and the"
                + " date, or move the row to a progress file)");
    }

    @Test
    void aRecordedDateBeforeTheReportsDateOrUnreadableIsALocatedProblem() {
        ProgressException e = catchThrowableOfType(ProgressException.class, () -> Progress.parse("""
                target,date,value,source,note,evidence,recorded
                s1.i1.t1,2023-06-30,6,,,,2023-06-20
                s1.i1.t1,2023-03-31,2,,,,7月3日
                """, "bad.csv", PLAN));

        assertThat(e.problems()).extracting(Object::toString).containsExactly(
                "bad.csv:2:26: reports[0].recorded: recorded on 2023-06-20, before the report's date 2023-06-30"
                        + " (a value as of 2023-06-30 is recorded on or after that day; check both dates)",
                "bad.csv:3:26: reports[1].recorded: expected a date or a date and time, found the text '7月3日'"
                        + " (write when the report was recorded: a date such as 2023-07-03 or a date and time such as"
                        + " 2023-07-03T10:15)");
    }

    @Test
    void twoValuesForOneReportInOneFileRemainAConflict() {
        ProgressException e = catchThrowableOfType(ProgressException.class, () -> Progress.parse("""
                target,date,value,source,note,evidence,recorded
                s1.i1.t1,2023-06-30,6,,,,2023-07-01
                s1.i1.t1,2023-06-30,7,,,,2023-07-03
                """, "twice.csv", PLAN));

        assertThat(e.problems()).singleElement().asString().contains("conflicting reports for s1.i1.t1 as of 2023-06-30");
        assertThat(List.of(e.problems().get(0).line())).containsExactly(3);
    }
}
