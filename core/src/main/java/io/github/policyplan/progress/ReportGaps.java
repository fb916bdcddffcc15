package io.github.policyplan.progress;

import io.github.policyplan.internal.read.Problems;
import io.github.policyplan.model.Cadence;
import io.github.policyplan.model.Plan;
import io.github.policyplan.model.Target;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Warns about a target with no report for two cadences (issue 12, point 2). A file is judged as of its
 * own latest report date (the date it brings the log up to), but never after the plan's end nor the
 * target's due date: every report its cadence makes due on or before that date is expected
 * ({@link Plan#cadenceOf}). A target whose latest report in the file is dated before the last two of
 * them (quarterly, the file reaching 2024-12-31: before 2024-09-30) gets one warning, at that report.
 * Only targets the file reports on are judged: a file may hold one department's targets, and a target
 * with no report at all is the scorer's "no report" ({@code Status}), not a slip in the file. Not
 * thread-safe: one instance serves one read.
 */
final class ReportGaps {

    /** A target's latest report as read: its date and where its value is written. */
    private record Latest(Target target, LocalDate date, ReportRules.Cell cell, String path) {
    }

    private final Map<String, Latest> latest = new LinkedHashMap<>();
    private LocalDate reach;

    /**
     * Keeps a report, to judge the gaps once all are read.
     *
     * @param key    the report's key: the target's id, or {@code target@unit} for a unit's report
     * @param target the report's target
     * @param date   its as-of date
     * @param cell   where its value is written
     * @param path   the value's path
     */
    void add(String key, Target target, LocalDate date, ReportRules.Cell cell, String path) {
        Latest before = latest.get(key);
        if (before == null || date.isAfter(before.date())) {
            latest.put(key, new Latest(target, date, cell, path));
        }
        reach = reach == null || date.isAfter(reach) ? date : reach;
    }

    /**
     * Warns at the latest report of each target that has none for its last two cadences.
     *
     * @param plan     the plan
     * @param problems where the warnings go
     */
    void warnWhereReportsStop(Plan plan, Problems problems) {
        if (reach == null) {
            return;
        }
        for (Latest l : latest.values()) {
            LocalDate asOf = min(min(reach, plan.period().end()), l.target().due());
            Cadence cadence = plan.cadenceOf(l.target());
            LocalDate last = cadence.lastReportDue(asOf.plusDays(1));
            LocalDate before = cadence.lastReportDue(last);
            if (l.date().isBefore(before)) {
                problems.warn(l.cell().line(), l.cell().column(), l.path(), "no report of " + l.target().id()
                        + " as of " + before + " or " + last + ", the last two of its " + cadence.code()
                        + " cadence by " + asOf + ": its latest is as of " + l.date(), Optional.of("add the missing reports; if the target reports less often,"
                                + " give it its cadence (cadence: yearly) in the plan"));
            }
        }
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
