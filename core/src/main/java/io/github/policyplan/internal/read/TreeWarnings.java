package io.github.policyplan.internal.read;

import java.util.Optional;

/**
 * Warnings every YAML or JSON input gets, whatever it holds: text that starts or ends with a space of
 * any kind (an ideographic space U+3000, a no-break space, a zero-width space, or an ASCII space kept by
 * quotes), which makes a name differ from the same name without it. Stateless.
 */
final class TreeWarnings {

    private TreeWarnings() {
    }

    /**
     * Warns at every text value that starts or ends with space.
     *
     * @param root     the document's root
     * @param problems where the warnings go
     */
    static void spaces(Node root, Problems problems) {
        walk(root, "", problems);
    }

    private static void walk(Node node, String path, Problems problems) {
        if (node instanceof Node.MapNode map) {
            for (int i = 0; i < map.size(); i++) {
                walk(map.value(i), DocumentPath.key(path, map.key(i)), problems);
            }
        } else if (node instanceof Node.ListNode list) {
            for (int i = 0; i < list.items().size(); i++) {
                walk(list.items().get(i), DocumentPath.index(path, i), problems);
            }
        } else if (node instanceof Node.ScalarNode s && s.type() == Node.ScalarType.STRING) {
            check(s, path, problems);
        }
    }

    private static void check(Node.ScalarNode s, String path, Problems problems) {
        warn(s.text(), s.line(), s.column(), path, problems);
    }

    /** Warns at a text that starts or ends with space of any kind. */
    static void warn(String text, int line, int column, String path, Problems problems) {
        if (text.isEmpty() || text.indexOf('\n') >= 0 || problems.full()) {
            return;
        }
        int first = text.codePointAt(0);
        int last = text.codePointBefore(text.length());
        boolean leads = Characters.isSpaceLike(first);
        boolean trails = Characters.isSpaceLike(last);
        if (!leads && !trails) {
            return;
        }
        String where = leads && trails ? "starts and ends" : leads ? "starts" : "ends";
        int cp = leads ? first : last;
        problems.warn(line, column, path, "'" + Characters.escape(Texts.abbreviate(text)) + "' " + where + " with "
                + Characters.withArticle(cp), Optional.of("remove it: names and ids are compared exactly, and '"
                        + Characters.escape(Texts.abbreviate(Characters.strip(text))) + "' is another name"));
    }
}
