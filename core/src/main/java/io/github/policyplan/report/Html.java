package io.github.policyplan.report;

import io.github.policyplan.scoring.Status;

/**
 * What the HTML reports share: escaping, the page around a report, its style sheet and the status
 * light. A page is one self-contained file: its style inline, its charts inline SVG, no script, and a
 * content security policy that forbids every fetch, so that it opens offline and reveals nothing to
 * the network when opened.
 */
final class Html {

    /** Font families that draw Chinese, the first that is installed wins; the browser test checks the first. */
    static final String FONTS = "\"Noto Sans CJK SC\", \"Source Han Sans SC\", \"PingFang SC\", \"Microsoft YaHei\", "
            + "\"WenQuanYi Micro Hei\", sans-serif";

    /**
     * The style sheet: A4 pages with 12 mm margins, each report section on a new page, tables that
     * wrap long text rather than overflow, and colours that print.
     */
    static final String CSS = String.join("\n",
            "@page { size: A4; margin: 12mm; }",
            "* { box-sizing: border-box; }",
            "html { background: #fff; }",
            "body { margin: 0 auto; padding: 6mm 0; max-width: 186mm; color: #1a1a1a; background: #fff;",
            "  font-family: " + FONTS + "; font-size: 10pt; line-height: 1.45; }",
            "@media print { body { padding: 0; max-width: none; } }",
            "h1 { font-size: 17pt; margin: 0 0 2mm; }",
            "h2 { font-size: 13pt; margin: 0 0 3mm; padding-bottom: 1mm; border-bottom: 2px solid #333; }",
            "h3 { font-size: 11pt; margin: 0 0 1.5mm; }",
            "p { margin: 0 0 2mm; }",
            "section + section { break-before: page; page-break-before: always; }",
            "@media screen { section + section { border-top: 2px dashed #bbb; margin-top: 8mm; padding-top: 6mm; } }",
            "header { margin-bottom: 5mm; }",
            ".meta { color: #444; }",
            ".illustrative { border: 1px dashed #999; padding: 1.5mm 3mm; margin: 2mm 0 4mm; font-weight: bold; }",
            "table { width: 100%; border-collapse: collapse; table-layout: fixed; margin-bottom: 3mm; }",
            "th, td { border: 1px solid #bbb; padding: 1mm 1.5mm; text-align: left; vertical-align: top;",
            "  overflow-wrap: anywhere; word-break: break-word; }",
            "th { background: #eee; font-weight: bold; }",
            "td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }",
            "tr { break-inside: avoid; page-break-inside: avoid; }",
            ".id { color: #666; font-size: 8.5pt; margin-right: 1.5mm; }",
            ".level-1 td.name { padding-left: 1.5mm; font-weight: bold; }",
            ".level-2 td.name { padding-left: 5mm; }",
            ".level-3 td.name { padding-left: 9mm; }",
            ".level-4 td.name { padding-left: 13mm; }",
            "tr.share td { color: #333; font-size: 9pt; }",
            "table.shares { font-size: 9pt; margin: 1mm 0; }",
            ".shares h4 { font-size: 9.5pt; margin: 1.5mm 0 0.5mm; }",
            ".shares p.rollup { font-size: 9pt; margin: 0.5mm 0; }",
            ".plan-row td { background: #f5f5f5; font-weight: bold; }",
            ".status { white-space: nowrap; }",
            ".light { display: inline-block; width: 0.85em; height: 0.85em; border-radius: 50%; border: 1px solid #333;",
            "  margin-right: 0.3em; vertical-align: -0.08em; -webkit-print-color-adjust: exact; print-color-adjust: exact; }",
            ".light.green { background: #2e9d4a; } .light.yellow { background: #f2c500; }",
            ".light.red { background: #d7301f; } .light.grey { background: #a0a0a0; }",
            ".swatch { display: inline-block; width: 1.4em; height: 0.8em; border: 1px solid #333; vertical-align: -0.05em;",
            "  margin-right: 0.3em; -webkit-print-color-adjust: exact; print-color-adjust: exact; }",
            ".blue { background: #2b6cc4; } .yellow { background: #f2c500; } .orange { background: #f08a00; }",
            ".red { background: #d7301f; } .green { background: #2e9d4a; } .grey { background: #a0a0a0; }",
            ".figures { display: flex; flex-wrap: wrap; gap: 3mm 8mm; margin-bottom: 3mm; }",
            ".figure .big { font-size: 20pt; font-weight: bold; }",
            ".bar { width: 100%; height: 7mm; display: block; margin: 2mm 0; }",
            "ul.counts { list-style: none; padding: 0; margin: 0 0 3mm; display: flex; flex-wrap: wrap; gap: 1mm 5mm; }",
            "details { margin: 1mm 0; }",
            "details > summary { cursor: pointer; color: #1f4e8c; }",
            "details > p, details > ul { margin: 1mm 0 1mm 4mm; font-size: 9pt; color: #333; }",
            "article { border: 1px solid #ccc; padding: 1.5mm 2.5mm; margin-bottom: 2.5mm; break-inside: avoid;",
            "  page-break-inside: avoid; }",
            "article h3 { font-size: 10.5pt; margin-bottom: 1mm; }",
            ".target-row { display: flex; gap: 3mm; align-items: flex-start; }",
            ".target-row table.facts { flex: 1 1 auto; margin: 0; font-size: 9pt; }",
            ".facts th, .facts td { padding: 0.6mm 1.2mm; }",
            ".facts th { width: 19mm; white-space: nowrap; }",
            "figure.chart { flex: 0 0 64mm; width: 64mm; margin: 0; }",
            "figure.chart svg { width: 64mm; height: auto; display: block; }",
            ".more { display: flex; flex-wrap: wrap; gap: 0 6mm; margin-top: 1mm; font-size: 9pt; }",
            ".more details { margin: 0; }",
            ".more details[open] { flex-basis: 100%; }",
            "table.tree { font-size: 9.5pt; }",
            "table.tree td, table.tree th { padding: 0.7mm 1.5mm; }",
            ".legend { font-size: 8.5pt; color: #333; margin-bottom: 3mm; }",
            ".legend svg { width: 8mm; height: 3mm; vertical-align: middle; }",
            ".small { font-size: 8.5pt; color: #444; }",
            ".notice h1 { text-align: center; letter-spacing: 0.2em; }",
            ".notice .grade { font-size: 12pt; font-weight: bold; }",
            ".notice table.items { font-size: 9pt; }",
            ".notice table.items .status { white-space: normal; }",
            ".notice td.ask { background: #fafafa; }",
            ".sign { margin-top: 8mm; text-align: right; }",
            "");

    private Html() {
    }

    /** Escapes text for an element's content or a quoted attribute. */
    static String esc(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String r;
            switch (c) {
                case '&':
                    r = "&amp;";
                    break;
                case '<':
                    r = "&lt;";
                    break;
                case '>':
                    r = "&gt;";
                    break;
                case '"':
                    r = "&quot;";
                    break;
                case '\'':
                    r = "&#39;";
                    break;
                default:
                    r = null;
            }
            if (r != null) {
                if (out == null) {
                    out = new StringBuilder(s.length() + 16).append(s, 0, i);
                }
                out.append(r);
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? s : out.toString();
    }

    /** The whole page: head with charset, the policy that forbids fetching, the title and the style sheet. */
    static String page(Language lang, String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"" + lang.tag() + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + esc(title) + "</title>\n<style>\n" + CSS + "</style>\n</head>\n<body>\n" + body
                + "</body>\n</html>\n";
    }

    /** A status as a coloured light with its word beside it: never colour alone. */
    static String light(Status s, Language lang) {
        return "<span class=\"status\"><span class=\"light " + Words.light(s) + "\"></span>"
                + esc(Words.status(s, lang)) + "</span>";
    }

    /** The illustrative label, when the settings ask for it. */
    static String illustrative(ReportSettings settings) {
        return settings.illustrative()
                ? "<p class=\"illustrative\">" + esc(Words.illustrative(settings.language())) + "</p>\n" : "";
    }
}
