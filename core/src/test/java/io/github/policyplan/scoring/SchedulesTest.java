package io.github.policyplan.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policyplan.model.Checkpoint;
import io.github.policyplan.model.Goal;
import io.github.policyplan.model.Measure;
import io.github.policyplan.model.MeasureKind;
import io.github.policyplan.model.PlanPeriod;
import io.github.policyplan.model.ScheduleKind;
import io.github.policyplan.model.Strategy;
import io.github.policyplan.model.Target;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What each schedule expects by a date, with exact calendar arithmetic. */
class SchedulesTest {

    private static final PlanPeriod Y2023 = PlanPeriod.years(2023, 2023);
    private static final PlanPeriod Y2024_2025 = PlanPeriod.years(2024, 2025);

    private static Target count(double goal, LocalDate due) {
        return Target.builder("t", "新增企业").measure(MeasureKind.COUNT, "家").goal(goal).due(due).lead("kj").build();
    }

    private static Schedules.Expectation at(Target t, PlanPeriod period, String date) {
        return Schedules.expected(t, period, Schedules.defaultFor(t), LocalDate.parse(date));
    }

    private static double number(Schedules.Expectation e) {
        return ((Goal.Amount) e.value().orElseThrow()).value();
    }

    @ParameterizedTest(name = "{0}: {1}/365 of 80")
    @CsvSource({"2023-01-01, 1", "2023-03-31, 90", "2023-06-30, 181", "2023-09-30, 273", "2023-12-30, 364"})
    void linearCountsDaysFromTheDayBeforeThePeriodStarts(String date, int days) {
        Schedules.Expectation e = at(count(80, LocalDate.of(2023, 12, 31)), Y2023, date);

        assertThat(number(e)).isEqualTo(80.0 * days / 365);
        assertThat(e.start()).isZero();
    }

    @Test
    void explainsTheLinearScheduleAsTimeHalfGoneTaskHalfDone() {
        Schedules.Expectation e = at(count(80, LocalDate.of(2023, 12, 31)), Y2023, "2023-06-30");

        assertThat(e.english()).isEqualTo("expected 39.67 = 0 + (80 − 0) × 181/365 (linear from 2022-12-31 to 2023-12-31)");
        assertThat(e.chinese()).isEqualTo("时序目标 39.67 = 0 + (80 − 0) × 181/365（自2022-12-31至2023-12-31线性推进，时间过半、任务过半）");
    }

    @Test
    void countsTheLeapDayOf2024() {
        Target t = count(366, LocalDate.of(2024, 12, 31));

        assertThat(number(at(t, Y2024_2025, "2024-02-29"))).isEqualTo(60);
        assertThat(number(at(t, Y2024_2025, "2024-06-30"))).isEqualTo(182);
    }

    @Test
    void expectsTheGoalItselfOnAndAfterTheDueDate() {
        Target t = count(80, LocalDate.of(2023, 12, 31));

        assertThat(at(t, Y2023, "2023-12-31").value()).contains(Goal.of(80));
        assertThat(at(t, Y2023, "2024-03-31").value()).contains(Goal.of(80));
    }

    @Test
    void expectsNothingOnOrBeforeTheOrigin() {
        assertThat(at(count(80, LocalDate.of(2023, 12, 31)), Y2023, "2022-12-31").expects()).isFalse();
    }

    @Test
    void aLevelWithABaselineRunsFromTheBaselineAndItsDate() {
        Target gdp = Target.builder("gdp", "地区生产总值").measure(MeasureKind.LEVEL, "亿元")
                .baseline(240, LocalDate.of(2022, 12, 31)).goal(260).due(LocalDate.of(2023, 12, 31)).lead("kj").build();

        Schedules.Expectation e = at(gdp, Y2023, "2023-06-30");

        assertThat(number(e)).isEqualTo(240 + 20.0 * 181 / 365);
        assertThat(e.start()).isEqualTo(240);
    }

    @Test
    void aLevelWithoutABaselineIsJudgedAgainstTheGoalAtEveryDate() {
        Target share = Target.builder("s", "占比").measure(MeasureKind.SHARE, "%").goal(30)
                .due(LocalDate.of(2023, 12, 31)).lead("kj").build();

        assertThat(Schedules.defaultFor(share)).isEqualTo(ScheduleKind.CONSTANT);
        assertThat(at(share, Y2023, "2023-03-31").value()).contains(Goal.of(30));
        assertThat(at(share, Y2023, "2023-03-31").start()).isNaN();
    }

    @Test
    void interpolatesBetweenCheckpoints() {
        Target t = count(100, LocalDate.of(2023, 12, 31)).toBuilder()
                .checkpoint(LocalDate.of(2023, 3, 31), 10).checkpoint(LocalDate.of(2023, 6, 30), 50).build();

        assertThat(number(at(t, Y2023, "2023-03-31"))).isEqualTo(10);
        assertThat(number(at(t, Y2023, "2023-05-15"))).isEqualTo(10 + 40.0 * 45 / 91);
        assertThat(number(at(t, Y2023, "2023-09-30"))).isEqualTo(50 + 50.0 * 92 / 184);
        assertThat(at(t, Y2023, "2023-05-15").english()).contains("linear from 2023-03-31 to 2023-06-30, through the checkpoints");
    }

    @Test
    void stepsHoldTheLatestCheckpoint() {
        Target t = count(100, LocalDate.of(2023, 12, 31)).toBuilder().schedule(Strategy.named("steps"))
                .checkpoint(LocalDate.of(2023, 3, 31), 10).checkpoint(LocalDate.of(2023, 6, 30), 50).build();

        assertThat(Schedules.expected(t, Y2023, ScheduleKind.STEPS, LocalDate.of(2023, 3, 30)).expects()).isFalse();
        assertThat(Schedules.expected(t, Y2023, ScheduleKind.STEPS, LocalDate.of(2023, 5, 15)).value()).contains(Goal.of(10));
        assertThat(Schedules.expected(t, Y2023, ScheduleKind.STEPS, LocalDate.of(2023, 9, 30)).value()).contains(Goal.of(50));
    }

    @Test
    void aMilestoneWithoutCheckpointsCountsOnlyAtTheDueDate() {
        Target m = Target.builder("m", "建成工程").measure(Measure.milestone(List.of("开工", "建成")))
                .goal(Goal.level("建成")).due(LocalDate.of(2023, 12, 31)).lead("kj").build();
        Target staged = m.toBuilder().checkpoint(new Checkpoint(LocalDate.of(2023, 6, 30), Goal.level("开工"))).build();

        assertThat(Schedules.defaultFor(m)).isEqualTo(ScheduleKind.AT_DUE);
        assertThat(at(m, Y2023, "2023-09-30").expects()).isFalse();
        assertThat(at(m, Y2023, "2023-12-31").value()).contains(Goal.level("建成"));
        assertThat(Schedules.defaultFor(staged)).isEqualTo(ScheduleKind.STEPS);
        assertThat(at(staged, Y2023, "2023-09-30").value()).contains(Goal.level("开工"));
    }

    @Test
    void aPerYearRateRestartsEachCalendarYear() {
        Target talent = Target.builder("p", "每年引进人才").measure(MeasureKind.RATE_PER_YEAR, "人").goal(20)
                .due(LocalDate.of(2025, 12, 31)).lead("kj").build();

        Schedules.Expectation q1 = at(talent, Y2024_2025, "2025-03-31");

        assertThat(number(q1)).isEqualTo(20.0 * 90 / 365);
        assertThat(q1.windowStart()).contains(LocalDate.of(2024, 12, 31));
        assertThat(number(at(talent, Y2024_2025, "2024-12-31"))).isEqualTo(20);
        assertThat(at(talent, Y2024_2025, "2024-12-31").windowStart()).contains(LocalDate.of(2023, 12, 31));
    }

    @Test
    void growthRatesAndRanksAreJudgedAgainstTheGoalItself() {
        Target growth = Target.builder("g", "增速").measure(MeasureKind.GROWTH_RATE, "%").goal(8)
                .due(LocalDate.of(2023, 12, 31)).lead("kj").build();

        assertThat(Schedules.defaultFor(growth)).isEqualTo(ScheduleKind.CONSTANT);
        assertThat(at(growth, Y2023, "2023-03-31").value()).contains(Goal.of(8));
        assertThat(at(growth, Y2023, "2023-03-31").english()).isEqualTo("expected 8 %: the goal itself, judged at every date");
    }
}
