package io.github.policyplan.internal.read;

import java.util.Optional;

/**
 * Bounds one value's length before a parser sees the text, in one pass: SnakeYAML's scanner takes time
 * that grows with the square of one scalar's length (a 5 MB title took seconds), so a line of YAML, or
 * a string or other token of JSON, longer than the limit is refused at once, located. Stateless.
 */
final class ValueLength {

    private ValueLength() {
    }

    /**
     * Checks that no value can be longer than the limit: in YAML no line (inside a flow collection, no
     * part of a line between commas and brackets) is, for a value on one line is no longer than its line
     * and a value on several lines is scanned line by line; in JSON no string and no other token is.
     *
     * @param text     the document
     * @param json     true for JSON, false for YAML
     * @param limit    the most characters one value may hold
     * @param problems where the problem goes
     * @return true when the text is within the limit
     */
    static boolean check(String text, boolean json, int limit, Problems problems) {
        if (json) {
            // Always, for numbers: the parser stops at a number of more than 1000 digits without a location.
            return checkJson(text, limit, problems);
        }
        return text.length() <= limit || checkYaml(text, limit, problems);
    }

    /** The most characters a JSON number may hold: the parser's own limit, reported here with a location. */
    static final int MAX_NUMBER_CHARS = 1000;

    private static boolean checkYaml(String text, int limit, Problems problems) {
        // A run ends at a line break, and inside a flow collection ([…], {…}) at a comma or bracket too: a
        // flow list of a million numbers on one line is many short values. Quotes are not tracked, so a run
        // is never longer than the value it is in, and a value within the limit is never refused.
        int line = 1;
        int lineStart = 0;
        int runStart = 0;
        int flow = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean brk = c == '\n';
            if (c == '[' || c == '{') {
                flow++;
                brk = true;
            } else if ((c == ']' || c == '}') && flow > 0) {
                flow--;
                brk = true;
            } else if (c == ',' && flow > 0) {
                brk = true;
            }
            if (i - runStart > limit) {
                return refuse(line, runStart - lineStart + 1, limit, problems);
            }
            if (brk) {
                runStart = i + 1;
            }
            if (c == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return n - runStart <= limit || refuse(line, runStart - lineStart + 1, limit, problems);
    }

    private static boolean refuse(int line, int column, int limit, Problems problems) {
        problems.add(line, column, "", "line " + line + " holds a value longer than one value may hold (" + limit
                + " characters)", HINT);
        return false;
    }

    private static boolean checkJson(String text, int limit, Problems problems) {
        int line = 1;
        int lineStart = 0;
        int tokenStart = -1;
        boolean string = false;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (string) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    string = false;
                    tokenStart = -1;
                }
            } else if (c == '"' || c == ',' || c == ':' || c == '[' || c == ']' || c == '{' || c == '}'
                    || Character.isWhitespace(c)) {
                string = c == '"';
                tokenStart = string ? i : -1;
            } else if (tokenStart < 0) {
                tokenStart = i;
            }
            if (c == '\n') {
                line++;
                lineStart = i + 1;
            }
            if (tokenStart >= 0 && i - tokenStart > limit) {
                return refuse(line, tokenStart - lineStart + 1, limit, problems);
            }
            if (!string && tokenStart >= 0 && i - tokenStart >= MAX_NUMBER_CHARS && isNumberStart(text.charAt(tokenStart))) {
                problems.add(line, tokenStart - lineStart + 1, "", "a number of more than " + MAX_NUMBER_CHARS
                        + " digits is longer than any number a plan holds", Optional.of("write the number"
                        + " with a few significant digits; a very large one as 1e30"));
                return false;
            }
        }
        return true;
    }

    private static boolean isNumberStart(char c) {
        return c >= '0' && c <= '9' || c == '-' || c == '+' || c == '.';
    }

    private static final Optional<String> HINT = Optional.of("shorten the value (a title or a note needs far"
            + " less), or raise the limit with withMaxValueLength");
}
