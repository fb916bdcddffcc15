package io.github.policyplan.model;

/** Joins field paths such as {@code sections[0]} and {@code items[1].due}. */
final class Paths {

    private Paths() {
    }

    static String join(String parent, String child) {
        if (parent.isEmpty()) {
            return child;
        }
        if (child.isEmpty()) {
            return parent;
        }
        return child.startsWith("[") ? parent + child : parent + "." + child;
    }

    static String index(String field, int index) {
        return field + "[" + index + "]";
    }
}
