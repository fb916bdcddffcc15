package io.github.policyplan.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.policyplan.model.Plan;
import io.github.policyplan.model.Report;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@link LogBuilder} builds from columns and calls the same log {@link ProgressLog#of} builds from
 * reports, under the same checks, and refuses with every problem listed.
 */
class LogBuilderTest {

    private static final Plan PLAN = BulkReaderTest.county("county-a");

    private static int day(int month, int day) {
        return (int) LocalDate.of(2023, month, day).toEpochDay();
    }

    @Test
    void buildsFromColumnsAndCallsTheLogOfBuildsFromReports() {
        int t1 = PLAN.indexOf("s1.i1.t1");
        int t2 = PLAN.indexOf("s1.i1.t2");
        int m = PLAN.indexOf("s1.i1.m");
        LogBuilder b = LogBuilder.of(PLAN, 8);
        // Out of order, one repeat of the same value (kept once), a level, texts.
        b.addAll(new int[] {t2, t1, t1, t1}, new int[] {day(6, 30), day(6, 30), day(3, 31), day(6, 30)},
                new double[] {5, 6, 3, 6});
        b.addLevel(m, day(6, 30), "开工");
        b.add(t2, day(9, 30), 8, "县发改委", "示例数值", null);
        b.add("s1.i1.t3", LocalDate.of(2023, 12, 31), -0.0);
        ProgressLog log = b.build();
        List<Report> reports = new ArrayList<>(List.of(
                Report.of("s1.i1.t2", LocalDate.of(2023, 6, 30), 5),
                Report.of("s1.i1.t1", LocalDate.of(2023, 6, 30), 6),
                Report.of("s1.i1.t1", LocalDate.of(2023, 3, 31), 3),
                Report.level("s1.i1.m", LocalDate.of(2023, 6, 30), "开工"),
                new Report("s1.i1.t2", LocalDate.of(2023, 9, 30), io.github.policyplan.model.Value.of(8),
                        Optional.of("县发改委"), Optional.of("示例数值"), Optional.empty()),
                Report.of("s1.i1.t3", LocalDate.of(2023, 12, 31), 0)));
        assertThat(log).isEqualTo(ProgressLog.of(PLAN, reports));
        assertThat(log.reports()).containsExactlyElementsOf(ProgressLog.of(PLAN, reports).reports());
        assertThat(b.added()).isEqualTo(7);
    }

    @Test
    void refusesARunningTotalBelowZeroAsTheReadersDo() {
        int t1 = PLAN.indexOf("s1.i1.t1");
        LogBuilder columns = LogBuilder.of(PLAN).addAll(new int[] {t1, t1}, new int[] {day(3, 31), day(6, 30)},
                new double[] {2, -3});
        LogBuilder one = LogBuilder.of(PLAN).add("s1.i1.t1", LocalDate.of(2023, 6, 30), -3);

        for (LogBuilder b : List.of(columns, one)) {
            assertThatThrownBy(b::build).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("the reports of s1.i1.t1 are running totals, never below 0 (was -3)"
                            + " (write the total reached so far in the period)");
        }
        // ProgressLog.of checks as the builder does.
        assertThatThrownBy(() -> ProgressLog.of(PLAN, List.of(Report.of("s1.i1.t1", LocalDate.of(2023, 6, 30), -3))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("1 problem in the reports for plan county-a:\nreports[0].value: the reports of s1.i1.t1"
                        + " are running totals, never below 0 (was -3) (write the total reached so far in the period)");
    }

    @Test
    void laysOutManyTargetsInShuffledOrderAsTheLogOfDoes() {
        Plan big = ProgressLogBlocksTest.plan();
        java.util.SplittableRandom random = new java.util.SplittableRandom(7);
        List<Report> reports = new ArrayList<>();
        for (int t = 0; t < big.targets().size(); t++) {
            for (int r = 0; r < t % 5; r++) {
                int day = 1 + random.nextInt(300);
                double value = day % 7;
                reports.add(Report.of(big.targets().get(t).id(), LocalDate.ofYearDay(2023, day), value));
                if (r == 1) {
                    reports.add(Report.of(big.targets().get(t).id(), LocalDate.ofYearDay(2023, day), value));
                }
            }
        }
        java.util.Collections.shuffle(reports, new java.util.Random(3));
        LogBuilder b = LogBuilder.of(big);
        for (Report r : reports) {
            b.add(big.indexOf(r.target()), (int) r.date().toEpochDay(), ((io.github.policyplan.model.Value.Amount)
                    r.value()).value());
        }
        ProgressLog built = b.build();
        ProgressLog of = ProgressLog.of(big, reports);
        assertThat(built).isEqualTo(of);
        assertThat(built.reports()).containsExactlyElementsOf(of.reports());
        assertThat(built.size()).isEqualTo(of.size()).isLessThan(reports.size());
    }

    @Test
    void listsTheProblemsInTheOrderOfTheReports() {
        // The conflict (reports[2] against reports[0]) is found when the log is built, after the bad value
        // of reports[3]; it is listed first all the same.
        LogBuilder b = LogBuilder.of(PLAN).add(0, day(3, 31), 3).add(0, day(6, 30), 4).add(0, day(3, 31), 5)
                .add(1, day(3, 31), Double.NaN);
        assertThatThrownBy(b::build).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("2 problems in the reports for plan county-a:\n"
                        + "reports[2].value: conflicting reports for s1.i1.t1 as of 2023-03-31: 5 here, 3 in reports[0]"
                        + " (keep the right one and remove the other)"
                        + "\nreports[3].value: the number NaN is not finite");
    }

    @Test
    void refusesWithEveryProblemListed() {
        LogBuilder b = LogBuilder.of(PLAN);
        b.add(0, day(3, 31), 3);
        b.add(0, (int) LocalDate.of(2024, 1, 1).toEpochDay(), 4);
        b.add(PLAN.indexOf("s1.i1.m"), day(3, 31), 1);
        b.addLevel(0, day(4, 30), "开工");
        b.add(1, day(3, 31), Double.NaN);
        b.add("s9", LocalDate.of(2023, 3, 31), 1);
        b.add(0, day(3, 31), 5);
        assertThatThrownBy(b::build).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("6 problems in the reports for plan county-a:")
                .hasMessageContaining("reports[1].date: date 2024-01-01 is outside the plan period")
                .hasMessageContaining("reports[2].value: expected a stage of s1.i1.m (开工, 建成), found the number 1")
                .hasMessageContaining("reports[3].value: expected a number, found the text '开工'")
                .hasMessageContaining("reports[4].value: the number NaN is not finite")
                .hasMessageContaining("reports[5].target: unknown target 's9' in plan county-a")
                .hasMessageContaining("reports[6].value: conflicting reports for s1.i1.t1 as of 2023-03-31: 5 here,"
                        + " 3 in reports[0]");
        assertThatThrownBy(() -> b.add(0, day(1, 1), 1)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> LogBuilder.of(PLAN).add(99, day(1, 1), 1))
                .isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void aCallWithATargetOutsideThePlanThrowsNamingTheReportAndAddsNothing() {
        int t1 = PLAN.indexOf("s1.i1.t1");
        LogBuilder b = LogBuilder.of(PLAN).add(t1, day(1, 31), 1);
        int n = PLAN.targets().size();
        // The bad index comes after two good reports of the call, and a NaN the builder would list at build().
        assertThatThrownBy(() -> b.addAll(new int[] {t1, t1, 50, t1}, new int[] {day(3, 31), day(6, 30), day(6, 30),
            day(9, 30)}, new double[] {3, Double.NaN, 1, 9}))
                .isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessage("reports[3].target: plan county-a has no target of index 50 (its " + n
                        + " targets are 0 to " + (n - 1) + ")");
        assertThat(b.added()).isEqualTo(1);
        assertThatThrownBy(() -> b.add(-1, day(3, 31), 2)).isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessageStartingWith("reports[1].target: plan county-a has no target of index -1");
        // Fixed and sent again, the reports are numbered from where the builder was: nothing was left behind.
        b.addAll(new int[] {t1, t1}, new int[] {day(3, 31), day(1, 31)}, new double[] {3, 2});
        assertThatThrownBy(b::build).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("1 problem in the reports for plan county-a:\nreports[2].value: conflicting reports for"
                        + " s1.i1.t1 as of 2023-01-31: 2 here, 1 in reports[0] (keep the right one and remove the other)");
    }

    @Test
    void refusesAReportOnADerivedTargetAsTheReadersDo() throws Exception {
        Plan derived = io.github.policyplan.plans.Plans.read(java.nio.file.Path.of(
                "src/test/resources/plans/derived.yaml"));
        int intensity = derived.indexOf("intensity");
        int rd = derived.indexOf("rd");
        String problem = "target 'intensity' is derived (share[rd, gdp]): its value is computed from those targets,"
                + " not reported (report rd and gdp instead)";
        int june = day(6, 30);
        // In a first addAll (laid out otherwise), in a later one, and one at a time.
        List<LogBuilder> builders = List.of(
                LogBuilder.of(derived).addAll(new int[] {rd, intensity}, new int[] {june, june}, new double[] {2, 2.1}),
                LogBuilder.of(derived).add(rd, june, 2).addAll(new int[] {intensity}, new int[] {june},
                        new double[] {2.1}),
                LogBuilder.of(derived).add(rd, june, 2).add(intensity, june, 2.1));
        for (LogBuilder b : builders) {
            assertThatThrownBy(b::build).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("1 problem in the reports for plan derived-2023:\nreports[1].target: " + problem);
        }
        assertThatThrownBy(() -> ProgressLog.of(derived, List.of(Report.of("rd", LocalDate.of(2023, 6, 30), 2),
                Report.of("intensity", LocalDate.of(2023, 6, 30), 2.1))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("1 problem in the reports for plan derived-2023:\nreports[1].target: " + problem);
    }

    @Test
    void takesABlankTextForNone() {
        int t1 = PLAN.indexOf("s1.i1.t1");
        ProgressLog log = LogBuilder.of(PLAN).add(t1, day(3, 31), 1, " ", "\t", "").add(t1, day(6, 30), 2, "统计局", null,
                " 附件 ").build();
        assertThat(log.reports()).containsExactly(Report.of("s1.i1.t1", LocalDate.of(2023, 3, 31), 1),
                new Report("s1.i1.t1", LocalDate.of(2023, 6, 30), io.github.policyplan.model.Value.of(2),
                        Optional.of("统计局"), Optional.empty(), Optional.of(" 附件 ")));
    }
}
