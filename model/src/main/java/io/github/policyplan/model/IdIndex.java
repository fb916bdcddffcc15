package io.github.policyplan.model;

/**
 * Ids to numbers by open addressing on {@link String#hashCode()} (which each string caches): two
 * arrays, no object per entry, where a {@code HashMap} makes a node and boxes an {@code Integer} for
 * each. A plan keeps one for its departments and one for the ids of its tree; a national data set has
 * millions of ids. Not thread-safe while filled; read-only and thread-safe once its owner is built.
 */
final class IdIndex {

    /** What {@link #get} and {@link #putIfAbsent} return for an id not in the index. */
    static final int ABSENT = Integer.MIN_VALUE;

    private String[] keys;
    private int[] values;
    private int size;

    /**
     * Makes an index with room for a number of ids.
     *
     * @param expected how many ids will be put
     */
    IdIndex(int expected) {
        int capacity = 8;
        while (capacity < expected * 2) {
            capacity <<= 1;
        }
        keys = new String[capacity];
        values = new int[capacity];
    }

    private static int slot(String id, int mask) {
        int h = id.hashCode();
        return (h ^ (h >>> 16)) & mask;
    }

    /**
     * Puts an id, unless it is there.
     *
     * @param id    the id
     * @param value its number
     * @return the number it had, or {@link #ABSENT} when it is new (then it has {@code value})
     */
    int putIfAbsent(String id, int value) {
        if (size * 2 >= keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        for (int i = slot(id, mask);; i = (i + 1) & mask) {
            String k = keys[i];
            if (k == null) {
                keys[i] = id;
                values[i] = value;
                size++;
                return ABSENT;
            }
            if (k.equals(id)) {
                return values[i];
            }
        }
    }

    /**
     * Finds an id's number.
     *
     * @param id the id
     * @return its number, or {@link #ABSENT}
     */
    int get(String id) {
        if (id == null) {
            return ABSENT;
        }
        int mask = keys.length - 1;
        for (int i = slot(id, mask);; i = (i + 1) & mask) {
            String k = keys[i];
            if (k == null) {
                return ABSENT;
            }
            if (k.equals(id)) {
                return values[i];
            }
        }
    }

    private void grow() {
        String[] oldKeys = keys;
        int[] oldValues = values;
        keys = new String[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                putIfAbsent(oldKeys[i], oldValues[i]);
            }
        }
    }
}
