package io.github.policyplan.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One parameter of a strategy as a plan gave it, read as the type a rule expects: a number, a flag, a
 * text, a map of named parameters or a list of them. A parameter that is absent reads as the fallback
 * (or as an empty map or list); one of another type is an error that names the parameter by its path
 * ({@code bands[1].min}), never a silent fallback.
 *
 * <pre>{@code
 * double cap = in.parameter("cap").number(100);                      // 100 when the plan gives no cap
 * for (Parameter band : in.parameter("bands").list()) {
 *     double min = band.get("min").number(0);                        // "parameter bands[0].min must be a number …"
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Parameter {

    private final String path;
    private final Optional<Object> value;

    private Parameter(String path, Optional<Object> value) {
        this.path = path;
        this.value = value;
    }

    /**
     * Returns a parameter of a strategy.
     *
     * @param parameters the strategy's parameters, as {@code Strategy.parameters()} holds them
     * @param name       the parameter's name
     * @return the parameter, absent when the map does not hold the name
     */
    public static Parameter of(Map<String, Object> parameters, String name) {
        Objects.requireNonNull(name, "name");
        return new Parameter(name, Optional.ofNullable(parameters.get(name)));
    }

    /**
     * Returns the parameter's path, such as {@code cap} or {@code bands[1].min}.
     *
     * @return the path
     */
    public String path() {
        return path;
    }

    /**
     * Tells whether the plan gives the parameter.
     *
     * @return true when present
     */
    public boolean isPresent() {
        return value.isPresent();
    }

    /**
     * Reads the parameter as a number.
     *
     * @param fallback the value when the parameter is absent
     * @return the number
     * @throws IllegalArgumentException when the parameter is not a number
     */
    public double number(double fallback) {
        return value.isEmpty() ? fallback : as(Double.class, "a number");
    }

    /**
     * Reads a parameter the rule requires as a number.
     *
     * @return the number
     * @throws IllegalArgumentException when the parameter is absent or not a number
     */
    public double number() {
        if (value.isEmpty()) {
            throw new IllegalArgumentException("parameter " + path + " is missing");
        }
        return as(Double.class, "a number");
    }

    /**
     * Reads the parameter as a flag.
     *
     * @param fallback the value when the parameter is absent
     * @return true or false
     * @throws IllegalArgumentException when the parameter is not true or false
     */
    public boolean flag(boolean fallback) {
        return value.isEmpty() ? fallback : as(Boolean.class, "true or false");
    }

    /**
     * Reads the parameter as a text.
     *
     * @param fallback the value when the parameter is absent
     * @return the text
     * @throws IllegalArgumentException when the parameter is not a text
     */
    public String text(String fallback) {
        return value.isEmpty() ? fallback : as(String.class, "a text");
    }

    /**
     * Reads one entry of the parameter as a map of named parameters ({@code credit.开工}).
     *
     * @param key the entry's name
     * @return the entry, absent when the parameter or the entry is absent
     * @throws IllegalArgumentException when the parameter is not a map
     */
    public Parameter get(String key) {
        if (value.isEmpty()) {
            return new Parameter(path + "." + key, Optional.empty());
        }
        Map<?, ?> map = as(Map.class, "a map");
        return new Parameter(path + "." + key, Optional.ofNullable(map.get(key)));
    }

    /**
     * Reads the parameter as a list, each item a parameter of its own ({@code bands[0]}, {@code bands[1]}…).
     *
     * @return the items; empty when the parameter is absent
     * @throws IllegalArgumentException when the parameter is not a list
     */
    public List<Parameter> list() {
        if (value.isEmpty()) {
            return List.of();
        }
        List<?> items = as(List.class, "a list");
        List<Parameter> out = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            out.add(new Parameter(path + "[" + i + "]", Optional.ofNullable(items.get(i))));
        }
        return out;
    }

    private <T> T as(Class<T> type, String what) {
        Object v = value.orElseThrow();
        if (!type.isInstance(v)) {
            throw new IllegalArgumentException("parameter " + path + " must be " + what + " (was " + v + ")");
        }
        return type.cast(v);
    }

    @Override
    public String toString() {
        return path + "=" + value.map(String::valueOf).orElse("(absent)");
    }
}
