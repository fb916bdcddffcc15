package io.github.policyplan.progress;

import io.github.policyplan.model.Report;
import io.github.policyplan.model.Value;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;

/**
 * The reports on one target, in date order, at most one a day, held column by column in primitive
 * arrays: the date as an epoch day, the value as a {@code double} or a level name, and the optional
 * texts (an array only where some report has one). A {@link Report} is built only when asked for.
 * About 12 bytes a numeric report without texts, instead of about 150 for the records.
 *
 * <p>Immutable and thread-safe: the arrays are never written after construction.
 */
final class Series {

    final String target;
    /** Epoch days, strictly increasing. */
    final int[] days;
    /** Numbers; null when every value is a level. */
    final double[] amounts;
    /** Level names, null where the value is a number; the array is null when every value is a number. */
    final String[] levels;
    final String[] sources;
    final String[] notes;
    final String[] evidence;

    Series(String target, int[] days, double[] amounts, String[] levels, String[] sources, String[] notes,
            String[] evidence) {
        this.target = target;
        this.days = days;
        this.amounts = amounts;
        this.levels = levels;
        this.sources = sources;
        this.notes = notes;
        this.evidence = evidence;
    }

    int size() {
        return days.length;
    }

    int day(int i) {
        return days[i];
    }

    boolean isLevel(int i) {
        return levels != null && levels[i] != null;
    }

    double amount(int i) {
        return amounts[i];
    }

    LocalDate date(int i) {
        return LocalDate.ofEpochDay(days[i]);
    }

    Value value(int i) {
        return isLevel(i) ? Value.level(levels[i]) : Value.of(amounts[i]);
    }

    Report report(int i) {
        return new Report(target, date(i), value(i), text(sources, i), text(notes, i), text(evidence, i));
    }

    private static Optional<String> text(String[] texts, int i) {
        return texts == null ? Optional.empty() : Optional.ofNullable(texts[i]);
    }

    /**
     * Finds the last report on or before a day.
     *
     * @param day an epoch day
     * @return its index, or -1 when every report is later
     */
    int floor(long day) {
        if (day > Integer.MAX_VALUE) {
            return days.length - 1;
        }
        if (day < Integer.MIN_VALUE) {
            return -1;
        }
        int found = Arrays.binarySearch(days, (int) day);
        return found >= 0 ? found : -found - 2;
    }

    /** Returns the reports as an unmodifiable list view that builds each report when asked. */
    List<Report> asList() {
        return new View();
    }

    private final class View extends AbstractList<Report> implements RandomAccess {
        @Override
        public Report get(int index) {
            return report(Objects.checkIndex(index, days.length));
        }

        @Override
        public int size() {
            return days.length;
        }
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Series)) {
            return false;
        }
        Series s = (Series) o;
        return target.equals(s.target) && Arrays.equals(days, s.days) && Arrays.equals(amounts, s.amounts)
                && Arrays.equals(levels, s.levels) && Arrays.equals(sources, s.sources)
                && Arrays.equals(notes, s.notes) && Arrays.equals(evidence, s.evidence);
    }

    @Override
    public int hashCode() {
        int h = target.hashCode();
        h = 31 * h + Arrays.hashCode(days);
        h = 31 * h + Arrays.hashCode(amounts);
        h = 31 * h + Arrays.hashCode(levels);
        h = 31 * h + Arrays.hashCode(sources);
        h = 31 * h + Arrays.hashCode(notes);
        return 31 * h + Arrays.hashCode(evidence);
    }

    /** Receives a conflict found while a series is built. */
    @FunctionalInterface
    interface Conflicts {
        /**
         * Reports two different values for one target and day.
         *
         * @param target the target
         * @param date   the day
         * @param first  the tag of the report kept (the earlier one added)
         * @param kept   its value
         * @param second the tag of the report that conflicts with it
         * @param other  its value
         */
        void conflict(String target, LocalDate date, int first, Value kept, int second, Value other);
    }

    /**
     * Collects reports on one target in any order and builds the series: sorted by date, a report
     * that repeats an earlier one's date and value dropped (the earlier one's texts are kept), one
     * with the same date and another value reported as a conflict and dropped. Each report carries
     * a tag (its index in a file, or -1 for one already in a log) to name it in conflicts. Not
     * thread-safe.
     */
    static final class Builder {

        private final String target;
        private int size;
        private int[] days = new int[4];
        private double[] amounts;
        private String[] levels;
        private String[] sources;
        private String[] notes;
        private String[] evidence;
        private int[] tags = new int[4];

        Builder(String target) {
            this.target = target;
        }

        /** Starts with a series' reports, tagged -1. */
        Builder(Series series) {
            this(series.target);
            int n = series.size();
            days = Arrays.copyOf(series.days, Math.max(4, n + n / 2));
            amounts = series.amounts == null ? null : Arrays.copyOf(series.amounts, days.length);
            levels = series.levels == null ? null : Arrays.copyOf(series.levels, days.length);
            sources = series.sources == null ? null : Arrays.copyOf(series.sources, days.length);
            notes = series.notes == null ? null : Arrays.copyOf(series.notes, days.length);
            evidence = series.evidence == null ? null : Arrays.copyOf(series.evidence, days.length);
            tags = new int[days.length];
            Arrays.fill(tags, 0, n, -1);
            size = n;
        }

        /**
         * Adds a report.
         *
         * @param date     the date; its epoch day must fit an {@code int}
         * @param value    the value; -0 is stored as 0
         * @param source   the source, or null (an empty text counts as none)
         * @param note     the note, or null
         * @param evidence the evidence, or null
         * @param tag      names the report in conflicts
         * @param texts    shares equal texts between reports, to save memory
         */
        void add(LocalDate date, Value value, String source, String note, String evidence, int tag,
                Map<String, String> texts) {
            long day = date.toEpochDay();
            if (day < Integer.MIN_VALUE || day > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("a progress log holds dates from " + LocalDate.ofEpochDay(
                        Integer.MIN_VALUE) + " to " + LocalDate.ofEpochDay(Integer.MAX_VALUE) + " (was " + date + ")");
            }
            if (size == days.length) {
                grow();
            }
            days[size] = (int) day;
            if (value instanceof Value.Level) {
                if (levels == null) {
                    levels = new String[days.length];
                }
                levels[size] = intern(((Value.Level) value).name(), texts);
            } else {
                if (amounts == null) {
                    amounts = new double[days.length];
                }
                double d = ((Value.Amount) value).value();
                amounts[size] = d == 0 ? 0 : d;
            }
            sources = put(sources, source, texts);
            notes = put(notes, note, texts);
            this.evidence = put(this.evidence, evidence, texts);
            tags[size] = tag;
            size++;
        }

        private String[] put(String[] array, String text, Map<String, String> texts) {
            if (text == null || text.isEmpty()) {
                return array;
            }
            String[] a = array == null ? new String[days.length] : array;
            a[size] = intern(text, texts);
            return a;
        }

        private static String intern(String text, Map<String, String> texts) {
            String shared = texts.putIfAbsent(text, text);
            return shared == null ? text : shared;
        }

        private void grow() {
            int n = days.length + (days.length >> 1) + 1;
            days = Arrays.copyOf(days, n);
            tags = Arrays.copyOf(tags, n);
            amounts = amounts == null ? null : Arrays.copyOf(amounts, n);
            levels = levels == null ? null : Arrays.copyOf(levels, n);
            sources = sources == null ? null : Arrays.copyOf(sources, n);
            notes = notes == null ? null : Arrays.copyOf(notes, n);
            evidence = evidence == null ? null : Arrays.copyOf(evidence, n);
        }

        private Value value(int i) {
            return levels != null && levels[i] != null ? Value.level(levels[i]) : Value.of(amounts[i]);
        }

        private boolean sameValue(int i, int j) {
            boolean li = levels != null && levels[i] != null;
            boolean lj = levels != null && levels[j] != null;
            if (li || lj) {
                return li && lj && levels[i].equals(levels[j]);
            }
            return Double.compare(amounts[i], amounts[j]) == 0;
        }

        /**
         * Builds the series.
         *
         * @param conflicts receives each conflict
         * @return the series, or null when no report was added
         */
        Series build(Conflicts conflicts) {
            if (size == 0) {
                return null;
            }
            boolean sorted = true;
            for (int i = 1; i < size; i++) {
                sorted &= days[i] > days[i - 1];
            }
            if (sorted) {
                // Already in date order without repeats (reports usually arrive so): copy, making no garbage,
                // so that consecutive series lie next to each other in memory.
                return new Series(target, Arrays.copyOf(days, size), amounts == null ? null : amountsOf(size),
                        trim(levels), trim(sources), trim(notes), trim(evidence));
            }
            // Sort by day, then by the order added: both packed in one long, sorted as primitives.
            long[] order = new long[size];
            for (int i = 0; i < size; i++) {
                order[i] = ((long) days[i] << 32) | i;
            }
            Arrays.sort(order);
            int[] keep = new int[size];
            int kept = 0;
            int first = -1;
            for (long packed : order) {
                int i = (int) packed;
                if (first >= 0 && days[first] == days[i]) {
                    if (!sameValue(first, i)) {
                        conflicts.conflict(target, LocalDate.ofEpochDay(days[i]), tags[first], value(first), tags[i],
                                value(i));
                    }
                    continue;
                }
                first = i;
                keep[kept++] = i;
            }
            int[] d = new int[kept];
            for (int k = 0; k < kept; k++) {
                d[k] = days[keep[k]];
            }
            return new Series(target, d, amountsOf(keep, kept), texts(levels, keep, kept), texts(sources, keep, kept),
                    texts(notes, keep, kept), texts(evidence, keep, kept));
        }

        /** The numbers of the first {@code n} reports, or null when every one is a level. */
        private double[] amountsOf(int n) {
            if (levels != null) {
                boolean any = false;
                for (int i = 0; i < n && !any; i++) {
                    any = levels[i] == null;
                }
                if (!any) {
                    return null;
                }
            }
            return Arrays.copyOf(amounts, n);
        }

        /** The texts of the first {@code size} reports, or null when none has one. */
        private String[] trim(String[] array) {
            if (array == null) {
                return null;
            }
            for (int i = 0; i < size; i++) {
                if (array[i] != null) {
                    return Arrays.copyOf(array, size);
                }
            }
            return null;
        }

        private double[] amountsOf(int[] keep, int kept) {
            if (amounts == null) {
                return null;
            }
            double[] out = new double[kept];
            boolean any = false;
            for (int k = 0; k < kept; k++) {
                int i = keep[k];
                any |= levels == null || levels[i] == null;
                out[k] = amounts[i];
            }
            return any ? out : null;
        }

        private static String[] texts(String[] array, int[] keep, int kept) {
            if (array == null) {
                return null;
            }
            String[] out = new String[kept];
            boolean any = false;
            for (int k = 0; k < kept; k++) {
                out[k] = array[keep[k]];
                any |= out[k] != null;
            }
            return any ? out : null;
        }
    }

    /** A fresh map for sharing equal texts while building. */
    static Map<String, String> texts() {
        return new HashMap<>();
    }
}
