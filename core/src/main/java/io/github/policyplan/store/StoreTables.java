package io.github.policyplan.store;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The names of the tables a {@link JdbcStore} uses: one for reports and corrections, one for
 * revisions. A name goes into SQL text (a table cannot be a statement parameter), so it is checked
 * against a strict pattern first: a lower-case ASCII letter, then lower-case ASCII letters, digits
 * and underscores, 63 characters at most, and not an SQL reserved word. Nothing else — no quotes,
 * spaces, dots, semicolons, comment marks or letters outside ASCII — can reach a statement.
 *
 * <pre>{@code
 * StoreTables tables = StoreTables.withPrefix("county_");   // county_reports, county_revisions
 * }</pre>
 *
 * <p>Immutable and thread-safe; no component is null.
 *
 * @param reports   the table of reports and corrections
 * @param revisions the table of revisions
 */
public record StoreTables(String reports, String revisions) {

    /** What a table name may be. */
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    /**
     * SQL words a table name may not be: those reserved by the SQL standard and by common engines
     * that a short table name could plausibly be.
     */
    private static final Set<String> RESERVED = Set.of("all", "alter", "and", "any", "as", "asc", "between", "by",
            "case", "check", "column", "commit", "constraint", "create", "cross", "current", "database", "default",
            "delete", "desc", "distinct", "drop", "else", "end", "except", "exists", "false", "fetch", "for",
            "foreign", "from", "full", "grant", "group", "having", "in", "index", "inner", "insert", "intersect",
            "into", "is", "join", "key", "left", "like", "limit", "minus", "natural", "not", "null", "of", "offset",
            "on", "or", "order", "outer", "primary", "references", "right", "rollback", "row", "rows", "select",
            "set", "table", "then", "to", "true", "union", "unique", "update", "user", "using", "values", "view",
            "when", "where", "with");

    /**
     * Checks the names.
     *
     * @param reports   the table of reports and corrections
     * @param revisions the table of revisions
     */
    public StoreTables {
        check("reports", reports);
        check("revisions", revisions);
        if (reports.equals(revisions)) {
            throw new IllegalArgumentException("the tables of reports and of revisions must differ (both were "
                    + reports + ")");
        }
    }

    private static void check(String which, String name) {
        Objects.requireNonNull(name, which);
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("the table of " + which + " must be named by a lower-case ASCII letter"
                    + " followed by lower-case ASCII letters, digits or underscores, 63 at most (was '"
                    + echo(name) + "')");
        }
        if (RESERVED.contains(name)) {
            throw new IllegalArgumentException("the table of " + which + " may not be named by the SQL word '" + name
                    + "'; add a prefix, such as policyplan_" + name);
        }
    }

    /** Echoes at most 40 characters of a refused name, with control characters shown as code points. */
    private static String echo(String name) {
        StringBuilder sb = new StringBuilder();
        name.codePoints().limit(40).forEach(c -> {
            if (Character.isISOControl(c)) {
                sb.append(String.format(Locale.ROOT, "\\u%04x", c));
            } else {
                sb.appendCodePoint(c);
            }
        });
        return name.codePointCount(0, name.length()) > 40 ? sb + "…" : sb.toString();
    }

    /**
     * Returns the standard names: {@code policyplan_reports} and {@code policyplan_revisions}.
     *
     * @return the tables
     */
    public static StoreTables standard() {
        return withPrefix("policyplan_");
    }

    /**
     * Returns the names {@code PREFIXreports} and {@code PREFIXrevisions}.
     *
     * @param prefix such as {@code county_}; the names it makes must pass the check
     * @return the tables
     * @throws IllegalArgumentException when a name does not pass
     */
    public static StoreTables withPrefix(String prefix) {
        Objects.requireNonNull(prefix, "prefix");
        return new StoreTables(prefix + "reports", prefix + "revisions");
    }
}
