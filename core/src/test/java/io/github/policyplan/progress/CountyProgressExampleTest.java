package io.github.policyplan.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.policyplan.model.Goal;
import io.github.policyplan.model.MeasureKind;
import io.github.policyplan.model.Plan;
import io.github.policyplan.model.Report;
import io.github.policyplan.model.Target;
import io.github.policyplan.model.Value;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The example progress file {@code examples/…/progress/county-2023.csv} loads against the county
 * plan with its illustrative goals filled in, says on every row that it is illustrative, reports as
 * of the four quarter ends of 2023, and tells the story it is meant to: most 2023 targets on pace,
 * a few clearly behind, some ahead, gaps in some quarters, a milestone moving through its stages,
 * the 开门红 grade at Q1, the growth rate as a cumulative year-on-year rate and the rank as a rank.
 */
class CountyProgressExampleTest {

    private static final LocalDate Q1 = LocalDate.of(2023, 3, 31);
    private static final LocalDate Q2 = LocalDate.of(2023, 6, 30);
    private static final LocalDate Q3 = LocalDate.of(2023, 9, 30);
    private static final LocalDate Q4 = LocalDate.of(2023, 12, 31);

    private static Plan plan;
    private static ProgressLog log;

    @BeforeAll
    static void read() throws IOException {
        plan = ProgressFixtures.filledCounty();
        log = Progress.read(ProgressFixtures.COUNTY_PROGRESS, plan);
    }

    @Test
    void loadsAgainstTheFilledCountyPlan() {
        assertThat(log.planId()).isEqualTo("county-2023");
        assertThat(log.size()).isEqualTo(182);
        assertThat(log.targets()).hasSize(47).containsExactlyElementsOf(plan.targets().stream().map(Target::id)
                .toList());
    }

    @Test
    void saysOnEveryRowThatItIsIllustrative() {
        assertThat(log.reports()).allSatisfy(r -> assertThat(r.source()).hasValueSatisfying(
                s -> assertThat(s).endsWith("（示例数据 illustrative）")));
        assertThat(log.reports().get(0).note()).hasValueSatisfying(n -> assertThat(n)
                .contains("本文件全部为示例数据(示例数值)").contains("The whole file is illustrative"));
    }

    @Test
    void reportsAsOfTheFourQuarterEndsOf2023() {
        assertThat(log.asOfDates()).containsExactly(Q1, Q2, Q3, Q4);
    }

    @Test
    void reportsEveryQuarterOnEveryTargetDueAtTheEndOf2023() {
        for (Target t : plan.targets()) {
            if (t.due().equals(Q4)) {
                assertThat(log.series(t.id())).as(t.id()).extracting(Report::date).containsExactly(Q1, Q2, Q3, Q4);
            }
        }
    }

    @Test
    void leavesSomeQuartersOfLaterTargetsUnreported() {
        assertThat(log.series("s3.i2.t3")).extracting(Report::date).containsExactly(Q2, Q4);
        assertThat(log.series("s2.i4.t1")).extracting(Report::date).containsExactly(Q2, Q3, Q4);
        assertThat(log.latest("s3.i2.t3", Q1)).isEmpty();
    }

    @Test
    void keepsMostCountsDueIn2023OnPaceAndAFewClearlyBehind() {
        int onPace = 0;
        int behind = 0;
        for (Target t : plan.targets()) {
            if (t.measure().kind() != MeasureKind.COUNT || !t.due().equals(Q4)) {
                continue;
            }
            double goal = ((Goal.Amount) t.goal()).value();
            double atHalfYear = amount(log.latest(t.id(), Q2)) / goal;
            if (atHalfYear >= 0.45) {
                onPace++;
            } else if (atHalfYear < 0.4) {
                behind++;
            }
        }
        assertThat(onPace).isGreaterThanOrEqualTo(4);
        assertThat(behind).isBetween(2, 4);
        assertThat(amount(log.latest("s1.i1.t1", Q2))).as("时间过半、任务过半").isEqualTo(6);
        assertThat(amount(log.latest("s3.i2.t5", Q4)) / 5).as("高标准农田, clearly behind").isLessThan(0.8);
        assertThat(amount(log.latest("s1.i3.t2", Q4))).as("省级高新技术产品, ahead of 20 ÷ 3 a year")
                .isGreaterThan(20.0 / 3);
    }

    @Test
    void reportsTheGrowthRateAsACumulativeYearOnYearRate() {
        assertThat(log.series("s2.i1.t1")).extracting(r -> amount(Optional.of(r)))
                .containsExactly(7.1, 7.6, 8.0, 8.3);
    }

    @Test
    void movesAMilestoneThroughItsStages() {
        assertThat(log.series("s2.i2.t3")).extracting(Report::value).containsExactly(Value.level("前期"),
                Value.level("开工"), Value.level("开工"), Value.level("建成"));
    }

    @Test
    void gradesTheGoodStartAtTheFirstQuarterOnly() {
        assertThat(log.series("s3.i1.t2")).extracting(Report::date, Report::value)
                .containsExactly(tuple(Q1, Value.level("基本实现")));
    }

    @Test
    void reportsTheRankAsARankThatImprovesTowardsItsGoal() {
        assertThat(log.series("s3.i1.t1")).extracting(r -> amount(Optional.of(r))).containsExactly(6.0, 5.0, 5.0,
                4.0);
    }

    @Test
    void readsBackFromItsOwnCanonicalForms() {
        assertThat(Progress.parse(Progress.toCsv(log), "again.csv", plan)).isEqualTo(log);
        assertThat(Progress.parse(Progress.toYaml(log), "again.yaml", plan)).isEqualTo(log);
        assertThat(Progress.parse(Progress.toJson(log), "again.json", plan)).isEqualTo(log);
        assertThat(List.of(Progress.toCsv(log).split("\n")[0])).containsExactly(
                "target,date,value,source,note,evidence");
    }

    private static double amount(Optional<Report> report) {
        return ((Value.Amount) report.orElseThrow().value()).value();
    }
}
