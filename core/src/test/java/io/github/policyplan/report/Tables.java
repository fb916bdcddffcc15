package io.github.policyplan.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** CSV tables read back as a spreadsheet would: the byte-order mark checked and skipped, then rows of cells. */
final class Tables {

    private static final CsvMapper CSV = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);

    private Tables() {
    }

    /** The rows, the header first; asserts the byte-order mark and the {@code \r\n} line ends. */
    static List<List<String>> read(String csv) {
        assertThat(csv).startsWith("\uFEFF").endsWith("\r\n");
        assertThat(csv.replace("\r\n", "")).as("every line ends in \\r\\n").doesNotContain("\n");
        try (MappingIterator<List<String>> it = CSV.readerFor(List.class).with(CsvSchema.emptySchema())
                .readValues(csv.substring(1))) {
            return it.readAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The column of a header in the header row. */
    static int column(List<List<String>> rows, String header) {
        int i = rows.get(0).indexOf(header);
        assertThat(i).as("column " + header).isNotNegative();
        return i;
    }
}
