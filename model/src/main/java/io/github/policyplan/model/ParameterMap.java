package io.github.policyplan.model;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * The parameters of a {@link Strategy} when there are two or more: names and values in two arrays,
 * sorted by name. A plan holds one or two strategies a target, so this takes the place of an
 * unmodifiable {@code TreeMap}, which costs an entry object per parameter and a wrapper besides.
 *
 * <p>Immutable; iterates in name order; finds a name by binary search. Equal to, and with the same
 * hash code and string form as, any map with the same entries. Like a {@code TreeMap}, it throws
 * {@link NullPointerException} for a null name; every mutator throws
 * {@link UnsupportedOperationException}.
 */
final class ParameterMap extends AbstractMap<String, Object> {

    private final String[] names;
    private final Object[] values;

    private ParameterMap(String[] names, Object[] values) {
        this.names = names;
        this.values = values;
    }

    /**
     * Returns the map of the given entries.
     *
     * @param entries entries with distinct names and values that are not null, in any order
     * @return the map, in name order
     */
    static ParameterMap sorted(List<Map.Entry<String, Object>> entries) {
        List<Map.Entry<String, Object>> sorted = new ArrayList<>(entries);
        sorted.sort(Map.Entry.comparingByKey());
        String[] names = new String[sorted.size()];
        Object[] values = new Object[sorted.size()];
        for (int i = 0; i < names.length; i++) {
            names[i] = sorted.get(i).getKey();
            values[i] = sorted.get(i).getValue();
        }
        return new ParameterMap(names, values);
    }

    @Override
    public int size() {
        return names.length;
    }

    @Override
    public boolean containsKey(Object name) {
        return indexOf(name) >= 0;
    }

    @Override
    public Object get(Object name) {
        int i = indexOf(name);
        return i < 0 ? null : values[i];
    }

    private int indexOf(Object name) {
        Objects.requireNonNull(name, "name");
        return name instanceof String ? Arrays.binarySearch(names, name) : -1;
    }

    @Override
    public Set<Map.Entry<String, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return names.length;
            }

            @Override
            public Iterator<Map.Entry<String, Object>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < names.length;
                    }

                    @Override
                    public Map.Entry<String, Object> next() {
                        if (next >= names.length) {
                            throw new NoSuchElementException();
                        }
                        Map.Entry<String, Object> entry = Map.entry(names[next], values[next]);
                        next++;
                        return entry;
                    }
                };
            }
        };
    }
}
