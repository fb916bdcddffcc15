package io.github.policyplan.internal.read;

import io.github.policyplan.model.InvalidPlanException;
import io.github.policyplan.model.Violation;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Runs model constructors for a binder: the violations a constructor throws become located problems,
 * each at the node its path names, with its hint.
 */
public final class Violations {

    private Violations() {
    }

    /**
     * Runs a model constructor.
     *
     * @param at          the node the value was read from
     * @param where       its path, worked out only for a problem
     * @param constructor the constructor call
     * @param problems    where the violations go
     * @param <T>         the value's type
     * @return the value, or empty after problems
     */
    public static <T> Optional<T> construct(Node at, Supplier<String> where, Supplier<T> constructor,
            Problems problems) {
        try {
            return Optional.of(constructor.get());
        } catch (InvalidPlanException e) {
            report(at, where.get(), e.violations(), problems);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            problems.add(at, where.get(), e.getMessage(), Optional.empty());
            return Optional.empty();
        }
    }

    /**
     * Reports violations found in a value read from a node.
     *
     * @param at         the node the value was read from
     * @param path       its path
     * @param violations the violations, their paths relative to the value
     * @param problems   where they go
     */
    public static void report(Node at, String path, List<Violation> violations, Problems problems) {
        for (Violation v : violations) {
            String full = v.path().isEmpty() ? path
                    : v.path().startsWith("[") ? path + v.path() : DocumentPath.key(path, v.path());
            problems.add(DocumentPath.locate(at, v.path()), full, v.message(), v.hint());
        }
    }
}
