package io.github.policyplan.internal.read;

import java.util.Optional;

/**
 * Finds, before any parser sees a text, the characters no plan, sheet, report or scheme holds on purpose
 * and that no editor shows: a NUL, other control characters, a Ctrl-Z (the old end-of-file mark) at the
 * end. Each is a problem at its own line and column, named;
 * a run of one such character is one problem. A byte-order mark in the middle of the file (two files
 * joined) and a line or paragraph separator (U+2028, U+2029, which YAML reads as a line break) are named
 * where the parser stumbles over them ({@link #byteOrderMarkNear}): elsewhere they are text the writers
 * may have written. Without them a parser reports them where it stumbles,
 * often lines later and in its own words. Stateless.
 */
final class Invisibles {

    private Invisibles() {
    }

    /**
     * Reports every such character.
     *
     * @param text     the document, without its leading byte-order mark
     * @param problems where the problems go
     * @return true when the text holds none
     */
    static boolean check(String text, Problems problems) {
        boolean clean = true;
        int line = 1;
        int lineStart = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                lineStart = i + 1;
                continue;
            }
            if (!refused(c)) {
                continue;
            }
            int end = i + 1;
            while (end < n && text.charAt(end) == c) {
                end++;
            }
            report(c, end - i, atEnd(text, end), line, i - lineStart + 1, problems);
            clean = false;
            i = end - 1;
        }
        return clean;
    }

    private static boolean refused(char c) {
        return c < 0x20 ? c != '\t' && c != '\n' && c != '\r'
                : false;
    }

    /**
     * Finds a byte-order mark at the start of a line, at or up to two lines above one where the parser
     * stumbled: two files joined, the second keeping its mark. (Elsewhere a mark is text a writer may have
     * written, so it is named only where it breaks the parse.)
     *
     * @param text     the document
     * @param line     the line the parser complained about
     * @param problems where the problem goes
     * @return true when one was found and reported
     */
    static boolean byteOrderMarkNear(String text, int line, Problems problems) {
        int at = 0;
        for (int l = 1; l <= line && at <= text.length(); l++) {
            if (l >= line - 3) {
                int i = at;
                while (i < text.length() && text.charAt(i) == ' ') {
                    i++;
                }
                if (i < text.length() && text.charAt(i) == 0xFEFF) {
                    report((char) 0xFEFF, 1, false, l, i - at + 1, problems);
                    return true;
                }
                int end = text.indexOf('\n', at);
                end = end < 0 ? text.length() : end;
                for (int j = at; j < end; j++) {
                    if (text.charAt(j) == 0x2028 || text.charAt(j) == 0x2029) {
                        report(text.charAt(j), 1, false, l, j - at + 1, problems);
                        return true;
                    }
                }
            }
            int next = text.indexOf('\n', at);
            if (next < 0) {
                break;
            }
            at = next + 1;
        }
        return false;
    }

    /** Tells whether only line ends and spaces follow a position. */
    private static boolean atEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\n' && c != '\r' && c != ' ') {
                return false;
            }
        }
        return true;
    }

    private static void report(char c, int count, boolean atEnd, int line, int column, Problems problems) {
        String what = count == 1 ? Characters.withArticle(c) : count + " characters, each " + Characters.withArticle(c);
        String message;
        String hint;
        if (c == 0x1A && atEnd) {
            message = "the file ends with " + what;
            hint = "remove it: old DOS tools mark the end of a file with it, and no reader here expects it";
        } else if (c == 0xFEFF) {
            message = "the text holds " + what + " in the middle of the file";
            hint = "remove it: files joined by copying each keep their byte-order mark, and it is invisible";
        } else if (c == 0x2028 || c == 0x2029) {
            message = "the text holds " + what;
            hint = "replace it with a line break or a space: editors show it differently, and YAML reads it as"
                    + " a line break";
        } else if (c == 0) {
            message = "the text holds " + what;
            hint = "remove it; a file full of them may be saved as UTF-16: save it as UTF-8";
        } else {
            message = "the text holds " + what;
            hint = "remove it: it is a control character, invisible in most editors";
        }
        problems.add(line, column, "", message, Optional.of(hint));
    }
}
