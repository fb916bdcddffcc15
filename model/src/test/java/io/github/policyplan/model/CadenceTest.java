package io.github.policyplan.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The report a cadence makes due on a date, and when a target's latest report is stale, at the boundaries. */
class CadenceTest {

    @ParameterizedTest(name = "{0} on {1}: the report as of {2} is due")
    @CsvSource({
        "quarterly, 2024-06-30, 2024-03-31",
        "quarterly, 2024-07-01, 2024-06-30",
        "quarterly, 2024-09-30, 2024-06-30",
        "quarterly, 2024-10-01, 2024-09-30",
        "quarterly, 2024-12-31, 2024-09-30",
        "quarterly, 2025-01-01, 2024-12-31",
        "quarterly, 2024-02-15, 2023-12-31",
        "monthly,   2024-03-01, 2024-02-29",
        "monthly,   2024-03-31, 2024-02-29",
        "monthly,   2024-04-01, 2024-03-31",
        "monthly,   2024-01-15, 2023-12-31",
        "yearly,    2024-01-01, 2023-12-31",
        "yearly,    2024-12-31, 2023-12-31",
        "yearly,    2025-01-01, 2024-12-31",
    })
    void theReportDueIsTheOneOfThePeriodBeforeTheCurrentOne(String code, LocalDate asOf, LocalDate due) {
        Cadence cadence = Cadence.byCode(code).orElseThrow();

        assertThat(cadence.lastReportDue(asOf)).isEqualTo(due);
        assertThat(cadence.isStale(due, asOf)).isFalse();
        assertThat(cadence.isStale(due.minusDays(1), asOf)).isTrue();
    }

    @Test
    void periodsAreCalendarMonthsQuartersAndYears() {
        LocalDate d = LocalDate.of(2024, 11, 15);

        assertThat(Cadence.MONTHLY.periodStart(d)).isEqualTo(LocalDate.of(2024, 11, 1));
        assertThat(Cadence.MONTHLY.periodEnd(d)).isEqualTo(LocalDate.of(2024, 11, 30));
        assertThat(Cadence.QUARTERLY.periodStart(d)).isEqualTo(LocalDate.of(2024, 10, 1));
        assertThat(Cadence.QUARTERLY.periodEnd(d)).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(Cadence.YEARLY.periodStart(d)).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(Cadence.YEARLY.periodEnd(d)).isEqualTo(LocalDate.of(2024, 12, 31));
    }

    @Test
    void namesAreTheCodesAndTheChineseWords() {
        assertThat(Cadence.codes()).containsExactly("monthly", "quarterly", "yearly");
        assertThat(Cadence.byCode("按季")).contains(Cadence.QUARTERLY);
        assertThat(Cadence.byCode("按年")).contains(Cadence.YEARLY);
        assertThat(Cadence.byCode("weekly")).isEmpty();
        assertThat(Cadence.DEFAULT).isEqualTo(Cadence.QUARTERLY);
    }

    private static Plan plan(Optional<Cadence> planCadence, Target... targets) {
        Plan.Builder b = Plan.builder("p", "示例").issuer("县委").period(PlanPeriod.years(2024, 2025))
                .department(Department.of("kj", "县科技局", UnitKind.DEPARTMENT))
                .section(Section.builder("s1", "强科技").item(Item.of("s1.i1", "企业", targets)).build());
        planCadence.ifPresent(b::cadence);
        return b.build();
    }

    private static Target.Builder target(String id, LocalDate due) {
        return Target.builder(id, "规上工业增加值增速").measure(MeasureKind.GROWTH_RATE, "%").goal(7).due(due).lead("kj");
    }

    @Test
    void aTargetsCadenceIsItsOwnElseThePlansElseQuarterly() {
        Target own = target("s1.i1.t1", LocalDate.of(2024, 12, 31)).cadence(Cadence.YEARLY).build();
        Target none = target("s1.i1.t2", LocalDate.of(2024, 12, 31)).build();

        assertThat(plan(Optional.of(Cadence.MONTHLY), own, none).cadenceOf(own)).isEqualTo(Cadence.YEARLY);
        assertThat(plan(Optional.of(Cadence.MONTHLY), own, none).cadenceOf(none)).isEqualTo(Cadence.MONTHLY);
        assertThat(plan(Optional.empty(), own, none).cadenceOf(none)).isEqualTo(Cadence.QUARTERLY);
        assertThat(own.cadence()).contains(Cadence.YEARLY);
        assertThat(none.cadence()).isEmpty();
    }

    @Test
    void aTargetsReportIsDueNoLaterThanItsDueDateAndNotBeforeThePlanStarts() {
        Target t = target("s1.i1.t1", LocalDate.of(2024, 12, 31)).build();
        Target midQuarter = target("s1.i1.t2", LocalDate.of(2024, 11, 15)).build();
        Plan plan = plan(Optional.empty(), t, midQuarter);

        assertThat(plan.reportDue(t, LocalDate.of(2024, 12, 31))).contains(LocalDate.of(2024, 9, 30));
        assertThat(plan.reportDue(t, LocalDate.of(2025, 2, 1))).contains(LocalDate.of(2024, 12, 31));
        assertThat(plan.reportDue(t, LocalDate.of(2025, 12, 31))).contains(LocalDate.of(2024, 12, 31));
        assertThat(plan.reportDue(midQuarter, LocalDate.of(2025, 3, 1))).contains(LocalDate.of(2024, 11, 15));
        assertThat(plan.reportDue(t, LocalDate.of(2024, 3, 31))).isEmpty();
        assertThat(plan.reportDue(t, LocalDate.of(2024, 4, 1))).contains(LocalDate.of(2024, 3, 31));
    }
}
