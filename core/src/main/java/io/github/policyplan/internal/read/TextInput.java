package io.github.policyplan.internal.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads input text within a size limit: files as strict UTF-8 (a byte-order mark is skipped; any
 * other encoding is a located problem, never silently mangled text), readers up to a number of
 * characters.
 */
public final class TextInput {

    private TextInput() {
    }

    /**
     * Reads a file as UTF-8 text.
     *
     * @param path     the file
     * @param maxBytes the largest file accepted
     * @param problems where a problem goes
     * @return the text, or empty after a problem
     * @throws IOException when the file cannot be read
     */
    public static Optional<String> read(Path path, long maxBytes, Problems problems) throws IOException {
        long size = Files.size(path);
        if (size > maxBytes) {
            problems.add(1, 1, "", "the file is " + size + " bytes, larger than the limit of " + maxBytes
                    + " bytes", Optional.of("split the file, or raise the limit with withMaxBytes"));
            return Optional.empty();
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(path)) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        }
        if (bytes.length > maxBytes) {
            problems.add(1, 1, "", "the file is larger than the limit of " + maxBytes + " bytes",
                    Optional.of("split the file, or raise the limit with withMaxBytes"));
            return Optional.empty();
        }
        return decode(bytes, problems);
    }

    /**
     * Decodes bytes as strict UTF-8, skipping a byte-order mark.
     *
     * @param bytes    the bytes
     * @param problems where a problem goes
     * @return the text, or empty when the bytes are not UTF-8
     */
    public static Optional<String> decode(byte[] bytes, Problems problems) {
        Optional<String> utf16 = Encodings.utf16(bytes, bytes.length);
        if (utf16.isPresent()) {
            Encodings.refuse(utf16.get(), problems);
            return Optional.empty();
        }
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            out.flip();
            String before = out.toString();
            int line = 1;
            int column = 1;
            for (int i = 0; i < before.length(); i++) {
                if (before.charAt(i) == '\n') {
                    line++;
                    column = 1;
                } else {
                    column++;
                }
            }
            int offset = in.position();
            problems.add(line, column, "", String.format(java.util.Locale.ROOT, "the file is not valid UTF-8 (byte 0x%02X at offset %d)",
                    bytes[offset] & 0xFF, offset), Optional.of("it may be saved as GBK; save it as UTF-8"));
            return Optional.empty();
        }
        decoder.flush(out);
        out.flip();
        return Optional.of(out.toString());
    }

    /**
     * Reads a reader's text, up to a limit.
     *
     * @param reader   the reader; not closed
     * @param maxChars the most characters accepted
     * @param problems where a problem goes
     * @return the text, or empty when it is too large
     * @throws IOException when the reader fails
     */
    public static Optional<String> read(Reader reader, long maxChars, Problems problems) throws IOException {
        StringBuilder sb = new StringBuilder();
        char[] buffer = new char[8192];
        int n;
        while ((n = reader.read(buffer)) >= 0) {
            sb.append(buffer, 0, n);
            if (sb.length() > maxChars) {
                problems.add(1, 1, "", "the input is larger than the limit of " + maxChars + " characters",
                        Optional.of("split the input, or raise the limit with withMaxBytes"));
                return Optional.empty();
            }
        }
        return Optional.of(strip(sb.toString()));
    }

    /**
     * Removes a leading byte-order mark.
     *
     * @param text the text
     * @return the text without it
     */
    public static String strip(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /**
     * Checks a string's length against the limit.
     *
     * @param text     the text
     * @param maxChars the most characters accepted
     * @param problems where a problem goes
     * @return the text without a byte-order mark, or empty when it is too large
     */
    public static Optional<String> check(String text, long maxChars, Problems problems) {
        if (text.length() > maxChars) {
            problems.add(1, 1, "", "the input is larger than the limit of " + maxChars + " characters",
                    Optional.of("split the input, or raise the limit with withMaxBytes"));
            return Optional.empty();
        }
        return Optional.of(strip(text));
    }

}
