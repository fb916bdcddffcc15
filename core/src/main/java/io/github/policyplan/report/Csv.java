package io.github.policyplan.report;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A CSV table as Excel opens it: UTF-8 with a byte-order mark (without one Excel reads UTF-8 as the
 * local code page and garbles Chinese), {@code \r\n} line ends and quotes as RFC 4180 has them. A text
 * cell that Excel would take for a formula ({@code =}, {@code +}, {@code -}, {@code @}) is written with a
 * leading apostrophe, so that no input can run in a spreadsheet; plain numbers are left as they are.
 */
final class Csv {

    /** The byte-order mark, written first. */
    static final char BOM = '\uFEFF';
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?%?");

    private final StringBuilder out = new StringBuilder(4096).append(BOM);

    /** Adds a row. */
    Csv row(List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            cell(cells.get(i));
        }
        out.append("\r\n");
        return this;
    }

    private void cell(String raw) {
        String v = guard(raw);
        boolean quote = false;
        for (int i = 0; i < v.length() && !quote; i++) {
            char c = v.charAt(i);
            quote = c == ',' || c == '"' || c == '\r' || c == '\n';
        }
        if (!quote) {
            out.append(v);
            return;
        }
        out.append('"');
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '"') {
                out.append('"');
            }
            out.append(c);
        }
        out.append('"');
    }

    /** Prefixes an apostrophe to text a spreadsheet would run as a formula. */
    static String guard(String v) {
        if (v.isEmpty()) {
            return v;
        }
        char c = v.charAt(0);
        boolean risky = c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
        return risky && !NUMBER.matcher(v).matches() ? "'" + v : v;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
