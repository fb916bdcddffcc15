package io.github.policyplan.internal;

import io.github.policyplan.model.Value;

/**
 * The reports on one target as scoring reads them: by index in date order, without building
 * {@code Report} objects. Implemented by the progress log's own series.
 */
public interface ReportSeries {

    /**
     * Returns how many reports there are.
     *
     * @return the count, at least 1
     */
    int size();

    /**
     * Returns the date of a report.
     *
     * @param i the report's index
     * @return its epoch day
     */
    int day(int i);

    /**
     * Finds the last report on or before a day.
     *
     * @param day an epoch day
     * @return its index, or -1 when every report is later
     */
    int floor(long day);

    /**
     * Tells whether a report's value is a level (a stage or grade) rather than a number.
     *
     * @param i the report's index
     * @return true for a level
     */
    boolean isLevel(int i);

    /**
     * Returns a report's number.
     *
     * @param i the report's index, whose value is not a level
     * @return the number
     */
    double amount(int i);

    /**
     * Returns a report's value.
     *
     * @param i the report's index
     * @return the value
     */
    Value value(int i);
}
