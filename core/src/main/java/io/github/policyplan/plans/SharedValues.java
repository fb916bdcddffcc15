package io.github.policyplan.plans;

import io.github.policyplan.model.Measure;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * Equal values read more than once share one instance within a load: a plan names the same units,
 * stages, rules, schedules and dates for thousands of targets. The pools live as long as one load.
 * Not thread-safe.
 */
final class SharedValues {

    private final Map<String, String> strings = new HashMap<>();
    private final Map<LocalDate, LocalDate> dates = new HashMap<>();
    private final Map<Measure, Measure> measures = new HashMap<>();

    /** Returns the instance of a string that this load read first. */
    String text(String text) {
        return shared(strings, text);
    }

    /** Returns the instance of a date that this load read first. */
    LocalDate date(LocalDate date) {
        return shared(dates, date);
    }

    /** Returns the instance of a measure that this load built first. */
    Measure measure(Measure measure) {
        return shared(measures, measure);
    }

    private static <T> T shared(Map<T, T> pool, T value) {
        T first = pool.putIfAbsent(value, value);
        return first == null ? value : first;
    }
}
