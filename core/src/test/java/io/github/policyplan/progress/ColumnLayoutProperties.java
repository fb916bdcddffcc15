package io.github.policyplan.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.policyplan.model.Department;
import io.github.policyplan.model.Goal;
import io.github.policyplan.model.Item;
import io.github.policyplan.model.Measure;
import io.github.policyplan.model.MeasureKind;
import io.github.policyplan.model.Plan;
import io.github.policyplan.model.PlanPeriod;
import io.github.policyplan.model.Section;
import io.github.policyplan.model.Target;
import io.github.policyplan.model.UnitKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * A {@link LogBuilder}'s first {@link LogBuilder#addAll} lays the columns out straight into the log
 * ({@link ColumnLayout}) when every report fits; these properties hold it to the checked path, one
 * {@link LogBuilder#add} a report. On plans of counts, shares in %, amounts and milestones (of 300 targets
 * across three blocks, and of 100), random reports — given target after target or in any order, each target's days rising or not,
 * with faults now and then (NaN, infinities, a count below 0, a share above 100, a number on a milestone,
 * a date outside the period, a repeat, a conflict, and at the end repeats and contradictions of earlier
 * reports) — are fed as a first {@code addAll} of some of them and
 * then the rest as a mix of {@code add}, {@code addAll}, {@code add} with texts and {@code addLevel}: the
 * log equals the one built report by report, with the same reports in the same order, or both refuse with
 * the same message, report numbers included; numbers alone, all in one first {@code addAll}, likewise.
 */
class ColumnLayoutProperties {

    /** Plans of 300 targets (three blocks) and of 100: the targets' copy kept as chars, and as bytes. */
    private static final Plan LARGE = plan(300);
    private static final Plan SMALL = plan(100);
    private static final int FIRST = (int) LARGE.period().start().toEpochDay();

    private static Plan plan(int size) {
        Plan.Builder b = Plan.builder("layout", "排布").issuer("县委").period(PlanPeriod.years(2023, 2023))
                .department(Department.of("d", "县发改委", UnitKind.DEPARTMENT));
        List<Target> targets = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            Target.Builder t = Target.builder("s1.i1.t" + i, "目标" + i).due(LocalDate.of(2023, 12, 31)).lead("d");
            switch (i % 4) {
                case 0 -> t.measure(MeasureKind.COUNT, "个").goal(12);
                case 1 -> t.measure(MeasureKind.SHARE, "%").goal(60);
                case 2 -> t.measure(MeasureKind.LEVEL, "亿元").goal(-5);
                default -> t.measure(Measure.milestone(List.of("开工", "建成"))).goal(Goal.level("建成"));
            }
            targets.add(t.build());
        }
        return b.section(Section.builder("s1", "一").item(new Item("s1.i1", "一要", 1, targets, Optional.empty()))
                .build()).build();
    }

    @Property(tries = 300)
    void aFirstAddAllLaidOutBuildsWhatReportByReportBuilds(@ForAll long seed,
            @ForAll @IntRange(min = 0, max = 600) int count, @ForAll boolean byTarget, @ForAll boolean rising,
            @ForAll @IntRange(min = 0, max = 3) int faults, @ForAll boolean texts, @ForAll boolean small) {
        SplittableRandom random = new SplittableRandom(seed);
        Plan plan = small ? SMALL : LARGE;
        Reports r = reports(random, plan.targets().size(), count, byTarget, rising, faults, texts);
        // The first call takes numbers alone: up to the first report of a stage or with a text.
        int numbers = 0;
        while (numbers < r.size() && r.plain(numbers)) {
            numbers++;
        }
        int prefix = random.nextInt(numbers + 1);
        LogBuilder mixed = LogBuilder.of(plan, r.size());
        LogBuilder oneByOne = LogBuilder.of(plan);
        Throwable mixedFailure = catchThrowable(() -> {
            mixed.addAll(Arrays.copyOf(r.targets, prefix), Arrays.copyOf(r.days, prefix),
                    Arrays.copyOf(r.values, prefix));
            feed(mixed, r, prefix, random);
        });
        Throwable oneFailure = catchThrowable(() -> feed(oneByOne, r, 0, null));
        if (oneFailure != null) {
            // A target index outside the plan: thrown at once, by both, at the same report.
            assertThat(mixedFailure).isInstanceOf(oneFailure.getClass()).hasMessage(oneFailure.getMessage());
            return;
        }
        assertThat(mixedFailure).isNull();
        assertThat(mixed.added()).isEqualTo(oneByOne.added()).isEqualTo(r.size());
        ProgressLog[] logs = new ProgressLog[2];
        Throwable mixedRefusal = catchThrowable(() -> logs[0] = mixed.build());
        Throwable oneRefusal = catchThrowable(() -> logs[1] = oneByOne.build());
        if (oneRefusal == null) {
            assertThat(mixedRefusal).isNull();
            assertThat(logs[0]).isEqualTo(logs[1]);
            assertThat(logs[0].reports()).containsExactlyElementsOf(logs[1].reports());
            assertThat(logs[0].size()).isEqualTo(logs[1].size());
            if (!texts) {
                // All of them in one first call: laid out whole when they fit.
                ProgressLog whole = LogBuilder.of(plan).addAll(r.targets, r.days, r.values).build();
                assertThat(whole).isEqualTo(logs[1]);
                assertThat(whole.reports()).containsExactlyElementsOf(logs[1].reports());
            }
        } else {
            assertThat(mixedRefusal).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage(oneRefusal.getMessage());
            if (!texts) {
                Throwable whole = catchThrowable(() -> LogBuilder.of(plan).addAll(r.targets, r.days, r.values)
                        .build());
                assertThat(whole).isInstanceOf(IllegalArgumentException.class).hasMessage(oneRefusal.getMessage());
            }
        }
    }

    /**
     * Feeds reports {@code [from, size)}: one {@code add} (or {@code addLevel}) each when {@code random} is
     * null, else a random mix of single calls and runs of columns (of numbers with no text). A stage goes
     * through {@code addLevel}, a number with a text through {@code add} with texts.
     */
    private static void feed(LogBuilder b, Reports r, int from, SplittableRandom random) {
        int k = from;
        while (k < r.size()) {
            if (random != null && r.plain(k) && random.nextInt(3) == 0) {
                int to = k + 1;
                while (to < r.size() && r.plain(to) && to - k < 20) {
                    to++;
                }
                b.addAll(Arrays.copyOfRange(r.targets, k, to), Arrays.copyOfRange(r.days, k, to),
                        Arrays.copyOfRange(r.values, k, to));
                k = to;
                continue;
            }
            if (r.level[k] != null) {
                b.addLevel(r.targets[k], r.days[k], r.level[k]);
            } else if (r.source[k] != null) {
                b.add(r.targets[k], r.days[k], r.values[k], r.source[k], null, null);
            } else {
                b.add(r.targets[k], r.days[k], r.values[k]);
            }
            k++;
        }
    }

    /** Reports as columns, with a level (for a milestone) or texts on some. */
    private record Reports(int[] targets, int[] days, double[] values, String[] level, String[] source) {
        int size() {
            return targets.length;
        }

        /** Whether report k is a number with no text, as columns give it. */
        boolean plain(int k) {
            return level[k] == null && source[k] == null;
        }
    }

    /** Reports on random targets; with {@code texts}, on milestones too (by level) and some with texts. */
    private static Reports reports(SplittableRandom random, int size, int count, boolean byTarget, boolean rising,
            int faults, boolean texts) {
        int[] targets = new int[count];
        int[] days = new int[count];
        double[] values = new double[count];
        String[] level = new String[count];
        String[] source = new String[count];
        int[] lastDay = new int[size];
        Arrays.fill(lastDay, FIRST - 1);
        for (int k = 0; k < count; k++) {
            int t = random.nextInt(size);
            if (!texts && t % 4 == 3) {
                t--;
            }
            targets[k] = t;
            int day = rising ? Math.min(FIRST + 364, lastDay[t] + 1 + random.nextInt(20)) : FIRST + random.nextInt(40);
            lastDay[t] = day;
            days[k] = day;
            values[k] = value(random, t);
            if (t % 4 == 3) {
                level[k] = random.nextBoolean() ? "开工" : "建成";
            }
            if (texts && random.nextInt(5) == 0) {
                source[k] = "统计局";
            }
            if (faults > 0 && random.nextInt(200 / faults) == 0) {
                fault(random, size, targets, days, values, level, k);
            }
        }
        if (byTarget) {
            sortByTarget(size, targets, days, values, level, source);
        }
        Reports r = new Reports(targets, days, values, level, source);
        return count == 0 ? r : echoes(random, r, faults);
    }

    /**
     * Appends reports that repeat or contradict earlier ones on their target and day: after a first call
     * laid out, the checked path must number those earlier reports right in its conflicts.
     */
    private static Reports echoes(SplittableRandom random, Reports r, int count) {
        int n = r.size() + count;
        Reports e = new Reports(Arrays.copyOf(r.targets, n), Arrays.copyOf(r.days, n), Arrays.copyOf(r.values, n),
                Arrays.copyOf(r.level, n), Arrays.copyOf(r.source, n));
        for (int k = r.size(); k < n; k++) {
            int of = random.nextInt(r.size());
            e.targets[k] = r.targets[of];
            e.days[k] = r.days[of];
            e.level[k] = r.level[of];
            e.values[k] = random.nextBoolean() ? r.values[of] : r.values[of] + 1;
        }
        return e;
    }

    private static double value(SplittableRandom random, int t) {
        return switch (t % 4) {
            case 0 -> random.nextInt(10) == 0 ? -0.0 : random.nextInt(1000);
            case 1 -> random.nextInt(1001) / 10.0;
            case 2 -> random.nextInt(2001) - 1000.5;
            default -> random.nextInt(3);
        };
    }

    private static void fault(SplittableRandom random, int size, int[] targets, int[] days, double[] values, String[] level,
            int k) {
        switch (random.nextInt(10)) {
            case 0 -> values[k] = Double.NaN;
            case 1 -> values[k] = random.nextBoolean() ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
            case 2 -> {
                targets[k] = targets[k] / 4 * 4;
                level[k] = null;
                values[k] = -1;
            }
            case 3 -> {
                targets[k] = targets[k] / 4 * 4 + 1;
                level[k] = null;
                values[k] = 100.5;
            }
            case 8 -> {
                // A number on a milestone.
                targets[k] = targets[k] / 4 * 4 + 3;
                level[k] = null;
            }
            case 4 -> days[k] = random.nextBoolean() ? FIRST - 1 : FIRST + 365;
            case 5 -> days[k] = random.nextBoolean() ? Integer.MIN_VALUE : Integer.MAX_VALUE;
            case 6 -> targets[k] = random.nextInt(20) == 0 ? (random.nextBoolean() ? -1 : size) : targets[k];
            case 7 -> {
                if (k > 0) {
                    // A repeat or a conflict of the report before, on its target and day.
                    targets[k] = targets[k - 1];
                    days[k] = days[k - 1];
                    level[k] = level[k - 1];
                    values[k] = random.nextBoolean() ? values[k - 1] : values[k - 1] + 1;
                }
            }
            default -> values[k] = Double.MAX_VALUE;
        }
    }

    /** Sorts the reports by target, stably: columns given target after target. */
    private static void sortByTarget(int size, int[] targets, int[] days, double[] values, String[] level, String[] source) {
        Integer[] order = new Integer[targets.length];
        for (int k = 0; k < order.length; k++) {
            order[k] = k;
        }
        Arrays.sort(order, (a, b) -> Integer.compare(Math.floorMod(targets[a], size + 1),
                Math.floorMod(targets[b], size + 1)));
        int[] t = targets.clone();
        int[] d = days.clone();
        double[] v = values.clone();
        String[] l = level.clone();
        String[] s = source.clone();
        for (int k = 0; k < order.length; k++) {
            targets[k] = t[order[k]];
            days[k] = d[order[k]];
            values[k] = v[order[k]];
            level[k] = l[order[k]];
            source[k] = s[order[k]];
        }
    }
}
