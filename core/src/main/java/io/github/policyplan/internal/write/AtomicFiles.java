package io.github.policyplan.internal.write;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes files so that a reader never sees a half-written one: the text goes to a temporary file in
 * the same folder, which is then moved over the target in one step. If writing fails or is
 * interrupted, the old file stays as it was and the temporary file is removed.
 */
public final class AtomicFiles {

    /** Writes text to a writer; may fail. */
    @FunctionalInterface
    public interface Content {
        /**
         * Writes the content.
         *
         * @param out the writer, UTF-8
         * @throws IOException when writing fails
         */
        void writeTo(Writer out) throws IOException;
    }

    private AtomicFiles() {
    }

    /**
     * Writes text to a file atomically, in UTF-8.
     *
     * @param path the file
     * @param text the text
     * @throws IOException when the file cannot be written; the old file is then unchanged
     */
    public static void write(Path path, String text) throws IOException {
        write(path, out -> out.write(text));
    }

    /**
     * Writes content to a file atomically, in UTF-8.
     *
     * @param path    the file
     * @param content what to write
     * @throws IOException when the file cannot be written; the old file is then unchanged
     */
    public static void write(Path path, Content content) throws IOException {
        Path dir = path.toAbsolutePath().getParent();
        Path temp = Files.createTempFile(dir, "." + path.getFileName(), ".tmp");
        try {
            try (Writer out = new BufferedWriter(Files.newBufferedWriter(temp, StandardCharsets.UTF_8))) {
                content.writeTo(out);
            }
            try {
                Files.move(temp, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, path, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
