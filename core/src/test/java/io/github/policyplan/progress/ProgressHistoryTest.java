package io.github.policyplan.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.policyplan.model.Plan;
import io.github.policyplan.model.Recorded;
import io.github.policyplan.model.Report;
import io.github.policyplan.model.ReportVersion;
import io.github.policyplan.model.Value;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Corrections (更正) and replays: every version kept, the one recorded last in force, and the log as
 * known on a day, read through a cursor and in full (issue 15, points 1 and 3).
 */
class ProgressHistoryTest {

    private static final Plan PLAN = ProgressFixtures.small();
    private static final LocalDate Q1 = LocalDate.of(2023, 3, 31);
    private static final LocalDate Q2 = LocalDate.of(2023, 6, 30);
    private static final LocalDate Q3 = LocalDate.of(2023, 9, 30);
    private static final LocalDate JULY_3 = LocalDate.of(2023, 7, 3);
    private static final LocalDate JULY_5 = LocalDate.of(2023, 7, 5);

    private static final ProgressLog LOG = ProgressLog.of(PLAN, List.of(
            Report.of("s1.i1.t1", Q1, 2), Report.of("s1.i1.t1", Q2, 6), Report.of("s1.t1", Q2, 56.5)));

    @Test
    void aCorrectionKeepsTheVersionBeforeItAndIsInForce() {
        ProgressLog corrected = LOG.correct(Report.of("s1.i1.t1", Q2, 7), Recorded.on(JULY_3));

        assertThat(corrected.latest("s1.i1.t1", Q2)).contains(Report.of("s1.i1.t1", Q2, 7));
        assertThat(corrected.versions("s1.i1.t1", Q2)).containsExactly(
                new ReportVersion(Report.of("s1.i1.t1", Q2, 6), Optional.empty()),
                ReportVersion.of(Report.of("s1.i1.t1", Q2, 7), Recorded.on(JULY_3)));
        assertThat(corrected.versions("s1.i1.t1", Q1)).containsExactly(
                new ReportVersion(Report.of("s1.i1.t1", Q1, 2), Optional.empty()));
        assertThat(corrected.versions("s1.i1.t1", Q3)).isEmpty();
        assertThat(corrected.size()).isEqualTo(LOG.size());
        assertThat(LOG.versions()).isEmpty();
    }

    @Test
    void theVersionRecordedLastCountsWhateverTheOrderTheyArrive() {
        ProgressLog log = LOG.correct(Report.of("s1.i1.t1", Q2, 8), Recorded.at(LocalDateTime.of(2023, 7, 5, 9, 0)))
                .correct(Report.of("s1.i1.t1", Q2, 7), Recorded.on(JULY_3));

        assertThat(log.latest("s1.i1.t1", Q2)).map(Report::value).contains(Value.of(8));
        assertThat(log.versions("s1.i1.t1", Q2)).extracting(v -> v.report().value())
                .containsExactly(Value.of(6), Value.of(7), Value.of(8));
        assertThat(log.versions()).hasSize(3);
    }

    @Test
    void aLogAsKnownOnADaySeesTheVersionRecordedByThen() {
        ProgressLog log = LOG.correct(Report.of("s1.i1.t1", Q2, 7), Recorded.on(JULY_5))
                .record(ReportVersion.of(Report.of("s1.i1.t1", Q3, 9), Recorded.on(LocalDate.of(2023, 10, 8))));

        ProgressLog july3 = log.asKnownOn(JULY_3);
        ProgressLog july5 = log.asKnownOn(JULY_5);

        assertThat(july3.latest("s1.i1.t1", Q3)).contains(Report.of("s1.i1.t1", Q2, 6));
        assertThat(july5.latest("s1.i1.t1", Q3)).contains(Report.of("s1.i1.t1", Q2, 7));
        assertThat(july3).isEqualTo(LOG);
        assertThat(july3.knownOn()).contains(JULY_3);
        assertThat(log.asKnownOn(LocalDate.of(2023, 12, 31))).isEqualTo(log);
        assertThat(log.asKnownOn(Q1).reports()).containsExactly(Report.of("s1.i1.t1", Q1, 2));
        assertThat(july5.versions("s1.i1.t1", Q2)).hasSize(2);
        assertThat(july3.versions("s1.i1.t1", Q2)).hasSize(1);
    }

    @Test
    void aCursorOnALogAsKnownOnADayReadsWhatTheResolvedLogHolds() {
        ProgressLog log = LOG.correct(Report.of("s1.i1.t1", Q2, 7), Recorded.on(JULY_5))
                .correct(Report.of("s1.i1.t1", Q1, 3), Recorded.on(LocalDate.of(2023, 4, 20)))
                .record(ReportVersion.of(Report.of("s1.i1.t1", LocalDate.of(2023, 5, 31), 4), Recorded.on(JULY_5)));
        int index = PLAN.indexOf("s1.i1.t1");
        for (LocalDate known : List.of(Q1, LocalDate.of(2023, 4, 20), Q2, JULY_3, JULY_5, Q3)) {
            ProgressLog view = log.asKnownOn(known);
            ProgressLog.Cursor cursor = view.cursor(PLAN);
            ProgressLog.Cursor foreign = view.cursor(ProgressFixtures.small());
            for (LocalDate day : List.of(Q1, LocalDate.of(2023, 5, 31), Q2, Q3)) {
                Optional<Report> expected = view.latest("s1.i1.t1", day);
                for (ProgressLog.Cursor c : List.of(cursor, foreign)) {
                    int at = c.latest(index, day.toEpochDay());
                    assertThat(at >= 0).as("%s known on %s", day, known).isEqualTo(expected.isPresent());
                    if (at >= 0) {
                        assertThat(c.value(index, at)).isEqualTo(expected.get().value());
                        assertThat(c.day(index, at)).isEqualTo((int) expected.get().date().toEpochDay());
                        assertThat(c.amount(index, at)).isEqualTo(((Value.Amount) expected.get().value()).value());
                    }
                }
            }
        }
        assertThat(log.asKnownOn(JULY_3).latest("s1.i1.t1", Q2)).contains(Report.of("s1.i1.t1", Q2, 6));
        assertThat(log.asKnownOn(JULY_3).latest("s1.i1.t1", Q1)).contains(Report.of("s1.i1.t1", Q1, 3));
        assertThat(log.asKnownOn(Q2).latest("s1.i1.t1", Q1)).contains(Report.of("s1.i1.t1", Q1, 3));
    }

    @Test
    void aVersionRecordedBeforeItsReportsDateIsRefused() {
        assertThatThrownBy(() -> LOG.correct(Report.of("s1.i1.t1", Q2, 7), Recorded.on(Q1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the report on s1.i1.t1 as of 2023-06-30 is recorded on 2023-03-31, before its own date");
    }

    @Test
    void correctingWithTheSameReportChangesNothingAndACorrectionOfANewReportAddsIt() {
        assertThat(LOG.correct(Report.of("s1.i1.t1", Q2, 6))).isEqualTo(LOG);
        assertThat(LOG.correct(Report.of("s1.i1.t1", Q2, 6)).versions()).isEmpty();
        ProgressLog added = LOG.correct(Report.of("s1.i1.t1", Q3, 9), Recorded.on(Q3.plusDays(3)));
        assertThat(added.series("s1.i1.t1")).hasSize(3);
        assertThat(added.versions()).containsExactly(
                ReportVersion.of(Report.of("s1.i1.t1", Q3, 9), Recorded.on(Q3.plusDays(3))));
        assertThat(added.asKnownOn(Q3).series("s1.i1.t1")).hasSize(2);
    }

    @Test
    void recordedTimesReadAndWriteAsIsoText() {
        assertThat(Recorded.parse("2023-07-03")).isEqualTo(Recorded.on(JULY_3));
        assertThat(Recorded.parse("2023-07-03T10:15").toString()).isEqualTo("2023-07-03T10:15");
        assertThat(Recorded.parse("2023-07-03T10:15")).isGreaterThan(Recorded.on(JULY_3));
        assertThatThrownBy(() -> Recorded.parse("7月3日")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("expected a date such as 2023-07-03");
    }
}
