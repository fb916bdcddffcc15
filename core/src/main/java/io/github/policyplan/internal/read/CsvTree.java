package io.github.policyplan.internal.read;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a CSV table with a header into a located tree: a list with one map a data row, keyed by the
 * header's column names, each field a scalar at its line and column (a number when it reads as one,
 * text otherwise; an empty field left out). So a table issued as CSV is bound by the same code as the
 * same table written in YAML, with the same paths ({@code [3].goal}). Columns may come in any order;
 * an unknown or missing column, a repeated one and a row of the wrong length are located problems.
 */
public final class CsvTree {

    private static final Pattern NUMBER = Pattern.compile("[-+]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][-+]?\\d+)?");
    private static final CsvFactory FACTORY = CsvFactory.builder()
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
            .disable(CsvParser.Feature.ALLOW_TRAILING_COMMA)
            .build();

    private CsvTree() {
    }

    /**
     * Reads the table.
     *
     * @param text     the text, without a byte-order mark
     * @param columns  the columns a header may name, in the order messages list them
     * @param required the columns it must name
     * @param problems where problems go
     * @return the rows as a list of maps; empty after a problem with the header or the syntax
     */
    public static Optional<Node.ListNode> read(String text, List<String> columns, List<String> required,
            Problems problems) {
        List<List<Node.ScalarNode>> rows = new ArrayList<>();
        try (CsvParser p = FACTORY.createParser(text)) {
            List<Node.ScalarNode> row = new ArrayList<>();
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.START_ARRAY) {
                    row = new ArrayList<>();
                } else if (t == JsonToken.VALUE_STRING) {
                    JsonLocation at = p.currentTokenLocation();
                    String s = p.getText();
                    Node.ScalarType type = NUMBER.matcher(s.strip()).matches()
                            ? (s.strip().matches("[-+]?\\d+") ? Node.ScalarType.INTEGER : Node.ScalarType.DECIMAL)
                            : Node.ScalarType.STRING;
                    row.add(new Node.ScalarNode(Math.max(1, at.getLineNr()),
                            row.isEmpty() ? 1 : Math.max(1, at.getColumnNr()), type == Node.ScalarType.STRING ? s
                                    : s.strip(), type));
                } else if (t == JsonToken.END_ARRAY && !row.isEmpty()) {
                    rows.add(row);
                }
            }
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            problems.add(at == null ? 1 : Math.max(1, at.getLineNr()), at == null ? 1 : Math.max(1, at.getColumnNr()),
                    "", "CSV syntax error: " + Texts.abbreviate(String.valueOf(e.getOriginalMessage())),
                    Optional.of("quote a field that holds a comma or a quote: \"a, b\""));
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            problems.add(1, 1, "", "the file cannot be read: " + Texts.abbreviate(String.valueOf(e.getMessage())),
                    Optional.empty());
            return Optional.empty();
        }
        if (rows.isEmpty()) {
            problems.add(1, 1, "", "the file is empty", Optional.of("a CSV table starts with the header "
                    + String.join(",", required)));
            return Optional.empty();
        }
        List<Node.ScalarNode> header = rows.get(0);
        if (!header(header, columns, required, problems)) {
            return Optional.empty();
        }
        List<Node> items = new ArrayList<>(rows.size() - 1);
        for (int r = 1; r < rows.size(); r++) {
            items.add(row(rows.get(r), header, r - 1, problems));
        }
        Node.ScalarNode first = header.get(0);
        return Optional.of(new Node.ListNode(first.line(), 1, items));
    }

    private static boolean header(List<Node.ScalarNode> header, List<String> columns, List<String> required,
            Problems problems) {
        int before = problems.total();
        List<String> seen = new ArrayList<>();
        for (Node.ScalarNode h : header) {
            String name = h.text().strip();
            if (!columns.contains(name)) {
                problems.add(h, "", "unknown column '" + Texts.abbreviate(name) + "' in the header",
                        Optional.of(Texts.didYouMean(name, columns).orElse("the columns are " + String.join(",", columns))));
            } else if (seen.contains(name)) {
                problems.add(h, "", "column '" + name + "' is named twice in the header");
            }
            seen.add(name);
        }
        for (String r : required) {
            if (!seen.contains(r)) {
                problems.add(header.get(0).line(), 1, "", "the header lacks the column " + r,
                        Optional.of("the header names at least " + String.join(",", required)));
            }
        }
        return problems.total() == before;
    }

    private static Node row(List<Node.ScalarNode> row, List<Node.ScalarNode> header, int index, Problems problems) {
        Node.ScalarNode first = row.get(0);
        if (row.size() != header.size()) {
            problems.add(first, "[" + index + "]", "the row has " + row.size() + " fields; the header has "
                    + header.size(), Optional.of("write every field, an empty one too"));
        }
        List<Node.Entry> entries = new ArrayList<>();
        for (int i = 0; i < Math.min(row.size(), header.size()); i++) {
            Node.ScalarNode f = row.get(i);
            if (!f.text().isBlank()) {
                entries.add(new Node.Entry(header.get(i).text().strip(), f.line(), f.column(), f));
            }
        }
        return Node.MapNode.of(entries, first.line(), first.column());
    }
}
