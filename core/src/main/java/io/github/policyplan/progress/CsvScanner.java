package io.github.policyplan.progress;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Splits a UTF-8 byte stream into CSV rows with a buffer of bounded size, never holding more than the
 * row being read and the bytes read ahead of it: RFC 4180 fields (quoted with {@code "}, a quote
 * inside written {@code ""}, commas and line breaks allowed inside quotes), {@code \n} or
 * {@code \r\n} line ends, blank lines skipped, a byte-order mark skipped. A row's fields are ranges of
 * the buffer, valid until the next call of {@link #next()}; text is decoded (strictly) only when asked
 * for. Not thread-safe.
 */
final class CsvScanner {

    /** The size of the buffer at first; a longer row grows it up to {@link #maxRow}. */
    static final int BUFFER = 1 << 16;

    private final InputStream in;
    private final int maxRow;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    byte[] buf;
    private int limit;
    private int pos;
    private boolean eof;
    private boolean started;
    private int line = 1;
    private int lineStart;
    private long consumed;

    /** The current row: the number of fields and, for each, its content's range and where it starts. */
    int fields;
    int[] start = new int[16];
    int[] end = new int[16];
    private boolean[] quoted = new boolean[16];
    private boolean[] escaped = new boolean[16];
    private int[] lines = new int[16];
    private int[] lineStarts = new int[16];

    /** The syntax error that ended the scan, if any, and where. */
    String error;
    String errorHint;
    int errorLine;
    int errorColumn;

    CsvScanner(InputStream in, int buffer, int maxRow) {
        this.in = in;
        this.buf = new byte[buffer];
        this.maxRow = maxRow;
    }

    /** How many bytes the scan has passed, rows read and skipped: bounded lookahead shows in it. */
    long consumed() {
        return consumed + pos;
    }

    /**
     * Reads the next row that is not blank.
     *
     * @return false at the end of the input or after a syntax error ({@link #error} then says which)
     * @throws IOException when the stream fails
     */
    boolean next() throws IOException {
        while (true) {
            if (pos >= limit && !fill()) {
                return false;
            }
            int scanned = scan();
            if (scanned == MORE) {
                if (!refill()) {
                    return false;
                }
            } else if (scanned == ERROR) {
                return false;
            } else if (!blank()) {
                return true;
            }
        }
    }

    private static final int ROW = 0;
    private static final int MORE = 1;
    private static final int ERROR = 2;

    /** Scans one row from {@link #pos}: ROW when whole (pos moves past it), MORE when the buffer ends first. */
    private int scan() {
        int p = pos;
        int ln = line;
        int ls = lineStart;
        fields = 0;
        while (true) {
            int f = field(p, ln, ls);
            if (buf.length > 0 && p < limit && buf[p] == '"') {
                p = quotedField(f, p + 1);
                if (p < 0) {
                    return p == -1 ? MORE : ERROR;
                }
                ln = lastLine;
                ls = lastLineStart;
            } else {
                int q = p;
                while (q < limit) {
                    byte b = buf[q];
                    if (b == ',' || b == '\n' || b == '\r') {
                        break;
                    }
                    q++;
                }
                if (q >= limit && !eof) {
                    return MORE;
                }
                end[f] = q;
                p = q;
            }
            if (p >= limit) {
                if (!eof) {
                    return MORE;
                }
                return finish(p, ln, p);
            }
            byte b = buf[p];
            if (b == ',') {
                p++;
                if (p >= limit && eof) {
                    field(p, ln, ls);
                    end[fields - 1] = p;
                    return finish(p, ln, ls);
                }
                continue;
            }
            if (b == '\r') {
                if (p + 1 >= limit && !eof) {
                    return MORE;
                }
                p += p + 1 < limit && buf[p + 1] == '\n' ? 2 : 1;
            } else {
                p++;
            }
            return finish(p, ln + 1, p);
        }
    }

    private int finish(int p, int ln, int ls) {
        pos = p;
        line = ln;
        lineStart = ls;
        return ROW;
    }

    private int lastLine;
    private int lastLineStart;

    /** Scans a quoted field whose content starts at {@code p}; returns where it ends, -1 for more, -2 on error. */
    private int quotedField(int f, int p) {
        quoted[f] = true;
        start[f] = p;
        int ln = lines[f];
        int ls = lineStarts[f];
        while (true) {
            if (p >= limit) {
                if (!eof) {
                    return -1;
                }
                fail("a quoted field is not closed", "end the field with \"; write a quote inside a quoted field as \"\"",
                        lines[f], column(lineStarts[f], start[f] - 1));
                return -2;
            }
            byte b = buf[p];
            if (b == '"') {
                if (p + 1 >= limit && !eof) {
                    return -1;
                }
                if (p + 1 < limit && buf[p + 1] == '"') {
                    escaped[f] = true;
                    p += 2;
                    continue;
                }
                end[f] = p;
                p++;
                if (p < limit && buf[p] != ',' && buf[p] != '\n' && buf[p] != '\r') {
                    fail("text after the closing quote of a field",
                            "quote the whole field, and write a quote inside it as \"\": \"a \"\"b\"\" c\"", ln,
                            column(ls, p));
                    return -2;
                }
                lastLine = ln;
                lastLineStart = ls;
                return p;
            }
            if (b == '\n') {
                ln++;
                ls = p + 1;
            }
            p++;
        }
    }

    private void fail(String message, String hint, int at, int column) {
        error = message;
        errorHint = hint;
        errorLine = at;
        errorColumn = column;
    }

    /** Starts field number {@link #fields} at {@code p}. */
    private int field(int p, int ln, int ls) {
        int f = fields++;
        if (f == start.length) {
            int n = f * 2;
            start = java.util.Arrays.copyOf(start, n);
            end = java.util.Arrays.copyOf(end, n);
            quoted = java.util.Arrays.copyOf(quoted, n);
            escaped = java.util.Arrays.copyOf(escaped, n);
            lines = java.util.Arrays.copyOf(lines, n);
            lineStarts = java.util.Arrays.copyOf(lineStarts, n);
        }
        start[f] = p;
        end[f] = p;
        quoted[f] = false;
        escaped[f] = false;
        lines[f] = ln;
        lineStarts[f] = ls;
        return f;
    }

    /** Whether the row is a blank line: one unquoted field of spaces and tabs. */
    private boolean blank() {
        if (fields != 1 || quoted[0]) {
            return false;
        }
        for (int i = start[0]; i < end[0]; i++) {
            if (buf[i] != ' ' && buf[i] != '\t') {
                return false;
            }
        }
        return true;
    }

    /** Reads more bytes behind the row being scanned, moving it to the buffer's start and growing the buffer. */
    private boolean refill() throws IOException {
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            consumed += pos;
            limit -= pos;
            lineStart -= pos;
            pos = 0;
        }
        if (limit == buf.length) {
            if (buf.length >= maxRow) {
                fail("a row is longer than " + maxRow + " bytes", "end each row with a line break; close every"
                        + " quoted field", line, 1);
                return false;
            }
            buf = java.util.Arrays.copyOf(buf, Math.min(maxRow, buf.length * 2));
        }
        int n = in.read(buf, limit, buf.length - limit);
        if (n < 0) {
            eof = true;
        } else {
            limit += n;
        }
        return true;
    }

    /** The UTF-16 form the input is saved in, when it is: nothing of it is read. */
    String utf16;

    /** Reads the first bytes, or more when the row before ended exactly at the buffer's end. */
    private boolean fill() throws IOException {
        while (!eof && pos >= limit) {
            consumed += pos;
            lineStart -= pos;
            pos = 0;
            limit = 0;
            int n = in.read(buf, 0, buf.length);
            if (n < 0) {
                eof = true;
            } else {
                limit = n;
            }
            if (!started && (limit >= 3 || eof)) {
                started = true;
                utf16 = io.github.policyplan.internal.read.Encodings.utf16(buf, limit).orElse(null);
                if (utf16 != null) {
                    eof = true;
                    limit = 0;
                    return false;
                }
                if (limit >= 3 && buf[0] == (byte) 0xEF && buf[1] == (byte) 0xBB && buf[2] == (byte) 0xBF) {
                    pos = 3;
                    lineStart = 3;
                }
            }
        }
        return pos < limit;
    }

    /** The line a field starts on. */
    int line(int f) {
        return lines[f];
    }

    /** The 1-based column (in UTF-16 units) where a field starts: its opening quote, when quoted. */
    int column(int f) {
        return column(lineStarts[f], quoted[f] ? start[f] - 1 : start[f]);
    }

    private int column(int from, int to) {
        int c = 1;
        for (int i = Math.max(0, from); i < to; i++) {
            int b = buf[i];
            if ((b & 0xC0) != 0x80) {
                c += (b & 0xF8) == 0xF0 ? 2 : 1;
            }
        }
        return c;
    }

    /** Whether a field was quoted. */
    boolean quoted(int f) {
        return quoted[f];
    }

    /** Whether a field is plain ASCII without escaped quotes, so that its bytes are its characters. */
    boolean plain(int f) {
        if (escaped[f]) {
            return false;
        }
        for (int i = start[f]; i < end[f]; i++) {
            if (buf[i] < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Decodes a field's text, as written (quotes of a quoted field removed, {@code ""} read as {@code "}).
     *
     * @throws CharacterCodingException when its bytes are not UTF-8
     */
    String text(int f) throws CharacterCodingException {
        int from = start[f];
        int to = end[f];
        String s;
        if (plain(f)) {
            s = new String(buf, from, to - from, StandardCharsets.ISO_8859_1);
        } else {
            ByteBuffer bytes = ByteBuffer.wrap(buf, from, to - from);
            CharBuffer out = CharBuffer.allocate(to - from);
            decoder.reset();
            CoderResult result = decoder.decode(bytes, out, true);
            if (result.isError()) {
                throw notUtf8(f, bytes.position());
            }
            s = out.flip().toString();
        }
        return escaped[f] ? s.replace("\"\"", "\"") : s;
    }

    /** Bytes that are not UTF-8, and where: the line and column of the first bad byte, its offset in the input. */
    static final class NotUtf8 extends CharacterCodingException {
        private static final long serialVersionUID = 1L;
        final int line;
        final int column;
        final long offset;
        final int value;

        NotUtf8(int line, int column, long offset, int value) {
            this.line = line;
            this.column = column;
            this.offset = offset;
            this.value = value;
        }
    }

    private NotUtf8 notUtf8(int f, int bad) {
        int ln = lines[f];
        int ls = lineStarts[f];
        for (int i = start[f]; i < bad; i++) {
            if (buf[i] == '\n') {
                ln++;
                ls = i + 1;
            }
        }
        return new NotUtf8(ln, column(ls, bad), consumed + bad, buf[bad] & 0xFF);
    }

    /** Whether a field's bytes equal {@code bytes[0..length)}. */
    boolean same(int f, byte[] bytes, int length) {
        int from = start[f];
        if (end[f] - from != length || escaped[f]) {
            return false;
        }
        return java.util.Arrays.equals(buf, from, from + length, bytes, 0, length);
    }
}
