package io.github.policyplan.internal.read;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Warns at every raw line separator U+2028, paragraph separator U+2029 and byte-order mark U+FEFF past
 * the start of a text that still parses: Excel and Word paste the separators as line breaks that a YAML
 * reader takes for one while JSON and CSV readers keep them as text, so one file reads differently
 * elsewhere; a mark in mid-file is left where two files were joined. The YAML and JSON writers escape
 * them, so only a hand-made or pasted file, or a CSV file (which cannot escape them), holds them raw. A run of one such character is
 * one warning, at its own line and column; where the parser already stumbled over one and reported a
 * problem at that place, no warning repeats it. Stateless.
 */
public final class StraySeparators {

    private StraySeparators() {
    }

    /**
     * Warns at every such character of a document.
     *
     * @param text     the document, without its leading byte-order mark
     * @param problems where the warnings go; the problems already there are not repeated
     */
    static void warn(String text, Problems problems) {
        if (holdsOne(text)) {
            Set<Long> reported = new HashSet<>();
            for (var p : problems.sorted()) {
                reported.add(((long) p.line() << 32) | p.column());
            }
            warn(text, 1, 1, false, reported, problems);
        }
    }

    /**
     * Warns at every such character of a CSV field read on its own (by the bulk reader).
     *
     * @param text     the field's text, quotes removed and {@code ""} read as {@code "}
     * @param line     the line the field starts on
     * @param column   the column of its first character (after its opening quote, when quoted)
     * @param quoted   whether it was quoted, so that each {@code "} in it was written {@code ""}
     * @param problems where the warnings go
     */
    public static void warnInField(String text, int line, int column, boolean quoted, Problems problems) {
        if (holdsOne(text)) {
            warn(text, line, column, quoted, Set.of(), problems);
        }
    }

    /**
     * Tells whether a text holds a line separator, a paragraph separator or a byte-order mark.
     *
     * @param text the text
     * @return true when it does
     */
    public static boolean holdsOne(String text) {
        return text.indexOf('\u2028') >= 0 || text.indexOf('\u2029') >= 0 || text.indexOf('\uFEFF') >= 0;
    }

    private static void warn(String text, int firstLine, int firstColumn, boolean quoted, Set<Long> reported,
            Problems problems) {
        int line = firstLine;
        int column = firstColumn;
        for (int i = 0; i < text.length() && !problems.warningsFull(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                column = 1;
                continue;
            }
            if (c == '\u2028' || c == '\u2029' || c == '\uFEFF') {
                if (!reported.contains(((long) line << 32) | column)) {
                    problems.warn(line, column, "", message(c), Optional.of(hint(c)));
                }
                while (i + 1 < text.length() && text.charAt(i + 1) == c) {
                    i++;
                    column++;
                }
            }
            column += quoted && c == '"' ? 2 : 1;
        }
    }

    private static String message(char c) {
        return switch (c) {
            case '\u2028' -> "the text holds '\\u2028' (line separator), a line break Excel or Word pasted: YAML"
                    + " readers take it for a line break, JSON and CSV readers for text";
            case '\u2029' -> "the text holds '\\u2029' (paragraph separator), a line break Excel or Word pasted:"
                    + " YAML readers take it for a line break, JSON and CSV readers for text";
            default -> "the text holds '\\uFEFF' (byte-order mark in mid-file), an invisible mark left where"
                    + " one file was joined to another";
        };
    }

    private static String hint(char c) {
        return c == '\uFEFF' ? "delete it, most editors do not show it; if it is meant, write \\uFEFF in a YAML"
                + " double-quoted or JSON string"
                : "replace it with a space or a real line break; if it is meant, write "
                        + (c == '\u2028' ? "\\u2028" : "\\u2029")
                        + " in a YAML double-quoted or JSON string";
    }
}
