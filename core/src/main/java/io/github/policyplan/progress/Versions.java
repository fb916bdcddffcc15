package io.github.policyplan.progress;

import io.github.policyplan.model.Recorded;
import io.github.policyplan.model.Report;
import io.github.policyplan.model.ReportVersion;
import io.github.policyplan.model.Value;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Optional;

/**
 * Every version of the reports on one target that have a record time or more than one version, in
 * order of date, then of record time (a date alone counting as the start of that day; a version
 * without a record time as the start of its report's date), then of addition. The last version of a
 * date is the one in force, the one the log's blocks hold.
 *
 * <p>A version's record time is packed in a {@code long}: seconds since the epoch times two, plus one
 * when a time of day was given; {@link #NONE} when none was. About 40 bytes a version.
 *
 * <p>Immutable and thread-safe: the arrays are never written after construction.
 */
final class Versions {

    /** No record time. */
    static final long NONE = Long.MIN_VALUE;

    private final String target;
    private final int[] days;
    private final long[] recorded;
    private final Value[] values;
    private final String[] sources;
    private final String[] notes;
    private final String[] evidence;
    /** The latest day from which any version is known. */
    final int maxKnown;

    private Versions(String target, int[] days, long[] recorded, Value[] values, String[] sources, String[] notes,
            String[] evidence) {
        this.target = target;
        this.days = days;
        this.recorded = recorded;
        this.values = values;
        this.sources = sources;
        this.notes = notes;
        this.evidence = evidence;
        int max = Integer.MIN_VALUE;
        for (int i = 0; i < days.length; i++) {
            max = Math.max(max, knownDay(i));
        }
        this.maxKnown = max;
    }

    static Versions empty(String target) {
        return new Versions(target, new int[0], new long[0], new Value[0], new String[0], new String[0], new String[0]);
    }

    static long pack(Optional<Recorded> recorded) {
        if (recorded.isEmpty()) {
            return NONE;
        }
        Recorded r = recorded.get();
        long seconds = r.date().toEpochDay() * 86_400L + r.time().map(LocalTime::toSecondOfDay).orElse(0);
        return seconds * 2 + (r.time().isPresent() ? 1 : 0);
    }

    static Optional<Recorded> unpack(long packed) {
        if (packed == NONE) {
            return Optional.empty();
        }
        long seconds = packed >> 1;
        LocalDate date = LocalDate.ofEpochDay(Math.floorDiv(seconds, 86_400L));
        if ((packed & 1) == 0) {
            return Optional.of(Recorded.on(date));
        }
        return Optional.of(new Recorded(date, Optional.of(LocalTime.ofSecondOfDay(Math.floorMod(seconds, 86_400L)))));
    }

    /** The order of a version among those of its date: seconds of its record time. */
    private long order(int i) {
        return recorded[i] == NONE ? days[i] * 86_400L : recorded[i] >> 1;
    }

    int size() {
        return days.length;
    }

    String target() {
        return target;
    }

    /** The day from which version i is known. */
    int knownDay(int i) {
        return recorded[i] == NONE ? days[i] : (int) Math.floorDiv(recorded[i] >> 1, 86_400L);
    }

    /** The first version of a day, or where it would be. */
    int from(int day) {
        int lo = 0;
        int hi = days.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (days[mid] < day) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** One past the last version of a day. */
    int to(int day) {
        return from(day + 1 > day ? day + 1 : day);
    }

    boolean has(int day) {
        int f = from(day);
        return f < days.length && days[f] == day;
    }

    /**
     * The last version of a day known on a day.
     *
     * @return its index; -1 when the day has versions but none known then; -2 when the day has none
     */
    int lastKnown(int day, int knownOn) {
        int f = from(day);
        int t = to(day);
        if (f == t) {
            return -2;
        }
        for (int i = t - 1; i >= f; i--) {
            if (knownDay(i) <= knownOn) {
                return i;
            }
        }
        return -1;
    }

    int day(int i) {
        return days[i];
    }

    Value value(int i) {
        return values[i];
    }

    boolean isLevel(int i) {
        return values[i] instanceof Value.Level;
    }

    double amount(int i) {
        return ((Value.Amount) values[i]).value();
    }

    long recorded(int i) {
        return recorded[i];
    }

    String source(int i) {
        return sources[i];
    }

    String note(int i) {
        return notes[i];
    }

    String evidence(int i) {
        return evidence[i];
    }

    ReportVersion version(int i) {
        Report r = new Report(target, LocalDate.ofEpochDay(days[i]), values[i], Optional.ofNullable(sources[i]),
                Optional.ofNullable(notes[i]), Optional.ofNullable(evidence[i]));
        return new ReportVersion(r, unpack(recorded[i]));
    }

    /** Whether a version of a day recorded at {@code packed} would be the last of its day, the one in force. */
    boolean isLast(int day, long packed) {
        int t = to(day);
        long order = packed == NONE ? day * 86_400L : packed >> 1;
        return t == from(day) || order >= order(t - 1);
    }

    /**
     * Returns these versions and one more, placed after those of its date recorded no later.
     *
     * @return the new versions and the new one's index
     */
    Versions with(int day, long packed, Value value, String source, String note, String evidence) {
        int f = from(day);
        int t = to(day);
        long order = packed == NONE ? day * 86_400L : packed >> 1;
        int at = t;
        while (at > f && order(at - 1) > order) {
            at--;
        }
        return new Versions(target, insert(days, at, day), insert(recorded, at, packed), insert(values, at, value),
                insert(sources, at, source), insert(notes, at, note), insert(this.evidence, at, evidence));
    }

    /** These versions without those not known on a day; null when none is left. */
    Versions knownOn(int day) {
        int n = 0;
        for (int i = 0; i < days.length; i++) {
            n += knownDay(i) <= day ? 1 : 0;
        }
        if (n == days.length) {
            return this;
        }
        if (n == 0) {
            return null;
        }
        int[] d = new int[n];
        long[] r = new long[n];
        Value[] v = new Value[n];
        String[] s = new String[n];
        String[] no = new String[n];
        String[] e = new String[n];
        int k = 0;
        for (int i = 0; i < days.length; i++) {
            if (knownDay(i) <= day) {
                d[k] = days[i];
                r[k] = recorded[i];
                v[k] = values[i];
                s[k] = sources[i];
                no[k] = notes[i];
                e[k++] = evidence[i];
            }
        }
        return new Versions(target, d, r, v, s, no, e);
    }

    private static int[] insert(int[] a, int at, int x) {
        int[] out = Arrays.copyOf(a, a.length + 1);
        System.arraycopy(a, at, out, at + 1, a.length - at);
        out[at] = x;
        return out;
    }

    private static long[] insert(long[] a, int at, long x) {
        long[] out = Arrays.copyOf(a, a.length + 1);
        System.arraycopy(a, at, out, at + 1, a.length - at);
        out[at] = x;
        return out;
    }

    private static <T> T[] insert(T[] a, int at, T x) {
        T[] out = Arrays.copyOf(a, a.length + 1);
        System.arraycopy(a, at, out, at + 1, a.length - at);
        out[at] = x;
        return out;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Versions)) {
            return false;
        }
        Versions v = (Versions) o;
        return target.equals(v.target) && Arrays.equals(days, v.days) && Arrays.equals(recorded, v.recorded)
                && Arrays.equals(values, v.values) && Arrays.equals(sources, v.sources) && Arrays.equals(notes, v.notes)
                && Arrays.equals(evidence, v.evidence);
    }

    @Override
    public int hashCode() {
        return 31 * target.hashCode() + Arrays.hashCode(recorded) + 7 * Arrays.hashCode(values);
    }
}
