package io.github.policyplan.progress;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.github.policyplan.internal.read.Characters;
import io.github.policyplan.internal.read.Problems;
import io.github.policyplan.internal.read.Texts;
import io.github.policyplan.model.Breakdown;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the reports of a progress file written as CSV, with Jackson's CSV parser: RFC 4180 fields
 * (quoted with {@code "}, a quote inside written {@code ""}, commas and line breaks allowed inside
 * quotes), {@code \n} or {@code \r\n} line ends, blank lines skipped. The first line is the header,
 * exactly {@code target,date,value,source,note}, optionally followed by {@code evidence}; every row
 * has as many fields as the header. A wrong header stops the read: its rows cannot be interpreted.
 *
 * <p>Locations: the line and 1-based column where a field starts (its opening quote, when quoted),
 * from the parser; paths name the report by its index among the data rows, from 0, header and
 * blank lines not counted ({@code reports[3].value}) — the path the same report has in YAML.
 * Target, date and value are read without surrounding spaces; source, note and evidence as
 * written, an empty one counting as none.
 */
final class CsvReports {

    /** The columns, in order; the last is optional. */
    static final List<String> COLUMNS = List.of("target", "date", "value", "source", "note", "evidence", "recorded");
    /** The columns every file has; evidence and recorded may follow, in that order. */
    private static final int REQUIRED = 5;
    static final String HEADER = "target,date,value,source,note";
    /** The optional second column: the unit of a broken-down target that reports. */
    static final String UNIT = "unit";
    private static final String HEADER_HINT = "the header is " + HEADER + ", optionally followed by evidence and recorded";

    private static final CsvFactory FACTORY = CsvFactory.builder()
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
            .disable(CsvParser.Feature.ALLOW_TRAILING_COMMA)
            .build();

    private CsvReports() {
    }

    /** A field as the parser read it. */
    private record Field(String text, int line, int column) {
    }

    /**
     * Reads the reports.
     *
     * @param text     the file's text, without a byte-order mark
     * @param problems where problems go
     * @return the reports as read, in file order; empty after a problem with the header or the syntax
     */
    static List<RawReport> read(String text, Problems problems) {
        List<RawReport> out = new ArrayList<>();
        if (CsvShape.rowsEndWithComma(text, problems)) {
            return List.of();
        }
        JsonLocation before = null;
        try (CsvParser p = FACTORY.createParser(text)) {
            int columns = -1;
            boolean unitColumn = false;
            List<Field> row = new ArrayList<>();
            JsonToken t;
            // Without a schema the parser gives each row as an array of strings.
            while (true) {
                before = p.currentLocation();
                t = p.nextToken();
                if (t == null) {
                    break;
                }
                if (t == JsonToken.START_ARRAY) {
                    row.clear();
                } else if (t == JsonToken.VALUE_STRING) {
                    // A row's first field starts its line, whatever blanks the parser skipped to find it.
                    JsonLocation at = p.currentTokenLocation();
                    Field field = new Field(p.getText(), Math.max(1, at.getLineNr()),
                            row.isEmpty() ? 1 : Math.max(1, at.getColumnNr()));
                    row.add(field);
                    if (columns > 0) {
                        String name = column(row.size() - 1, unitColumn);
                        String path = "reports[" + out.size() + "]" + (name.isEmpty() ? "" : "." + name);
                        Characters.warnOtherSpaces(field.text(), !FREE_TEXT.contains(name), field.line(),
                                Math.max(1, at.getColumnNr()), path, problems);
                        CsvSlips.spanningQuote(field.text(), field.line(), Math.max(1, at.getColumnNr()), columns,
                                path, problems);
                    }
                } else if (t == JsonToken.END_ARRAY && !row.isEmpty()) {
                    if (columns < 0) {
                        unitColumn = row.size() > 1 && row.get(1).text().strip().equals(UNIT);
                    }
                    if (unitColumn) {
                        withoutUnit(row);
                    }
                    if (columns < 0) {
                        if (!header(row, problems)) {
                            return List.of();
                        }
                        columns = row.size();
                    } else {
                        out.add(report(row, columns, out.size(), problems));
                    }
                }
            }
            if (columns < 0) {
                problems.add(1, 1, "", "the file is empty", Optional.of("a progress CSV file starts with the header "
                        + HEADER));
            }
        } catch (JsonProcessingException e) {
            syntax(e, before, problems);
            return List.of();
        } catch (IOException | RuntimeException e) {
            problems.add(1, 1, "", "the file cannot be read: " + Texts.abbreviate(String.valueOf(e.getMessage())),
                    Optional.empty());
            return List.of();
        }
        return out;
    }

    /** The columns read as written; the others are read without surrounding spaces. */
    private static final List<String> FREE_TEXT = List.of("source", "note", "evidence");

    /**
     * Names the column of a field by its index in the row as written, the unit column counted when the file
     * has one.
     *
     * @return the name, or empty past the last column
     */
    private static String column(int i, boolean unitColumn) {
        int at = unitColumn && i >= 1 ? i - 1 : i;
        if (unitColumn && i == 1) {
            return UNIT;
        }
        return at < COLUMNS.size() ? COLUMNS.get(at) : "";
    }

    /**
     * Takes a row's unit field (the second, in a file whose header is {@code target,unit,date,…}) out of
     * the row and into its target, as {@code target@unit}, so that the rest reads as without units.
     */
    private static void withoutUnit(List<Field> row) {
        if (row.size() < 2) {
            return;
        }
        Field unit = row.remove(1);
        Field target = row.get(0);
        if (!unit.text().isBlank() && !target.text().isBlank() && !target.text().equals("target")) {
            row.set(0, new Field(target.text().strip() + Breakdown.UNIT_SEPARATOR + unit.text().strip(), target.line(),
                    target.column()));
        }
    }

    private static boolean header(List<Field> row, Problems problems) {
        boolean known = false;
        for (Field f : row) {
            known |= COLUMNS.contains(f.text().strip().toLowerCase(Locale.ROOT));
        }
        Field first = row.get(0);
        StringBuilder line = new StringBuilder();
        for (Field f : row) {
            line.append(line.length() == 0 ? "" : ",").append(f.text());
        }
        if (CsvShape.excelSeparatorLine(line.toString(), first.line(), HEADER, problems)
                || known && row.size() > 1 && CsvShape.headerEndsWithComma(line.toString(), first.line(), problems)) {
            return false;
        }
        if (!known) {
            problems.add(first.line(), 1, "", "the first line is not the header " + HEADER + " (found '"
                    + Texts.abbreviate(line.toString()) + "')", Optional.of("add the header as the first line"));
            return false;
        }
        int before = problems.total();
        for (int i = 0; i < row.size(); i++) {
            Field f = row.get(i);
            if (i >= COLUMNS.size() || i >= REQUIRED && !COLUMNS.contains(f.text())) {
                problems.add(f.line(), f.column(), "", "unexpected column '" + Texts.abbreviate(f.text())
                        + "' in the header", Optional.of(HEADER_HINT));
            } else if (!f.text().equals(COLUMNS.get(i))) {
                Optional<String> hint = COLUMNS.contains(f.text())
                        ? Optional.of("the columns are " + HEADER + ",evidence,recorded in that order; evidence and recorded"
                                + " may be left out")
                        : Optional.of(Texts.didYouMean(f.text(), List.of(COLUMNS.get(i))).orElse(HEADER_HINT));
                problems.add(f.line(), f.column(), "", "column " + (i + 1) + " of the header must be '"
                        + COLUMNS.get(i) + "', found '" + Texts.abbreviate(f.text()) + "'", hint);
            }
        }
        if (row.size() < REQUIRED) {
            List<String> missing = COLUMNS.subList(row.size(), REQUIRED);
            problems.add(first.line(), 1, "", "the header lacks the column" + (missing.size() == 1 ? " " : "s ")
                    + String.join(", ", missing), Optional.of(HEADER_HINT));
        }
        return problems.total() == before;
    }

    private static RawReport report(List<Field> row, int columns, int index, Problems problems) {
        String path = "reports[" + index + "]";
        Field first = row.get(0);
        if (row.size() > 3 && CsvSlips.splitNumber(row.get(2).text(), row.get(3).text(), row.get(2).line(),
                row.get(2).column(), path, problems)) {
            return new RawReport(path, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty());
        }
        if (row.size() > columns) {
            boolean emptyTail = true;
            for (int i = columns; i < row.size(); i++) {
                emptyTail &= row.get(i).text().isBlank();
            }
            Field extra = row.get(columns);
            problems.add(extra.line(), extra.column(), path, "the row has " + row.size() + " fields; the header has "
                    + columns, Optional.of(emptyTail ? "remove the trailing comma" + (row.size() - columns > 1 ? "s" : "")
                            : "quote a field that holds a comma: \"a, b\""));
        } else if (row.size() < columns) {
            problems.add(first.line(), first.column(), path, "the row has " + row.size() + " field"
                    + (row.size() == 1 ? "" : "s") + "; the header has " + columns, Optional.of(
                            "write every field, an empty one too: a row of " + columns + " fields has "
                            + (columns - 1) + " commas"));
        }
        Optional<ReportRules.Cell> target = required(row, 0, path, TreeReports.TARGET_ADVICE, problems);
        Optional<ReportRules.Cell> date = required(row, 1, path, TreeReports.DATE_ADVICE, problems);
        Optional<ReportRules.Cell> value = required(row, 2, path, TreeReports.VALUE_ADVICE, problems);
        return new RawReport(path, target, date, value, optional(row, 3), optional(row, 4),
                columns > 5 ? optional(row, 5) : Optional.empty(), columns > 6 ? cell(row, 6) : Optional.empty());
    }

    private static Optional<ReportRules.Cell> required(List<Field> row, int i, String path, String advice,
            Problems problems) {
        if (i >= row.size()) {
            return Optional.empty();
        }
        Field f = row.get(i);
        String text = f.text().strip();
        if (text.isEmpty()) {
            problems.add(f.line(), f.column(), path + "." + COLUMNS.get(i), "'" + COLUMNS.get(i) + "' is empty",
                    Optional.of(advice));
            return Optional.empty();
        }
        return Optional.of(ReportRules.Cell.csv(text, f.line(), f.column()));
    }

    private static Optional<ReportRules.Cell> cell(List<Field> row, int i) {
        if (i >= row.size() || row.get(i).text().isBlank()) {
            return Optional.empty();
        }
        Field f = row.get(i);
        return Optional.of(ReportRules.Cell.csv(f.text().strip(), f.line(), f.column()));
    }

    private static Optional<String> optional(List<Field> row, int i) {
        return i >= row.size() || row.get(i).text().isEmpty() ? Optional.empty() : Optional.of(row.get(i).text());
    }

    private static void syntax(JsonProcessingException e, JsonLocation before, Problems problems) {
        JsonLocation at = e.getLocation();
        String message = e.getOriginalMessage() == null ? "unreadable input" : e.getOriginalMessage();
        int nl = message.indexOf('\n');
        message = (nl < 0 ? message : message.substring(0, nl)).trim();
        Optional<String> hint = Optional.empty();
        if (message.startsWith("Missing closing quote")) {
            // The parser stops at the end of the file; the field that was never closed starts where it was.
            at = before == null ? at : before;
            message = "a quoted field is not closed";
            hint = Optional.of("end the field with \"; write a quote inside a quoted field as \"\"");
        } else if (message.contains("Expected column separator")) {
            // The parser has read the character it complains about.
            at = at == null ? null : new JsonLocation(at.contentReference(), at.getCharOffset() - 1, at.getLineNr(),
                    Math.max(1, at.getColumnNr() - 1));
            message = "text after the closing quote of a field";
            hint = Optional.of("quote the whole field, and write a quote inside it as \"\": \"a \"\"b\"\" c\"");
        }
        int line = at == null ? 1 : Math.max(1, at.getLineNr());
        int column = at == null ? 1 : Math.max(1, at.getColumnNr());
        problems.add(line, column, "", "CSV syntax error: " + message, hint);
    }
}
