package io.github.policyplan.rollup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.policyplan.model.Allotment;
import io.github.policyplan.model.Breakdown;
import io.github.policyplan.model.BreakdownSettings;
import io.github.policyplan.model.Department;
import io.github.policyplan.model.Item;
import io.github.policyplan.model.MeasureKind;
import io.github.policyplan.model.Plan;
import io.github.policyplan.model.PlanPeriod;
import io.github.policyplan.model.Report;
import io.github.policyplan.model.Section;
import io.github.policyplan.model.Target;
import io.github.policyplan.model.UnitKind;
import io.github.policyplan.model.Value;
import io.github.policyplan.progress.Progress;
import io.github.policyplan.progress.ProgressLog;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The rolled-up value of a summed target at any date is the sum of its units' latest values on or
 * before that date (when the plan carries reports forward; otherwise of those within the date's
 * quarter), whatever the order of the reports and however the progress file is split into several
 * files read apart and merged.
 */
class RollUpValueProperties {

    private static final LocalDate START = LocalDate.of(2023, 1, 1);

    /** A unit's report: unit index, day of the year, value. */
    record Entry(int unit, int day, double value) {
    }

    @Provide
    Arbitrary<List<Entry>> entries() {
        return Combinators.combine(Arbitraries.integers().between(0, 5), Arbitraries.integers().between(0, 364),
                Arbitraries.doubles().between(0, 1000).ofScale(2)).as(Entry::new).list().ofMaxSize(40)
                .uniqueElements(e -> e.unit() * 1000 + e.day());
    }

    private static Plan plan(boolean carryForward) {
        List<Department> units = new ArrayList<>();
        List<Allotment> parts = new ArrayList<>();
        for (int u = 0; u < 6; u++) {
            units.add(Department.of("u" + u, "单位" + u, UnitKind.TOWNSHIP));
            parts.add(Allotment.of("u" + u, 10));
        }
        Target t = Target.builder("t", "引进到位资金").measure(MeasureKind.COUNT, "亿元").goal(60)
                .due(LocalDate.of(2023, 12, 31)).lead("u0").build();
        Plan.Builder b = Plan.builder("p", "计划").issuer("县").period(PlanPeriod.years(2023, 2023));
        units.forEach(b::department);
        return b.section(new Section("s1", "一", 1, List.of(), List.of(new Item("s1.i1", "一要", 1, List.of(t),
                        Optional.empty())), Optional.empty()))
                .breakdown(new Breakdown("t", parts, Optional.empty(), false))
                .breakdownSettings(BreakdownSettings.DEFAULTS.withCarryForward(carryForward)).build();
    }

    private static String csv(List<Entry> entries) {
        StringBuilder sb = new StringBuilder("target,unit,date,value,source,note\n");
        for (Entry e : entries) {
            sb.append("t,u").append(e.unit()).append(',').append(START.plusDays(e.day())).append(',')
                    .append(e.value()).append(",,\n");
        }
        return sb.toString();
    }

    /** Reads the entries shuffled, split into several files, each read apart, the logs merged. */
    private static ProgressLog read(Plan plan, List<Entry> entries, long seed, int files) {
        List<Entry> shuffled = new ArrayList<>(entries);
        Collections.shuffle(shuffled, new Random(seed));
        ProgressLog log = ProgressLog.empty(plan);
        int per = Math.max(1, (shuffled.size() + files - 1) / files);
        for (int from = 0; from < shuffled.size(); from += per) {
            List<Entry> part = shuffled.subList(from, Math.min(shuffled.size(), from + per));
            log = log.merge(Progress.parse(csv(part), "part.csv", plan));
        }
        return log;
    }

    private static double expected(List<Entry> entries, int day, boolean carryForward) {
        LocalDate date = START.plusDays(day);
        LocalDate quarter = LocalDate.of(2023, (date.getMonthValue() - 1) / 3 * 3 + 1, 1);
        double sum = 0;
        for (int u = 0; u < 6; u++) {
            Entry latest = null;
            for (Entry e : entries) {
                if (e.unit() == u && e.day() <= day && (latest == null || e.day() > latest.day())) {
                    latest = e;
                }
            }
            if (latest != null && (carryForward || !START.plusDays(latest.day()).isBefore(quarter))) {
                sum += latest.value();
            }
        }
        return sum;
    }

    @Property(tries = 200)
    void theRolledUpValueIsTheSumOfTheUnitsLatestValues(@ForAll("entries") List<Entry> entries,
            @ForAll boolean carryForward, @ForAll long seed, @ForAll @IntRange(min = 1, max = 5) int files) {
        Plan plan = plan(carryForward);
        ProgressLog rolled = RollUp.standard().values(plan, read(plan, entries, seed, files));

        for (Entry e : entries) {
            LocalDate date = START.plusDays(e.day());
            Report r = rolled.latest("t", date).orElseThrow();
            assertThat(r.date()).isEqualTo(date);
            assertThat(((Value.Amount) r.value()).value()).isCloseTo(expected(entries, e.day(), carryForward),
                    within(1e-6));
        }
        if (entries.isEmpty()) {
            assertThat(rolled.series("t")).isEmpty();
        }
    }
}
