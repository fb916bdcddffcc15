package io.github.policyplan.internal.read;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A node of a document read from YAML or JSON, with the line and column where it starts. The tree
 * keeps every location, so that every problem found while binding it can be placed exactly.
 */
public sealed interface Node permits Node.MapNode, Node.ListNode, Node.ScalarNode {

    /**
     * Returns where the node starts.
     *
     * @return line and column, from 1
     */
    int line();

    /**
     * Returns the column where the node starts.
     *
     * @return the column, from 1
     */
    int column();

    /**
     * Names the node's shape for messages: "a map", "a list", "a number", "text".
     *
     * @return the description
     */
    String describe();

    /**
     * A key in a map, with its location.
     *
     * @param key    the key
     * @param line   the key's line
     * @param column the key's column
     * @param value  the value
     */
    record Entry(String key, int line, int column, Node value) {
    }

    /**
     * A map: its entries in document order, found by key. A large plan holds tens of thousands of maps of a
     * few to twenty keys, all alive while the plan is bound, and binding reads every key of every map. So a
     * map keeps its keys, values and key locations in three arrays rather than an object an entry. A small
     * map finds a key by comparing it with each (their hashes first); a map with more than {@value #SMALL}
     * keys, such as a goal sheet's map of target ids, through a {@code HashMap}, which stays fast however
     * the keys' hashes collide.
     */
    final class MapNode implements Node {
        /** The most keys a map searches one by one. */
        static final int SMALL = 64;

        private final int line;
        private final int column;
        private final String[] keys;
        private final Node[] values;
        /** Where each key is: its line in the high 32 bits, its column in the low. */
        private final long[] keyPlaces;
        /** For a large map: the position of each key; null for a small one. */
        private final Map<String, Integer> positions;

        private MapNode(int line, int column, Builder b) {
            this.line = line;
            this.column = column;
            this.keys = Arrays.copyOf(b.keys, b.size);
            this.values = Arrays.copyOf(b.values, b.size);
            this.keyPlaces = Arrays.copyOf(b.keyPlaces, b.size);
            this.positions = b.positions;
        }

        @Override
        public int line() {
            return line;
        }

        @Override
        public int column() {
            return column;
        }

        @Override
        public String describe() {
            return "a map";
        }

        /**
         * Returns the number of entries.
         *
         * @return the size
         */
        public int size() {
            return keys.length;
        }

        /**
         * Returns a key.
         *
         * @param i the position, from 0, in document order
         * @return the key
         */
        public String key(int i) {
            return keys[i];
        }

        /**
         * Returns a value.
         *
         * @param i the position, from 0, in document order
         * @return the value
         */
        public Node value(int i) {
            return values[i];
        }

        /**
         * Returns an entry, made on request.
         *
         * @param i the position, from 0, in document order
         * @return the entry
         */
        public Entry entry(int i) {
            return new Entry(keys[i], (int) (keyPlaces[i] >>> 32), (int) keyPlaces[i], values[i]);
        }

        /**
         * Returns the entries, made on request.
         *
         * @return the entries in document order, unmodifiable
         */
        public List<Entry> entries() {
            return new AbstractList<>() {
                @Override
                public Entry get(int i) {
                    return entry(i);
                }

                @Override
                public int size() {
                    return keys.length;
                }
            };
        }

        /**
         * Returns the entry of a key.
         *
         * @param key the key
         * @return the entry, or null when absent
         */
        public Entry entry(String key) {
            int i = positionOf(key);
            return i < 0 ? null : entry(i);
        }

        /**
         * Returns the value of a key.
         *
         * @param key the key
         * @return the value, or null when absent
         */
        public Node get(String key) {
            int i = positionOf(key);
            return i < 0 ? null : values[i];
        }

        private int positionOf(String key) {
            return positions != null ? positions.getOrDefault(key, -1) : search(keys, keys.length, key);
        }

        /** Finds a key among the first {@code size} keys of a small map; -1 when absent. */
        private static int search(String[] keys, int size, String key) {
            int hash = key.hashCode();
            for (int i = 0; i < size; i++) {
                if (keys[i].hashCode() == hash && keys[i].equals(key)) {
                    return i;
                }
            }
            return -1;
        }

        /**
         * Makes a map from entries, for a tree built from another format (a CSV row).
         *
         * @param entries the entries, keys distinct
         * @param line    where the map starts
         * @param column  where the map starts
         * @return the map
         * @throws IllegalArgumentException when two entries have one key
         */
        public static MapNode of(List<Entry> entries, int line, int column) {
            Builder b = new Builder();
            for (Entry e : entries) {
                if (b.add(e.key(), e.line(), e.column(), e.value()) >= 0) {
                    throw new IllegalArgumentException("duplicate key " + e.key());
                }
            }
            return b.build(line, column);
        }

        /** Collects the entries of a map as they are read, refusing a second entry for a key. */
        static final class Builder {
            private String[] keys = new String[4];
            private Node[] values = new Node[4];
            private long[] keyPlaces = new long[4];
            private int size;
            private Map<String, Integer> positions;

            /**
             * Adds an entry unless its key is taken.
             *
             * @param key    the key
             * @param line   the key's line
             * @param column the key's column
             * @param value  the value
             * @return -1 when added, or the line of the entry that already has the key
             */
            int add(String key, int line, int column, Node value) {
                int taken = positions != null ? positions.getOrDefault(key, -1) : search(keys, size, key);
                if (taken >= 0) {
                    return (int) (keyPlaces[taken] >>> 32);
                }
                if (size == keys.length) {
                    keys = Arrays.copyOf(keys, size * 2);
                    values = Arrays.copyOf(values, size * 2);
                    keyPlaces = Arrays.copyOf(keyPlaces, size * 2);
                }
                keys[size] = key;
                values[size] = value;
                keyPlaces[size] = (long) line << 32 | (column & 0xFFFFFFFFL);
                size++;
                if (positions != null) {
                    positions.put(key, size - 1);
                } else if (size > SMALL) {
                    positions = new HashMap<>();
                    for (int i = 0; i < size; i++) {
                        positions.put(keys[i], i);
                    }
                }
                return -1;
            }

            MapNode build(int line, int column) {
                return new MapNode(line, column, this);
            }
        }
    }

    /**
     * A list.
     *
     * @param line   where it starts
     * @param column where it starts
     * @param items  the items
     */
    record ListNode(int line, int column, List<Node> items) implements Node {
        /**
         * Copies the items, into a list of their exact size.
         *
         * @param line   where it starts
         * @param column where it starts
         * @param items  the items
         */
        public ListNode {
            items = List.copyOf(items);
        }

        @Override
        public String describe() {
            return "a list";
        }
    }

    /** What a scalar was written as. */
    enum ScalarType {
        /** Text. */
        STRING,
        /** A whole number. */
        INTEGER,
        /** A number with a fraction or exponent. */
        DECIMAL,
        /** true or false. */
        BOOLEAN,
        /** Nothing: {@code ~}, {@code null} or an empty value. */
        NULL
    }

    /**
     * A scalar: its text as written (for numbers, the number's text) and its type.
     *
     * @param line   where it starts
     * @param column where it starts
     * @param text   the text; "" for null
     * @param type   what it was written as
     */
    record ScalarNode(int line, int column, String text, ScalarType type) implements Node {
        @Override
        public String describe() {
            return switch (type) {
                case INTEGER, DECIMAL -> "the number " + text;
                case BOOLEAN -> "the boolean " + text;
                case NULL -> "nothing (null)";
                case STRING -> "the text '" + Texts.abbreviate(text) + "'";
            };
        }

        /**
         * Tells whether the scalar is a number.
         *
         * @return true for integers and decimals
         */
        public boolean isNumber() {
            return type == ScalarType.INTEGER || type == ScalarType.DECIMAL;
        }
    }
}
