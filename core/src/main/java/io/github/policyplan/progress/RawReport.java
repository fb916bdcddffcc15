package io.github.policyplan.progress;

import java.util.Optional;

/**
 * One report as read from a file, before it is checked against the plan: its required fields with
 * their locations (empty where the field is missing or unreadable, a problem having been reported)
 * and its optional texts.
 *
 * @param path     the report's path: {@code reports[3]}
 * @param target   the target id as written, if readable
 * @param date     the date as written, if readable
 * @param value    the value as written, if readable
 * @param source   the source, if given
 * @param note     the note, if given
 * @param evidence the evidence, if given
 * @param recorded when it was recorded, as written, if given
 */
record RawReport(String path, Optional<ReportRules.Cell> target, Optional<ReportRules.Cell> date,
        Optional<ReportRules.Cell> value, Optional<String> source, Optional<String> note, Optional<String> evidence,
        Optional<ReportRules.Cell> recorded) {

    String path(String field) {
        return path + "." + field;
    }
}
