package io.github.policyplan.internal.read;

import java.math.BigDecimal;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * Reads the fields of one map node, reporting every problem with its location and path: an unknown
 * key (with the nearest known one), a missing required key, a value of the wrong shape. Each
 * accessor returns empty after reporting a problem (and marks the map {@linkplain #failed failed}), so
 * that binding goes on and every problem of a file is found in one pass.
 */
public final class Fields {

    private final Node.MapNode map;
    private final Problems problems;
    private boolean failed;
    /** The map's path, once worked out: only a problem needs it. */
    private String path;
    /** Where the map is, to work out its path: its parent, its key there, and its index in a list (or -1). */
    private final Fields parent;
    private final String parentKey;
    private final int index;
    /** The keys the map may have. */
    private final Collection<String> known;
    /** With {@link Keys}: the value of each known key, by its place; a key the map lacks has null. */
    private final Keys places;
    private final Node[] values;

    private Fields(Node.MapNode map, String path, Fields parent, String parentKey, int index, Collection<String> known,
            Problems problems) {
        this.map = map;
        this.path = path;
        this.parent = parent;
        this.parentKey = parentKey;
        this.index = index;
        this.problems = problems;
        this.known = known;
        this.places = known instanceof Keys keys ? keys : null;
        this.values = places == null ? null : new Node[places.size()];
    }

    /**
     * The keys a kind of map may have, in the order messages list them, each with its place. A map opened
     * with them files its values by place as its keys are checked, so that reading a field looks up the
     * key in this small set, not in the map.
     */
    public static final class Keys extends AbstractSet<String> {
        private final String[] names;
        /**
         * Open addressing: slot by hash, the place of a key plus one, 0 for an empty slot; a power-of-two
         * length at least four times the keys, so that a probe nearly always ends at its first slot.
         */
        private final int[] slots;

        private Keys(String... names) {
            this.names = names.clone();
            this.slots = new int[Integer.highestOneBit(Math.max(1, names.length) * 4) * 2];
            for (int i = 0; i < names.length; i++) {
                if (place(names[i]) >= 0) {
                    throw new IllegalArgumentException("duplicate key " + names[i]);
                }
                int slot = slot(names[i].hashCode());
                while (slots[slot] != 0) {
                    slot = (slot + 1) & (slots.length - 1);
                }
                slots[slot] = i + 1;
            }
        }

        private int slot(int hash) {
            return (hash ^ hash >>> 16) & (slots.length - 1);
        }

        int place(Object key) {
            if (!(key instanceof String)) {
                return -1;
            }
            int hash = key.hashCode();
            for (int slot = slot(hash); slots[slot] != 0; slot = (slot + 1) & (slots.length - 1)) {
                String name = names[slots[slot] - 1];
                if (name == key || (name.hashCode() == hash && name.equals(key))) {
                    return slots[slot] - 1;
                }
            }
            return -1;
        }

        @Override
        public boolean contains(Object key) {
            return place(key) >= 0;
        }

        @Override
        public Iterator<String> iterator() {
            return List.of(names).iterator();
        }

        @Override
        public int size() {
            return names.length;
        }
    }

    /**
     * Makes the set of keys a map may have, for {@link #open}.
     *
     * @param keys the keys, in the order messages list them
     * @return an unmodifiable set in that order
     */
    public static Keys keys(String... keys) {
        return new Keys(keys);
    }

    /**
     * Opens a node as a map with a known set of keys.
     *
     * @param node     the node
     * @param path     its path
     * @param what     what the map is, for messages: "a target"
     * @param known    the keys it may have
     * @param problems where problems go
     * @return the fields, or empty when the node is not a map (a problem is reported)
     */
    public static Optional<Fields> open(Node node, String path, String what, Collection<String> known,
            Problems problems) {
        if (!(node instanceof Node.MapNode map)) {
            problems.add(node, path, "expected " + what + " (a map of keys), found " + node.describe());
            return Optional.empty();
        }
        return Optional.of(new Fields(map, path, null, null, -1, known, problems).check(what));
    }

    /**
     * Opens the value of a key of this map as a map with a known set of keys; its path is worked out only
     * for a problem.
     *
     * @param node  the value, or an item of it when it is a list
     * @param key   the key
     * @param index the item's index in the list, or -1 when the node is the key's value itself
     * @param what  what the map is, for messages: "a target"
     * @param known the keys it may have
     * @return the fields, or empty when the node is not a map (a problem is reported)
     */
    public Optional<Fields> open(Node node, String key, int index, String what, Collection<String> known) {
        if (!(node instanceof Node.MapNode map)) {
            problems.add(node, childPath(key, index), "expected " + what + " (a map of keys), found "
                    + node.describe());
            return Optional.empty();
        }
        return Optional.of(new Fields(map, null, this, key, index, known, problems).check(what));
    }

    /** Reports every key the map may not have; with {@link Keys}, files the others' values by place. */
    private Fields check(String what) {
        for (int i = 0; i < map.size(); i++) {
            if (places != null) {
                int place = places.place(map.key(i));
                if (place >= 0) {
                    values[place] = map.value(i);
                    continue;
                }
            } else if (known.contains(map.key(i))) {
                continue;
            }
            Node.Entry e = map.entry(i);
            problems.add(e.line(), e.column(), DocumentPath.key(path(), e.key()), "unknown key '"
                    + Texts.abbreviate(e.key()) + "' in " + what,
                    Optional.of(Texts.didYouMean(e.key(), known, problems).orElse("known keys: " + Texts.list(known))));
            failed = true;
        }
        return this;
    }

    /**
     * Looks a key's value up as a map does: null when the key is absent or its value is null. Private, so
     * that no caller sees a null: the accessors below return {@link Optional}. A plan reads tens of thousands
     * of keys, so the lookups that only ask whether a key is there allocate nothing.
     */
    private Node lookUp(String key) {
        Node n;
        int place = places == null ? -1 : places.place(key);
        if (place >= 0) {
            n = values[place];
        } else {
            n = map.get(key);
        }
        return n instanceof Node.ScalarNode s && s.type() == Node.ScalarType.NULL ? null : n;
    }

    /** Reports a required key that is absent or null. */
    private void missing(String key, String advice) {
        Node.Entry entry = map.entry(key);
        boolean empty = entry != null;
        Node at = empty ? entry.value() : map;
        problems.add(at, path(key), empty ? "'" + key + "' is empty" : "missing required key '" + key + "'",
                Optional.of(advice));
        failed = true;
    }

    /**
     * Tells whether any accessor (or an unknown key) reported a problem.
     *
     * @return true after a problem in this map
     */
    public boolean failed() {
        return failed;
    }

    /**
     * Marks this map as failed after a problem reported elsewhere about one of its fields.
     */
    public void fail() {
        failed = true;
    }

    /**
     * Returns the map node.
     *
     * @return the node
     */
    public Node.MapNode node() {
        return map;
    }

    /**
     * Returns the map's path.
     *
     * @return the path
     */
    public String path() {
        if (path == null) {
            path = parent.childPath(parentKey, index);
        }
        return path;
    }

    /**
     * Returns the path of a key.
     *
     * @param key the key
     * @return the path
     */
    public String path(String key) {
        return DocumentPath.key(path(), key);
    }

    /** The path of a key's value, or of an item of it. */
    private String childPath(String key, int itemIndex) {
        return itemIndex < 0 ? path(key) : DocumentPath.index(path(key), itemIndex);
    }

    /**
     * Returns the value of a key, treating an explicit null as absent.
     *
     * @param key the key
     * @return the value, or empty when absent or null
     */
    public Optional<Node> get(String key) {
        return Optional.ofNullable(lookUp(key));
    }

    /**
     * Tells whether a key is present (with a value other than null).
     *
     * @param key the key
     * @return true when present
     */
    public boolean has(String key) {
        return lookUp(key) != null;
    }

    /**
     * Returns a required value, reporting its absence.
     *
     * @param key    the key
     * @param advice what to write, for the hint
     * @return the value, or empty when absent (a problem is reported)
     */
    public Optional<Node> require(String key, String advice) {
        Node n = lookUp(key);
        if (n == null) {
            missing(key, advice);
            return Optional.empty();
        }
        return Optional.of(n);
    }

    /**
     * Reports a problem about a key's value and marks the map failed.
     *
     * @param key     the key
     * @param message what is wrong
     * @param hint    the likely fix, if any
     */
    public void problem(String key, String message, Optional<String> hint) {
        Node n = map.get(key);
        problems.add(n == null ? map : n, path(key), message, hint);
        failed = true;
    }

    /**
     * Returns a required text value; numbers and booleans are taken as written.
     *
     * @param key    the key
     * @param advice what to write, for the hint
     * @return the text, or empty after a problem
     */
    public Optional<String> requiredText(String key, String advice) {
        Node n = lookUp(key);
        if (n == null) {
            missing(key, advice);
            return Optional.empty();
        }
        return text(key, n);
    }

    /**
     * Returns an optional text value.
     *
     * @param key the key
     * @return the text, empty when absent or after a problem
     */
    public Optional<String> optionalText(String key) {
        Node n = lookUp(key);
        return n == null ? Optional.empty() : text(key, n);
    }

    /**
     * Reads a node as text.
     *
     * @param key the key it belongs to, for the path
     * @param n   the node
     * @return the text, or empty after a problem
     */
    public Optional<String> text(String key, Node n) {
        return n instanceof Node.ScalarNode s && s.type() != Node.ScalarType.NULL ? Optional.of(s.text())
                : text(n, path(key));
    }

    /**
     * Reads a node as text at a path.
     *
     * @param n        the node
     * @param nodePath its path
     * @return the text, or empty after a problem
     */
    public Optional<String> text(Node n, String nodePath) {
        if (n instanceof Node.ScalarNode s && s.type() != Node.ScalarType.NULL) {
            return Optional.of(s.text());
        }
        problems.add(n, nodePath, "expected text, found " + n.describe());
        failed = true;
        return Optional.empty();
    }

    /**
     * Returns the text of a node that reads as text: any scalar but null.
     *
     * @param n the node
     * @return the text, or empty for a map, a list or null
     */
    public static Optional<String> textOf(Node n) {
        return n instanceof Node.ScalarNode s && s.type() != Node.ScalarType.NULL ? Optional.of(s.text())
                : Optional.empty();
    }

    /**
     * Returns an optional number.
     *
     * @param key the key
     * @return the number, or empty when absent or after a problem
     */
    public Optional<Double> optionalNumber(String key) {
        Node n = lookUp(key);
        return n == null ? Optional.empty() : number(key, n);
    }

    /**
     * Returns an optional fraction from 0 to 1 (a share, a quota): like {@link #optionalNumber}, but a
     * percentage such as {@code 30%} is refused with the fraction to write, {@code 0.3}, not {@code 30}
     * (which would be refused next as above 1).
     *
     * @param key the key
     * @return the number, or empty when absent or after a problem
     */
    public Optional<Double> optionalFraction(String key) {
        Node n = lookUp(key);
        if (n instanceof Node.ScalarNode s && s.type() == Node.ScalarType.STRING) {
            Optional<String> percent = PercentText.number(s.text());
            if (percent.isPresent()) {
                String fraction = new BigDecimal(percent.get()).movePointLeft(2).stripTrailingZeros().toPlainString();
                problems.add(n, path(key), "expected a fraction from 0 to 1, found the percentage '"
                        + Texts.abbreviate(s.text().strip()) + "'", Optional.of("write " + fraction + " for "
                                + Texts.abbreviate(s.text().strip())));
                failed = true;
                return Optional.empty();
            }
        }
        return n == null ? Optional.empty() : number(key, n);
    }

    /**
     * Reads a node as a number; the key it belongs to gives the path of a problem.
     *
     * @param key the key
     * @param n   the node
     * @return the number, or empty after a problem
     */
    public Optional<Double> number(String key, Node n) {
        Optional<Double> d = finite(n);
        return d.isPresent() ? d : notANumber(n, path(key));
    }

    /**
     * Reads a node as a number.
     *
     * @param n        the node
     * @param nodePath its path
     * @return the number, or empty after a problem
     */
    public Optional<Double> number(Node n, String nodePath) {
        Optional<Double> d = finite(n);
        return d.isPresent() ? d : notANumber(n, nodePath);
    }

    /** The value of a number scalar, or empty when the node is not one or its value is not finite. */
    private static Optional<Double> finite(Node n) {
        if (n instanceof Node.ScalarNode s && s.isNumber()) {
            double d = toDouble(s.text());
            if (Double.isFinite(d)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /** Reports a node that {@link #finite} does not read as a number; returns empty. */
    private Optional<Double> notANumber(Node n, String nodePath) {
        if (n instanceof Node.ScalarNode s && s.isNumber()) {
            double d = toDouble(s.text());
            String text = Texts.abbreviate(s.text());
            problems.add(n, nodePath, Double.isNaN(d) ? "the number " + text + " is not a plain decimal number"
                    : "the number " + text + " is too large", Optional.of("write it in decimal digits, such as 12.5"));
            failed = true;
            return Optional.empty();
        }
        Optional<String> hint = Optional.empty();
        if (n instanceof Node.ScalarNode s && s.type() == Node.ScalarType.STRING) {
            String t = s.text().trim();
            if (t.matches("[-+]?[0-9]+(\\.[0-9]+)?")) {
                hint = Optional.of("write it without quotes: " + t);
            }
            Optional<String> percent = PercentText.number(t);
            if (percent.isPresent()) {
                hint = percent.map(PercentText::withoutSign);
            }
            hint = hint.or(() -> numberHint(t));
        }
        problems.add(n, nodePath, "expected a number, found " + n.describe(), hint);
        failed = true;
        return Optional.empty();
    }

    /**
     * Converts a number as written to a double, correctly rounded. {@link BigDecimal} has no negative
     * zero, so the sign of a zero ({@code -0}, {@code -0.0}) is taken from the text.
     *
     * @param text a number scalar's text; YAML's {@code _} digit separators are allowed
     * @return the double, possibly infinite when the number is too large; NaN when the text is not a
     *         plain decimal number (YAML also reads {@code .inf}, {@code 0x1F} and {@code 1:30} as numbers)
     */
    public static double toDouble(String text) {
        return DecimalText.toDouble(text);
    }

    /**
     * Reads a number written with a percent sign ({@code 8%}, {@code 8.5％}) as the number, with a note;
     * {@link PercentText} says which forms.
     *
     * @param n        a scalar
     * @param nodePath its path
     * @return the number, or empty when the scalar is not text holding such a number
     */
    public Optional<Double> percent(Node.ScalarNode n, String nodePath) {
        if (n.type() != Node.ScalarType.STRING) {
            return Optional.empty();
        }
        Optional<String> number = PercentText.number(n.text());
        number.ifPresent(d -> problems.note(n, nodePath, PercentText.note(n.text(), d)));
        return number.map(Fields::toDouble);
    }

    /**
     * Reads a number written with a percent sign, as {@link #percent(Node.ScalarNode, String)}; the key it
     * belongs to gives the path of the note.
     *
     * @param key the key
     * @param n   a node
     * @return the number, or empty when the node is not text holding such a number
     */
    public Optional<Double> percent(String key, Node n) {
        return n instanceof Node.ScalarNode s && s.type() == Node.ScalarType.STRING ? percent(s, path(key))
                : Optional.empty();
    }

    /**
     * Says how to write a number written with a unit or thousands separators.
     *
     * @param text the text as written
     * @return the hint, if the text is such a number
     */
    public static Optional<String> numberHint(String text) {
        java.util.regex.Matcher unit = java.util.regex.Pattern.compile("([-+]?[0-9][0-9,]*(?:\\.[0-9]+)?)\\s*(\\D+)")
                .matcher(text);
        if (text.matches("[-+]?[0-9]{1,3}(,[0-9]{3})+(\\.[0-9]+)?")) {
            return Optional.of("write it without thousands separators: " + text.replace(",", ""));
        }
        if (unit.matches()) {
            return Optional.of("write the number alone, " + unit.group(1).replace(",", "") + "; the unit "
                    + unit.group(2).trim() + " belongs in unit:");
        }
        return Optional.empty();
    }

    /**
     * Returns an optional list of text values; a single text value is taken as a list of one.
     *
     * @param key the key
     * @return the values with their nodes, an empty list when absent; empty after a problem
     */
    public Optional<List<Node.ScalarNode>> textList(String key) {
        Node n = lookUp(key);
        if (n == null) {
            return Optional.of(List.of());
        }
        if (n instanceof Node.ScalarNode s) {
            return Optional.of(List.of(s));
        }
        if (!(n instanceof Node.ListNode list)) {
            problems.add(n, path(key), "expected a list of names, found " + n.describe());
            failed = true;
            return Optional.empty();
        }
        List<Node> items = list.items();
        List<Node.ScalarNode> out = new ArrayList<>(items.size());
        boolean ok = true;
        for (int i = 0; i < items.size(); i++) {
            Node item = items.get(i);
            if (item instanceof Node.ScalarNode s && s.type() != Node.ScalarType.NULL) {
                out.add(s);
            } else {
                problems.add(item, DocumentPath.index(path(key), i), "expected a name, found " + item.describe());
                ok = false;
            }
        }
        if (!ok) {
            failed = true;
            return Optional.empty();
        }
        return Optional.of(out);
    }

    /**
     * Returns an optional list node's items.
     *
     * @param key the key
     * @return the items, an empty list when absent; empty after a problem
     */
    public Optional<List<Node>> list(String key) {
        Node n = lookUp(key);
        if (n == null) {
            return Optional.of(List.of());
        }
        if (!(n instanceof Node.ListNode list)) {
            problems.add(n, path(key), "expected a list, found " + n.describe());
            failed = true;
            return Optional.empty();
        }
        return Optional.of(list.items());
    }
}
