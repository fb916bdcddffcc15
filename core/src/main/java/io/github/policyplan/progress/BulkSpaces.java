package io.github.policyplan.progress;

import io.github.policyplan.internal.read.Characters;
import io.github.policyplan.internal.read.Problems;

/**
 * The bulk reader's warning for a field that starts or ends with an ideographic, no-break or zero-width
 * space, as the one-plan CSV reader gives it: told from the field's UTF-8 bytes at its two ends (two byte
 * comparisons for most fields), decoded only when they may be such a space. Stateless.
 */
final class BulkSpaces {

    private BulkSpaces() {
    }

    /**
     * Tells whether a field's bytes may start or end with a space other than ASCII: U+00A0 (C2 A0), U+2000 to
     * U+206F (E2 80 or E2 81 …), U+3000 (E3 80 80), U+FEFF (EF BB BF).
     *
     * @param b    the buffer
     * @param from the field's first byte
     * @param to   past its last byte
     * @return false when it surely does not
     */
    static boolean mayEndInOtherSpace(byte[] b, int from, int to) {
        if (to - from < 2) {
            return false;
        }
        int first = b[from] & 0xFF;
        int last = b[to - 1] & 0xFF;
        return first == 0xC2 || first == 0xE2 || first == 0xE3 || first == 0xEF
                || last == 0xA0 || last == 0x80 || last == 0x8B || last == 0x8C || last == 0x8D || last == 0xBF;
    }

    /**
     * Warns when the field's text starts or ends with such a space.
     *
     * @param text     the field's text
     * @param line     its line
     * @param column   its column
     * @param path     its path
     * @param problems where the warning goes
     */
    static void warn(String text, int line, int column, String path, Problems problems) {
        boolean free = path.endsWith(".source") || path.endsWith(".note") || path.endsWith(".evidence");
        Characters.warnOtherSpaces(text, !free, line, column, path, problems);
    }
}
