package io.github.policyplan.rollup;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policyplan.model.Breakdown;
import io.github.policyplan.model.Plan;
import io.github.policyplan.model.Report;
import io.github.policyplan.model.Value;
import io.github.policyplan.progress.ProgressLog;
import io.github.policyplan.progress.UnitCursor;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * A log lays its units' reports out by breakdown when it is built, and {@link UnitCursor} reads them there
 * for the plan object the log was made for; for another plan object it finds them by key and packs them.
 * Whichever way a log is built — all at once, report by report in any order, merged, corrected — it must
 * hold the same reports in the same order (the plan's targets, then every other key sorted, as before the
 * layout), both cursors must read exactly each unit's series, and rolling up must give the same log.
 */
class UnitLayoutProperties {

    private static final String[] UNITS = {"cgz", "xjz", "mpz"};
    private static final String[] TARGETS = {"funds", "growth", "plain"};

    @Property(tries = 200)
    void everyWayOfBuildingALogLaysOutTheUnitsAlike(@ForAll long seed,
            @ForAll @IntRange(min = 0, max = 8) int perUnit, @ForAll @IntRange(min = 1, max = 5) int chunks) {
        Plan plan = BreakdownFixtures.plan("");
        Plan same = BreakdownFixtures.plan("");
        Random random = new Random(seed);
        List<Report> reports = reports(random, perUnit);
        List<Report> strangers = strangers(random);
        ProgressLog atOnce = ProgressLog.of(plan, reports).plus(strangers);

        List<Report> shuffled = new ArrayList<>(reports);
        Collections.shuffle(shuffled, random);
        ProgressLog piecemeal = ProgressLog.empty(plan).plus(strangers);
        ProgressLog other = ProgressLog.empty(plan);
        for (int c = 0; c < chunks; c++) {
            List<Report> part = shuffled.subList(c * shuffled.size() / chunks, (c + 1) * shuffled.size() / chunks);
            piecemeal = piecemeal.plus(part);
            other = c % 2 == 0 ? other : other.merge(ProgressLog.of(plan, part));
        }
        for (int c = 0; c < chunks; c += 2) {
            other = other.merge(ProgressLog.of(plan, shuffled.subList(c * shuffled.size() / chunks,
                    (c + 1) * shuffled.size() / chunks)));
        }
        other = other.plus(strangers);
        List<Report> all = new ArrayList<>(reports);
        all.addAll(strangers);

        for (ProgressLog log : List.of(piecemeal, other)) {
            assertThat(log).isEqualTo(atOnce);
            assertThat(log.reports()).containsExactlyElementsOf(atOnce.reports());
            assertThat(RollUp.standard().values(plan, log)).isEqualTo(RollUp.standard().values(plan, atOnce));
        }
        assertThat(atOnce.reports()).containsExactlyElementsOf(inLogOrder(plan, all));
        for (Report r : all) {
            assertThat(atOnce.latest(r.target(), r.date())).contains(r);
        }
        assertReadAlike(plan, same, atOnce);
        assertThat(RollUp.standard().values(same, atOnce)).isEqualTo(RollUp.standard().values(plan, atOnce));

        if (!reports.isEmpty()) {
            Report r = reports.get(random.nextInt(reports.size()));
            Report fixed = new Report(r.target(), r.date(), Value.of(1234.5), r.source(), r.note(), r.evidence());
            ProgressLog corrected = atOnce.correct(fixed);
            List<Report> expected = new ArrayList<>(reports);
            expected.set(reports.indexOf(r), fixed);
            ProgressLog built = ProgressLog.of(plan, expected).plus(strangers);
            expected.addAll(strangers);
            assertThat(corrected.reports()).containsExactlyElementsOf(inLogOrder(plan, expected));
            assertReadAlike(plan, same, corrected);
            assertThat(RollUp.standard().values(plan, corrected)).isEqualTo(RollUp.standard().values(plan, built));
        }
    }

    /** Both cursors, the log's own layout and the packed one, read exactly each unit's series. */
    private static void assertReadAlike(Plan plan, Plan same, ProgressLog log) {
        UnitCursor own = UnitCursor.of(plan, log);
        UnitCursor packed = UnitCursor.of(same, log);
        for (int b = 0; b < plan.breakdowns().size(); b++) {
            Breakdown d = plan.breakdowns().get(b);
            for (int u = 0; u < own.units(b); u++) {
                List<Report> series = log.series(Breakdown.reportKey(d.target(), d.units().get(u).unit()));
                for (UnitCursor c : List.of(own, packed)) {
                    assertThat(c.end(b, u) - c.first(b, u)).isEqualTo(series.size());
                    for (int k = 0; k < series.size(); k++) {
                        int p = c.first(b, u) + k;
                        assertThat(LocalDate.ofEpochDay(c.day(b, p))).isEqualTo(series.get(k).date());
                        assertThat(c.value(b, p)).isEqualTo(series.get(k).value());
                        assertThat(c.isLevel(b, p)).isFalse();
                        assertThat(c.amount(b, p)).isEqualTo(((Value.Amount) series.get(k).value()).value());
                    }
                }
            }
        }
    }

    /** The order a log lists reports in: the plan's targets in plan order, then every other key sorted; by date. */
    private static List<Report> inLogOrder(Plan plan, List<Report> reports) {
        List<Report> sorted = new ArrayList<>(reports);
        sorted.sort(Comparator.comparingInt((Report r) -> plan.indexOf(r.target()) < 0 ? Integer.MAX_VALUE
                : plan.indexOf(r.target())).thenComparing(Report::target).thenComparing(Report::date));
        return sorted;
    }

    /** Reports on keys that are neither the plan's targets nor its units, added unchecked: kept by key. */
    private static List<Report> strangers(Random random) {
        List<Report> out = new ArrayList<>();
        for (String key : List.of("funds@aaa", "funds@cgz0", "growth@zzz", "zz", "a", "funds-old")) {
            if (random.nextBoolean()) {
                out.add(Report.of(key, LocalDate.of(2023, 1 + random.nextInt(12), 1), random.nextInt(100)));
            }
        }
        return out;
    }

    /**
     * Random reports on units of breakdowns and on targets' own, on days without repeats: a number each,
     * some with a source, for some units none.
     */
    private static List<Report> reports(Random random, int perUnit) {
        List<Report> out = new ArrayList<>();
        for (String target : TARGETS) {
            List<String> keys = new ArrayList<>();
            keys.add(target);
            if (!target.equals("plain")) {
                for (String unit : UNITS) {
                    keys.add(Breakdown.reportKey(target, unit));
                }
            }
            for (String key : keys) {
                int n = random.nextInt(4) == 0 ? 0 : random.nextInt(perUnit + 1);
                random.ints(0, 365).distinct().limit(n).forEach(day -> out.add(Report.of(key,
                        LocalDate.of(2023, 1, 1).plusDays(day), random.nextInt(10000) / 100.0)));
            }
        }
        if (random.nextBoolean() && !out.isEmpty()) {
            Report r = out.get(random.nextInt(out.size()));
            out.set(out.indexOf(r), new Report(r.target(), r.date(), r.value(), java.util.Optional.of("统计局"),
                    r.note(), r.evidence()));
        }
        return out;
    }
}
