package io.github.policyplan.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A named strategy with its parameters, as a plan selects it: a target's scoring rule
 * ({@code completion-rate} with {@code cap: 120}, {@code bands} with a table), its schedule
 * ({@code linear}, {@code at-due}), or a node's roll-up ({@code weighted-mean} with
 * {@code minCoverage: 0.8}). Schedules and roll-ups are closed sets, {@link ScheduleKind} and
 * {@link RollUpKind}: the target, section, item or plan that holds one checks its name and parameters.
 * Rules are open (an application adds its own), so the scoring engine checks a rule's name when it
 * scores a plan.
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

    /** The last whole number whose {@link Double} all strategies share. */
    private static final int LAST_SHARED = 200;

    /** The shared {@link Double}s of 0 to {@value #LAST_SHARED}, by value. */
    private static final Double[] WHOLE_NUMBERS = new Double[LAST_SHARED + 1];

    static {
        for (int i = 0; i < WHOLE_NUMBERS.length; i++) {
            WHOLE_NUMBERS[i] = (double) i;
        }
    }

    /**
     * Checks the name and makes a deep, ordered, immutable copy of the parameters.
     *
     * @param name       the strategy's name, such as {@code completion-rate}
     * @param parameters the parameters by name, in name order
     */
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

    /**
     * Copies a parameter map: no parameters share {@link Map#of()}, one is a {@link Map#of(Object, Object)},
     * more are a {@link ParameterMap} sorted by name. Problems are reported in the order the given map
     * iterates, as a copy entry by entry would find them.
     */
    private static Map<String, Object> copyMap(Map<?, ?> map, String path) {
        if (map.isEmpty()) {
            return Map.of();
        }
        List<Map.Entry<String, Object>> entries = new ArrayList<>(map.size());
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (!(e.getKey() instanceof String)) {
                throw new IllegalArgumentException(path + ": parameter names must be strings (was " + e.getKey() + ")");
            }
            String key = (String) e.getKey();
            entries.add(Map.entry(key, copyValue(e.getValue(), path + "." + key)));
        }
        if (entries.size() == 1) {
            return Map.of(entries.get(0).getKey(), entries.get(0).getValue());
        }
        return ParameterMap.sorted(entries);
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
            return box(d);
        }
        if (value instanceof List) {
            List<?> list = (List<?>) value;
            Object[] copy = new Object[list.size()];
            for (int i = 0; i < copy.length; i++) {
                copy[i] = copyValue(list.get(i), path + "[" + i + "]");
            }
            return List.of(copy);
        }
        if (value instanceof Map) {
            return copyMap((Map<?, ?>) value, path);
        }
        throw new IllegalArgumentException(path + ": a parameter is a string, number, boolean, list or map (was "
                + (value == null ? "null" : value.getClass().getSimpleName()) + ")");
    }

    /**
     * Boxes a number, sharing one {@link Double} for each whole number from 0 to {@value #LAST_SHARED}: caps,
     * floors, points and percentages are mostly such numbers, and every target of a plan repeats them.
     */
    private static Double box(double d) {
        if (d >= 0 && d <= LAST_SHARED) {
            Double shared = WHOLE_NUMBERS[(int) d];
            if (Double.compare(shared, d) == 0) { // not for 0.5, nor for -0.0, which is not equal to 0.0
                return shared;
            }
        }
        return d;
    }
}
