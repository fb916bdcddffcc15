package io.github.policyplan.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.policyplan.model.Plan;
import io.github.policyplan.model.Report;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * On random reports — targets across three blocks, in date order for each target or shuffled, with
 * repeats, conflicts, -0 and dates outside the plan period — {@link LogBuilder} fed columns, fed one
 * call a report, and {@link ProgressLog#of} fed {@link Report}s give the same log with the same reports
 * in the same order, or all three refuse; the two builders with the same problems.
 */
class LogBuilderProperties {

    private static final Plan PLAN = ProgressLogBlocksTest.plan();

    @Property(tries = 200)
    void columnsCallsAndReportsGiveTheSameLog(@ForAll long seed, @ForAll @IntRange(min = 0, max = 3) int shape,
            @ForAll @IntRange(min = 0, max = 2000) int count) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = PLAN.targets().size();
        int first = (int) PLAN.period().start().toEpochDay();
        // Shape 0: each target's days strictly increasing (the laid-out path); 1: shuffled; 2: with repeats
        // and conflicts; 3: with dates outside the period as well.
        int[] targets = new int[count];
        int[] days = new int[count];
        double[] values = new double[count];
        int[] lastDay = new int[n];
        Arrays.fill(lastDay, first - 1);
        for (int k = 0; k < count; k++) {
            int t = random.nextInt(shape == 0 ? n : Math.max(1, n / 8));
            int day;
            if (shape == 0) {
                day = lastDay[t] + 1 + random.nextInt(3);
                if (day > first + 364) {
                    continue;
                }
                lastDay[t] = day;
            } else {
                day = first + random.nextInt(shape == 1 ? 365 : 20) - (shape == 3 && random.nextInt(50) == 0 ? 400 : 0);
            }
            targets[k] = t;
            days[k] = day;
            values[k] = random.nextInt(10) == 0 ? -0.0 : random.nextInt(shape >= 2 ? 3 : 1000);
        }
        if (shape == 0) {
            // Drop the unused rows at the end of the period: they would be target 0 on day 0.
            int kept = 0;
            for (int k = 0; k < count; k++) {
                if (days[k] != 0) {
                    targets[kept] = targets[k];
                    days[kept] = days[k];
                    values[kept++] = values[k];
                }
            }
            targets = Arrays.copyOf(targets, kept);
            days = Arrays.copyOf(days, kept);
            values = Arrays.copyOf(values, kept);
        }
        List<Report> reports = new ArrayList<>();
        for (int k = 0; k < targets.length; k++) {
            reports.add(Report.of(PLAN.targets().get(targets[k]).id(), LocalDate.ofEpochDay(days[k]), values[k]));
        }
        LogBuilder byCall = LogBuilder.of(PLAN);
        for (int k = 0; k < targets.length; k++) {
            byCall.add(targets[k], days[k], values[k]);
        }
        int half = targets.length / 2;
        LogBuilder byColumns = LogBuilder.of(PLAN, targets.length)
                .addAll(Arrays.copyOf(targets, half), Arrays.copyOf(days, half), Arrays.copyOf(values, half))
                .addAll(Arrays.copyOfRange(targets, half, targets.length), Arrays.copyOfRange(days, half, days.length),
                        Arrays.copyOfRange(values, half, values.length));
        Throwable ofProblem = catchThrowable(() -> ProgressLog.of(PLAN, reports));
        Throwable callProblem = catchThrowable(byCall::build);
        Throwable columnProblem = catchThrowable(byColumns::build);
        if (ofProblem == null) {
            assertThat(callProblem).isNull();
            assertThat(columnProblem).isNull();
            ProgressLog of = ProgressLog.of(PLAN, reports);
            ProgressLog columns = LogBuilder.of(PLAN).addAll(targets, days, values).build();
            assertThat(columns).isEqualTo(of);
            assertThat(columns.reports()).containsExactlyElementsOf(of.reports());
            assertThat(columns.size()).isEqualTo(of.size());
        } else {
            assertThat(ofProblem).isInstanceOf(IllegalArgumentException.class);
            assertThat(callProblem).isInstanceOf(IllegalArgumentException.class);
            assertThat(columnProblem).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage(callProblem.getMessage());
        }
    }
}
