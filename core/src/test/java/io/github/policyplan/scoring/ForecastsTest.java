package io.github.policyplan.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.policyplan.model.Department;
import io.github.policyplan.model.Item;
import io.github.policyplan.model.MeasureKind;
import io.github.policyplan.model.Plan;
import io.github.policyplan.model.PlanPeriod;
import io.github.policyplan.model.Report;
import io.github.policyplan.model.Section;
import io.github.policyplan.model.Target;
import io.github.policyplan.model.UnitKind;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Forecasts on worked numbers: the trend, the rates, each likelihood, and the growth-ratio method; and what-if values. */
class ForecastsTest {

    private static final LocalDate END = LocalDate.of(2023, 12, 31);
    private static final Target COUNT = Target.builder("c", "新增企业").measure(MeasureKind.COUNT, "家").goal(120)
            .due(END).lead("kj").build();

    private static List<Report> reports(double... values) {
        LocalDate[] dates = {LocalDate.of(2023, 3, 31), LocalDate.of(2023, 6, 30), LocalDate.of(2023, 9, 30)};
        List<Report> out = new java.util.ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            out.add(Report.of("c", dates[i], values[i]));
        }
        return out;
    }

    @Test
    void projectsALinearTrendToTheDueDate() {
        Forecast f = Forecasts.forecast(COUNT, reports(30, 60), 0, END, ForecastSettings.DEFAULT).orElseThrow();

        // 30 more in the 91 days from 31 March to 30 June; 275 days from 31 March to 31 December.
        assertThat(f.projected()).isCloseTo(30 + 30.0 * 275 / 91, within(1e-9));
        assertThat(f.currentRate()).isCloseTo(30.0 / 91 * Forecasts.MONTH, within(1e-9));
        assertThat(f.requiredRate()).isCloseTo(60 / (184 / Forecasts.MONTH), within(1e-9));
        assertThat(f.ratio()).isCloseTo(f.projected() / 120, within(1e-9));
        assertThat(f.likelihood()).isEqualTo(Likelihood.ON_TRACK);
        assertThat(f.explanation().inEnglish()).startsWith("projected 120.66 by 2023-12-31 (linear trend of 2 reports");
    }

    @Test
    void namesEachLikelihoodByTheRatioOfProjectedToRequiredProgress() {
        assertThat(Forecasts.forecast(COUNT, reports(20, 40), 0, END, ForecastSettings.DEFAULT).orElseThrow()
                .likelihood()).as("ratio 0.67").isEqualTo(Likelihood.NEEDS_ACCELERATION);
        assertThat(Forecasts.forecast(COUNT, reports(5, 5, 5), 0, END, ForecastSettings.DEFAULT).orElseThrow()
                .likelihood()).as("flat at 5: ratio 0.04").isEqualTo(Likelihood.STAGNATING);
        assertThat(Forecasts.forecast(COUNT, reports(30, 20, 10), 0, END, ForecastSettings.DEFAULT).orElseThrow()
                .likelihood()).as("falling below zero").isEqualTo(Likelihood.REGRESSING);
    }

    @Test
    void aFlatTrendStagnatesEvenWhereTheFitRoundsBelowItsStart() {
        // The county plan's 科技创新创业团队 on 31 March: baseline 8 at the end of 2022, a report of 8. The fit
        // through two equal values projects 8 up to rounding, which read as a fall: regressing, not stagnating.
        LocalDate due = LocalDate.of(2025, 12, 31);
        Target teams = Target.builder("t", "科技创新创业团队").measure(MeasureKind.LEVEL, "个")
                .baseline(8, LocalDate.of(2022, 12, 31)).goal(15).due(due).lead("kj").build();
        List<Report> flat = List.of(Report.of("t", LocalDate.of(2022, 12, 31), 8),
                Report.of("t", LocalDate.of(2023, 3, 31), 8));

        Forecast f = Forecasts.forecast(teams, flat, 8, due, ForecastSettings.DEFAULT).orElseThrow();

        assertThat(f.ratio()).isEqualTo(0);
        assertThat(f.likelihood()).isEqualTo(Likelihood.STAGNATING);
    }

    @Test
    void compoundsTheTrendOfALevel() {
        Target gdp = Target.builder("g", "地区生产总值").measure(MeasureKind.LEVEL, "亿元").baseline(200).goal(242)
                .due(END).lead("kj").build();

        Forecast f = Forecasts.forecast(gdp, List.of(Report.of("g", LocalDate.of(2023, 3, 31), 200),
                Report.of("g", LocalDate.of(2023, 9, 30), 220)), 200, END, ForecastSettings.DEFAULT).orElseThrow();

        // 10% growth in 183 days, compounded over the 275 days to 31 December.
        assertThat(f.projected()).isCloseTo(200 * Math.pow(1.1, 275.0 / 183), within(1e-6));
        assertThat(f.explanation().inEnglish()).contains("compound trend");
    }

    @Test
    void canJudgeByTheRatioOfGrowthRates() {
        ForecastSettings growth = new ForecastSettings(ForecastSettings.Method.GROWTH_RATIO, 0.95, 0.1, 0);

        Forecast f = Forecasts.forecast(COUNT, reports(60, 90), 0, END, growth).orElseThrow();

        double years = 91 / 365.25;
        double actual = Math.pow(90.0 / 60, 1 / years) - 1;
        double required = Math.pow(120.0 / 60, 1 / (275 / 365.25)) - 1;
        assertThat(f.ratio()).isCloseTo(actual / required, within(1e-9));
        assertThat(f.explanation().inEnglish()).contains("actual growth").contains("a year ÷ required");
    }

    @Test
    void needsTwoReports() {
        assertThat(Forecasts.forecast(COUNT, reports(30), 0, END, ForecastSettings.DEFAULT)).isEmpty();
    }

    @Test
    void tellsTheValueATargetNeedsByADateForAScoreOrAStatus() {
        Plan plan = Plan.builder("p", "计划").issuer("县委").period(PlanPeriod.years(2023, 2023))
                .department(Department.of("kj", "县科技局", UnitKind.DEPARTMENT))
                .section(Section.builder("s1", "强科技").item(Item.of("s1.i1", "平台", Target.builder("c", "新增企业")
                        .measure(MeasureKind.COUNT, "家").goal(365).due(END).lead("kj").build())).build()).build();
        LocalDate june = LocalDate.of(2023, 6, 30);

        Needed forScore = Scoring.standard().valueNeeded(plan, "c", june, 90).orElseThrow();
        Needed onTrack = Scoring.standard().valueNeeded(plan, "c", june, Status.ON_TRACK).orElseThrow();
        Needed achieved = Scoring.standard().valueNeeded(plan, "c", june, Status.ACHIEVED).orElseThrow();

        assertThat(forScore.value()).isCloseTo(0.9 * 181, within(1e-5));
        assertThat(forScore.explanation().inEnglish()).startsWith("at least 162.9 家 by 2023-06-30 to score 90 by the rule"
                + " completion-rate");
        assertThat(onTrack.value()).isCloseTo(0.95 * 181, within(1e-9));
        assertThat(achieved.value()).isEqualTo(365);
        assertThat(Scoring.standard().valueNeeded(plan, "c", june, 101)).as("beyond the cap").isEmpty();
    }

    @Test
    void countsCalendarYearsForYearlyDataInTheGrowthRatio() {
        // Open SDG: 10% a year from 2015 to 2020 (5 years, not 1827 ÷ 365.25), 10% a year needed to 2025.
        Target gdp = Target.builder("g", "地区生产总值").measure(MeasureKind.LEVEL, "亿元").goal(100 * Math.pow(1.1, 10))
                .due(LocalDate.of(2025, 12, 31)).lead("kj").build();
        ForecastSettings growth = ForecastSettings.DEFAULT.withMethod(ForecastSettings.Method.GROWTH_RATIO);

        Forecast f = Forecasts.forecast(gdp, List.of(Report.of("g", LocalDate.of(2015, 12, 31), 100),
                Report.of("g", LocalDate.of(2020, 12, 31), 100 * Math.pow(1.1, 5))), Double.NaN,
                LocalDate.of(2025, 12, 31), growth).orElseThrow();

        assertThat(growth.onTrack()).isEqualTo(0.95);
        assertThat(f.ratio()).isCloseTo(1, within(1e-12));
        assertThat(f.explanation().inEnglish()).contains("actual growth 10% a year ÷ required 10% a year");
    }

    @Test
    void aDatedBaselineIsTheFirstPointOfTheTrendReachedFromTheNode() {
        // 8 teams at the end of 2022, 10 at 30 June 2023: 2 in 181 days, projected 8 + 2 × 365 ÷ 181 at 31 December.
        Target teams = Target.builder("t", "团队").measure(MeasureKind.COUNT, "个")
                .baseline(8, LocalDate.of(2022, 12, 31)).goal(12).due(END).lead("kj").build();
        Plan plan = Plan.builder("p", "计划").issuer("县委").period(PlanPeriod.years(2023, 2023))
                .department(Department.of("kj", "县科技局", UnitKind.DEPARTMENT))
                .section(Section.builder("s1", "强科技").item(Item.of("s1.i1", "平台", teams)).build()).build();
        io.github.policyplan.progress.ProgressLog log = io.github.policyplan.progress.ProgressLog.of(plan,
                List.of(Report.of("t", LocalDate.of(2023, 6, 30), 10)));

        NodeScore june = Scoring.standard().score(plan, log, LocalDate.of(2023, 6, 30)).node("t");
        NodeScore end = Scoring.standard().score(plan, log, END).node("t");

        assertThat(june.forecast().orElseThrow().projected()).isCloseTo(8 + 2.0 * 365 / 181, within(1e-9));
        assertThat(end.forecast()).isEmpty();
        assertThat(end.explanation().inEnglish()).endsWith("; forecast: none, the due date 2023-12-31 has passed");
        assertThat(end.explanation().inChinese()).endsWith("；预测：已过期限（2023-12-31到期）");
    }
}
