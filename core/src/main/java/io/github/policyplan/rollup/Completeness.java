package io.github.policyplan.rollup;

import io.github.policyplan.core.Explanation;
import io.github.policyplan.model.Cadence;
import io.github.policyplan.model.Plan;
import io.github.policyplan.progress.ProgressLog;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reporting completeness (报送率) at a date: which units have not reported which of their broken-down
 * targets within the reporting period, per unit and per target. The period is that of each target's
 * {@linkplain Plan#cadenceOf cadence} (报送周期) which holds the date, from its first day to the date: the
 * calendar quarter for quarterly targets (按季报送), the month for monthly ones, the year for yearly ones.
 * A unit owes no report before its target starts nor after its share's due date.
 *
 * <p>{@link #missedIn} counts the reports missed over a span of whole periods, as assessment schemes do
 * ({@code reporting:}, 每缺报一次扣分).
 *
 * @param asOf     the date
 * @param from     the first day of the reporting period: of the longest period when targets' cadences differ
 * @param expected how many unit reports the period expects: one a unit of each breakdown
 * @param missing  the reports missing, by target in plan order, then by unit in breakdown order
 */
public record Completeness(LocalDate asOf, LocalDate from, int expected, List<Missing> missing) {

    /**
     * A report a unit owes: the unit has not reported the target within the period.
     *
     * @param target the target's id
     * @param unit   the unit's id
     * @param name   the unit's full name
     * @param from   the first day of the period the report was due in
     * @param to     the period's last day, or the date judged when that comes first
     */
    public record Missing(String target, String unit, String name, LocalDate from, LocalDate to) {
        /**
         * Checks the components.
         *
         * @param target the target's id
         * @param unit   the unit's id
         * @param name   the unit's full name
         * @param from   the first day of the period the report was due in
         * @param to     the period's last day, or the date judged when that comes first
         */
        public Missing {
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }
    }

    /**
     * Returns the reports missed over a span, one a whole period of each target's cadence that lies in it
     * and in which the unit has made no report: the reports owed for each share a unit holds in a breakdown
     * and for each target it leads that is not broken down (so that the shares of
     * {@link RollUp#byUnit(Plan)} count as the units' own), from the target's start to its due date. A
     * yearly target owes nothing in a quarter; a monthly one owes three reports a quarter.
     *
     * <pre>{@code
     * Completeness.missedIn(RollUp.byUnit(plan), RollUp.byUnit(plan, log),
     *         LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31));   // each quarter's missing reports
     * }</pre>
     *
     * @param plan the plan: with breakdowns, or by unit
     * @param log  the reports
     * @param from the span's first day
     * @param to   the span's last day
     * @return the missing reports, by target in plan order, then by unit, then by period
     */
    public static List<Missing> missedIn(Plan plan, ProgressLog log, LocalDate from, LocalDate to) {
        List<Missing> out = new ArrayList<>();
        for (Duties.Duty d : Duties.of(plan, true)) {
            Cadence c = Duties.cadence(plan, d);
            for (LocalDate p = c.periodStart(from); !c.periodEnd(p).isAfter(to); p = c.periodEnd(p).plusDays(1)) {
                LocalDate end = c.periodEnd(p);
                if (!p.isBefore(from) && Duties.active(plan, d, p, end) && !Duties.reported(log, d, p, end)) {
                    out.add(new Missing(d.target().id(), d.unit(), d.name(), p, end));
                }
            }
        }
        return out;
    }

    /**
     * Checks the components.
     *
     * @param asOf     the date
     * @param from     the first day of the reporting period
     * @param expected how many unit reports the period expects
     * @param missing  the reports missing
     */
    public Completeness {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(from, "from");
        missing = List.copyOf(missing);
    }

    /**
     * Returns how many of the expected reports came in.
     *
     * @return expected − missing
     */
    public int reported() {
        return expected - missing.size();
    }

    /**
     * Returns the share of the expected reports that came in (报送率).
     *
     * @return from 0 to 1; 1 when nothing is expected
     */
    public double rate() {
        return expected == 0 ? 1 : (double) reported() / expected;
    }

    /**
     * Returns the reports a unit has not made.
     *
     * @param unit the unit's id
     * @return the missing reports, by target; empty when it has made them all
     */
    public List<Missing> missingOf(String unit) {
        List<Missing> out = new ArrayList<>();
        for (Missing m : missing) {
            if (m.unit().equals(unit)) {
                out.add(m);
            }
        }
        return out;
    }

    /**
     * Returns the missing reports grouped by unit, units in the order they first miss one.
     *
     * @return unit id → the targets it has not reported
     */
    public Map<String, List<String>> byUnit() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Missing m : missing) {
            out.computeIfAbsent(m.unit(), k -> new ArrayList<>()).add(m.target());
        }
        return out;
    }

    /**
     * Returns the missing reports grouped by target, in plan order.
     *
     * @return target id → the units that have not reported it
     */
    public Map<String, List<String>> byTarget() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Missing m : missing) {
            out.computeIfAbsent(m.target(), k -> new ArrayList<>()).add(m.unit());
        }
        return out;
    }

    /**
     * Says the rate in words.
     *
     * @return such as {@code 报送率 92%（应报36项，已报33项）}
     */
    public Explanation explanation() {
        String rate = io.github.policyplan.core.NumberText.percent(rate());
        return Explanation.of("reporting rate " + rate + " (" + reported() + " of " + expected + " unit reports due "
                + from + " to " + asOf + ")", "报送率" + rate + "（" + from + "至" + asOf + "应报" + expected + "项，已报"
                + reported() + "项）");
    }
}
