package io.github.policyplan.progress;

import io.github.policyplan.internal.read.Problems;
import io.github.policyplan.model.Recorded;
import io.github.policyplan.model.Report;
import io.github.policyplan.model.ReportVersion;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The record times of a file's reports (the {@code recorded} column or key), and a file read as
 * corrections of a log. Not thread-safe: one per file read.
 */
final class Stamps {

    static final String RECORDED_ADVICE = "write when the report was recorded: a date such as 2023-07-03 or a date"
            + " and time such as 2023-07-03T10:15";

    private record Row(int index, String target, LocalDate date, Optional<Recorded> recorded) {
    }

    private final List<Row> rows = new ArrayList<>();

    void add(int index, String target, LocalDate date, Optional<Recorded> recorded) {
        rows.add(new Row(index, target, date, recorded));
    }

    /** Reads a record time, which may not be before the report's date. */
    static Optional<Recorded> recorded(ReportRules.Cell cell, RawReport raw, Optional<LocalDate> date,
            Problems problems) {
        Recorded r;
        try {
            r = Recorded.parse(cell.text());
        } catch (IllegalArgumentException e) {
            problems.add(cell.line(), cell.column(), raw.path("recorded"), "expected a date or a date and time, found "
                    + cell.what(), Optional.of(RECORDED_ADVICE));
            return Optional.empty();
        }
        if (date.isPresent() && r.date().isBefore(date.get())) {
            problems.add(cell.line(), cell.column(), raw.path("recorded"), "recorded on " + r + ", before the report's"
                    + " date " + date.get(), Optional.of("a value as of " + date.get() + " is recorded on or after that"
                            + " day; check both dates"));
            return Optional.empty();
        }
        return Optional.of(r);
    }

    /** Keeps each stamped report's record time in the log's history. */
    ProgressLog apply(ProgressLog log, List<RawReport> raws) {
        Map<String, Versions> changed = new LinkedHashMap<>();
        for (Row row : rows) {
            if (row.recorded().isEmpty()) {
                continue;
            }
            Versions v = changed.getOrDefault(row.target(), Versions.empty(row.target()));
            int day = Math.toIntExact(row.date().toEpochDay());
            if (v.has(day)) {
                continue;
            }
            Report r = log.latest(row.target(), row.date()).orElseThrow();
            changed.put(row.target(), v.with(day, Versions.pack(row.recorded()), r.value(), r.source().orElse(null),
                    r.note().orElse(null), r.evidence().orElse(null)));
        }
        return changed.isEmpty() ? log : log.withHistory(log.history().with(changed));
    }

    /**
     * Records a file's reports in a log as corrections; each one of a report the log does not have is
     * added, with a note at its value.
     */
    ProgressLog corrections(ProgressLog base, ProgressLog file, List<RawReport> raws, Problems problems) {
        List<ReportVersion> versions = new ArrayList<>();
        Map<String, Boolean> seen = new HashMap<>();
        for (Row row : rows) {
            if (seen.put(row.target() + "@" + row.date(), Boolean.TRUE) != null) {
                continue;
            }
            if (base.versions(row.target(), row.date()).isEmpty()) {
                ReportRules.Cell at = raws.get(row.index()).value().orElseThrow();
                problems.note(at.line(), at.column(), raws.get(row.index()).path("value"), "a correction of "
                        + row.target() + " as of " + row.date() + ", which has no report to correct; it counts as a"
                        + " report", Optional.of("check the target and the date, or move the row to a progress file"));
            }
            versions.addAll(file.versions(row.target(), row.date()));
        }
        return base.record(versions);
    }
}
