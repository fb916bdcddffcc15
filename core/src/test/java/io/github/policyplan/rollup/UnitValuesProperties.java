package io.github.policyplan.rollup;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policyplan.model.Breakdown;
import io.github.policyplan.model.Plan;
import io.github.policyplan.model.Report;
import io.github.policyplan.model.Value;
import io.github.policyplan.progress.Progress;
import io.github.policyplan.progress.ProgressLog;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * {@link RollUp#values} reads the units' reports through primitive arrays and walks each unit's reports
 * and the dates once ({@link UnitValues}); it must give exactly the log the straightforward computation
 * gives — every date some unit reported on, each unit's latest report found by its {@code Report}s, the
 * values combined date by date ({@link Combiner#at}) — for every way of combining, with and without carrying
 * reports forward, with the targets' own reports winning or replaced, on random reports.
 */
class UnitValuesProperties {

    private static final String[] UNITS = {"cgz", "xjz", "mpz"};
    private static final String[] STAGES = {"洽谈", "签约", "开工"};
    private static final String[] SETTINGS = {"", "breakdown-settings: {carry-forward: true}",
        "breakdown-settings: {score: units}", "breakdown-settings: {carry-forward: true, score: units}",
        "cadence: yearly", "cadence: monthly"};

    @Property(tries = 300)
    void theFastPathGivesTheSameLogAsTheStraightforwardOne(@ForAll long seed,
            @ForAll @IntRange(min = 0, max = 5) int settings, @ForAll @IntRange(min = 0, max = 12) int perUnit) {
        Plan plan = BreakdownFixtures.plan(SETTINGS[settings]);
        ProgressLog log = Progress.parse(reports(new Random(seed), perUnit), "random.csv", plan);

        assertThat(RollUp.standard().values(plan, log)).isEqualTo(reference(plan, log));
        assertThat(RollUp.standard().values(plan, log).reports()).containsExactlyElementsOf(reference(plan, log)
                .reports());
    }

    /** Random reports: up to {@code perUnit} a unit and target, some units none, some targets' own reports. */
    private static String reports(Random random, int perUnit) {
        StringBuilder csv = new StringBuilder("target,unit,date,value,source,note\n");
        for (String target : List.of("funds", "rate", "growth", "project")) {
            for (String unit : UNITS) {
                int n = random.nextInt(4) == 0 ? 0 : random.nextInt(perUnit + 1);
                for (int day : days(random, n)) {
                    csv.append(target).append(',').append(unit).append(',').append(LocalDate.of(2023, 1, 1)
                            .plusDays(day)).append(',').append(value(random, target)).append(",,\n");
                }
            }
            for (int day : days(random, random.nextInt(3) == 0 ? random.nextInt(4) : 0)) {
                String own = target.equals("project") ? STAGES[random.nextInt(3)]
                        : String.valueOf(random.nextInt(1000) / 10.0);
                csv.append(target).append(",,").append(LocalDate.of(2023, 1, 1).plusDays(day)).append(',')
                        .append(own).append(",,\n");
            }
        }
        return csv.toString();
    }

    /** Distinct days of 2023, often month ends shared between units. */
    private static Set<Integer> days(Random random, int n) {
        Set<Integer> days = new TreeSet<>();
        while (days.size() < n) {
            days.add(random.nextBoolean() ? LocalDate.of(2023, 1 + random.nextInt(12), 1).plusMonths(1)
                    .minusDays(1).getDayOfYear() - 1 : random.nextInt(365));
        }
        return days;
    }

    private static String value(Random random, String target) {
        return switch (target) {
            case "rate" -> {
                int whole = 1 + random.nextInt(300);
                yield random.nextInt(whole + 1) + "/" + whole;
            }
            case "project" -> STAGES[random.nextInt(3)];
            case "growth" -> String.valueOf((random.nextInt(3000) - 1000) / 100.0);
            default -> String.valueOf(random.nextInt(100000) / 1000.0);
        };
    }

    /** The roll-up as it was computed before the fast path: every date, each unit's series, date by date. */
    private static ProgressLog reference(Plan plan, ProgressLog log) {
        List<Report> added = new ArrayList<>();
        Set<String> replaced = new HashSet<>();
        boolean fromUnits = plan.breakdownSettings().scoreFromUnits();
        for (Breakdown b : plan.breakdowns()) {
            List<Report> own = log.series(b.target());
            Set<LocalDate> ownDates = new HashSet<>();
            if (!own.isEmpty() && fromUnits) {
                replaced.add(b.target());
            } else {
                own.forEach(r -> ownDates.add(r.date()));
            }
            Combiner c = new Combiner(plan, b, log);
            for (long day : c.dates()) {
                LocalDate date = LocalDate.ofEpochDay(day);
                Optional<Value> v = ownDates.contains(date) ? Optional.empty() : c.at(date).value();
                v.ifPresent(value -> added.add(new Report(b.target(), date, value, Optional.empty(),
                        Optional.empty(), Optional.empty())));
            }
        }
        List<Report> all = new ArrayList<>();
        for (Report r : log.reports()) {
            if (!replaced.contains(r.target())) {
                all.add(r);
            }
        }
        all.addAll(added);
        return replaced.isEmpty() ? log.plus(added) : ProgressLog.of(plan, all);
    }
}
