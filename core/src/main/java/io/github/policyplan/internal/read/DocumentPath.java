package io.github.policyplan.internal.read;

import com.fasterxml.jackson.core.JsonStreamContext;
import java.util.ArrayDeque;
import java.util.Deque;

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
