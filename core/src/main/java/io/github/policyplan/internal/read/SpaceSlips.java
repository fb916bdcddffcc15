package io.github.policyplan.internal.read;

import io.github.policyplan.core.Problem;
import java.util.Optional;

/**
 * Spaces that look like spaces and are none to YAML, found when the parser stumbles near them: a line
 * indented with ideographic spaces (U+3000, typed with a Chinese input method in full-width mode) or
 * no-break spaces (U+00A0, pasted from Word or a web page), and such a space after a key's colon. The
 * parser blames the line after, in its own words; this names the character where it is. Stateless.
 */
final class SpaceSlips {

    /** How many lines above the parser's complaint are looked at. */
    private static final int BACK = 2;

    private SpaceSlips() {
    }

    /**
     * Finds the nearest line, at or up to two above the one the parser complained about, that is indented
     * with, or separates a key from its value by, a space YAML does not take.
     *
     * @param text the document
     * @param line the line the parser complained about, from 1
     * @return the problem, at the first such space, or empty when there is none
     */
    static Optional<Problem> near(String text, int line) {
        String[] lines = text.split("\n", -1);
        for (int l = Math.min(line, lines.length); l >= Math.max(1, line - BACK); l--) {
            Optional<Problem> found = in(lines[l - 1], l);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static Optional<Problem> in(String l, int line) {
        int i = 0;
        while (i < l.length() && (l.charAt(i) == ' ' || isOtherSpace(l.charAt(i)))) {
            i++;
        }
        int first = firstOther(l, 0, i);
        if (first >= 0) {
            char c = l.charAt(first);
            int count = 0;
            for (int j = 0; j < i; j++) {
                count += l.charAt(j) == c ? 1 : 0;
            }
            return Optional.of(new Problem("-", line, first + 1, "", "this line is indented with " + (count == 1
                    ? Characters.withArticle(c) : count + " characters, each " + Characters.withArticle(c))
                    + "; YAML indents with ASCII spaces only", Optional.of("indent it with ordinary spaces, as the"
                            + " lines around it are; switch the input method to half-width")));
        }
        int colon = l.indexOf(':', i);
        if (colon > i && colon + 1 < l.length() && isOtherSpace(l.charAt(colon + 1))) {
            String key = l.substring(i, colon).strip();
            key = key.startsWith("- ") ? key.substring(2).strip() : key;
            return Optional.of(new Problem("-", line, colon + 2, "", Characters.withArticle(l.charAt(colon + 1))
                    + " separates the key '" + Texts.abbreviate(key) + "' from its value; YAML takes only ASCII"
                    + " spaces there", Optional.of("write an ordinary space after the colon: " + Texts.abbreviate(key)
                            + ": " + Texts.abbreviate(l.substring(colon + 2).strip()))));
        }
        return Optional.empty();
    }

    private static int firstOther(String l, int from, int to) {
        for (int j = from; j < to; j++) {
            if (isOtherSpace(l.charAt(j))) {
                return j;
            }
        }
        return -1;
    }

    private static boolean isOtherSpace(char c) {
        return c == '\u3000' || c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\u2002' || c == '\u2003';
    }
}
