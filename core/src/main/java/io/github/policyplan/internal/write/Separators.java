package io.github.policyplan.internal.write;

/**
 * Keeps the line separator U+2028, the paragraph separator U+2029 and the byte-order mark U+FEFF out
 * of written text as raw characters: readers warn at them (Excel and Word paste them; YAML, JSON and
 * CSV readers treat them differently; a mark in mid-file is left where two files were joined), so a
 * writer escapes them where the format can ({@code \L}, {@code \P}, {@code \}{@code uFEFF} in a YAML
 * double-quoted scalar, {@code \}{@code u2028} in a JSON string). CSV has no escapes: its writer keeps them
 * as they are, so that a log still reads back equal (with a warning at each); quoting the field would
 * not hide them either. Stateless.
 */
public final class Separators {

    private Separators() {
    }

    /**
     * Tells whether a text holds a line separator, a paragraph separator or a byte-order mark.
     *
     * @param text the text
     * @return true when it holds one
     */
    public static boolean holdsOne(String text) {
        return first(text) >= 0;
    }

    private static int first(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u2028' || c == '\u2029' || c == '\uFEFF') {
                return i;
            }
        }
        return -1;
    }

    /**
     * Escapes every such character of a JSON text as {@code \}{@code uXXXX}; exact, since JSON text
     * can hold them only inside strings.
     *
     * @param json the JSON text
     * @return the text with none of them raw
     */
    public static String json(String json) {
        if (!holdsOne(json)) {
            return json;
        }
        return json.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029").replace("\uFEFF", "\\uFEFF");
    }

    /**
     * Escapes every byte-order mark of a YAML text as {@code \}{@code uFEFF}; exact when every text
     * that holds one was written double-quoted ({@link QuotingYaml} does), since the emitter keeps the
     * mark raw there and writes the separators as {@code \L} and {@code \P}.
     *
     * @param yaml the YAML text
     * @return the text with none of them raw
     */
    public static String yaml(String yaml) {
        return yaml.indexOf('\uFEFF') < 0 ? yaml : yaml.replace("\uFEFF", "\\uFEFF");
    }
}
