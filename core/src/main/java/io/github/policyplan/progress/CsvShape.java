package io.github.policyplan.progress;

import io.github.policyplan.internal.read.Problems;
import io.github.policyplan.internal.read.Texts;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The shapes of a whole CSV file that a spreadsheet gives and that read, row by row, as many unrelated
 * problems: Excel's {@code sep=,} line before the header, and a comma at the end of every line (an empty
 * last column). Each gets one message of its own. Stateless.
 */
final class CsvShape {

    /** Excel's first line naming the separator: {@code sep=,}, {@code sep=;}, {@code sep=|}. */
    private static final Pattern SEP = Pattern.compile("sep=.?");

    private CsvShape() {
    }

    /**
     * Refuses Excel's separator line in place of a header.
     *
     * @param firstLine the first line, as written
     * @param line      its line number
     * @param header    the header to name in the hint
     * @param problems  where the problem goes
     * @return true when the line is one
     */
    static boolean excelSeparatorLine(String firstLine, int line, String header, Problems problems) {
        String text = firstLine.strip();
        if (!SEP.matcher(text).matches()) {
            return false;
        }
        problems.add(line, 1, "", "the first line '" + Texts.abbreviate(text) + "' is Excel's note of the"
                + " separator, not the header", Optional.of("remove the line '" + Texts.abbreviate(text)
                        + "': the header comes first, " + header));
        return true;
    }

    /**
     * Refuses a header whose last column is empty: a comma at the end of the header, and of every row.
     *
     * @param headerLine the header as written
     * @param line       its line number
     * @param problems   where the problem goes
     * @return true when the header ends with a comma
     */
    static boolean headerEndsWithComma(String headerLine, int line, Problems problems) {
        String text = headerLine.stripTrailing();
        if (!text.endsWith(",") || text.length() < 2) {
            return false;
        }
        problems.add(line, text.length(), "", "the header ends with a comma: the file has an empty last column",
                Optional.of(EVERY_LINE));
        return true;
    }

    /**
     * Refuses a file whose every data row (two or more) ends with a comma the header does not have: one
     * problem, not one a row.
     *
     * @param text     the file, without its byte-order mark
     * @param problems where the problem goes
     * @return true when the file is refused
     */
    static boolean rowsEndWithComma(String text, Problems problems) {
        int headerFields = -1;
        int rows = 0;
        int firstRow = 0;
        int firstRowEnd = 0;
        int line = 0;
        for (int from = 0; from < text.length(); ) {
            int end = text.indexOf('\n', from);
            end = end < 0 ? text.length() : end;
            String l = text.substring(from, end).stripTrailing();
            from = end + 1;
            line++;
            if (l.isEmpty()) {
                continue;
            }
            int fields = fields(l);
            if (fields < 0) {
                return false;  // a quoted field spans lines: the rows are left to the row checks
            }
            if (headerFields < 0) {
                headerFields = fields;
            } else if (fields != headerFields + 1 || !l.endsWith(",")) {
                return false;
            } else if (rows++ == 0) {
                firstRow = line;
                firstRowEnd = l.length();
            }
        }
        if (rows < 2) {
            return false;
        }
        problems.add(firstRow, firstRowEnd, "", "every row ends with a comma: each has " + (headerFields + 1)
                + " fields, the header " + headerFields, Optional.of(EVERY_LINE));
        return true;
    }

    private static final String EVERY_LINE = "remove the comma at the end of every line; in the spreadsheet,"
            + " delete the empty column after the last one";

    /** The fields of a line, commas inside quotes not counted; -1 when a quote is left open. */
    private static int fields(String line) {
        int n = 1;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                n++;
            }
        }
        return quoted ? -1 : n;
    }
}
