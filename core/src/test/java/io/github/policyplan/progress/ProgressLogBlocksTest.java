package io.github.policyplan.progress;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policyplan.model.Department;
import io.github.policyplan.model.Item;
import io.github.policyplan.model.MeasureKind;
import io.github.policyplan.model.Plan;
import io.github.policyplan.model.PlanPeriod;
import io.github.policyplan.model.Report;
import io.github.policyplan.model.Section;
import io.github.policyplan.model.Target;
import io.github.policyplan.model.UnitKind;
import io.github.policyplan.scoring.Scoring;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A log of a plan larger than one block of targets (the log packs the reports of 128 consecutive
 * targets together): built at once, report by report with {@code plus}, or by merging halves, it
 * holds the same reports in the same order, answers {@code latest} as a plain list would, and
 * scores the same; reports on targets the plan does not have come after the plan's.
 */
class ProgressLogBlocksTest {

    private static final int TARGETS = 333;
    private static final Plan PLAN = plan();

    static Plan plan() {
        Plan.Builder b = Plan.builder("blocks", "分块").issuer("县委").period(PlanPeriod.years(2023, 2023))
                .department(Department.of("d", "县发改委", UnitKind.DEPARTMENT));
        Section.Builder section = Section.builder("s1", "一");
        section.target(Target.builder("s1.h", "标题目标").measure(MeasureKind.COUNT, "个").goal(10)
                .due(LocalDate.of(2023, 12, 31)).lead("d").build());
        List<Target> targets = new ArrayList<>();
        for (int i = 0; i < TARGETS - 1; i++) {
            targets.add(Target.builder("s1.i1.t" + i, "目标" + i).measure(MeasureKind.COUNT, "个").goal(12)
                    .due(LocalDate.of(2023, 12, 31)).lead("d").build());
        }
        return b.section(section.item(new Item("s1.i1", "一要", 1, targets, Optional.empty())).build()).build();
    }

    /** Reports on about two targets in three, some days repeated with the same value, in shuffled order. */
    static List<Report> reports(long seed) {
        Random random = new Random(seed);
        List<Report> reports = new ArrayList<>();
        for (Target t : PLAN.targets()) {
            if (random.nextInt(3) == 0) {
                continue;
            }
            for (int month = 1; month <= 12; month++) {
                if (random.nextInt(4) > 0) {
                    LocalDate date = LocalDate.of(2023, month, 1).plusMonths(1).minusDays(1);
                    Report r = new Report(t.id(), date, io.github.policyplan.model.Value.of(month + random.nextInt(3)),
                            random.nextBoolean() ? Optional.of("统计局") : Optional.empty(), Optional.empty(),
                            Optional.empty());
                    reports.add(r);
                    if (random.nextInt(10) == 0) {
                        reports.add(r);
                    }
                }
            }
        }
        Collections.shuffle(reports, random);
        return reports;
    }

    /** The log built with {@code plus}, one report at a time. */
    static ProgressLog oneByOne(List<Report> reports) {
        ProgressLog log = ProgressLog.empty(PLAN);
        for (Report r : reports) {
            log = log.plus(r);
        }
        return log;
    }

    @Test
    void aLogBuiltReportByReportEqualsOneBuiltAtOnce() {
        List<Report> reports = reports(1);
        ProgressLog atOnce = ProgressLog.of(PLAN, reports);
        ProgressLog oneByOne = oneByOne(reports);
        ProgressLog merged = ProgressLog.of(PLAN, reports.subList(0, reports.size() / 2))
                .merge(ProgressLog.of(PLAN, reports.subList(reports.size() / 2, reports.size())));
        assertThat(oneByOne).isEqualTo(atOnce).hasSameHashCodeAs(atOnce);
        assertThat(merged).isEqualTo(atOnce);
        assertThat(oneByOne.reports()).containsExactlyElementsOf(atOnce.reports());
        assertThat(oneByOne.size()).isEqualTo(atOnce.size());
        assertThat(oneByOne.targets()).isEqualTo(atOnce.targets());
    }

    @Test
    void holdsEveryReportOnceInPlanOrderAndFindsTheLatest() {
        List<Report> reports = reports(2);
        ProgressLog log = ProgressLog.of(PLAN, reports);
        List<Report> distinct = new ArrayList<>(new java.util.LinkedHashSet<>(reports));
        distinct.sort(Comparator.<Report>comparingInt(r -> PLAN.indexOf(r.target())).thenComparing(Report::date));
        assertThat(log.reports()).containsExactlyElementsOf(distinct);
        assertThat(log.size()).isEqualTo(distinct.size());
        for (Target t : PLAN.targets()) {
            for (LocalDate day = LocalDate.of(2022, 12, 15); day.isBefore(LocalDate.of(2024, 1, 20));
                    day = day.plusDays(17)) {
                LocalDate d = day;
                Optional<Report> expected = distinct.stream()
                        .filter(r -> r.target().equals(t.id()) && !r.date().isAfter(d)).reduce((a, b) -> b);
                assertThat(log.latest(t.id(), d)).as("%s on %s", t.id(), d).isEqualTo(expected);
            }
        }
    }

    @Test
    void reportsOnTargetsThePlanDoesNotHaveComeLast() {
        ProgressLog log = ProgressLog.of(PLAN, reports(3)).plus(Report.of("zz.unknown", LocalDate.of(2023, 5, 31), 1))
                .plus(Report.of("aa.unknown", LocalDate.of(2023, 5, 31), 2));
        List<String> targets = log.targets();
        assertThat(targets.subList(targets.size() - 2, targets.size())).containsExactly("aa.unknown", "zz.unknown");
        assertThat(log.latest("aa.unknown", LocalDate.of(2023, 6, 1))).isPresent();
        assertThat(log.reports().get(log.size() - 1).target()).isEqualTo("zz.unknown");
    }

    @Test
    void scoresTheSameWhenBuiltEitherWayOrReadForAnEqualPlanObject() {
        List<Report> reports = reports(4);
        ProgressLog atOnce = ProgressLog.of(PLAN, reports);
        ProgressLog oneByOne = oneByOne(reports);
        LocalDate june = LocalDate.of(2023, 6, 30);
        String json = Scoring.standard().score(PLAN, atOnce, june).toJson();
        assertThat(Scoring.standard().score(PLAN, oneByOne, june).toJson()).isEqualTo(json);
        Plan copy = PLAN.withSections(PLAN.sections());
        assertThat(copy).isNotSameAs(PLAN).isEqualTo(PLAN);
        assertThat(Scoring.standard().score(copy, atOnce, june).toJson()).isEqualTo(json);
    }
}
