package io.github.policyplan.progress;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The header names a {@link BulkReader} recognises for each column of a reports file. A header
 * cell names a column when, stripped and in lower case, it equals one of that column's names; the
 * columns may come in any order, and only target, date and value are required.
 *
 * <p>{@link #standard()} accepts the English names of the progress CSV format and their Chinese
 * equivalents:
 * <table>
 * <caption>Standard header names</caption>
 * <tr><th>column</th><th>names</th></tr>
 * <tr><td>{@link Column#PLAN}</td><td>plan, 计划</td></tr>
 * <tr><td>{@link Column#TARGET}</td><td>target, 指标</td></tr>
 * <tr><td>{@link Column#DATE}</td><td>date, 日期</td></tr>
 * <tr><td>{@link Column#VALUE}</td><td>value, 数值</td></tr>
 * <tr><td>{@link Column#SOURCE}</td><td>source, 来源</td></tr>
 * <tr><td>{@link Column#NOTE}</td><td>note, 备注</td></tr>
 * <tr><td>{@link Column#EVIDENCE}</td><td>evidence, 佐证</td></tr>
 * </table>
 *
 * <pre>{@code
 * ReportColumns columns = ReportColumns.standard().withNames(ReportColumns.Column.TARGET, "target_id")
 *         .ignoringOtherColumns();
 * }</pre>
 *
 * <p>A header cell that names no column is a problem (with the nearest name as a hint), unless
 * {@link #ignoringOtherColumns()} is set: then its fields are skipped unread. Immutable and
 * thread-safe.
 */
public final class ReportColumns {

    /** A column a reports file may have. */
    public enum Column {
        /** The plan's id: which plan the row reports on (optional; see {@link BulkReader}). */
        PLAN("plan", "计划"),
        /** The target's id (required). */
        TARGET("target", "指标"),
        /** The date the value is as of (required). */
        DATE("date", "日期"),
        /** The value (required). */
        VALUE("value", "数值"),
        /** Who reported it (optional). */
        SOURCE("source", "来源"),
        /** A note (optional). */
        NOTE("note", "备注"),
        /** The evidence (optional). */
        EVIDENCE("evidence", "佐证");

        private final List<String> standard;

        Column(String... names) {
            this.standard = List.of(names);
        }

        /**
         * Tells whether every row must have this column.
         *
         * @return true for target, date and value
         */
        public boolean required() {
            return this == TARGET || this == DATE || this == VALUE;
        }

        /**
         * Returns the column's English name, as problems name it.
         *
         * @return such as {@code target}
         */
        public String key() {
            return standard.get(0);
        }
    }

    private static final ReportColumns STANDARD;

    static {
        Map<Column, List<String>> names = new EnumMap<>(Column.class);
        for (Column c : Column.values()) {
            names.put(c, c.standard);
        }
        STANDARD = new ReportColumns(names, false);
    }

    private final Map<Column, List<String>> names;
    private final boolean ignoreOthers;

    private ReportColumns(Map<Column, List<String>> names, boolean ignoreOthers) {
        this.names = names;
        this.ignoreOthers = ignoreOthers;
    }

    /**
     * Returns the standard names: English and Chinese, other columns a problem.
     *
     * @return the standard columns
     */
    public static ReportColumns standard() {
        return STANDARD;
    }

    /**
     * Returns these columns with the names of one column replaced.
     *
     * @param column the column
     * @param names  its names, at least one; matched stripped and without regard to case
     * @return the new columns
     * @throws IllegalArgumentException when no name is given, a name is blank, or a name is another
     *                                  column's
     */
    public ReportColumns withNames(Column column, String... names) {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(names, "names");
        if (names.length == 0) {
            throw new IllegalArgumentException("give at least one name for the column " + column.key());
        }
        List<String> list = new ArrayList<>();
        for (String n : names) {
            Objects.requireNonNull(n, "names must not contain null");
            if (n.isBlank()) {
                throw new IllegalArgumentException("a column name must not be blank");
            }
            String key = normal(n);
            Column other = column(key);
            if (other != null && other != column) {
                throw new IllegalArgumentException("'" + n + "' already names the column " + other.key());
            }
            list.add(key);
        }
        Map<Column, List<String>> copy = new EnumMap<>(this.names);
        copy.put(column, List.copyOf(list));
        return new ReportColumns(copy, ignoreOthers);
    }

    /**
     * Returns these columns with header cells that name no column skipped, with their fields, instead
     * of being a problem.
     *
     * @return the new columns
     */
    public ReportColumns ignoringOtherColumns() {
        return new ReportColumns(names, true);
    }

    /**
     * Returns the names of a column.
     *
     * @param column the column
     * @return its names, in lower case
     */
    public List<String> names(Column column) {
        return names.get(Objects.requireNonNull(column, "column"));
    }

    /**
     * Tells whether header cells that name no column are skipped.
     *
     * @return true when they are skipped, false when they are a problem
     */
    public boolean ignoresOtherColumns() {
        return ignoreOthers;
    }

    /** The column a header cell names, or null. */
    Column column(String cell) {
        String key = normal(cell);
        for (Map.Entry<Column, List<String>> e : names.entrySet()) {
            if (e.getValue().contains(key)) {
                return e.getKey();
            }
        }
        return null;
    }

    /** Every name, for suggestions. */
    List<String> allNames() {
        List<String> all = new ArrayList<>();
        names.values().forEach(all::addAll);
        return Collections.unmodifiableList(all);
    }

    private static String normal(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * Tells whether another object is columns with the same names and the same rule for others.
     *
     * @param o the other object
     * @return true when equal
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof ReportColumns && ((ReportColumns) o).names.equals(names)
                && ((ReportColumns) o).ignoreOthers == ignoreOthers;
    }

    @Override
    public int hashCode() {
        return names.hashCode() * 31 + (ignoreOthers ? 1 : 0);
    }

    /**
     * Describes the columns.
     *
     * @return such as {@code ReportColumns[target=[target, 指标], …]}
     */
    @Override
    public String toString() {
        return "ReportColumns" + names + (ignoreOthers ? " ignoring other columns" : "");
    }
}
