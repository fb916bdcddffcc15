package io.github.policyplan.internal.read;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Makes the invisible characters of a message visible: every problem, note and warning passes through
 * here, so that a message never shows two strings that look the same on screen ({@code unknown department
 * '县科技局' (did you mean '县科技局　'?)}). Each such character is escaped ({@code \u3000}) and named
 * after the quoted text that holds it: {@code '县科技局\u3000' (ideographic space)}. Stateless.
 */
final class Visible {

    private Visible() {
    }

    /**
     * Escapes and names the invisible characters of a message or hint.
     *
     * @param text the message
     * @return the message, unchanged when it holds none
     */
    static String of(String text) {
        if (!holdsExotic(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 32);
        Set<String> pending = new LinkedHashSet<>();
        int quotes = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (cp == '\'') {
                quotes++;
                out.append('\'');
                if (!pending.isEmpty()) {
                    out.append(" (").append(String.join(", ", pending)).append(')');
                    pending.clear();
                }
            } else if (Characters.isExotic(cp)) {
                out.append(Characters.escape(new String(Character.toChars(cp))));
                pending.add(Characters.plainName(cp));
                boolean quoted = quotes % 2 == 1 && text.indexOf('\'', next) >= 0;
                if (!quoted) {
                    out.append(" (").append(String.join(", ", pending)).append(')');
                    pending.clear();
                }
            } else {
                out.appendCodePoint(cp);
            }
            i = next;
        }
        return out.toString();
    }

    /**
     * Escapes the invisible characters of a path, without naming them.
     *
     * @param path the path
     * @return the path, unchanged when it holds none
     */
    static String path(String path) {
        return holdsExotic(path) ? Characters.escape(path) : path;
    }

    private static boolean holdsExotic(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t') || (c >= 0x7F && Characters.isExotic(c))) {
                return true;
            }
        }
        return false;
    }
}
