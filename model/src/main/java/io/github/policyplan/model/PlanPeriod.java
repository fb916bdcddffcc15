package io.github.policyplan.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The period a plan covers, both ends included.
 *
 * <p>Immutable and thread-safe; no component is null.
 *
 * @param start the first day
 * @param end   the last day, not before {@code start}
 */
public record PlanPeriod(LocalDate start, LocalDate end) {

    /**
     * Checks the components.
     *
     * @param start the first day
     * @param end   the last day, not before {@code start}
     */
    public PlanPeriod {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new InvalidPlanException(List.of(new Violation("end",
                    "period ends (" + end + ") before it starts (" + start + ")")));
        }
    }

    /**
     * Returns the period of whole calendar years.
     *
     * @param firstYear the first year
     * @param lastYear  the last year
     * @return from 1 January of {@code firstYear} to 31 December of {@code lastYear}
     */
    public static PlanPeriod years(int firstYear, int lastYear) {
        return new PlanPeriod(LocalDate.of(firstYear, 1, 1), LocalDate.of(lastYear, 12, 31));
    }

    /**
     * Tells whether a date lies in the period.
     *
     * @param date the date
     * @return true when {@code start <= date <= end}
     */
    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }
}
