package io.github.policyplan.progress;

import io.github.policyplan.model.Report;
import io.github.policyplan.model.Value;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * The reports on a run of consecutive targets of a plan (a slot each), held together in one set of
 * primitive arrays: slot {@code s}'s reports are at positions {@code starts[s]} to
 * {@code starts[s + 1]}, in date order. Reading a large log target after target then runs through
 * a few arrays in order, instead of through an object and two arrays a target; a log changes a
 * block by building a new one.
 *
 * <p>Immutable and thread-safe: the arrays are never written after construction.
 */
final class Block {

    private final int[] starts;
    private final int[] days;
    /** Numbers; null when every value is a level. */
    private final double[] amounts;
    /** Level names, null where the value is a number; each text array is null when no report has one. */
    private final String[] levels;
    private final String[] sources;
    private final String[] notes;
    private final String[] evidence;

    private Block(int[] starts, int[] days, double[] amounts, String[] levels, String[] sources, String[] notes,
            String[] evidence) {
        this.starts = starts;
        this.days = days;
        this.amounts = amounts;
        this.levels = levels;
        this.sources = sources;
        this.notes = notes;
        this.evidence = evidence;
    }

    /**
     * Packs series into a block.
     *
     * @param slots a series (or null) for each slot
     * @return the block, or null when every slot is null
     */
    static Block of(Series[] slots) {
        Block b = pack(null, slots);
        return b.reports() == 0 ? null : b;
    }

    /**
     * Returns a block like this one (or like an empty block of {@code slots} slots, when {@code old} is
     * null) with some slots' series replaced: copies the other slots' reports as they are.
     *
     * @param old     the block, or null
     * @param slots   how many slots
     * @param changed new series by slot
     * @return the new block
     */
    static Block with(Block old, int slots, Map<Integer, Series> changed) {
        Series[] replaced = new Series[slots];
        changed.forEach((slot, series) -> replaced[slot] = series);
        return pack(old, replaced);
    }

    /**
     * Returns a block like {@code old} (or like an empty block, when it is null) with the slots given a series
     * replaced by it: {@link #with(Block, int, Map)} with the new series by slot in an array.
     *
     * @param old      the block, or null
     * @param replaced a new series (or null, to keep the old one's reports) for each slot
     * @return the new block
     */
    static Block with(Block old, Series[] replaced) {
        return pack(old, replaced);
    }

    /** Packs the series given, and the old block's reports in the slots given none. */
    private static Block pack(Block old, Series[] replaced) {
        int slots = replaced.length;
        int[] starts = new int[slots + 1];
        int total = 0;
        boolean anyAmount = old != null && old.amounts != null;
        boolean anyLevel = old != null && old.levels != null;
        boolean anySource = old != null && old.sources != null;
        boolean anyNote = old != null && old.notes != null;
        boolean anyEvidence = old != null && old.evidence != null;
        for (int s = 0; s < slots; s++) {
            starts[s] = total;
            Series series = replaced[s];
            if (series != null) {
                total += series.size();
                anyAmount |= series.amounts != null;
                anyLevel |= series.levels != null;
                anySource |= series.sources != null;
                anyNote |= series.notes != null;
                anyEvidence |= series.evidence != null;
            } else if (old != null) {
                total += old.size(s);
            }
        }
        starts[slots] = total;
        Block b = new Block(starts, new int[total], anyAmount ? new double[total] : null,
                anyLevel ? new String[total] : null, anySource ? new String[total] : null,
                anyNote ? new String[total] : null, anyEvidence ? new String[total] : null);
        for (int s = 0; s < slots; s++) {
            Series series = replaced[s];
            int at = starts[s];
            if (series != null) {
                int n = series.size();
                System.arraycopy(series.days, 0, b.days, at, n);
                copyRange(series.amounts, 0, b.amounts, at, n);
                copyRange(series.levels, 0, b.levels, at, n);
                copyRange(series.sources, 0, b.sources, at, n);
                copyRange(series.notes, 0, b.notes, at, n);
                copyRange(series.evidence, 0, b.evidence, at, n);
            } else if (old != null && old.size(s) > 0) {
                int from = old.starts[s];
                int n = old.size(s);
                System.arraycopy(old.days, from, b.days, at, n);
                copyRange(old.amounts, from, b.amounts, at, n);
                copyRange(old.levels, from, b.levels, at, n);
                copyRange(old.sources, from, b.sources, at, n);
                copyRange(old.notes, from, b.notes, at, n);
                copyRange(old.evidence, from, b.evidence, at, n);
            }
        }
        return b;
    }

    /**
     * Makes a block of arrays already laid out as a block holds them (see {@link PlanRows}); they are
     * not copied and must not be written afterwards. Blocks may share arrays, each holding its run
     * of them: its {@code starts} then begin where its reports do, not at 0 ({@link ColumnLayout}).
     */
    static Block packed(int[] starts, int[] days, double[] amounts, String[] levels, String[] sources,
            String[] notes, String[] evidence) {
        return new Block(starts, days, amounts, levels, sources, notes, evidence);
    }

    private static void copyRange(Object from, int at, Object to, int into, int n) {
        if (from != null) {
            System.arraycopy(from, at, to, into, n);
        }
    }

    /** How many slots the block has. */
    int slots() {
        return starts.length - 1;
    }

    /** How many reports a slot has. */
    int size(int slot) {
        return starts[slot + 1] - starts[slot];
    }

    /** How many reports the block has. */
    int reports() {
        return starts[starts.length - 1] - starts[0];
    }

    /** The position of a slot's first report. */
    int start(int slot) {
        return starts[slot];
    }

    /**
     * Finds a slot's last report on or before a day.
     *
     * @param slot the slot
     * @param day  an epoch day
     * @return its position, or -1 when the slot has none that early
     */
    int floor(int slot, long day) {
        int from = starts[slot];
        int to = starts[slot + 1];
        if (day > Integer.MAX_VALUE) {
            return to > from ? to - 1 : -1;
        }
        if (day < Integer.MIN_VALUE) {
            return -1;
        }
        int found = Arrays.binarySearch(days, from, to, (int) day);
        int at = found >= 0 ? found : -found - 2;
        return at >= from ? at : -1;
    }

    int day(int position) {
        return days[position];
    }

    boolean isLevel(int position) {
        return levels != null && levels[position] != null;
    }

    double amount(int position) {
        return amounts[position];
    }

    Value value(int position) {
        return isLevel(position) ? Value.level(levels[position]) : Value.of(amounts[position]);
    }

    /** The report at a position, on the target given. */
    Report report(int position, String target) {
        return new Report(target, LocalDate.ofEpochDay(days[position]), value(position), text(sources, position),
                text(notes, position), text(evidence, position));
    }

    private static Optional<String> text(String[] texts, int i) {
        return texts == null ? Optional.empty() : Optional.ofNullable(texts[i]);
    }

    /** Copies every report's epoch day into an array, from an index; returns the index after them. */
    int copyDays(int[] into, int at) {
        int n = reports();
        System.arraycopy(days, starts[0], into, at, n);
        return at + n;
    }

    /**
     * Unpacks a slot's series.
     *
     * @param slot   the slot
     * @param target the target's id
     * @return the series, or null when the slot has no report
     */
    Series series(int slot, String target) {
        int from = starts[slot];
        int to = starts[slot + 1];
        if (from == to) {
            return null;
        }
        String[] lv = range(levels, from, to);
        double[] am = null;
        if (amounts != null) {
            for (int i = from; i < to && am == null; i++) {
                if (lv == null || lv[i - from] == null) {
                    am = Arrays.copyOfRange(amounts, from, to);
                }
            }
        }
        return new Series(target, Arrays.copyOfRange(days, from, to), am, lv, range(sources, from, to),
                range(notes, from, to), range(evidence, from, to));
    }

    /** The texts from {@code from} to {@code to}, or null when none is there. */
    private static String[] range(String[] texts, int from, int to) {
        if (texts == null) {
            return null;
        }
        for (int i = from; i < to; i++) {
            if (texts[i] != null) {
                return Arrays.copyOfRange(texts, from, to);
            }
        }
        return null;
    }
}
