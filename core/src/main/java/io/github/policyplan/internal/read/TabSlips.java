package io.github.policyplan.internal.read;

import io.github.policyplan.core.Problem;
import java.util.Optional;

/**
 * A tab where YAML takes only spaces, told apart by where it is: after a key's colon
 * ({@code goal:<Tab>12}) it is no indentation problem, and the message says what it is. Stateless.
 */
final class TabSlips {

    private TabSlips() {
    }

    /**
     * Finds a tab between a key's colon and its value on a line.
     *
     * @param text the document
     * @param line the line the parser complained about, from 1
     * @return the problem, at the tab, or empty when the line has no such tab
     */
    static Optional<Problem> afterKey(String text, int line) {
        String l = line(text, line);
        int tab = l.indexOf('\t');
        if (tab <= 0 || l.substring(0, tab).isBlank()) {
            return Optional.empty();
        }
        String before = l.substring(0, tab).stripTrailing();
        if (!before.endsWith(":")) {
            return Optional.empty();
        }
        String key = before.substring(0, before.length() - 1).strip();
        if (key.startsWith("- ")) {
            key = key.substring(2).strip();
        }
        String value = l.substring(tab).strip();
        return Optional.of(new Problem("-", line, tab + 1, "", "a tab separates the key '" + Texts.abbreviate(key)
                + "' from its value; YAML takes only spaces there", Optional.of("write a space after the colon: "
                        + Texts.abbreviate(key) + ": " + Texts.abbreviate(value))));
    }

    private static String line(String text, int line) {
        int start = 0;
        for (int i = 1; i < line && start >= 0; i++) {
            start = text.indexOf('\n', start);
            start = start < 0 ? -1 : start + 1;
        }
        if (start < 0 || start > text.length()) {
            return "";
        }
        int end = text.indexOf('\n', start);
        String l = text.substring(start, end < 0 ? text.length() : end);
        return l.endsWith("\r") ? l.substring(0, l.length() - 1) : l;
    }
}
