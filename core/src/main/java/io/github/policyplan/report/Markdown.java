package io.github.policyplan.report;

/** Escaping for Markdown (CommonMark): input text is shown as written, never read as markup or HTML. */
final class Markdown {

    private static final String SPECIAL = "\\`*_[]<>|~&";

    private Markdown() {
    }

    /** Escapes every character Markdown could read as markup, and turns line breaks into spaces. */
    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r') {
                out.append(' ');
            } else {
                if (SPECIAL.indexOf(c) >= 0) {
                    out.append('\\');
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
