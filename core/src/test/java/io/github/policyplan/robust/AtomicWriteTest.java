package io.github.policyplan.robust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.policyplan.internal.write.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An interrupted write never leaves a truncated file behind: the old file stays whole, and no temporary file remains. */
class AtomicWriteTest {

    @Test
    void aWriteThatFailsHalfWayLeavesTheOldFileWhole(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("plan.yaml");
        Files.writeString(file, "the old, complete plan\n");

        assertThatThrownBy(() -> AtomicFiles.write(file, out -> {
            out.write("the new plan, half");
            out.flush();
            throw new IOException("disk full");
        })).isInstanceOf(IOException.class).hasMessage("disk full");

        assertThat(Files.readString(file)).isEqualTo("the old, complete plan\n");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void aWriteThatSucceedsReplacesTheFileWhole(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("plan.yaml");
        Files.writeString(file, "old\n");

        AtomicFiles.write(file, "新的计划\n");

        assertThat(Files.readString(file)).isEqualTo("新的计划\n");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }
}
