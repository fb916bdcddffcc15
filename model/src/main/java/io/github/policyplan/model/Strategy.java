package io.github.policyplan.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A named strategy with its parameters, as a plan selects it: a target's scoring rule
 * ({@code completion-rate} with {@code cap: 120}, {@code bands} with a table), its schedule
 * ({@code linear}, {@code at-due}), or a node's roll-up ({@code weighted-mean} with
 * {@code minCoverage: 0.8}). The model only holds the name and the parameters; which names exist
 * and what their parameters mean is decided by the scoring engine.
 *
 * <p>No parameter is called {@code name}: a plan file writes a strategy with parameters as a map
 * whose {@code name} key is the strategy's own name.
 *
 * <p>Parameter values are strings, numbers (held as {@link Double}), booleans, lists of such values
 * and maps from names to such values. The map and everything in it is deeply immutable, and maps
 * iterate in name order, so that two equal rules always print the same way.
 *
 * <p>Immutable and thread-safe; no component is null.
 *
 * @param name       the strategy's name, such as {@code completion-rate}
 * @param parameters the parameters by name, in name order
 */
public record Strategy(String name, Map<String, Object> parameters) {

    /** Checks the name and makes a deep, ordered, immutable copy of the parameters. */
    public Strategy {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a strategy name must not be blank");
        }
        parameters = copyMap(Objects.requireNonNull(parameters, "parameters"), "parameters");
        if (parameters.containsKey("name")) {
            throw new IllegalArgumentException("parameters.name: a strategy parameter cannot be called 'name'"
                    + " (in a plan file, {name: …} holds the strategy's own name)");
        }
    }

    /**
     * Returns a strategy with no parameters.
     *
     * @param name the strategy's name
     * @return the strategy
     */
    public static Strategy named(String name) {
        return new Strategy(name, Map.of());
    }

    private static Map<String, Object> copyMap(Map<?, ?> map, String path) {
        TreeMap<String, Object> copy = new TreeMap<>();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (!(e.getKey() instanceof String)) {
                throw new IllegalArgumentException(path + ": parameter names must be strings (was " + e.getKey() + ")");
            }
            String key = (String) e.getKey();
            copy.put(key, copyValue(e.getValue(), path + "." + key));
        }
        return Collections.unmodifiableMap(copy);
    }

    private static Object copyValue(Object value, String path) {
        if (value instanceof String || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Number) {
            double d = ((Number) value).doubleValue();
            if (!Double.isFinite(d)) {
                throw new IllegalArgumentException(path + ": must be a finite number (was " + value + ")");
            }
            return d;
        }
        if (value instanceof List) {
            List<Object> copy = new ArrayList<>();
            List<?> list = (List<?>) value;
            for (int i = 0; i < list.size(); i++) {
                copy.add(copyValue(list.get(i), path + "[" + i + "]"));
            }
            return Collections.unmodifiableList(copy);
        }
        if (value instanceof Map) {
            return copyMap((Map<?, ?>) value, path);
        }
        throw new IllegalArgumentException(path + ": a parameter is a string, number, boolean, list or map (was "
                + (value == null ? "null" : value.getClass().getSimpleName()) + ")");
    }
}
