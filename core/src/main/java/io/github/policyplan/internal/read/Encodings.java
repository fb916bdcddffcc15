package io.github.policyplan.internal.read;

import java.util.Optional;

/**
 * Recognises a text saved as UTF-16, with or without a byte-order mark (Excel's "Unicode text", Notepad's
 * "Unicode"), so that it is named as what it is rather than taken for GBK or for UTF-8 with NUL characters
 * in it. Stateless.
 */
public final class Encodings {

    /** How many bytes from the start are looked at. */
    private static final int SAMPLE = 4096;

    private Encodings() {
    }

    /**
     * Names the UTF-16 form of a text's first bytes.
     *
     * @param bytes  the bytes
     * @param length how many of them there are
     * @return such as {@code UTF-16 (little-endian, with a byte-order mark)}, or empty when the bytes are no
     *         UTF-16 text
     */
    public static Optional<String> utf16(byte[] bytes, int length) {
        if (length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return Optional.of("UTF-16 (little-endian, with a byte-order mark)");
        }
        if (length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return Optional.of("UTF-16 (big-endian, with a byte-order mark)");
        }
        int n = Math.min(length, SAMPLE) & ~1;
        if (n < 4) {
            return Optional.empty();
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < n; i += 2) {
            evenZeros += bytes[i] == 0 ? 1 : 0;
            oddZeros += bytes[i + 1] == 0 ? 1 : 0;
        }
        int pairs = n / 2;
        // Keys, digits and punctuation are ASCII: in UTF-16 each has a zero byte, always on the same side.
        if (oddZeros * 5 >= pairs && evenZeros * 20 < pairs) {
            return Optional.of("UTF-16 (little-endian, without a byte-order mark)");
        }
        if (evenZeros * 5 >= pairs && oddZeros * 20 < pairs) {
            return Optional.of("UTF-16 (big-endian, without a byte-order mark)");
        }
        return Optional.empty();
    }

    /**
     * Reports a text saved as UTF-16.
     *
     * @param form     the UTF-16 form, as {@link #utf16} names it
     * @param problems where the problem goes
     */
    public static void refuse(String form, Problems problems) {
        problems.add(1, 1, "", "the file is saved as " + form + ", not UTF-8", Optional.of("save it as UTF-8:"
                + " in Excel as CSV UTF-8, in Notepad or WPS with the encoding UTF-8"));
    }
}
