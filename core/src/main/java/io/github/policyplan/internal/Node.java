package io.github.policyplan.internal;

import java.util.Collections;
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
     * A map, in document order.
     *
     * @param line    where it starts
     * @param column  where it starts
     * @param entries the entries by key
     */
    record MapNode(int line, int column, Map<String, Entry> entries) implements Node {
        /** Wraps the entries unmodifiably, without a copy: the caller hands over a fresh ordered map. */
        public MapNode {
            entries = Collections.unmodifiableMap(entries);
        }

        @Override
        public String describe() {
            return "a map";
        }

        /**
         * Returns the value of a key.
         *
         * @param key the key
         * @return the value, or null when absent
         */
        public Node get(String key) {
            Entry e = entries.get(key);
            return e == null ? null : e.value();
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
        /** Wraps the items unmodifiably, without a copy: the caller hands over a fresh list. */
        public ListNode {
            items = Collections.unmodifiableList(items);
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
