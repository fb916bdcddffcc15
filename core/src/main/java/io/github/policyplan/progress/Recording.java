package io.github.policyplan.progress;

import io.github.policyplan.model.Report;
import io.github.policyplan.model.ReportVersion;
import io.github.policyplan.model.Value;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Records versions of reports in a log (报送 and 更正): a version of a report the log does not have adds
 * it; one of a report it has is a correction, kept in the log's {@link ReportHistory} with the
 * versions before it, and in force when it was recorded last. Stateless.
 */
final class Recording {

    private Recording() {
    }

    /**
     * Records versions, in the order given.
     *
     * @throws IllegalArgumentException when a version was recorded before its report's date
     */
    static ProgressLog record(ProgressLog log, Collection<ReportVersion> versions) {
        Map<String, Versions> history = new LinkedHashMap<>();
        Map<String, TreeMap<Integer, Report>> inForce = new LinkedHashMap<>();
        for (ReportVersion v : versions) {
            Objects.requireNonNull(v, "versions must not contain null");
            Report r = v.report();
            if (v.recorded().isPresent() && v.recorded().get().date().isBefore(r.date())) {
                throw new IllegalArgumentException(recordedTooEarly(r, v));
            }
            String t = r.target();
            int day = day(r.date());
            Versions h = history.containsKey(t) ? history.get(t) : log.history().of(t);
            Report current = current(log, inForce, t, r.date());
            if (current == null) {
                inForce.computeIfAbsent(t, k -> new TreeMap<>()).put(day, r);
                if (v.recorded().isPresent()) {
                    history.put(t, with(h, t, day, v));
                }
                continue;
            }
            if (v.recorded().isEmpty() && current.equals(r) && (h == null || !h.has(day))) {
                continue;
            }
            if (h == null || !h.has(day)) {
                h = with(h, t, day, new ReportVersion(current, Optional.empty()));
            }
            boolean last = h.isLast(day, Versions.pack(v.recorded()));
            history.put(t, with(h, t, day, v));
            if (last) {
                inForce.computeIfAbsent(t, k -> new TreeMap<>()).put(day, r);
            }
        }
        return log.replacing(inForce).withHistory(log.history().with(history));
    }

    static String recordedTooEarly(Report r, ReportVersion v) {
        return "the report on " + r.target() + " as of " + r.date() + " is recorded on " + v.recorded().orElseThrow()
                + ", before its own date";
    }

    private static int day(LocalDate date) {
        return Math.toIntExact(date.toEpochDay());
    }

    private static Versions with(Versions h, String target, int day, ReportVersion v) {
        Versions base = h == null ? Versions.empty(target) : h;
        Report r = v.report();
        Value value = r.value() instanceof Value.Amount a && a.value() == 0 ? Value.of(0) : r.value();
        return base.with(day, Versions.pack(v.recorded()), value, text(r.source()), text(r.note()), text(r.evidence()));
    }

    private static String text(Optional<String> text) {
        return text.filter(t -> !t.isEmpty()).orElse(null);
    }

    private static Report current(ProgressLog log, Map<String, TreeMap<Integer, Report>> inForce, String target,
            LocalDate date) {
        TreeMap<Integer, Report> pending = inForce.get(target);
        Report p = pending == null ? null : pending.get(day(date));
        if (p != null) {
            return p;
        }
        return log.latest(target, date).filter(r -> r.date().equals(date)).orElse(null);
    }

    /**
     * Builds the series of targets with some reports replaced or added.
     *
     * @param log     the log
     * @param changes the reports in force from now on, by target and epoch day
     * @return new series builders by target
     */
    static Map<String, Series.Builder> replaced(ProgressLog log, Map<String, TreeMap<Integer, Report>> changes) {
        Map<String, Series.Builder> builders = new LinkedHashMap<>();
        Map<String, String> texts = Series.texts();
        for (Map.Entry<String, TreeMap<Integer, Report>> e : changes.entrySet()) {
            Series.Builder b = new Series.Builder(e.getKey());
            Map<Integer, Report> left = new HashMap<>(e.getValue());
            List<Report> all = new ArrayList<>(log.series(e.getKey()));
            for (Report r : all) {
                Report kept = left.remove(day(r.date()));
                add(b, kept == null ? r : kept, texts);
            }
            for (Report r : e.getValue().values()) {
                if (left.containsKey(day(r.date()))) {
                    add(b, r, texts);
                }
            }
            builders.put(e.getKey(), b);
        }
        return builders;
    }

    private static void add(Series.Builder b, Report r, Map<String, String> texts) {
        b.add(r.date(), r.value(), r.source().orElse(null), r.note().orElse(null), r.evidence().orElse(null), 0, texts);
    }

    /** The versions of one report, for {@link ProgressLog#versions(String, LocalDate)}. */
    static List<ReportVersion> versions(ProgressLog log, String targetId, LocalDate date) {
        Versions v = log.history().of(targetId);
        int day = Math.toIntExact(date.toEpochDay());
        if (v != null && v.has(day)) {
            List<ReportVersion> out = new ArrayList<>();
            for (int i = v.from(day); i < v.to(day); i++) {
                out.add(v.version(i));
            }
            return List.copyOf(out);
        }
        return log.latest(targetId, date).filter(r -> r.date().equals(date))
                .map(r -> List.of(new ReportVersion(r, Optional.empty()))).orElse(List.of());
    }
}
