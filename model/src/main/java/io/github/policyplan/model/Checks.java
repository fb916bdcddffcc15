package io.github.policyplan.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/** Collects violations while a model value checks itself, then throws them all at once. */
final class Checks {

    /** Ids: a letter or digit, then letters, digits, '.', '_' or '-'. */
    static final Pattern ID = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]*");

    private final List<Violation> violations = new ArrayList<>();

    void add(String path, String message) {
        violations.add(new Violation(path, message));
    }

    void addAll(String parent, Collection<Violation> nested) {
        for (Violation v : nested) {
            violations.add(v.under(parent));
        }
    }

    void id(String path, String id) {
        if (!ID.matcher(id).matches()) {
            add(path, "id must start with a letter or digit and contain only letters, digits, '.', '_' or '-' (was '"
                    + id + "')");
        }
    }

    void notBlank(String path, String value) {
        if (value.isBlank()) {
            add(path, "must not be blank");
        }
    }

    void weight(String path, double weight) {
        if (!(weight > 0) || Double.isInfinite(weight)) {
            add(path, "weight must be a finite number > 0 (was " + Numbers.format(weight) + ")");
        } else if (weight < 1e-9 || weight > 1e9) {
            add(path, "weight must be between 0.000000001 and 1000000000 (was " + Numbers.format(weight) + ")");
        }
    }

    void finite(String path, double value) {
        if (!Double.isFinite(value)) {
            add(path, "must be a finite number (was " + value + ")");
        }
    }

    void throwIfAny() {
        if (!violations.isEmpty()) {
            throw new InvalidPlanException(violations);
        }
    }

    static <T> List<T> copy(List<T> list, String name) {
        Objects.requireNonNull(list, name);
        for (T element : list) {
            Objects.requireNonNull(element, () -> name + " must not contain null");
        }
        return List.copyOf(list);
    }
}
