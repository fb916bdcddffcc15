package io.github.policyplan.internal.read;

import io.github.policyplan.core.NumberText;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.lang3.StringUtils;

/** Small text helpers for messages: abbreviation and did-you-mean suggestions. */
public final class Texts {

    /** How much of a bad input value a message echoes. */
    private static final int ECHO = 40;

    private Texts() {
    }

    /**
     * Shortens a value for a message, so that a huge bad input is never echoed whole.
     *
     * @param text the value
     * @return at most 40 characters, with an ellipsis when cut
     */
    public static String abbreviate(String text) {
        return StringUtils.abbreviate(text, "…", ECHO);
    }

    /** How far past its own limit a name is compared, to find one nearer than a name that begins the other. */
    private static final int NEAR = 16;

    /** The longest path a problem names; a longer one keeps its start and end. */
    private static final int PATH = 200;

    /** The longest message or hint a problem gives; a longer one keeps its start and end. */
    private static final int MESSAGE = 600;

    /**
     * Shortens a path for a problem: a 60,000-character key must not make a 60,000-character line.
     *
     * @param path the path in the document
     * @return at most 200 characters, the middle cut with an ellipsis
     */
    public static String shortPath(String path) {
        return StringUtils.abbreviateMiddle(path, "…", PATH);
    }

    /**
     * Shortens a message or hint for a problem, as a last guard: the values it echoes are shortened already.
     *
     * @param message the message
     * @return at most 600 characters, the middle cut with an ellipsis
     */
    public static String shortMessage(String message) {
        return StringUtils.abbreviateMiddle(message, "…", MESSAGE);
    }

    /**
     * Lists names for a hint, no longer than a shortened value: the first names and an ellipsis.
     *
     * @param names the names
     * @return at most 40 characters
     */
    public static String shortList(Collection<String> names) {
        StringBuilder sb = new StringBuilder();
        for (String name : names) {
            if (sb.length() > ECHO) {
                break;
            }
            sb.append(sb.length() == 0 ? "" : ", ").append(name);
        }
        return abbreviate(sb.toString());
    }

    /**
     * Suggests the known name closest to a misspelt one.
     *
     * @param wrong the name as written
     * @param known the names it might have meant
     * @return {@code did you mean 'x'?} when one is close enough; when it differs only by invisible or odd
     *         spaces, a hint to remove them from where it is defined
     */
    public static Optional<String> didYouMean(String wrong, Collection<String> known) {
        // A name the text begins, such as veto-top for veto-top-grade, is the likeliest meaning.
        if (wrong.length() >= 3) {
            String only = null;
            int count = 0;
            for (String candidate : known) {
                if (candidate.length() > wrong.length() && candidate.startsWith(wrong)) {
                    only = candidate;
                    count++;
                }
            }
            if (count == 1) {
                return Optional.of(suggestion(wrong, only));
            }
        }
        // Bounded work: a name that begins the other is compared by their lengths; any other only when
        // of similar length, and each within a bounded distance, so a 5 MB name costs a pass, never a table
        // of its length times a candidate's.
        String prefix = null;
        int prefixDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            if (candidate.length() >= 2 && (wrong.startsWith(candidate) || candidate.startsWith(wrong))) {
                int d = Math.abs(wrong.length() - candidate.length());
                if (d < prefixDistance || (d == prefixDistance && candidate.compareTo(prefix) < 0)) {
                    prefix = candidate;
                    prefixDistance = d;
                }
            }
        }
        int reach = prefix == null ? 0 : Math.min(prefixDistance - 1, NEAR);
        String best = prefix;
        int bestDistance = prefixDistance;
        String lower = null;
        Rows rows = new Rows();
        for (String candidate : known) {
            int bound = Math.max(limit(wrong, candidate), reach);
            if (candidate.equals(prefix) || Math.abs(candidate.length() - wrong.length()) > bound) {
                continue;
            }
            lower = lower == null ? wrong.toLowerCase(Locale.ROOT) : lower;
            int d = distance(lower, candidate.toLowerCase(Locale.ROOT), bound, rows);
            if (d <= bound && (d < bestDistance || (d == bestDistance && candidate.compareTo(best) < 0))) {
                best = candidate;
                bestDistance = d;
            }
        }
        if (best == null || (!best.equals(prefix) && bestDistance > limit(wrong, best))) {
            return Optional.empty();
        }
        return Optional.of(suggestion(wrong, best));
    }

    /**
     * Names the invisible or odd spaces ({@link Characters#isExotic}) a known name holds and the name as
     * written lacks, when they differ by nothing else: then the slip is in the known name's definition, not
     * in the reference.
     *
     * @param wrong     the name as written
     * @param candidate a known name
     * @return {@code ideographic space}, or several names joined, when they differ only so
     */
    public static Optional<String> strayCharacters(String wrong, String candidate) {
        if (wrong.equals(candidate) || hasExotic(wrong) || !wrong.equals(withoutExotic(candidate))) {
            return Optional.empty();
        }
        java.util.Set<String> stray = new java.util.LinkedHashSet<>();
        for (int i = 0; i < candidate.length(); ) {
            int cp = candidate.codePointAt(i);
            if (Characters.isExotic(cp)) {
                stray.add(Characters.plainName(cp));
            }
            i += Character.charCount(cp);
        }
        return Optional.of(String.join(", ", stray));
    }

    /**
     * Tells whether a text holds an invisible or odd space ({@link Characters#isExotic}).
     *
     * @param text the text
     * @return whether it holds one
     */
    public static boolean hasExotic(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Characters.isExotic(cp)) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    /**
     * Removes the invisible and odd spaces ({@link Characters#isExotic}) from a text.
     *
     * @param text the text
     * @return the text without them; the text itself when it holds none
     */
    public static String withoutExotic(String text) {
        if (!hasExotic(text)) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (!Characters.isExotic(cp)) {
                sb.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    /** A did-you-mean hint, or where the known name differs only by a stray space, a hint to remove it. */
    private static String suggestion(String wrong, String best) {
        return strayCharacters(wrong, best).map(stray -> "the name '" + best + "' has a stray " + stray
                + ": remove it where that name is defined").orElse("did you mean '" + best + "'?");
    }

    /**
     * Suggests the known name closest to a misspelt one, unless the problem cap is reached: past it the
     * suggestion would never be seen.
     *
     * @param wrong    the name as written
     * @param known    the names it might have meant
     * @param problems the problems of the read
     * @return {@code did you mean 'x'?} when one is close enough and the problem will be kept
     */
    public static Optional<String> didYouMean(String wrong, Collection<String> known, Problems problems) {
        return problems.full() ? Optional.empty() : didYouMean(wrong, known);
    }

    /** The distance within which a name is suggested for another. */
    private static int limit(String wrong, String candidate) {
        return Math.max(1, Math.min(3, Math.max(wrong.length(), candidate.length()) / 3));
    }

    /**
     * Echoes a number as a person wrote it: {@code 7}, not {@code 7.0}.
     *
     * @param value the number
     * @return its plain text
     */
    public static String number(double value) {
        return Double.isFinite(value) ? NumberText.exact(value) : Double.toString(value);
    }

    /**
     * Lists names for a message: {@code a, b, c}.
     *
     * @param names the names
     * @return the names joined
     */
    public static String list(Collection<String> names) {
        return String.join(", ", new ArrayList<>(names));
    }

    /** Levenshtein distance, counting a swap of two neighbours as one edit. */
    static int distance(String a, String b) {
        return distance(a, b, Integer.MAX_VALUE - 1);
    }

    /**
     * Levenshtein distance with swaps, computed only within a band of {@code bound} around the diagonal,
     * on three rows: exact when it is at most {@code bound}, otherwise some number above it.
     */
    static int distance(String a, String b, int bound) {
        return distance(a, b, bound, new Rows());
    }

    /** Three rows of a distance table, grown as longer names come and reused across comparisons. */
    static final class Rows {
        private int[] twoBack = new int[0];
        private int[] back = new int[0];
        private int[] row = new int[0];

        /** Makes the rows hold at least {@code size} cells. */
        Rows fit(int size) {
            if (row.length < size) {
                twoBack = new int[size];
                back = new int[size];
                row = new int[size];
            }
            return this;
        }
    }

    static int distance(String a, String b, int bound, Rows rows) {
        int n = a.length();
        int m = b.length();
        if (Math.abs(n - m) > bound) {
            return bound + 1;
        }
        int inf = bound + 1;
        rows.fit(m + 1);
        int[] twoBack = rows.twoBack;
        int[] back = rows.back;
        int[] row = rows.row;
        for (int j = 0; j <= m; j++) {
            back[j] = Math.min(j, inf);
        }
        for (int i = 1; i <= n; i++) {
            int from = Math.max(1, i - bound);
            int to = (int) Math.min(m, (long) i + bound);
            // Only the band is computed; the cells just outside it read as out of reach.
            row[0] = Math.min(i, inf);
            row[from - 1] = from == 1 ? row[0] : inf;
            if (to < m) {
                row[to + 1] = inf;
            }
            int rowMin = from == 1 ? row[0] : inf;
            for (int j = from; j <= to; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int d = Math.min(Math.min(back[j] + 1, row[j - 1] + 1), back[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d = Math.min(d, twoBack[j - 2] + 1);
                }
                row[j] = Math.min(d, inf);
                rowMin = Math.min(rowMin, row[j]);
            }
            if (rowMin >= inf) {
                return inf;
            }
            int[] t = twoBack;
            twoBack = back;
            back = row;
            row = t;
        }
        return back[m];
    }

    /**
     * Sorts names for a message.
     *
     * @param names the names
     * @return a new sorted list
     */
    public static List<String> sorted(Collection<String> names) {
        List<String> list = new ArrayList<>(names);
        list.sort(null);
        return list;
    }
}
