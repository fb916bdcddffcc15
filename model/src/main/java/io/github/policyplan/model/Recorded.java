package io.github.policyplan.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * When a report was recorded (登记时间): a date, or a date and a time of day (local time of the office
 * that keeps the log; no time zone). A report counts as known from the day it was recorded: a replay
 * "as known on" a day sees it from that day on. Versions of one report are ordered by when they were
 * recorded, a date alone counting as the start of that day; the version recorded last counts.
 *
 * <p>The text form is ISO 8601: {@code 2023-07-03} or {@code 2023-07-03T10:15} (seconds optional).
 * Immutable and thread-safe; no component is null.
 *
 * @param date the day it was recorded
 * @param time the time of day, if known
 */
public record Recorded(LocalDate date, Optional<LocalTime> time) implements Comparable<Recorded> {

    private static final Comparator<Recorded> ORDER = Comparator.comparing(Recorded::date)
            .thenComparing(r -> r.time().orElse(LocalTime.MIN));

    /**
     * Checks the components.
     *
     * @param date the day it was recorded
     * @param time the time of day, if known
     */
    public Recorded {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(time, "time");
    }

    /**
     * Returns a day without a time.
     *
     * @param date the day
     * @return the record time
     */
    public static Recorded on(LocalDate date) {
        return new Recorded(date, Optional.empty());
    }

    /**
     * Returns a day and a time.
     *
     * @param dateTime the local date and time
     * @return the record time
     */
    public static Recorded at(LocalDateTime dateTime) {
        return new Recorded(dateTime.toLocalDate(), Optional.of(dateTime.toLocalTime()));
    }

    /**
     * Reads the text form: {@code 2023-07-03} or {@code 2023-07-03T10:15[:30]}.
     *
     * @param text the text
     * @return the record time
     * @throws IllegalArgumentException when the text is neither, naming it
     */
    public static Recorded parse(String text) {
        Objects.requireNonNull(text, "text");
        String t = text.strip();
        try {
            return t.indexOf('T') >= 0 ? at(LocalDateTime.parse(t)) : on(LocalDate.parse(t));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("expected a date such as 2023-07-03 or a date and time such as "
                    + "2023-07-03T10:15 (was '" + (t.length() > 40 ? t.substring(0, 40) + "…" : t) + "')", e);
        }
    }

    /**
     * Orders by day, then by time (a day alone first).
     *
     * @param other another record time
     * @return negative, zero or positive
     */
    @Override
    public int compareTo(Recorded other) {
        return ORDER.compare(this, other);
    }

    /**
     * Returns the text form.
     *
     * @return such as {@code 2023-07-03} or {@code 2023-07-03T10:15}
     */
    @Override
    public String toString() {
        return time.map(t -> date + "T" + t).orElse(date.toString());
    }
}
