package io.github.policyplan.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.policyplan.model.Plan;
import io.github.policyplan.model.Report;
import io.github.policyplan.model.Value;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The progress log: the latest report on or before a date (exactly on it, between reports, before
 * the first, after the last), series and report order, the one-value-a-day rule for {@code of},
 * {@code plus} and {@code merge}, the checks {@code of} makes against the plan and the ones
 * {@code plus} does not, equality, immutability, and that it stays fast on a large log.
 */
class ProgressLogTest {

    private static final Plan PLAN = ProgressFixtures.small();
    private static final LocalDate Q1 = LocalDate.of(2023, 3, 31);
    private static final LocalDate Q2 = LocalDate.of(2023, 6, 30);
    private static final LocalDate Q3 = LocalDate.of(2023, 9, 30);
    private static final LocalDate Q4 = LocalDate.of(2023, 12, 31);

    private static final List<Report> REPORTS = List.of(
            Report.of("s1.i1.t1", Q3, 9),
            Report.of("s1.i1.t1", Q1, 2),
            Report.level("s1.i1.t3", Q2, "开工"),
            Report.of("s1.i1.t1", Q2, 6),
            Report.of("s1.t1", Q2, 56.5),
            Report.level("s1.i1.t3", Q1, "前期"),
            Report.of("industry.t1", Q1, 7.1));

    private static final ProgressLog LOG = ProgressLog.of(PLAN, REPORTS);

    @Test
    void findsTheLatestReportOnOrBeforeADate() {
        assertThat(LOG.latest("s1.i1.t1", LocalDate.of(2023, 8, 15))).contains(Report.of("s1.i1.t1", Q2, 6));
        assertThat(LOG.latest("s1.i1.t1", LocalDate.of(2024, 12, 31))).contains(Report.of("s1.i1.t1", Q3, 9));
        assertThat(LOG.latest("s1.i1.t3", LocalDate.of(2023, 5, 1))).contains(Report.level("s1.i1.t3", Q1, "前期"));
    }

    @Test
    void findsTheReportDatedExactlyOnTheDay() {
        assertThat(LOG.latest("s1.i1.t1", Q2)).contains(Report.of("s1.i1.t1", Q2, 6));
        assertThat(LOG.latest("s1.i1.t1", Q2.minusDays(1))).contains(Report.of("s1.i1.t1", Q1, 2));
    }

    @Test
    void findsNothingBeforeTheFirstReport() {
        assertThat(LOG.latest("s1.i1.t1", Q1.minusDays(1))).isEmpty();
        assertThat(LOG.latest("s1.i1.t1", LocalDate.MIN)).isEmpty();
        assertThat(LOG.latest("s1.i1.t1", LocalDate.MAX)).contains(Report.of("s1.i1.t1", Q3, 9));
    }

    @Test
    void findsNothingForATargetWithoutReports() {
        assertThat(LOG.latest("energy", Q4)).isEmpty();
        assertThat(LOG.latest("no-such-target", Q4)).isEmpty();
        assertThat(LOG.series("energy")).isEmpty();
    }

    @Test
    void listsATargetsReportsInDateOrder() {
        assertThat(LOG.series("s1.i1.t1")).extracting(Report::date).containsExactly(Q1, Q2, Q3);
        assertThat(LOG.series("s1.i1.t1")).extracting(Report::value)
                .containsExactly(Value.of(2), Value.of(6), Value.of(9));
        assertThat(LOG.series("s1.i1.t3")).extracting(Report::value)
                .containsExactly(Value.level("前期"), Value.level("开工"));
    }

    @Test
    void listsAllReportsByTargetInPlanOrderThenByDate() {
        assertThat(LOG.reports()).extracting(r -> r.target() + "@" + r.date()).containsExactly(
                "s1.t1@2023-06-30",
                "s1.i1.t1@2023-03-31", "s1.i1.t1@2023-06-30", "s1.i1.t1@2023-09-30",
                "s1.i1.t3@2023-03-31", "s1.i1.t3@2023-06-30",
                "industry.t1@2023-03-31");
        assertThat(LOG.reports()).hasSize(7).containsExactlyInAnyOrderElementsOf(REPORTS);
        assertThat(LOG.size()).isEqualTo(7);
    }

    @Test
    void listsTheTargetsWithReportsAndTheDatesReportsAreAsOf() {
        assertThat(LOG.targets()).containsExactly("s1.t1", "s1.i1.t1", "s1.i1.t3", "industry.t1");
        assertThat(LOG.asOfDates()).containsExactly(Q1, Q2, Q3);
        assertThat(LOG.planId()).isEqualTo("small-2023");
    }

    @Test
    void startsEmpty() {
        ProgressLog empty = ProgressLog.empty(PLAN);

        assertThat(empty.isEmpty()).isTrue();
        assertThat(empty.size()).isZero();
        assertThat(empty.reports()).isEmpty();
        assertThat(empty.targets()).isEmpty();
        assertThat(empty.asOfDates()).isEmpty();
        assertThat(empty).isEqualTo(ProgressLog.of(PLAN, List.of())).hasToString(
                "ProgressLog[plan small-2023: 0 reports on 0 targets]");
        assertThat(LOG).hasToString("ProgressLog[plan small-2023: 7 reports on 4 targets]");
    }

    @Test
    void keepsOneReportWhenTheSameValueIsReportedTwiceWithTheFirstOnesTexts() {
        Report first = new Report("s1.i1.t1", Q1, Value.of(2), Optional.of("县科技局"), Optional.of("首报"),
                Optional.empty());
        Report again = new Report("s1.i1.t1", Q1, Value.of(2.0), Optional.of("县工信局"), Optional.of("重报"),
                Optional.of("科〔2023〕3号"));

        ProgressLog log = ProgressLog.of(PLAN, List.of(first, again));

        assertThat(log.reports()).containsExactly(first);
    }

    @Test
    void refusesReportsThatDoNotFitThePlanListingEveryProblem() {
        List<Report> bad = List.of(
                Report.of("s1.i1.t1", Q1, 2),
                Report.of("s1.i1.t9", Q1, 2),
                Report.of("s1.i1.t1", LocalDate.of(2026, 3, 31), 2),
                Report.of("s1.i1.t3", Q2, 2),
                Report.level("s1.i1.t1", Q2, "12家"),
                Report.level("s1.i1.t4", Q1, "优秀"),
                Report.of("s1.i1.t1", Q1, 3));

        assertThatThrownBy(() -> ProgressLog.of(PLAN, bad))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("6 problems in the reports for plan small-2023:\n"
                        + "reports[1].target: unknown target 's1.i1.t9' in plan small-2023 (did you mean 's1.i1.t1'?)\n"
                        + "reports[2].date: date 2026-03-31 is outside the plan period 2023-01-01 to 2025-12-31\n"
                        + "reports[3].value: expected a stage of s1.i1.t3 (前期, 开工, 建成), found the number 2\n"
                        + "reports[4].value: expected a number, found the text '12家' (write the number alone, 12; the unit 家 is the target's)\n"
                        + "reports[5].value: unknown grade '优秀' of s1.i1.t4 (expected one of 未实现, 基本实现, 实现)\n"
                        + "reports[6].value: conflicting reports for s1.i1.t1 as of 2023-03-31: 3 here, 2 in"
                        + " reports[0] (keep the right one and remove the other)");
    }

    @Test
    void addsAReportAndLeavesTheOriginalUnchanged() {
        ProgressLog more = LOG.plus(Report.of("s1.i1.t1", Q4, 12));

        assertThat(more.size()).isEqualTo(8);
        assertThat(more.latest("s1.i1.t1", Q4)).contains(Report.of("s1.i1.t1", Q4, 12));
        assertThat(LOG.size()).isEqualTo(7);
        assertThat(LOG.latest("s1.i1.t1", Q4)).contains(Report.of("s1.i1.t1", Q3, 9));
        assertThat(more.series("s1.t1")).isEqualTo(LOG.series("s1.t1"));
    }

    @Test
    void addsReportsInAnyOrderIntoTheMiddleOfASeries() {
        ProgressLog more = LOG.plus(List.of(Report.of("s1.i1.t1", LocalDate.of(2023, 5, 31), 4),
                Report.of("s1.i1.t1", LocalDate.of(2023, 1, 31), 1)));

        assertThat(more.series("s1.i1.t1")).extracting(r -> ((Value.Amount) r.value()).value())
                .containsExactly(1.0, 2.0, 4.0, 6.0, 9.0);
        assertThat(more).isEqualTo(ProgressLog.of(PLAN, concat(REPORTS, more.series("s1.i1.t1"))));
    }

    @Test
    void addingAReportAlreadyInTheLogGivesAnEqualLog() {
        assertThat(LOG.plus(Report.of("s1.i1.t1", Q2, 6.0))).isEqualTo(LOG);
        assertThat(LOG.plus(List.of())).isSameAs(LOG);
    }

    @Test
    void refusesToAddAReportThatConflictsWithTheLogOrWithAnother() {
        assertThatThrownBy(() -> LOG.plus(Report.of("s1.i1.t1", Q2, 7)))
                .isInstanceOf(ReportConflictException.class)
                .hasMessage("1 conflict:\nconflicting reports for s1.i1.t1 as of 2023-06-30: 6 and 7 (in the log"
                        + " and reports[0])");
        assertThatThrownBy(() -> LOG.plus(List.of(Report.of("energy", Q1, 0.6), Report.of("energy", Q1, 0.61))))
                .hasMessage("1 conflict:\nconflicting reports for energy as of 2023-03-31: 0.6 and 0.61 (in"
                        + " reports[0] and reports[1])");
    }

    @Test
    void aConflictNamesEachConflictAndIsAPolicyPlanException() {
        assertThatThrownBy(() -> LOG.plus(Report.of("s1.i1.t1", Q2, 7)))
                .isInstanceOf(io.github.policyplan.core.PolicyPlanException.class)
                .satisfies(e -> assertThat(((ReportConflictException) e).conflicts()).containsExactly(
                        "conflicting reports for s1.i1.t1 as of 2023-06-30: 6 and 7 (in the log and reports[0])"));
    }

    @Test
    void correctingAReportReplacesTheOneForItsTargetAndDate() {
        Report corrected = new Report("s1.i1.t1", Q2, Value.of(7), Optional.of("县科技局"), Optional.of("更正"),
                Optional.empty());

        ProgressLog log = LOG.correct(corrected);

        assertThat(log.size()).isEqualTo(LOG.size());
        assertThat(log.latest("s1.i1.t1", Q2)).contains(corrected);
        assertThat(log.series("s1.i1.t1")).extracting(r -> ((Value.Amount) r.value()).value())
                .containsExactly(2.0, 7.0, 9.0);
        assertThat(LOG.latest("s1.i1.t1", Q2)).contains(Report.of("s1.i1.t1", Q2, 6));
        assertThat(log.series("s1.t1")).isEqualTo(LOG.series("s1.t1"));
        List<Report> expected = new ArrayList<>();
        for (Report r : REPORTS) {
            expected.add(r.target().equals("s1.i1.t1") && r.date().equals(Q2) ? corrected : r);
        }
        assertThat(log).isEqualTo(ProgressLog.of(PLAN, expected));
    }

    @Test
    void correctingAReportTheLogDoesNotHaveAddsIt() {
        assertThat(LOG.correct(Report.of("s1.i1.t1", Q4, 12))).isEqualTo(LOG.plus(Report.of("s1.i1.t1", Q4, 12)));
        assertThat(LOG.correct(Report.of("new-target", Q1, 1)).series("new-target"))
                .containsExactly(Report.of("new-target", Q1, 1));
    }

    @Test
    void correctingAReportWithItselfGivesAnEqualLogAndACorrectionCanBeCorrected() {
        assertThat(LOG.correct(Report.of("s1.i1.t1", Q2, 6))).isEqualTo(LOG);
        ProgressLog twice = LOG.correct(Report.of("s1.i1.t1", Q2, 7)).correct(Report.level("s1.i1.t1", Q2, "done"));

        assertThat(twice.latest("s1.i1.t1", Q2)).contains(Report.level("s1.i1.t1", Q2, "done"));
        assertThat(twice.size()).isEqualTo(LOG.size());
    }

    @Test
    void addsWithoutCheckingAgainstThePlan() {
        ProgressLog more = LOG.plus(List.of(Report.of("zz-not-in-plan", Q1, 1), Report.of("aa-not-in-plan", Q1, 1),
                Report.level("energy", Q1, "not a number"), Report.of("s1.i1.t1", LocalDate.of(1999, 1, 1), 0)));

        assertThat(more.targets()).containsExactly("s1.t1", "s1.i1.t1", "energy", "s1.i1.t3", "industry.t1",
                "aa-not-in-plan", "zz-not-in-plan");
        assertThat(more.latest("energy", Q1)).contains(Report.level("energy", Q1, "not a number"));
        assertThat(more.series("s1.i1.t1")).first().isEqualTo(Report.of("s1.i1.t1", LocalDate.of(1999, 1, 1), 0));
    }

    @Test
    void holdsNumbersAndLevelsOnOneTargetWhenAddedUnchecked() {
        ProgressLog mixed = LOG.plus(List.of(Report.level("s1.i1.t1", Q4, "done"),
                Report.of("s1.i1.t3", Q3, 2)));

        assertThat(mixed.series("s1.i1.t1")).extracting(Report::value)
                .containsExactly(Value.of(2), Value.of(6), Value.of(9), Value.level("done"));
        assertThat(mixed.series("s1.i1.t3")).extracting(Report::value)
                .containsExactly(Value.level("前期"), Value.level("开工"), Value.of(2));
    }

    @Test
    void mergesTwoLogsOfOnePlanKeepingAReportInBothOnce() {
        ProgressLog first = ProgressLog.of(PLAN, REPORTS.subList(0, 4));
        ProgressLog second = ProgressLog.of(PLAN, REPORTS.subList(2, 7));

        assertThat(first.merge(second)).isEqualTo(LOG);
        assertThat(second.merge(first)).isEqualTo(LOG);
        assertThat(LOG.merge(ProgressLog.empty(PLAN))).isSameAs(LOG);
        assertThat(ProgressLog.empty(PLAN).merge(LOG)).isEqualTo(LOG);
    }

    @Test
    void refusesToMergeConflictingLogsOrLogsOfAnotherPlan() {
        ProgressLog other = ProgressLog.of(PLAN, List.of(Report.of("s1.i1.t1", Q1, 3), Report.of("s1.t1", Q2, 57)));
        Plan renamed = new Plan("other-plan", PLAN.title(), PLAN.issuer(), PLAN.period(), PLAN.source(),
                PLAN.departments(), PLAN.sections(), PLAN.aggregation(), PLAN.rule(), PLAN.cadence(),
                PLAN.derivations(), PLAN.breakdowns(), PLAN.breakdownSettings());

        assertThatThrownBy(() -> LOG.merge(other))
                .isInstanceOf(ReportConflictException.class)
                .hasMessage("2 conflicts:\n"
                        + "conflicting reports for s1.t1 as of 2023-06-30: 56.5 and 57 (in this log and in the other)\n"
                        + "conflicting reports for s1.i1.t1 as of 2023-03-31: 2 and 3 (in this log and in the other)");
        assertThatThrownBy(() -> LOG.merge(ProgressLog.empty(renamed)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot merge the progress of plan other-plan into a log of plan small-2023");
    }

    @Test
    void holdsMinusZeroAsZeroAndAnEmptyTextAsNone() {
        ProgressLog log = ProgressLog.of(PLAN, List.of(new Report("energy", Q1, Value.of(-0.0), Optional.of(""),
                Optional.of(""), Optional.of(""))));

        assertThat(log.reports()).containsExactly(Report.of("energy", Q1, 0));
        assertThat(log.plus(Report.of("energy", Q1, 0))).isEqualTo(log);
    }

    @Test
    void isEqualWhateverTheOrderTheReportsCameIn() {
        List<Report> shuffled = new ArrayList<>(REPORTS);
        Collections.shuffle(shuffled, new Random(42));

        ProgressLog again = ProgressLog.of(PLAN, shuffled);

        assertThat(again).isEqualTo(LOG).hasSameHashCodeAs(LOG);
        assertThat(again.reports()).isEqualTo(LOG.reports());
        assertThat(LOG).isNotEqualTo(LOG.plus(Report.of("energy", Q1, 0.6)));
        List<Report> withSource = new ArrayList<>(REPORTS);
        withSource.set(4, new Report("s1.t1", Q2, Value.of(56.5), Optional.of("县科技局"), Optional.empty(),
                Optional.empty()));
        assertThat(LOG).isNotEqualTo(ProgressLog.of(PLAN, withSource));
    }

    @Test
    void givesUnmodifiableLists() {
        assertThatThrownBy(() -> LOG.reports().add(Report.of("energy", Q1, 1)))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> LOG.series("s1.i1.t1").remove(0)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> LOG.targets().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> LOG.asOfDates().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> LOG.reports().get(7)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void refusesNullArguments() {
        assertThatThrownBy(() -> ProgressLog.of(PLAN, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> ProgressLog.of(PLAN, Collections.singletonList(null)))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> LOG.latest("s1.i1.t1", null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> LOG.plus((Report) null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> LOG.merge(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void answersEveryLookUpOnALogOfSixHundredThousandShuffledReports() {
        List<Report> many = new ArrayList<>();
        LocalDate start = LocalDate.of(2023, 1, 1);
        for (int t = 0; t < 2000; t++) {
            for (int d = 0; d < 300; d++) {
                many.add(new Report("t" + t, start.plusDays(d), Value.of(t + d), Optional.of("县科技局"),
                        Optional.empty(), Optional.empty()));
            }
        }
        Collections.shuffle(many, new Random(7));

        ProgressLog big = ProgressLog.empty(PLAN).plus(many);
        int found = 0;
        for (int i = 0; i < 1_000_000; i++) {
            found += big.latest("t" + (i % 2000), start.plusDays(i % 400)).isPresent() ? 1 : 0;
        }

        assertThat(big.size()).isEqualTo(600_000);
        assertThat(found).as("every look-up is on or after the first report").isEqualTo(1_000_000);
        assertThat(big.latest("t5", start.plusDays(1000))).contains(new Report("t5", start.plusDays(299),
                Value.of(304), Optional.of("县科技局"), Optional.empty(), Optional.empty()));
    }

    private static List<Report> concat(List<Report> a, List<Report> b) {
        List<Report> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
