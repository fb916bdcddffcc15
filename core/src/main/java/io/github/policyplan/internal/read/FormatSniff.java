package io.github.policyplan.internal.read;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Names the format a text is in when its file name says another: a YAML plan saved as {@code .json}, a
 * CSV file of reports saved as {@code .txt} (read as YAML). Without this the parser of the format the
 * name gives reports its first stumble ({@code Unexpected character ('#' (code 35))}), or a CSV file
 * reads as one long YAML text. Only clear cases are named: a JSON document that does not open with a
 * brace or bracket and reads as YAML or CSV, a YAML document whose first two lines are comma-separated
 * values. Stateless.
 */
final class FormatSniff {

    /** A YAML line: a comment, a document marker, a list item, or a key and its colon. */
    private static final Pattern YAML_LINE = Pattern.compile("^(#.*|---.*|- .*|[^\\s\"{\\[,][^:,]*[:：](\\s.*)?)$");

    private FormatSniff() {
    }

    /**
     * Checks that a text is in the format its file name gives.
     *
     * @param text     the document
     * @param format   the format its name gives
     * @param csv      whether the reader takes CSV too (progress files and breakdown tables do)
     * @param problems where the problem goes
     * @return true when nothing says the text is in another format
     */
    static boolean fits(String text, TreeReader.Format format, boolean csv, Problems problems) {
        String[] lines = firstLines(text);
        if (lines[0] == null) {
            return true;
        }
        String found;
        if (format == TreeReader.Format.JSON) {
            char first = lines[0].charAt(0);
            if (first == '{' || first == '[') {
                return true;
            }
            found = isCsv(lines) ? "CSV" : YAML_LINE.matcher(lines[0]).matches() ? "YAML" : null;
        } else {
            found = isCsv(lines) ? "CSV" : null;
        }
        if (found == null) {
            return true;
        }
        String name = format == TreeReader.Format.JSON ? "JSON" : "YAML";
        String ending = ending(problems.source());
        String hint;
        if (found.equals("CSV") && !csv) {
            hint = "only progress files and breakdown tables may be CSV; write this file in YAML";
        } else {
            hint = "rename it to end in ." + found.toLowerCase(Locale.ROOT) + ": a file is read by its name's ending";
        }
        problems.add(firstLine(text), 1, "", "the file holds " + (found.equals("CSV") ? "CSV (values separated by"
                + " commas)" : found) + ", but " + (ending.isEmpty() ? "was" : "its name ends in " + ending + ", so it"
                + " was") + " read as " + name, Optional.of(hint));
        return false;
    }

    /** The first two lines that are not blank, trimmed; null where there are fewer. */
    private static String[] firstLines(String text) {
        String[] out = new String[2];
        int found = 0;
        int from = 0;
        while (found < 2 && from < text.length()) {
            int end = text.indexOf('\n', from);
            end = end < 0 ? text.length() : end;
            String line = text.substring(from, Math.min(end, from + 4096)).strip();
            if (!line.isEmpty()) {
                out[found++] = line;
            }
            from = end + 1;
        }
        return out;
    }

    private static int firstLine(String text) {
        int line = 1;
        for (int i = 0; i < text.length() && Character.isWhitespace(text.charAt(i)); i++) {
            line += text.charAt(i) == '\n' ? 1 : 0;
        }
        return line;
    }

    /** Two lines of two or more commas, the first a header of names: no colon, no bracket, no comment. */
    private static boolean isCsv(String[] lines) {
        String head = lines[0];
        if (lines[1] == null || head.startsWith("#") || head.startsWith("-") || head.startsWith("{")
                || head.startsWith("[") || head.contains(": ") || head.endsWith(":") || head.contains("：")) {
            return false;
        }
        return commas(head) >= 2 && commas(lines[1]) >= 2;
    }

    private static int commas(String line) {
        int n = 0;
        for (int i = 0; i < line.length(); i++) {
            n += line.charAt(i) == ',' ? 1 : 0;
        }
        return n;
    }

    /** The ending of a file name, {@code .txt}, or empty. */
    private static String ending(String source) {
        int slash = Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\'));
        int dot = source.lastIndexOf('.');
        return dot > slash + 1 && source.length() - dot <= 6 ? source.substring(dot) : "";
    }
}
