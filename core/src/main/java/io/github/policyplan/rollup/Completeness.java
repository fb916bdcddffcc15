package io.github.policyplan.rollup;

import io.github.policyplan.core.Explanation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reporting completeness (报送率) at a date: which units have not reported which of their broken-down
 * targets within the reporting period (the calendar quarter that holds the date, 季度报送), per unit
 * and per target.
 *
 * @param asOf     the date
 * @param from     the first day of the reporting period
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
     */
    public record Missing(String target, String unit, String name) {
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
