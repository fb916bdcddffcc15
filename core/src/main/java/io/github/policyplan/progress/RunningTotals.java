package io.github.policyplan.progress;

import io.github.policyplan.internal.read.PercentText;
import io.github.policyplan.internal.read.Problems;
import io.github.policyplan.internal.read.Texts;
import io.github.policyplan.model.MeasureKind;
import io.github.policyplan.model.Target;
import io.github.policyplan.model.Value;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the values of a progress file may be beyond fitting their measure: a count's reports are its
 * running totals, never below 0, and a share in % lies from 0 to 100 (both refused otherwise); and
 * running totals that fall (3, 4, 2: probably each quarter's own figure reported as a total) are
 * warned about, naming the rows. Not thread-safe: one instance serves one read.
 */
final class RunningTotals {

    /** A count's report as read: its date, number and where it is written. */
    private record Total(LocalDate date, double amount, ReportRules.Cell cell, String path) {
    }

    private final Map<String, List<Total>> byTarget = new LinkedHashMap<>();

    /**
     * The least value a target's measure allows, as {@link #inDomain} checks it.
     *
     * @param target the target
     * @return 0 for a count (a running total) or a share in %; otherwise minus infinity
     */
    static double least(Target target) {
        MeasureKind kind = target.measure().kind();
        return kind == MeasureKind.COUNT || isPercentShare(target) ? 0 : Double.NEGATIVE_INFINITY;
    }

    /**
     * The greatest value a target's measure allows, as {@link #inDomain} checks it.
     *
     * @param target the target
     * @return 100 for a share in %; otherwise infinity
     */
    static double greatest(Target target) {
        return isPercentShare(target) ? 100 : Double.POSITIVE_INFINITY;
    }

    private static boolean isPercentShare(Target target) {
        return target.measure().kind() == MeasureKind.SHARE && PercentText.isPercent(target.measure().unit());
    }

    /**
     * Refuses a number outside its measure's domain.
     *
     * @param target  the report's target
     * @param checked the value as checked against the measure
     * @return the value, or why it is refused
     */
    static ReportRules.Checked inDomain(Target target, ReportRules.Checked checked) {
        if (checked.value().isEmpty() || !(checked.value().get() instanceof Value.Amount amount)) {
            return checked;
        }
        double d = amount.value();
        MeasureKind kind = target.measure().kind();
        if (kind == MeasureKind.COUNT && d < 0) {
            return ReportRules.Checked.wrong("the reports of " + target.id() + " are running totals, never below 0"
                    + " (was " + Texts.number(d) + ")", Optional.of("write the total reached so far in the period"));
        }
        if (kind == MeasureKind.SHARE && PercentText.isPercent(target.measure().unit()) && (d < 0 || d > 100)) {
            return ReportRules.Checked.wrong("a share in % lies from 0 to 100 (was " + Texts.number(d) + ")",
                    Optional.of("write the share as a percentage of the whole, such as 35"));
        }
        return checked;
    }

    /**
     * Keeps a count's report, to check the totals once all are read.
     *
     * @param key    the report's key: the target's id, or {@code target@unit} for a unit's report
     * @param target the target
     * @param date   the report's date
     * @param value  its value
     * @param cell   where the value is written
     * @param path   the value's path
     */
    void add(String key, Target target, LocalDate date, Value value, ReportRules.Cell cell, String path) {
        if (target.measure().kind() == MeasureKind.COUNT && value instanceof Value.Amount amount) {
            byTarget.computeIfAbsent(key, id -> new ArrayList<>()).add(new Total(date, amount.value(), cell,
                    path));
        }
    }

    /**
     * Warns at each report of a count whose total is below the one before it by date.
     *
     * @param problems where the warnings go
     */
    void warnWhereTheyFall(Problems problems) {
        for (Map.Entry<String, List<Total>> e : byTarget.entrySet()) {
            List<Total> totals = e.getValue();
            totals.sort(Comparator.comparing(Total::date));
            for (int i = 1; i < totals.size(); i++) {
                Total before = totals.get(i - 1);
                Total now = totals.get(i);
                if (now.amount() < before.amount()) {
                    warnFall(e.getKey(), before.amount(), before.date(), before.cell().line(), now.amount(), now.date(),
                            now.cell().line(), now.cell().column(), now.path(), problems);
                }
            }
        }
    }

    /**
     * Warns that a count's running total falls from one report to the next by date.
     *
     * @param key        the report's key: the target's id, or {@code target@unit}
     * @param before     the total before
     * @param beforeDate its date
     * @param beforeLine its line
     * @param now        the total that is lower
     * @param nowDate    its date
     * @param line       its value's line
     * @param column     its value's column
     * @param path       its value's path
     * @param problems   where the warning goes
     */
    static void warnFall(String key, double before, LocalDate beforeDate, int beforeLine, double now,
            LocalDate nowDate, int line, int column, String path, Problems problems) {
        problems.warn(line, column, path, "the running total of " + key + " falls from " + Texts.number(before)
                + " (" + beforeDate + ", line " + beforeLine + ") to " + Texts.number(now) + " (" + nowDate
                + ", line " + line + ")", Optional.of("a count's reports are totals so far in the period; if these"
                        + " are each quarter's own figures, add them up"));
    }
}
