package io.github.policyplan.internal.read;

import com.fasterxml.jackson.core.JsonStreamContext;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** Builds document paths such as {@code sections[0].items[2].lead}. */
public final class DocumentPath {

    private DocumentPath() {
    }

    /**
     * Appends a key to a path.
     *
     * @param parent the parent's path, "" for the root
     * @param key    the key
     * @return the joined path
     */
    public static String key(String parent, String key) {
        return parent.isEmpty() ? key : parent + "." + key;
    }

    /**
     * Appends an index to a path.
     *
     * @param parent the list's path
     * @param index  the index, from 0
     * @return the joined path
     */
    public static String index(String parent, int index) {
        return parent + "[" + index + "]";
    }

    /**
     * Finds the node a path relative to another names, or the nearest ancestor that exists.
     *
     * @param from     the node the path starts at
     * @param relative the path, such as {@code checkpoints[1].date}; "" for the node itself
     * @return the node, or the deepest node on the way that exists
     */
    public static Node locate(Node from, String relative) {
        try {
            return walk(from, relative);
        } catch (RuntimeException e) {
            // A name that holds '[' or '.' is not a path; place the problem at the node itself.
            return from;
        }
    }

    private static Node walk(Node from, String relative) {
        Node current = from;
        if (relative.isEmpty()) {
            return current;
        }
        for (String part : relative.split("\\.")) {
            String key = part;
            List<Integer> indexes = new ArrayList<>();
            int bracket = part.indexOf('[');
            if (bracket >= 0) {
                key = part.substring(0, bracket);
                for (String idx : part.substring(bracket + 1, part.length() - 1).split("\\]\\[")) {
                    indexes.add(Integer.parseInt(idx));
                }
            }
            if (!key.isEmpty()) {
                if (!(current instanceof Node.MapNode map) || map.get(key) == null) {
                    return current;
                }
                current = map.get(key);
            }
            for (int idx : indexes) {
                if (!(current instanceof Node.ListNode list) || list.items().size() <= idx) {
                    return current;
                }
                current = list.items().get(idx);
            }
        }
        return current;
    }

    static String of(JsonStreamContext context) {
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.push("[" + Math.max(0, c.getCurrentIndex()) + "]");
            } else if (c.getCurrentName() != null) {
                parts.push(c.getCurrentName());
            }
        }
        StringBuilder sb = new StringBuilder();
        for (String part : parts) {
            if (sb.length() > 0 && !part.startsWith("[")) {
                sb.append('.');
            }
            sb.append(part);
        }
        return sb.toString();
    }
}
