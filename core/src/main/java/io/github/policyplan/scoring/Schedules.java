package io.github.policyplan.scoring;

import io.github.policyplan.core.NumberText;

import io.github.policyplan.core.Explanation;

import io.github.policyplan.model.Checkpoint;
import io.github.policyplan.model.Direction;
import io.github.policyplan.model.Goal;
import io.github.policyplan.model.MeasureKind;
import io.github.policyplan.model.PlanPeriod;
import io.github.policyplan.model.Target;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * What a target is expected to have reached by a date (时序进度). The schedules:
 * <ul>
 *   <li>{@code linear}: a straight line from the start value at the origin (the baseline's date, or the
 *       day before the plan period starts) to the goal at the due date, through any checkpoints —
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
     * @param value       what is expected, or null when nothing is expected yet
     * @param start       the schedule's start value, NaN when it has none (constant schedules)
     * @param windowStart reports dated on or before this day do not count (per-year: the end of last year);
     *                    null when every report counts
     * @param words       how the expected value follows, in English and Chinese; written when asked for,
     *                    since scoring needs only the numbers
     */
    record Expectation(Goal value, double start, LocalDate windowStart, Supplier<Explanation> words) {
        boolean expects() {
            return value != null;
        }

        String english() {
            return words.get().english();
        }

        String chinese() {
            return words.get().chinese();
        }
    }

    /** The schedule a target follows when its plan names none. */
    static String defaultFor(Target t) {
        MeasureKind kind = t.measure().kind();
        if (t.measure().direction() == Direction.WITHIN_BAND) {
            return "constant";
        }
        switch (kind) {
            case COUNT:
            case THRESHOLD:
                return "linear";
            case LEVEL:
            case SHARE:
                return t.baseline().isPresent() || !t.checkpoints().isEmpty() ? "linear" : "constant";
            case RATE_PER_YEAR:
                return "per-year";
            case MILESTONE:
                return t.checkpoints().isEmpty() ? "at-due" : "steps";
            case GRADE:
                return "at-due";
            default:
                return "constant";
        }
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

    /** The day the schedule's clock starts: the baseline's date, or the day before the period starts. */
    static LocalDate origin(Target t, PlanPeriod period) {
        LocalDate dayBefore = period.start().minusDays(1);
        if (t.baseline().isPresent() && t.baseline().get().date().isPresent()) {
            LocalDate d = t.baseline().get().date().get();
            return d.isBefore(t.due()) ? d : dayBefore;
        }
        return dayBefore;
    }

    static Expectation expected(Target t, PlanPeriod period, String schedule, LocalDate asOf) {
        Goal goal = t.goal();
        double start = start(t);
        if (!asOf.isBefore(t.due()) && !schedule.equals("per-year")) {
            return new Expectation(goal, start, null, () -> new Explanation("expected " + goal + unit(t)
                    + ": the goal, due " + t.due(), "时序目标 " + goal + unit(t) + "：即目标值（" + t.due() + "到期）"));
        }
        switch (schedule) {
            case "constant":
                return new Expectation(goal, Double.NaN, null, () -> new Explanation("expected " + goal + unit(t)
                        + ": the goal itself, judged at every date", "时序目标 " + goal + unit(t) + "：即目标值，逐期对照"));
            case "at-due":
                return new Expectation(null, start, null, () -> new Explanation(
                        "nothing is expected before the due date " + t.due(), "到期日" + t.due() + "前不考核"));
            case "steps":
                return steps(t, start, asOf);
            case "per-year":
                return perYear(t, period, asOf);
            default:
                return linear(t, period, start, asOf);
        }
    }

    private static String unit(Target t) {
        String unit = t.measure().unit();
        return unit.isEmpty() || !(t.goal() instanceof Goal.Amount) ? "" : " " + unit;
    }

    private static Expectation steps(Target t, double start, LocalDate asOf) {
        Checkpoint latest = null;
        for (Checkpoint c : t.checkpoints()) {
            if (!c.date().isAfter(asOf) && c.expected().isSet()) {
                latest = c;
            }
        }
        if (latest == null) {
            return new Expectation(null, start, null, () -> new Explanation(
                    "nothing is expected before the first checkpoint", "首个节点前不考核"));
        }
        Checkpoint last = latest;
        return new Expectation(last.expected(), start, null, () -> new Explanation("expected " + last.expected()
                + " by the checkpoint " + last.date(), "时序目标 " + last.expected() + "（节点 " + last.date() + "）"));
    }

    private static Expectation linear(Target t, PlanPeriod period, double start, LocalDate asOf) {
        if (!(t.goal() instanceof Goal.Amount) || Double.isNaN(start)) {
            return steps(t, start, asOf);
        }
        LocalDate origin = origin(t, period);
        if (!asOf.isAfter(origin)) {
            return new Expectation(null, start, null, () -> new Explanation("nothing is expected on or before "
                    + origin, origin + "及之前不考核"));
        }
        LocalDate from = origin;
        LocalDate to = t.due();
        double a = start;
        double b = ((Goal.Amount) t.goal()).value();
        boolean viaCheckpoints = false;
        if (!t.checkpoints().isEmpty()) {
            List<LocalDate> dates = new ArrayList<>();
            List<Double> values = new ArrayList<>();
            dates.add(origin);
            values.add(start);
            for (Checkpoint c : t.checkpoints()) {
                if (c.expected() instanceof Goal.Amount && c.date().isAfter(origin)) {
                    dates.add(c.date());
                    values.add(((Goal.Amount) c.expected()).value());
                }
            }
            if (dates.get(dates.size() - 1).isBefore(t.due())) {
                dates.add(t.due());
                values.add(b);
            }
            int i = 0;
            while (i + 1 < dates.size() - 1 && !asOf.isBefore(dates.get(i + 1))) {
                i++;
            }
            from = dates.get(i);
            to = dates.get(i + 1);
            a = values.get(i);
            b = values.get(i + 1);
            viaCheckpoints = dates.size() > 2;
        }
        long elapsed = ChronoUnit.DAYS.between(from, asOf);
        long total = ChronoUnit.DAYS.between(from, to);
        double e = a + (b - a) * elapsed / total;
        if (!Double.isFinite(e)) {
            // b − a overflows for values near the largest double; this form cannot.
            double f = (double) elapsed / total;
            e = a * (1 - f) + b * f;
        }
        return new Expectation(Goal.of(e), start, null, new LinearWords(e, a, b, elapsed, total, from, to,
                viaCheckpoints));
    }

    /** The words of a linear expectation. */
    private record LinearWords(double e, double a, double b, long elapsed, long total, LocalDate from, LocalDate to,
            boolean viaCheckpoints) implements Supplier<Explanation> {
        @Override
        public Explanation get() {
            String formula = NumberText.format(e) + " = " + NumberText.format(a) + " + (" + NumberText.format(b) + " − "
                    + NumberText.format(a) + ") × " + elapsed + "/" + total;
            return new Explanation("expected " + formula + " (linear from " + from + " to " + to
                    + (viaCheckpoints ? ", through the checkpoints" : "") + ")", "时序目标 " + formula + "（自" + from
                    + "至" + to + "线性推进" + (viaCheckpoints ? "，经各节点" : "，时间过半、任务过半") + "）");
        }
    }

    private static Expectation perYear(Target t, PlanPeriod period, LocalDate date) {
        LocalDate asOf = date.isAfter(t.due()) ? t.due() : date;
        if (!(t.goal() instanceof Goal.Amount)) {
            return steps(t, 0, asOf);
        }
        double g = ((Goal.Amount) t.goal()).value();
        LocalDate origin = origin(t, period);
        LocalDate yearBefore = LocalDate.of(asOf.getYear() - 1, 12, 31);
        LocalDate from = yearBefore.isAfter(origin) ? yearBefore : origin;
        LocalDate yearEnd = LocalDate.of(asOf.getYear(), 12, 31);
        LocalDate to = yearEnd.isBefore(t.due()) ? yearEnd : t.due();
        if (!asOf.isAfter(from)) {
            return new Expectation(null, 0, from, () -> new Explanation("nothing is expected on or before " + from,
                    from + "及之前不考核"));
        }
        if (!asOf.isBefore(to) || !to.isAfter(from)) {
            return new Expectation(t.goal(), 0, from, () -> new Explanation("expected " + NumberText.format(g) + unit(t)
                    + " in " + asOf.getYear() + ": the yearly goal", "时序目标 " + NumberText.format(g) + unit(t) + "："
                    + asOf.getYear() + "年全年目标"));
        }
        long elapsed = ChronoUnit.DAYS.between(from, asOf);
        long total = ChronoUnit.DAYS.between(from, to);
        double e = g * elapsed / total;
        if (!Double.isFinite(e)) {
            e = g * ((double) elapsed / total);
        }
        double expected = e;
        return new Expectation(Goal.of(e), 0, from, () -> {
            String formula = NumberText.format(expected) + " = " + NumberText.format(g) + " × " + elapsed + "/" + total;
            return new Explanation("expected " + formula + " (" + NumberText.format(g) + unit(t) + " a year; "
                    + asOf.getYear() + " so far, from " + from + " to " + to + ")", "时序目标 " + formula + "（每年"
                    + NumberText.format(g) + unit(t) + "；" + asOf.getYear() + "年以来，自" + from + "至" + to + "）");
        });
    }
}
