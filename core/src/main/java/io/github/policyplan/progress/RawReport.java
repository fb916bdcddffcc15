package io.github.policyplan.progress;

import java.util.Optional;

/**
 * One report as read from a file, before it is checked against the plan: its required fields with
 * their locations (null where the field is missing or unreadable, a problem having been reported)
 * and its optional texts.
 *
 * @param path     the report's path: {@code reports[3]}
 * @param target   the target id as written, or null
 * @param date     the date as written, or null
 * @param value    the value as written, or null
 * @param source   the source, if given
 * @param note     the note, if given
 * @param evidence the evidence, if given
 */
record RawReport(String path, ReportRules.Cell target, ReportRules.Cell date, ReportRules.Cell value,
        Optional<String> source, Optional<String> note, Optional<String> evidence) {

    /** Returns the path of one of the report's fields. */
    String path(String field) {
        return path + "." + field;
    }
}
