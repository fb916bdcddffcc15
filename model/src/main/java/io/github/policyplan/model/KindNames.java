package io.github.policyplan.model;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The names plans use for the constants of a closed set of strategies ({@link RollUpKind},
 * {@link ScheduleKind}): lookup by name, the names in order, and the problem of an unknown name. Immutable
 * and thread-safe.
 *
 * @param <K> the enum whose constants are named
 */
final class KindNames<K extends Enum<K>> {

    private final String what;
    private final Map<String, K> byCode = new HashMap<>();
    private final Set<String> codes;

    /**
     * Names the constants.
     *
     * @param what  what a constant is called in messages, such as {@code schedule}
     * @param kinds every constant
     * @param code  the name plans use for a constant
     */
    KindNames(String what, K[] kinds, Function<K, String> code) {
        this.what = what;
        for (K kind : kinds) {
            byCode.put(code.apply(kind), kind);
        }
        this.codes = Collections.unmodifiableSet(new TreeSet<>(byCode.keySet()));
    }

    /** The names of every constant, in name order. */
    Set<String> codes() {
        return codes;
    }

    /** The constant of a name, or empty when none has it. */
    Optional<K> byCode(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /**
     * The problem of a strategy whose name is unknown, listing the known names; empty when the name is known.
     */
    Optional<Violation> unknown(Strategy strategy) {
        return byCode.containsKey(strategy.name()) ? Optional.empty() : Optional.of(new Violation("", "unknown "
                + what + " '" + strategy.name() + "' (known: " + String.join(", ", codes) + ")"));
    }

    /**
     * The constant a strategy names, once its problems are known.
     *
     * @throws IllegalArgumentException with the first problem, when there is one
     */
    K of(Strategy strategy, List<Violation> problems) {
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(problems.get(0).toString());
        }
        return byCode.get(strategy.name());
    }
}
