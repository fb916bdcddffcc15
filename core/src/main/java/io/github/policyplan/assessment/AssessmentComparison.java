package io.github.policyplan.assessment;

import io.github.policyplan.core.Explanation;
import io.github.policyplan.core.NumberText;
import io.github.policyplan.scoring.Comparison;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * What changed between two assessment results, unit by unit, and why: as {@link Comparison} does for
 * scorecards. For each unit whose score, rank, grade, flag or place on the red or black list differs, the
 * changes of the targets behind it (one it leads, cooperates on, is assigned or has a part of), each with
 * its cause — a new report, a correction, a revision, a rule change — or, when no target behind it
 * changed, a change of the scheme (another scheme, other adjustments or vetoes) or of other units of its
 * pool. Used to explain how a published assessment differs from the same one computed now.
 *
 * <pre>{@code
 * for (AssessmentComparison.Change c : AssessmentComparison.of(published, now)) {
 *     c.why().inChinese();   // 县科技局：得分83.33 → 100，排名第2 → 第1；s1.i1.t1（牵头）：得分 83.3 → 100；更正：…
 * }
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class AssessmentComparison {

    private AssessmentComparison() {
    }

    /** Why a unit's result changed. */
    public enum Cause {
        /** A target behind it has a report dated later than before. */
        NEW_REPORT,
        /** A report of a target behind it was corrected. */
        CORRECTION,
        /** A target behind it was revised, added or withdrawn. */
        REVISION,
        /** A target behind it has the same report and definition but another score: rules, settings or date. */
        RULE_CHANGE,
        /** Nothing behind it changed: the scheme, its adjustments or vetoes did. */
        SCHEME_CHANGE,
        /** Only its place moved: other units of its pool scored otherwise. */
        OTHER_UNITS
    }

    /**
     * One unit whose result changed.
     *
     * @param pool    the pool's id
     * @param unit    the unit's id
     * @param changed what changed, of {@code score}, {@code rank}, {@code grade}, {@code flag}, {@code list}
     * @param targets the changes of the targets behind the unit, in plan order
     * @param causes  why, each cause once, in the order found
     * @param why     the change in words
     */
    public record Change(String pool, String unit, List<String> changed, List<Comparison.Change> targets,
            List<Cause> causes, Explanation why) {
        /**
         * Copies the lists.
         *
         * @param pool    the pool's id
         * @param unit    the unit's id
         * @param changed what changed
         * @param targets the changes of the targets behind the unit
         * @param causes  why
         * @param why     the change in words
         */
        public Change {
            Objects.requireNonNull(pool, "pool");
            Objects.requireNonNull(unit, "unit");
            changed = List.copyOf(changed);
            targets = List.copyOf(targets);
            causes = List.copyOf(causes);
            Objects.requireNonNull(why, "why");
        }
    }

    /**
     * Lists the units whose result differs between two assessments of the same plan and period, pool by
     * pool in the later result's order, units in the pool's order of the later result.
     *
     * @param before the earlier result, such as the one published
     * @param after  the later result
     * @return the changes; empty when every unit's result is the same
     * @throws IllegalArgumentException when the results are of different plans or periods
     */
    public static List<Change> of(AssessmentResult before, AssessmentResult after) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        if (!before.period().equals(after.period())) {
            throw new IllegalArgumentException("cannot compare an assessment of " + before.period() + " with one of "
                    + after.period());
        }
        Map<String, Comparison.Change> targets = new LinkedHashMap<>();
        for (Comparison.Change c : Comparison.of(before.scorecard(), after.scorecard())) {
            targets.put(c.target(), c);
        }
        boolean otherScheme = !before.scheme().equals(after.scheme());
        List<Change> out = new ArrayList<>();
        for (PoolResult pool : after.pools()) {
            Optional<PoolResult> old = before.pools().stream().filter(p -> p.id().equals(pool.id())).findFirst();
            List<String> moved = new ArrayList<>();
            for (UnitResult u : pool.ranking()) {
                Optional<UnitResult> was = old.flatMap(p -> find(p, u.unit()));
                if (was.isEmpty() || !was.get().score().equals(u.score())) {
                    moved.add(u.name());
                }
            }
            for (UnitResult u : pool.ranking()) {
                Optional<UnitResult> was = old.flatMap(p -> find(p, u.unit()));
                List<String> changed = changed(was, u, old, pool);
                if (!changed.isEmpty()) {
                    String[] lists = {was.isEmpty() ? "" : list(old.orElseThrow(), u.unit()), list(pool, u.unit())};
                    out.add(change(pool, was, u, changed, lists, targets, otherScheme, moved));
                }
            }
        }
        return List.copyOf(out);
    }

    private static Optional<UnitResult> find(PoolResult pool, String unit) {
        return pool.ranking().stream().filter(u -> u.unit().equals(unit)).findFirst();
    }

    private static List<String> changed(Optional<UnitResult> was, UnitResult u, Optional<PoolResult> old,
            PoolResult pool) {
        List<String> out = new ArrayList<>();
        if (was.isEmpty()) {
            return List.of("score", "rank", "grade", "flag", "list");
        }
        UnitResult b = was.get();
        if (!b.score().equals(u.score())) {
            out.add("score");
        }
        if (b.rank() != u.rank()) {
            out.add("rank");
        }
        if (!b.grade().equals(u.grade())) {
            out.add("grade");
        }
        if (!b.flag().equals(u.flag())) {
            out.add("flag");
        }
        if (!list(old.orElseThrow(), b.unit()).equals(list(pool, u.unit()))) {
            out.add("list");
        }
        return out;
    }

    /** The list a unit is on: red, black or none. */
    private static String list(PoolResult pool, String unit) {
        return pool.redList().contains(unit) ? "red" : pool.blackList().contains(unit) ? "black" : "";
    }

    private static Change change(PoolResult pool, Optional<UnitResult> was, UnitResult u, List<String> changed,
            String[] lists, Map<String, Comparison.Change> targets, boolean otherScheme, List<String> moved) {
        Map<String, Role> behind = new LinkedHashMap<>();
        was.ifPresent(b -> b.contributions().forEach(c -> behind.putIfAbsent(c.id(), c.role())));
        u.contributions().forEach(c -> behind.putIfAbsent(c.id(), c.role()));
        List<Comparison.Change> mine = new ArrayList<>();
        List<String> en = new ArrayList<>();
        List<String> zh = new ArrayList<>();
        Set<Cause> causes = new LinkedHashSet<>();
        for (Map.Entry<String, Role> e : behind.entrySet()) {
            Comparison.Change c = targets.get(e.getKey());
            if (c != null) {
                mine.add(c);
                causes.add(Cause.valueOf(c.cause().name()));
                en.add("(" + e.getValue().english() + ") " + c.why().inEnglish());
                zh.add("（" + e.getValue().chinese() + "）" + c.why().inChinese());
            }
        }
        if (otherScheme || (mine.isEmpty() && changed.contains("score"))) {
            causes.add(Cause.SCHEME_CHANGE);
            en.add("the scheme, its adjustments or vetoes changed");
            zh.add("考核方案或加减分、否决事项有变");
        } else if (mine.isEmpty()) {
            causes.add(Cause.OTHER_UNITS);
            List<String> others = moved.stream().filter(n -> !n.equals(u.name())).toList();
            en.add("other units' scores changed: " + String.join(", ", others));
            zh.add("同组其他单位得分变化：" + String.join("、", others));
        }
        List<String> diff = differences(was, u, false);
        List<String> diffZh = differences(was, u, true);
        if (!lists[0].equals(lists[1])) {
            diff.add("list " + listName(lists[0], false) + " → " + listName(lists[1], false));
            diffZh.add("榜单" + listName(lists[0], true) + " → " + listName(lists[1], true));
        }
        String head = u.name() + ": " + String.join(", ", diff);
        String headZh = u.name() + "：" + String.join("，", diffZh);
        return new Change(pool.id(), u.unit(), changed, mine, List.copyOf(causes), Explanation.of(head + "; "
                + String.join("; ", en), headZh + "；" + String.join("；", zh)));
    }

    private static List<String> differences(Optional<UnitResult> was, UnitResult u, boolean chinese) {
        List<String> out = new ArrayList<>();
        OptionalDouble sb = was.map(UnitResult::score).orElse(OptionalDouble.empty());
        if (was.isEmpty() || !sb.equals(u.score())) {
            out.add((chinese ? "得分" : "score ") + show(sb) + " → " + show(u.score()));
        }
        int rb = was.map(UnitResult::rank).orElse(0);
        if (rb != u.rank()) {
            out.add(chinese ? "排名" + rank(rb, true) + " → " + rank(u.rank(), true)
                    : "rank " + rank(rb, false) + " → " + rank(u.rank(), false));
        }
        Optional<String> gb = was.flatMap(UnitResult::grade);
        if (!gb.equals(u.grade())) {
            out.add((chinese ? "等次" : "grade ") + gb.orElse("—") + " → " + u.grade().orElse("—"));
        }
        Optional<String> fb = was.flatMap(UnitResult::flag);
        if (!fb.equals(u.flag())) {
            out.add((chinese ? "旗帜" : "flag ") + fb.orElse("—") + " → " + u.flag().orElse("—"));
        }
        return out;
    }

    private static String listName(String list, boolean chinese) {
        if (list.isEmpty()) {
            return "—";
        }
        return chinese ? (list.equals("red") ? "红榜" : "黑榜") : list + " list";
    }

    private static String rank(int rank, boolean chinese) {
        return rank == 0 ? "—" : chinese ? "第" + rank : String.valueOf(rank);
    }

    private static String show(OptionalDouble score) {
        return score.isPresent() ? NumberText.format(score.getAsDouble()) : "—";
    }
}
