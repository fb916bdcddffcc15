package io.github.policyplan.scoring;

import io.github.policyplan.core.Explanation;
import io.github.policyplan.core.NumberText;
import io.github.policyplan.model.Checkpoint;
import io.github.policyplan.model.Direction;
import io.github.policyplan.model.Goal;
import io.github.policyplan.model.MeasureKind;
import io.github.policyplan.model.PlanPeriod;
import io.github.policyplan.model.ScheduleKind;
import io.github.policyplan.model.Target;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What a target is expected to have reached by a date (时序进度), by its {@link ScheduleKind}:
 * <ul>
 *   <li>{@code linear}: a straight line from the start value at the origin (the day before the target's
 *       {@code start}, else the baseline's date, else the day before the plan period starts) to the goal at
 *       the due date, through any checkpoints —
 *       时间过半、任务过半;</li>
 *   <li>{@code steps}: the latest checkpoint's value, the goal from the due date;</li>
 *   <li>{@code at-due}: nothing before the due date, the goal from it;</li>
 *   <li>{@code per-year}: the goal again each calendar year, linear within the year; only reports of
 *       that year count;</li>
 *   <li>{@code constant}: the goal itself at every date (growth rates, ranks, levels without a baseline).</li>
 * </ul>
 * Day counts are exact calendar days ({@link ChronoUnit#DAYS}), so leap years, month and quarter ends
 * need no special case.
 */
final class Schedules {

    private Schedules() {
    }

    /**
     * The expectation at a date.
     *
     * @param value       what is expected; empty when nothing is expected yet
     * @param start       the schedule's start value, NaN when it has none (constant schedules)
     * @param windowStart reports dated on or before this day do not count (per-year: the end of last year);
     *                    empty when every report counts
     * @param words       how the expected value follows, in English and Chinese; written when asked for,
     *                    since scoring needs only the numbers
     */
    record Expectation(Optional<Goal> value, double start, Optional<LocalDate> windowStart,
            Supplier<Explanation> words) {

        static Expectation of(Goal value, double start, Supplier<Explanation> words) {
            return new Expectation(Optional.of(value), start, Optional.empty(), words);
        }

        static Expectation nothing(double start, Supplier<Explanation> words) {
            return new Expectation(Optional.empty(), start, Optional.empty(), words);
        }

        boolean expects() {
            return value.isPresent();
        }

        String english() {
            return words.get().inEnglish();
        }

        String chinese() {
            return words.get().inChinese();
        }
    }

    /** The schedule a target follows: the one it names, else its measure's. */
    static ScheduleKind of(Target t) {
        return t.schedule().isPresent() ? ScheduleKind.of(t.schedule().get()) : defaultFor(t);
    }

    /** The schedule a target follows when its plan names none. */
    static ScheduleKind defaultFor(Target t) {
        if (t.measure().direction() == Direction.WITHIN_BAND) {
            return ScheduleKind.CONSTANT;
        }
        return switch (t.measure().kind()) {
            case COUNT, THRESHOLD -> ScheduleKind.LINEAR;
            case LEVEL, SHARE -> t.baseline().isPresent() || !t.checkpoints().isEmpty() ? ScheduleKind.LINEAR
                    : ScheduleKind.CONSTANT;
            case RATE_PER_YEAR -> ScheduleKind.PER_YEAR;
            case MILESTONE -> t.checkpoints().isEmpty() ? ScheduleKind.AT_DUE : ScheduleKind.STEPS;
            case GRADE -> ScheduleKind.AT_DUE;
            case GROWTH_RATE, RANK -> ScheduleKind.CONSTANT;
        };
    }

    /** The start value: the baseline, or 0 for amounts built up within the period, NaN otherwise. */
    static double start(Target t) {
        if (t.baseline().isPresent()) {
            return t.baseline().get().value();
        }
        MeasureKind kind = t.measure().kind();
        return kind == MeasureKind.COUNT || kind == MeasureKind.THRESHOLD || kind == MeasureKind.RATE_PER_YEAR ? 0
                : Double.NaN;
    }

    /**
     * The day the schedule's clock starts: the day before the target's start, else the baseline's date, else
     * the day before the period starts.
     */
    static LocalDate origin(Target t, PlanPeriod period) {
        if (t.start().isPresent()) {
            return t.start().get().minusDays(1);
        }
        LocalDate dayBefore = period.start().minusDays(1);
        if (t.baseline().isPresent() && t.baseline().get().date().isPresent()) {
            LocalDate d = t.baseline().get().date().get();
            return d.isBefore(t.due()) ? d : dayBefore;
        }
        return dayBefore;
    }

    /**
     * Tells whether a target's expectation is a plain straight line that its figures hold: the linear
     * schedule, a numeric goal and start, no checkpoints. {@link #along} then gives its value.
     */
    static boolean isPlainLine(Target t, ScheduleKind schedule) {
        return isPlainLine(t, schedule, t.goal() instanceof Goal.Amount);
    }

    /** As {@link #isPlainLine(Target, ScheduleKind)}, for a target whose goal is a number when {@code numberGoal} says so. */
    static boolean isPlainLine(Target t, ScheduleKind schedule, boolean numberGoal) {
        return schedule == ScheduleKind.LINEAR && numberGoal && t.measure().kind().isNumeric()
                && t.checkpoints().isEmpty() && !Double.isNaN(start(t));
    }

    /**
     * The value a straight line from {@code a} to {@code b} reaches after {@code elapsed} of {@code total}
     * days: the linear schedule's arithmetic, whether scoring reads a target's figures or its objects.
     */
    static double along(double a, double b, long elapsed, long total) {
        double e = a + (b - a) * elapsed / total;
        if (!Double.isFinite(e)) {
            // b − a overflows for values near the largest double; this form cannot.
            double f = (double) elapsed / total;
            e = a * (1 - f) + b * f;
        }
        return e;
    }

    static Expectation expected(Target t, PlanPeriod period, ScheduleKind schedule, LocalDate asOf) {
        Goal goal = t.goal();
        double start = start(t);
        if (!asOf.isBefore(t.due()) && schedule != ScheduleKind.PER_YEAR) {
            return Expectation.of(goal, start, () -> Explanation.of("expected " + goal + unit(t)
                    + ": the goal, due " + t.due(), "时序目标 " + goal + unit(t) + "：即目标值（" + t.due() + "到期）"));
        }
        return switch (schedule) {
            case CONSTANT -> Expectation.of(goal, Double.NaN, () -> Explanation.of("expected " + goal + unit(t)
                    + ": the goal itself, judged at every date", "时序目标 " + goal + unit(t) + "：即目标值，逐期对照"));
            case AT_DUE -> Expectation.nothing(start, () -> Explanation.of(
                    "nothing is expected before the due date " + t.due(), "到期日" + t.due() + "前不考核"));
            case STEPS -> steps(t, start, asOf);
            case PER_YEAR -> perYear(t, period, asOf);
            case LINEAR -> linear(t, period, start, asOf);
        };
    }

    private static String unit(Target t) {
        String unit = t.measure().unit();
        return unit.isEmpty() || !(t.goal() instanceof Goal.Amount) ? "" : " " + unit;
    }

    private static Expectation steps(Target t, double start, LocalDate asOf) {
        Optional<Checkpoint> latest = Optional.empty();
        for (Checkpoint c : t.checkpoints()) {
            if (!c.date().isAfter(asOf) && c.expected().isSet()) {
                latest = Optional.of(c);
            }
        }
        if (latest.isEmpty()) {
            return Expectation.nothing(start, () -> Explanation.of("nothing is expected before the first checkpoint",
                    "首个节点前不考核"));
        }
        Checkpoint last = latest.get();
        return Expectation.of(last.expected(), start, () -> Explanation.of("expected " + last.expected()
                + " by the checkpoint " + last.date(), "时序目标 " + last.expected() + "（节点 " + last.date() + "）"));
    }

    /** The stretch of a linear schedule that a date falls in: from the origin or a checkpoint to the next. */
    private record Stretch(LocalDate from, LocalDate to, double a, double b, boolean viaCheckpoints) {

        static Stretch at(Target t, LocalDate origin, double start, double goal, LocalDate asOf) {
            if (t.checkpoints().isEmpty()) {
                return new Stretch(origin, t.due(), start, goal, false);
            }
            List<LocalDate> dates = new ArrayList<>();
            List<Double> values = new ArrayList<>();
            dates.add(origin);
            values.add(start);
            for (Checkpoint c : t.checkpoints()) {
                if (c.expected() instanceof Goal.Amount amount && c.date().isAfter(origin)) {
                    dates.add(c.date());
                    values.add(amount.value());
                }
            }
            if (dates.get(dates.size() - 1).isBefore(t.due())) {
                dates.add(t.due());
                values.add(goal);
            }
            int i = 0;
            while (i + 1 < dates.size() - 1 && !asOf.isBefore(dates.get(i + 1))) {
                i++;
            }
            return new Stretch(dates.get(i), dates.get(i + 1), values.get(i), values.get(i + 1), dates.size() > 2);
        }
    }

    private static Expectation linear(Target t, PlanPeriod period, double start, LocalDate asOf) {
        if (!(t.goal() instanceof Goal.Amount goal) || Double.isNaN(start)) {
            return steps(t, start, asOf);
        }
        LocalDate origin = origin(t, period);
        if (!asOf.isAfter(origin)) {
            return Expectation.nothing(start, () -> Explanation.of("nothing is expected on or before " + origin,
                    origin + "及之前不考核"));
        }
        Stretch s = Stretch.at(t, origin, start, goal.value(), asOf);
        long elapsed = ChronoUnit.DAYS.between(s.from(), asOf);
        long total = ChronoUnit.DAYS.between(s.from(), s.to());
        double e = along(s.a(), s.b(), elapsed, total);
        return Expectation.of(Goal.of(e), start, new LinearWords(e, s, elapsed, total));
    }

    /** The words of a linear expectation. */
    private record LinearWords(double e, Stretch s, long elapsed, long total) implements Supplier<Explanation> {
        @Override
        public Explanation get() {
            String formula = NumberText.format(e) + " = " + NumberText.format(s.a()) + " + (" + NumberText.format(s.b())
                    + " − " + NumberText.format(s.a()) + ") × " + elapsed + "/" + total;
            return Explanation.of("expected " + formula + " (linear from " + s.from() + " to " + s.to()
                    + (s.viaCheckpoints() ? ", through the checkpoints" : "") + ")", "时序目标 " + formula + "（自"
                    + s.from() + "至" + s.to() + "线性推进" + (s.viaCheckpoints() ? "，经各节点" : "，时间过半、任务过半")
                    + "）");
        }
    }

    private static Expectation perYear(Target t, PlanPeriod period, LocalDate date) {
        LocalDate asOf = date.isAfter(t.due()) ? t.due() : date;
        if (!(t.goal() instanceof Goal.Amount amount)) {
            return steps(t, 0, asOf);
        }
        double g = amount.value();
        LocalDate origin = origin(t, period);
        LocalDate yearBefore = LocalDate.of(asOf.getYear() - 1, 12, 31);
        LocalDate from = yearBefore.isAfter(origin) ? yearBefore : origin;
        LocalDate yearEnd = LocalDate.of(asOf.getYear(), 12, 31);
        LocalDate to = yearEnd.isBefore(t.due()) ? yearEnd : t.due();
        Optional<LocalDate> window = Optional.of(from);
        if (!asOf.isAfter(from)) {
            return new Expectation(Optional.empty(), 0, window, () -> Explanation.of("nothing is expected on or before "
                    + from, from + "及之前不考核"));
        }
        if (!asOf.isBefore(to) || !to.isAfter(from)) {
            return new Expectation(Optional.of(t.goal()), 0, window, () -> Explanation.of("expected "
                    + NumberText.format(g) + unit(t) + " in " + asOf.getYear() + ": the yearly goal", "时序目标 "
                    + NumberText.format(g) + unit(t) + "：" + asOf.getYear() + "年全年目标"));
        }
        long elapsed = ChronoUnit.DAYS.between(from, asOf);
        long total = ChronoUnit.DAYS.between(from, to);
        double e = g * elapsed / total;
        if (!Double.isFinite(e)) {
            e = g * ((double) elapsed / total);
        }
        double expected = e;
        return new Expectation(Optional.of(Goal.of(e)), 0, window, () -> {
            String formula = NumberText.format(expected) + " = " + NumberText.format(g) + " × " + elapsed + "/" + total;
            return Explanation.of("expected " + formula + " (" + NumberText.format(g) + unit(t) + " a year; "
                    + asOf.getYear() + " so far, from " + from + " to " + to + ")", "时序目标 " + formula + "（每年"
                    + NumberText.format(g) + unit(t) + "；" + asOf.getYear() + "年以来，自" + from + "至" + to + "）");
        });
    }
}
