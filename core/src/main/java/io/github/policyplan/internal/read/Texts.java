package io.github.policyplan.internal.read;

import io.github.policyplan.core.NumberText;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
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

    /**
     * Suggests the known name closest to a misspelt one.
     *
     * @param wrong the name as written
     * @param known the names it might have meant
     * @return {@code did you mean 'x'?} when one is close enough
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
                return Optional.of("did you mean '" + only + "'?");
            }
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String lower = wrong.toLowerCase(java.util.Locale.ROOT);
        for (String candidate : known) {
            int d = distance(lower, candidate.toLowerCase(java.util.Locale.ROOT));
            if (d < bestDistance || (d == bestDistance && best != null && candidate.compareTo(best) < 0)) {
                best = candidate;
                bestDistance = d;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        int limit = Math.max(1, Math.min(3, Math.max(wrong.length(), best.length()) / 3));
        boolean prefix = best.length() >= 2 && (best.startsWith(wrong) || wrong.startsWith(best));
        if (bestDistance <= limit || prefix) {
            return Optional.of("did you mean '" + best + "'?");
        }
        return Optional.empty();
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
        int n = a.length();
        int m = b.length();
        int[][] d = new int[n + 1][m + 1];
        for (int i = 0; i <= n; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= m; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[n][m];
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
