package io.github.policyplan.progress;

import io.github.policyplan.internal.read.Problems;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Rows of a progress CSV file that the parser reads without complaint but that almost surely say
 * something else than they were meant to: a number split at its unquoted thousands separator
 * ({@code 24,000} read as the value 24 and the source {@code 000}), and a stray quote that swallows the
 * rows after it into one field. Both are refused, never read as written. Stateless.
 */
final class CsvSlips {

    /** The first group of a number written with thousands separators: 1 to 3 digits, not starting with 0. */
    private static final Pattern LEADING_GROUP = Pattern.compile("[-+]?[1-9][0-9]{0,2}");
    /** A later group: exactly three digits, the last perhaps with a fraction. */
    private static final Pattern GROUP = Pattern.compile("[0-9]{3}(\\.[0-9]+)?");

    private CsvSlips() {
    }

    /**
     * Refuses a value and the field after it that only make sense as one number split at an unquoted
     * thousands separator.
     *
     * @param value    the value field as written
     * @param next     the field after it (the source)
     * @param line     the value's line
     * @param column   the value's column
     * @param path     the report's path
     * @param problems where the problem goes
     * @return true when the row was refused
     */
    static boolean splitNumber(String value, String next, int line, int column, String path, Problems problems) {
        String v = value.strip();
        String n = next.strip();
        if (!LEADING_GROUP.matcher(v).matches() || !GROUP.matcher(n).matches()) {
            return false;
        }
        String joined = v + "," + n;
        problems.add(line, column, path + ".value", "the value " + v + " and the source " + n + " read as one number"
                + " split at its thousands separator, " + joined, Optional.of("quote it, \"" + joined
                        + "\", or write it without the separator: " + v + n));
        return true;
    }

    /**
     * Refuses a quoted field that spans lines which themselves read as rows: a stray opening quote whose
     * closing quote is on a later row hides the rows between inside one field.
     *
     * @param text     the field's text
     * @param line     the line its opening quote is on
     * @param column   the opening quote's column
     * @param columns  how many columns the header has
     * @param path     the field's path
     * @param problems where the problem goes
     */
    static void spanningQuote(String text, int line, int column, int columns, String path, Problems problems) {
        if (text.indexOf('\n') < 0) {
            return;
        }
        String[] lines = text.split("\n", -1);
        int rows = 0;
        for (int i = 1; i < lines.length; i++) {
            if (commas(lines[i]) >= columns - 1) {
                rows++;
            }
        }
        if (rows == 0) {
            return;
        }
        int last = line + lines.length - 1;
        problems.add(line, column, path, "the quoted field that opens at line " + line
                + " closes at line " + last + ", and " + rows + (rows == 1 ? " line" : " lines")
                + " inside it read" + (rows == 1 ? "s as a report of its own" : " as reports of their own"), Optional.of(
                        "a quote opens a field that runs until the next quote; close it where the field ends, or"
                        + " write a quote inside a field as \"\""));
    }

    private static int commas(String line) {
        int n = 0;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == ',') {
                n++;
            }
        }
        return n;
    }
}
