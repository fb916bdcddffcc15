package io.github.policyplan.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The national-scale example in its tiny mode: every county in the summary with a score and status
 * counts that add up to its targets, written atomically (no temporary file left, an old summary replaced
 * whole). No timing is checked.
 */
class NationalScaleTest {

    @TempDir
    Path dir;

    @Test
    void twentyCountiesGiveACompleteSummaryAndNoTemporaryFile() throws IOException {
        Path summary = dir.resolve("out/summary.csv");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

        int status = NationalScale.run(new String[] {"--counties", "20", summary.toString()}, out, out);

        assertThat(status).isZero();
        assertComplete(summary, 20);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("4,000 targets, 48,000 reports")
                .contains("bytes a target").contains("bytes a report").contains("peak").contains("cascade, thread CPU");
        try (Stream<Path> files = Files.list(summary.getParent())) {
            assertThat(files).containsExactly(summary);
        }
    }

    @Test
    void theParallelRunAndTheYamlRunWriteTheSameSummaryOverTheOldOne() throws IOException {
        Path summary = dir.resolve("summary.csv");
        Files.writeString(summary, "an old summary\n");
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

        assertThat(NationalScale.run(new String[] {"--counties", "5", summary.toString()}, quiet, quiet)).isZero();
        String sequential = Files.readString(summary);
        assertThat(NationalScale.run(new String[] {"--counties", "5", "--parallel", "--yaml", summary.toString()},
                quiet, quiet)).isZero();

        assertComplete(summary, 5);
        assertThat(Files.readString(summary)).isEqualTo(sequential);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(summary);
        }
    }

    @Test
    void aMissingSummaryFileIsAUsageError() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);

        assertThat(NationalScale.run(new String[] {"--counties", "3"}, err, err)).isEqualTo(2);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("usage: NationalScale");
    }

    private static void assertComplete(Path summary, int counties) throws IOException {
        List<String> lines = Files.readAllLines(summary, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(counties + 1);
        assertThat(lines.get(0)).isEqualTo(NationalScale.HEADER);
        int columns = NationalScale.HEADER.split(",").length;
        for (int c = 1; c <= counties; c++) {
            String[] cells = lines.get(c).split(",", -1);
            assertThat(cells).hasSize(columns);
            assertThat(cells[0]).isEqualTo(String.format("county-%04d", c));
            assertThat(cells[2]).isEqualTo("200");
            assertThat(Double.parseDouble(cells[3])).isBetween(0.0, 100.0);
            assertThat(Double.parseDouble(cells[4])).isBetween(0.0, 1.0);
            int sum = Arrays.stream(cells, 5, columns).mapToInt(Integer::parseInt).sum();
            assertThat(sum).isEqualTo(200);
        }
    }
}
