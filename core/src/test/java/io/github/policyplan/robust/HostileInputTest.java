package io.github.policyplan.robust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.policyplan.plans.PlanException;
import io.github.policyplan.plans.Plans;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile input is refused with a clear, located error: an alias bomb, a sequence of a million
 * elements, nesting 1,000 deep, a 100 MB file. (How fast and in how much memory is measured by the
 * example program {@code HostileInputs}, not asserted here.)
 */
class HostileInputTest {

    @Test
    void refusesAnAliasBombAtItsFirstAnchor() {
        StringBuilder yaml = new StringBuilder("id: bomb\na: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            yaml.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                yaml.append(i == 0 ? "" : ", ").append('*').append((char) (c - 1));
            }
            yaml.append("]\n");
        }

        PlanException e = catchThrowableOfType(PlanException.class, () -> Plans.parse(yaml.toString(), "bomb.yaml"));

        assertThat(e.problems().get(0)).hasToString("bomb.yaml:2:4: a: YAML anchors (&a) are not allowed (remove the anchor)");
    }

    @Test
    void refusesASequenceOfAMillionElements() {
        StringBuilder yaml = new StringBuilder(4_100_000).append("id: big\nsections: [");
        for (int i = 0; i < 1_000_000; i++) {
            yaml.append(i == 0 ? "1" : ",1");
        }
        yaml.append("]\n");

        PlanException e = catchThrowableOfType(PlanException.class, () -> Plans.parse(yaml.toString(), "big.yaml"));

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.message()).isEqualTo("the document holds more than 1000000 values");
            assertThat(p.hint()).contains("split it, or raise the limit with withMaxNodes");
            assertThat(p.line()).isEqualTo(2);
        });
    }

    @Test
    void refusesNestingAThousandDeep() {
        String yaml = "id: deep\nsections: " + "[".repeat(1000) + "]".repeat(1000) + "\n";

        PlanException e = catchThrowableOfType(PlanException.class, () -> Plans.parse(yaml, "deep.yaml"));

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.message()).isEqualTo("the document is nested deeper than 64 levels");
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.column()).isEqualTo(74);
        });
    }

    @Test
    void refusesAHundredMegabyteFileByItsSizeWithoutReadingIt(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("huge.yaml");
        byte[] line = "# padding padding padding padding padding padding padding padding padding padding\n"
                .getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long written = 0; written < 100L << 20; written += line.length) {
                out.write(line);
            }
        }

        PlanException e = catchThrowableOfType(PlanException.class, () -> Plans.read(file));

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.message()).startsWith("the file is ").endsWith(" bytes, larger than the limit of 16777216 bytes");
            assertThat(p.hint()).contains("split the file, or raise the limit with withMaxBytes");
        });
    }
}
