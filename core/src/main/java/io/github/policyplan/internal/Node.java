package io.github.policyplan.internal;

import java.util.ArrayList;
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
     * A map: its entries in document order, found by key. A large plan holds tens of thousands of maps of
     * a few to twenty keys; a {@code LinkedHashMap} for each cost 40 bytes an entry besides its table, and
     * kept them all alive while the plan was bound. A small map finds its keys through an array of slots
     * (open addressing); a map with more than {@value #SMALL} keys, such as a goal sheet's map of target
     * ids, through a {@code HashMap}, which stays fast however the keys' hashes collide.
     */
    final class MapNode implements Node {
        /** The most keys a map finds through its slots: probing stays short even when every hash collides. */
        static final int SMALL = 64;

        private final int line;
        private final int column;
        private final List<Entry> entries;
        /** For a small map: the position of an entry plus one, 0 for an empty slot; a power-of-two length. */
        private final int[] slots;
        /** For a large map: the entries by key. */
        private final Map<String, Entry> byKey;

        private MapNode(int line, int column, List<Entry> entries, int[] slots, Map<String, Entry> byKey) {
            this.line = line;
            this.column = column;
            this.entries = entries;
            this.slots = slots;
            this.byKey = byKey;
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
         * Returns the entries.
         *
         * @return the entries in document order, unmodifiable
         */
        public List<Entry> entries() {
            return entries;
        }

        /**
         * Returns the entry of a key.
         *
         * @param key the key
         * @return the entry, or null when absent
         */
        public Entry entry(String key) {
            return byKey != null ? byKey.get(key) : find(slots, entries, key);
        }

        /**
         * Returns the value of a key.
         *
         * @param key the key
         * @return the value, or null when absent
         */
        public Node get(String key) {
            Entry e = entry(key);
            return e == null ? null : e.value();
        }

        /** Finds a key's entry by linear probing from its hash; null when absent. */
        private static Entry find(int[] slots, List<Entry> entries, String key) {
            int mask = slots.length - 1;
            for (int slot = key.hashCode() & mask; slots[slot] != 0; slot = (slot + 1) & mask) {
                Entry e = entries.get(slots[slot] - 1);
                if (e.key().equals(key)) {
                    return e;
                }
            }
            return null;
        }

        private static void insert(int[] slots, String key, int position) {
            int mask = slots.length - 1;
            int slot = key.hashCode() & mask;
            while (slots[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = position + 1;
        }

        /** Collects the entries of a map as they are read, refusing a second entry for a key. */
        static final class Builder {
            private final List<Entry> entries = new ArrayList<>();
            private int[] slots = new int[4];
            private Map<String, Entry> byKey;

            /**
             * Adds an entry unless its key is taken.
             *
             * @param entry the entry
             * @return null when added, or the entry that already has the key
             */
            Entry add(Entry entry) {
                if (byKey != null) {
                    Entry first = byKey.putIfAbsent(entry.key(), entry);
                    if (first == null) {
                        entries.add(entry);
                    }
                    return first;
                }
                Entry first = find(slots, entries, entry.key());
                if (first != null) {
                    return first;
                }
                entries.add(entry);
                if (entries.size() > SMALL) {
                    byKey = new HashMap<>();
                    for (Entry e : entries) {
                        byKey.put(e.key(), e);
                    }
                    slots = null;
                } else if (entries.size() * 3 > slots.length * 2) {
                    // At most two thirds of the slots are taken, so that probes stay short.
                    slots = new int[slots.length * 2];
                    for (int i = 0; i < entries.size(); i++) {
                        insert(slots, entries.get(i).key(), i);
                    }
                } else {
                    insert(slots, entry.key(), entries.size() - 1);
                }
                return null;
            }

            MapNode build(int line, int column) {
                return new MapNode(line, column, List.copyOf(entries), slots, byKey);
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
        /** Copies the items, into a list of their exact size. */
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
            switch (type) {
                case INTEGER:
                case DECIMAL:
                    return "the number " + text;
                case BOOLEAN:
                    return "the boolean " + text;
                case NULL:
                    return "nothing (null)";
                default:
                    return "the text '" + Texts.abbreviate(text) + "'";
            }
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
