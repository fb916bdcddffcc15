package io.github.policyplan.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The bytes of a journal: an append-only file of lines, each ended by {@code \n}. A line is appended
 * with one write at the end of the file and forced to disk before {@link #append} returns, so a line
 * that was acknowledged is whole and durable. A process killed during a write leaves at most the
 * last line without its end: {@link #open} finds it, cuts it off (it was never acknowledged) and says
 * so. The file is locked while open, so that two writers never interleave. Not thread-safe: the
 * journal calls it under its own lock.
 */
final class JournalFile implements AutoCloseable {

    /**
     * The complete lines of a file when it was opened, and what followed the last line end.
     *
     * @param lines the lines without their ends, in order; null for a line that is not UTF-8
     * @param torn  the bytes after the last line end: a line whose write did not finish
     * @param end   where the last line end is, plus one: the length the file has without the torn bytes
     */
    record Contents(List<String> lines, byte[] torn, long end) {
    }

    private final Path path;
    private final FileChannel channel;
    private final FileLock lock;

    private JournalFile(Path path, FileChannel channel, FileLock lock) {
        this.path = path;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Opens a journal file for appending, creating it with a first line when it does not exist.
     *
     * @param path  the file
     * @param first the first line of a new file, without its line end
     * @return the file, locked
     * @throws IOException when it cannot be opened or another process holds it
     */
    static JournalFile open(Path path, String first) throws IOException {
        if (!Files.exists(path)) {
            create(path, first);
        }
        FileChannel channel = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE);
        try {
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                throw new IOException("the journal " + path + " is open in another writer; a journal has one"
                        + " writer at a time");
            }
            return new JournalFile(path, channel, lock);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** Writes a new file whole (first line, forced) under a temporary name, then moves it into place. */
    private static void create(Path path, String first) throws IOException {
        Path dir = path.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + path.getFileName(), ".tmp");
        try {
            try (FileChannel c = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                writeFully(c, ByteBuffer.wrap((first + "\n").getBytes(StandardCharsets.UTF_8)));
                c.force(true);
            }
            try {
                Files.move(temp, path, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, path);
            }
            forceFolder(dir);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Forces a folder's entries to disk where the platform allows it (not on Windows). */
    private static void forceFolder(Path dir) {
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true);
        } catch (IOException e) {
            // Folders cannot be opened as channels on some platforms; the move is then as durable as it gets.
        }
    }

    private static void writeFully(FileChannel c, ByteBuffer bytes) throws IOException {
        while (bytes.hasRemaining()) {
            c.write(bytes);
        }
    }

    /**
     * Reads the file: its complete lines and the bytes after the last line end.
     *
     * @return the contents
     * @throws IOException when reading fails
     */
    Contents read() throws IOException {
        long size = channel.size();
        if (size > Integer.MAX_VALUE - 8) {
            throw new IOException("the journal " + path + " is larger than 2 GiB (" + size + " bytes); start a new"
                    + " journal for a new period");
        }
        byte[] all = new byte[(int) size];
        ByteBuffer buffer = ByteBuffer.wrap(all);
        channel.position(0);
        while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
            // read on
        }
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < all.length; i++) {
            if (all[i] == '\n') {
                lines.add(decode(all, start, i - start));
                start = i + 1;
            }
        }
        byte[] torn = new byte[all.length - start];
        System.arraycopy(all, start, torn, 0, torn.length);
        return new Contents(lines, torn, start);
    }

    /**
     * Cuts off what follows the last line end: a line whose write did not finish.
     *
     * @param contents what {@link #read} found
     * @throws IOException when the file cannot be cut
     */
    void cutTornTail(Contents contents) throws IOException {
        if (contents.torn().length > 0) {
            channel.truncate(contents.end());
            channel.force(true);
        }
    }

    /** Decodes a line as strict UTF-8; null when it is not. */
    private static String decode(byte[] all, int start, int length) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(all, start, length)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /**
     * Appends a line with one write at the end of the file and forces it to disk.
     *
     * @param line the line, without a line end; it must not contain one
     * @throws IOException when writing or forcing fails; the line may then be whole, torn or absent
     */
    void append(String line) throws IOException {
        byte[] bytes = (line + "\n").getBytes(StandardCharsets.UTF_8);
        long end = channel.size();
        try {
            channel.position(end);
            writeFully(channel, ByteBuffer.wrap(bytes));
            channel.force(true);
        } catch (IOException e) {
            // Leave no torn line behind for the next append to run on from.
            try {
                channel.truncate(end);
                channel.force(true);
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    /**
     * Returns the file.
     *
     * @return the path
     */
    Path path() {
        return path;
    }

    @Override
    public void close() throws IOException {
        try {
            if (lock.isValid()) {
                lock.release();
            }
        } finally {
            channel.close();
        }
    }
}
