package io.github.policyplan.internal.read;

import java.util.Locale;
import java.util.Optional;

/**
 * Names and escapes the characters that look like nothing, or like another: the ideographic space
 * U+3000, the no-break space U+00A0, the zero-width space U+200B, a byte-order mark, control
 * characters, line and paragraph separators. A message that echoes text shows them escaped
 * ({@code '县科技局\u3000'}), so that two strings that look the same on screen do not read the same in a
 * message. Stateless.
 */
public final class Characters {

    private Characters() {
    }

    /**
     * Tells whether a character is invisible or easily taken for another: any space but the ASCII space,
     * a zero-width character, a byte-order mark, a control character but tab, line feed and carriage
     * return.
     *
     * @param cp a code point
     * @return true for such a character
     */
    public static boolean isExotic(int cp) {
        if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r') {
            return false;
        }
        return Character.isSpaceChar(cp) || Character.isWhitespace(cp) || Character.isISOControl(cp)
                || cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0x2060 || cp == 0xFEFF || cp == 0x180E;
    }

    /**
     * Tells whether a character counts as space at the start or end of a name: any space, ASCII or not,
     * and any invisible character.
     *
     * @param cp a code point
     * @return true for such a character
     */
    public static boolean isSpaceLike(int cp) {
        return cp == ' ' || cp == '\t' || isExotic(cp);
    }

    /**
     * Removes space of any kind ({@link #isSpaceLike}) from both ends of a text.
     *
     * @param text the text
     * @return the text without it
     */
    public static String strip(String text) {
        int from = 0;
        int to = text.length();
        while (from < to && isSpaceLike(text.codePointAt(from))) {
            from += Character.charCount(text.codePointAt(from));
        }
        while (to > from && isSpaceLike(text.codePointBefore(to))) {
            to -= Character.charCount(text.codePointBefore(to));
        }
        return text.substring(from, to);
    }

    /**
     * Escapes the exotic characters of a text as {@code \}{@code uXXXX}, and a backslash as two.
     *
     * @param text the text
     * @return the text with every exotic character escaped
     */
    public static String escape(String text) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isExotic(c) || c == '\t') {
                if (sb == null) {
                    sb = new StringBuilder(text.length() + 8).append(text, 0, i);
                }
                sb.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? text : sb.toString();
    }

    /**
     * Warns at a CSV field that starts or ends with a space other than the ASCII space or tab, saying what
     * the reader made of it: a field read without surrounding spaces ({@link String#strip}, which removes an
     * ideographic space but not a no-break or zero-width one) was read as the text without it; a free-text
     * field (source, note, evidence) was kept as written.
     *
     * @param text     the text as written
     * @param stripped true when the reader strips the field, false when it keeps it as written
     * @param line     its line
     * @param column   its column
     * @param path     its path
     * @param problems where the warning goes
     */
    public static void warnOtherSpaces(String text, boolean stripped, int line, int column, String path,
            Problems problems) {
        if (text.isEmpty() || problems.full() || text.indexOf('\n') >= 0) {
            return;
        }
        int first = text.codePointAt(0);
        int last = text.codePointBefore(text.length());
        boolean leads = isExotic(first);
        boolean trails = isExotic(last);
        if (!leads && !trails) {
            return;
        }
        String read = stripped ? text.strip() : text;
        boolean gone = !read.isEmpty() && !isExotic(read.codePointAt(0)) && !isExotic(read.codePointBefore(read.length()));
        if (stripped && !gone) {
            TreeWarnings.warn(text, line, column, path, problems);
            return;
        }
        String where = leads && trails ? "starts and ends" : leads ? "starts" : "ends";
        String said = "'" + escape(Texts.abbreviate(text)) + "' " + where + " with " + withArticle(leads ? first : last);
        if (stripped) {
            problems.warn(line, column, path, said + "; it was read as '" + escape(Texts.abbreviate(read)) + "'",
                    Optional.of("delete it in the file: a YAML or JSON file, or a plan, would keep it"));
        } else {
            problems.warn(line, column, path, said + "; it was kept as written",
                    Optional.of("delete it in the file, unless it is meant"));
        }
    }

    /**
     * Names a character with its article: {@code an ideographic space (U+3000)}.
     *
     * @param cp a code point
     * @return its name and code, after a or an
     */
    public static String withArticle(int cp) {
        String name = name(cp);
        return ("aeiou".indexOf(name.charAt(0)) >= 0 ? "an " : "a ") + name;
    }

    /**
     * Names a character: {@code ideographic space (U+3000)}.
     *
     * @param cp a code point
     * @return its name and code
     */
    public static String name(int cp) {
        return plainName(cp) + String.format(Locale.ROOT, " (U+%04X)", cp);
    }

    /**
     * Names a character without its code: {@code ideographic space}.
     *
     * @param cp a code point
     * @return its name
     */
    public static String plainName(int cp) {
        return switch (cp) {
            case ' ' -> "space";
            case '\t' -> "tab";
            case 0x3000 -> "ideographic space";
            case 0x00A0 -> "no-break space";
            case 0x200B -> "zero-width space";
            case 0x200C -> "zero-width non-joiner";
            case 0x200D -> "zero-width joiner";
            case 0x2060 -> "word joiner";
            case 0xFEFF -> "byte-order mark";
            case 0x2028 -> "line separator";
            case 0x2029 -> "paragraph separator";
            case 0 -> "NUL character";
            case 0x1A -> "Ctrl-Z end-of-file mark";
            default -> Character.getName(cp) == null ? "character" : Character.getName(cp).toLowerCase(Locale.ROOT);
        };
    }
}
