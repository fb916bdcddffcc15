package io.github.policyplan.progress;

import io.github.policyplan.internal.read.DateReader;
import io.github.policyplan.internal.read.Problems;
import io.github.policyplan.internal.read.StraySeparators;
import io.github.policyplan.internal.read.Texts;
import io.github.policyplan.model.Plan;
import io.github.policyplan.model.Target;
import io.github.policyplan.model.Value;
import io.github.policyplan.progress.ReportColumns.Column;
import java.nio.charset.CharacterCodingException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

/**
 * Binds the rows of a reports file for many plans, one at a time as {@link CsvScanner} reads them:
 * the header to columns, each row to its plan ({@link PlanLookup}), target, date and value, checked as
 * {@link ReportRules} checks a progress file's reports, into the plan's {@link PlanRows}. Plain fields
 * — ASCII digits, {@code 2023-06-30} — are read straight from the bytes; anything else goes through the
 * same rules and messages as the one-plan reader. Rows that fit are gathered even after a problem, so
 * that conflicts among them are found too (the load then yields nothing); a file with problems holds no
 * more than a good one would. Not thread-safe.
 */
final class BulkRows {

    private static final double[] POWERS = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13,
        1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

    /** The header named in problems. */
    static final String HEADER = "target,date,value,source,note";

    private final CsvScanner in;
    private final ReportColumns columns;
    private final Problems problems;
    private final int maxProblems;
    private final PlanLookup lookup;
    /** The field of each column, by ordinal; -1 when the header lacks it. */
    private final int[] at = new int[Column.values().length];
    private int width = -1;
    /** The column names of the header's fields, for the paths of warnings. */
    private String[] names = new String[0];
    private int row;
    /** The last target read: its plan, index and bytes, since rows usually come target after target. */
    private int lastPlan = -1;
    private int lastTarget = -1;
    private byte[] lastBytes = new byte[64];
    private int lastLength = -1;
    private final TextCache[] texts = {new TextCache(), new TextCache(), new TextCache()};

    BulkRows(CsvScanner in, ReportColumns columns, PlanLookup lookup, Problems problems, int maxProblems) {
        this.in = in;
        this.columns = columns;
        this.lookup = lookup;
        this.problems = problems;
        this.maxProblems = maxProblems;
        Arrays.fill(at, -1);
    }

    /** How many data rows were read. */
    int rows() {
        return row;
    }

    /** Whether the header was read. */
    boolean headed() {
        return width >= 0;
    }

    /**
     * Binds the row the scanner holds.
     *
     * @return false when reading must stop: the header is wrong, or a field is not UTF-8
     */
    boolean bind() throws CharacterCodingException {
        if (width < 0) {
            return header();
        }
        int r = row++;
        if (!width(r)) {
            return true;
        }
        for (int f = 0; f < width; f++) {
            if (BulkSpaces.mayEndInOtherSpace(in.buf, in.start[f], in.end[f])) {
                BulkSpaces.warn(in.text(f), in.line(f), in.column(f), "reports[" + r + "]." + names[f], problems);
            }
        }
        int target = target(r);
        int plan = lastPlan;
        int day = date(r, target < 0 ? -1 : plan);
        int f = at[Column.VALUE.ordinal()];
        if (empty(f, r, Column.VALUE) || target < 0) {
            return true;
        }
        PlanRows rows = lookup.rows(plan);
        if (rows.numeric[target] && !in.quoted(f)) {
            double v = number(f);
            if (v >= rows.least[target] && v <= rows.greatest[target]) {
                if (day >= 0) {
                    rows.add(target, day, v, where(f));
                    optionalTexts(rows);
                }
                return true;
            }
        }
        slowValue(rows, target, day, f, r);
        return true;
    }

    /**
     * Packs where a report was written into one long, for {@link PlanRows}: its row (31 bits), its value's
     * line less the row (22 bits) and the value's column (11 bits; a later column reads as 2047).
     */
    static long where(int row, int line, int column) {
        return ((long) row << 33) | ((long) Math.min(line - row, 0x3FFFFF) << 11) | Math.min(column, 2047);
    }

    static int rowOf(long where) {
        return (int) (where >>> 33);
    }

    static int lineOf(long where) {
        return rowOf(where) + (int) ((where >>> 11) & 0x3FFFFF);
    }

    static int columnOf(long where) {
        return (int) (where & 2047);
    }

    private long where(int f) {
        return where(row - 1, in.line(f), in.column(f));
    }

    private void optionalTexts(PlanRows rows) throws CharacterCodingException {
        int s = at[Column.SOURCE.ordinal()];
        int n = at[Column.NOTE.ordinal()];
        int e = at[Column.EVIDENCE.ordinal()];
        if (s >= 0 || n >= 0 || e >= 0) {
            rows.texts(texts[0].text(s), texts[1].text(n), texts[2].text(e));
        }
    }

    /** A value the fast path does not read: a level, a quoted or unusual number, a percentage, one outside its measure's range, a mistake. */
    private void slowValue(PlanRows rows, int target, int day, int f, int r)
            throws CharacterCodingException {
        Target t = rows.plan.targets().get(target);
        ReportRules.Cell cell = ReportRules.Cell.csv(in.text(f).strip(), in.line(f), in.column(f));
        ReportRules.Checked checked = RunningTotals.inDomain(t, ReportRules.checkValue(t, cell));
        String p = path("value", r);
        checked.issue().ifPresent(issue -> problems.add(cell.line(), cell.column(), p, issue.message(),
                issue.hint()));
        checked.note().ifPresent(note -> problems.note(cell.line(), cell.column(), p, note));
        if (checked.value().isEmpty() || day < 0) {
            return;
        }
        Value v = checked.value().get();
        if (v instanceof Value.Level level) {
            rows.addLevel(target, day, level.name(), where(r, cell.line(), cell.column()));
        } else {
            rows.add(target, day, ((Value.Amount) v).value(), where(r, cell.line(), cell.column()));
        }
        optionalTexts(rows);
    }

    private String path(String field, int r) {
        return "reports[" + r + "]." + field;
    }

    /** Checks the row has as many fields as the header. */
    private boolean width(int r) {
        int n = in.fields;
        if (n == width) {
            return true;
        }
        String path = "reports[" + r + "]";
        if (n > width) {
            boolean emptyTail = true;
            for (int i = width; i < n; i++) {
                emptyTail &= in.end[i] == in.start[i];
            }
            problems.add(in.line(width), in.column(width), path, "the row has " + n + " fields; the header has "
                    + width, Optional.of(emptyTail ? "remove the trailing comma" + (n - width > 1 ? "s" : "")
                            : "quote a field that holds a comma: \"a, b\""));
        } else {
            problems.add(in.line(0), in.column(0), path, "the row has " + n + " field" + (n == 1 ? "" : "s")
                    + "; the header has " + width, Optional.of("write every field, an empty one too: a row of "
                            + width + " fields has " + (width - 1) + " commas"));
        }
        return false;
    }

    /** Whether a required field is empty, reporting it. */
    private boolean empty(int f, int r, Column c) {
        for (int i = in.start[f]; i < in.end[f]; i++) {
            byte b = in.buf[i];
            if (b != ' ' && b != '\t') {
                return false;
            }
        }
        problems.add(in.line(f), in.column(f), path(c.key(), r), "'" + c.key() + "' is empty", Optional.of(
                c == Column.TARGET ? TreeReports.TARGET_ADVICE : c == Column.DATE ? TreeReports.DATE_ADVICE
                        : TreeReports.VALUE_ADVICE));
        return true;
    }

    /** The row's target index in its plan (the plan left in {@link #lastPlan}), or -1 after a problem. */
    private int target(int r) throws CharacterCodingException {
        int f = at[Column.TARGET.ordinal()];
        int p = at[Column.PLAN.ordinal()];
        if (empty(f, r, Column.TARGET) || (p >= 0 && empty(p, r, Column.PLAN))) {
            return -1;
        }
        int length = in.end[f] - in.start[f];
        boolean samePlan = p < 0 || lookup.isLast(in, p);
        if (samePlan && lastTarget >= 0 && in.same(f, lastBytes, lastLength)) {
            return lastTarget;
        }
        PlanLookup.Found found = lookup.find(in, p, f, path("target", r), problems, problems.total() < maxProblems);
        lastPlan = found.plan();
        lastTarget = found.target();
        lastLength = -1;
        if (found.target() >= 0 && !in.quoted(f)) {
            if (length > lastBytes.length) {
                lastBytes = new byte[length * 2];
            }
            System.arraycopy(in.buf, in.start[f], lastBytes, 0, length);
            lastLength = length;
        }
        return found.target();
    }

    /** The row's date as an epoch day within the plan's period, or -1 after a problem. */
    private int date(int r, int plan) throws CharacterCodingException {
        int f = at[Column.DATE.ordinal()];
        if (empty(f, r, Column.DATE)) {
            return -1;
        }
        long day = in.quoted(f) ? Long.MIN_VALUE : isoDay(in.buf, in.start[f], in.end[f]);
        if (day == Long.MIN_VALUE) {
            String text = in.text(f).strip();
            Optional<LocalDate> date = DateReader.CANONICAL_ONLY.read(text, true, in.line(f), in.column(f),
                    () -> path("date", r), problems);
            if (date.isEmpty()) {
                return -1;
            }
            day = date.get().toEpochDay();
        }
        if (plan < 0) {
            return -1;
        }
        PlanRows rows = lookup.rows(plan);
        if (day < rows.firstDay || day > rows.lastDay) {
            Optional<ReportRules.Issue> outside = ReportRules.checkDate(LocalDate.ofEpochDay(day), rows.plan);
            problems.add(in.line(f), in.column(f), path("date", r), outside.map(ReportRules.Issue::message)
                    .orElse("the date is outside the plan period"), outside.flatMap(ReportRules.Issue::hint));
            return -1;
        }
        return (int) day;
    }

    /**
     * Reads {@code yyyy-mm-dd} or {@code yyyy-mm} (the month's last day) from bytes, or returns
     * Long.MIN_VALUE for any other form or an impossible date, which the slow path then reports.
     */
    static long isoDay(byte[] b, int from, int to) {
        while (from < to && b[from] == ' ') {
            from++;
        }
        while (to > from && b[to - 1] == ' ') {
            to--;
        }
        int n = to - from;
        if ((n != 10 && n != 7) || b[from + 4] != '-' || (n == 10 && b[from + 7] != '-')) {
            return Long.MIN_VALUE;
        }
        int year = digits(b, from, 4);
        int month = digits(b, from + 5, 2);
        int day = n == 10 ? digits(b, from + 8, 2) : 0;
        if (year < 0 || month < 1 || month > 12 || day < 0) {
            return Long.MIN_VALUE;
        }
        boolean leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        int length = month == 2 ? (leap ? 29 : 28) : (month == 4 || month == 6 || month == 9 || month == 11) ? 30 : 31;
        if (n == 10 && (day < 1 || day > length)) {
            return Long.MIN_VALUE;
        }
        return LocalDate.of(year, month, n == 10 ? day : length).toEpochDay();
    }

    private static int digits(byte[] b, int from, int count) {
        int v = 0;
        for (int i = from; i < from + count; i++) {
            int d = b[i] - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            v = v * 10 + d;
        }
        return v;
    }

    /**
     * Reads a plain decimal number from a field's bytes — an optional sign, digits, an optional point
     * and digits, surrounding spaces — exactly as {@code new BigDecimal(text).doubleValue()} would: at
     * most 15 significant digits and 22 decimals, so that one division by a power of ten, exact on both
     * sides, rounds once. Anything else returns NaN, for the slow path.
     */
    double number(int f) {
        byte[] b = in.buf;
        int i = in.start[f];
        int to = in.end[f];
        while (i < to && b[i] == ' ') {
            i++;
        }
        while (to > i && b[to - 1] == ' ') {
            to--;
        }
        boolean negative = false;
        if (i < to && (b[i] == '-' || b[i] == '+')) {
            negative = b[i] == '-';
            i++;
        }
        long mantissa = 0;
        int digits = 0;
        int decimals = -1;
        for (; i < to; i++) {
            int d = b[i] - '0';
            if (d >= 0 && d <= 9) {
                if (digits > 0 || d > 0) {
                    digits++;
                }
                mantissa = mantissa * 10 + d;
                decimals += decimals >= 0 ? 1 : 0;
            } else if (b[i] == '.' && decimals < 0) {
                decimals = 0;
            } else {
                return Double.NaN;
            }
            if (digits > 15) {
                return Double.NaN;
            }
        }
        int places = Math.max(0, decimals);
        if (places > 22 || !anyDigit(b, in.start[f], to)) {
            return Double.NaN;
        }
        double v = places == 0 ? mantissa : mantissa / POWERS[places];
        return negative ? -v : v;
    }

    private static boolean anyDigit(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] >= '0' && b[i] <= '9') {
                return true;
            }
        }
        return false;
    }

    /** Maps the header's cells to columns; false when it is wrong (its rows cannot be read then). */
    private boolean header() throws CharacterCodingException {
        int before = problems.total();
        width = in.fields;
        String[] cells = new String[width];
        names = new String[width];
        boolean any = false;
        for (int f = 0; f < width; f++) {
            cells[f] = in.text(f);
            any |= columns.column(cells[f]) != null;
        }
        String line = String.join(",", cells);
        if (CsvShape.excelSeparatorLine(line, in.line(0), HEADER, problems)
                || any && width > 1 && CsvShape.headerEndsWithComma(line, in.line(0), problems)) {
            return false;
        }
        if (!any) {
            problems.add(in.line(0), 1, "", "the first line is not a header: it names none of the columns (found '"
                    + Texts.abbreviate(String.join(",", cells)) + "')", Optional.of("add a header as the first line,"
                            + " such as " + HEADER));
            return false;
        }
        for (int f = 0; f < width; f++) {
            Column c = columns.column(cells[f]);
            if (c == null) {
                if (!columns.ignoresOtherColumns()) {
                    problems.add(in.line(f), in.column(f), "", "unexpected column '" + Texts.abbreviate(cells[f])
                            + "' in the header", Optional.of(Texts.didYouMean(cells[f].strip(), columns.allNames())
                                    .orElse("the columns are " + HEADER + ", evidence and plan;"
                                            + " ReportColumns.ignoringOtherColumns() skips others")));
                }
            } else if (at[c.ordinal()] >= 0) {
                problems.add(in.line(f), in.column(f), "", "the header names the column " + c.key() + " twice",
                        Optional.of("keep one of the two"));
            } else {
                at[c.ordinal()] = f;
            }
            names[f] = c == null ? cells[f].strip() : c.key();
        }
        for (Column c : Column.values()) {
            if (c.required() && at[c.ordinal()] < 0) {
                problems.add(in.line(0), 1, "", "the header lacks the column " + c.key(), Optional.of(
                        "name it " + String.join(" or ", columns.names(c))));
            }
        }
        lookup.columns(at[Column.PLAN.ordinal()] >= 0);
        return problems.total() == before;
    }

    /** Decodes an optional text column, sharing the string of the row before when the bytes are the same. */
    private final class TextCache {
        private byte[] bytes = new byte[64];
        private int length = -1;
        private String text;

        String text(int f) throws CharacterCodingException {
            if (f < 0 || in.end[f] == in.start[f]) {
                return null;
            }
            if (in.same(f, bytes, length)) {
                separators(f);
                return text;
            }
            text = in.text(f);
            separators(f);
            int n = in.end[f] - in.start[f];
            if (n > bytes.length) {
                bytes = new byte[n * 2];
            }
            System.arraycopy(in.buf, in.start[f], bytes, 0, n);
            length = in.quoted(f) ? -1 : n;
            return text.isEmpty() ? null : text;
        }

        /** Warns at a line or paragraph separator or a byte-order mark in the text, as the one-plan reader. */
        private void separators(int f) {
            if (StraySeparators.holdsOne(text)) {
                StraySeparators.warnInField(text, in.line(f), in.column(f) + (in.quoted(f) ? 1 : 0), in.quoted(f),
                        problems);
            }
        }
    }
}
