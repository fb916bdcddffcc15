package io.github.policyplan.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A progress report (进度报送 / 调度): the value of one target's measure as of a date. For a count
 * the value is the running total within the period; for a per-year rate, the total so far in that
 * calendar year; for a milestone, the stage reached; for a grade, the grade given.
 *
 * <p>Immutable and thread-safe; no component is null.
 *
 * @param target   the id of the target reported on
 * @param date     the date the value is as of
 * @param value    the value
 * @param source   who or what reported it (a department, a statistics release), if given
 * @param note     a remark, if given
 * @param evidence a reference to the evidence (a document number, a link), if given
 */
public record Report(String target, LocalDate date, Value value, Optional<String> source, Optional<String> note,
        Optional<String> evidence) {

    /**
     * Checks the components.
     *
     * @param target   the id of the target reported on
     * @param date     the date the value is as of
     * @param value    the value
     * @param source   who or what reported it (a department, a statistics release), if given
     * @param note     a remark, if given
     * @param evidence a reference to the evidence (a document number, a link), if given
     */
    public Report {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(evidence, "evidence");
        if (target.isBlank()) {
            throw new IllegalArgumentException("a report must name its target");
        }
    }

    /**
     * Returns a numeric report with no source, note or evidence.
     *
     * @param target the target's id
     * @param date   the date
     * @param value  the value
     * @return the report
     */
    public static Report of(String target, LocalDate date, double value) {
        return new Report(target, date, Value.of(value), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * Returns a report of a stage or grade with no source, note or evidence.
     *
     * @param target the target's id
     * @param date   the date
     * @param level  the stage or grade
     * @return the report
     */
    public static Report level(String target, LocalDate date, String level) {
        return new Report(target, date, Value.level(level), Optional.empty(), Optional.empty(), Optional.empty());
    }
}
