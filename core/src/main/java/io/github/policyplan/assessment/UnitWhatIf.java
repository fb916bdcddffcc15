package io.github.policyplan.assessment;

import static io.github.policyplan.assessment.UnitWords.fmt;

import io.github.policyplan.core.Explanation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Stream;

/**
 * What it would take a unit to move up in its pool: the score it needs to gain for the next rank,
 * the next grade and the next flag, and the targets whose improvement would get it there soonest.
 *
 * <p>Immutable and thread-safe; no component is null.
 *
 * @param unit      the unit's id
 * @param score     its score, if it has one
 * @param nextRank  the gain to draw level with the next unit above, if any
 * @param nextGrade the gain to reach the next grade's minimum, if any
 * @param nextFlag  the gain to reach the score of the next flag's holder, if any
 * @param levers    the targets behind the score, by the most each could add if raised to 100
 * @param soonest   the fewest targets whose full improvement would close the smallest gap
 * @param explanation the what-if in words
 */
public record UnitWhatIf(String unit, OptionalDouble score, Optional<Gap> nextRank, Optional<Gap> nextGrade,
        Optional<Gap> nextFlag, List<Lever> levers, List<String> soonest, Explanation explanation) {

    /**
     * Copies the lists.
     *
     * @param unit        the unit's id
     * @param score       its score, if it has one
     * @param nextRank    the gain to draw level with the next unit above, if any
     * @param nextGrade   the gain to reach the next grade's minimum, if any
     * @param nextFlag    the gain to reach the score of the next flag's holder, if any
     * @param levers      the targets behind the score, by the most each could add if raised to 100
     * @param soonest     the fewest targets whose full improvement would close the smallest gap
     * @param explanation the what-if in words
     */
    public UnitWhatIf {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(nextRank, "nextRank");
        Objects.requireNonNull(nextGrade, "nextGrade");
        Objects.requireNonNull(nextFlag, "nextFlag");
        levers = List.copyOf(levers);
        soonest = List.copyOf(soonest);
        Objects.requireNonNull(explanation, "explanation");
    }

    /**
     * A gap to close.
     *
     * @param what   what would be reached: {@code rank 2}, a grade, a flag
     * @param holder who holds it now, or the grade's minimum
     * @param gain   the score to gain
     */
    public record Gap(String what, String holder, double gain) {
    }

    /**
     * A target behind the score, and the most it could add.
     *
     * @param id      the target's (or peer metric's) id
     * @param title   its title
     * @param role    how it counts
     * @param score   its score now, if any
     * @param maxGain how much the unit's score would rise if this target scored 100
     */
    public record Lever(String id, String title, Role role, OptionalDouble score, double maxGain) {
    }

    static UnitWhatIf of(PoolResult pool, String unitId, List<AssessmentScheme.GradeBand> bands) {
        UnitResult me = pool.unit(unitId);
        if (me.score().isEmpty()) {
            return new UnitWhatIf(unitId, OptionalDouble.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), List.of(), List.of(), Explanation.of(me.name() + " has no score yet",
                            me.name() + "尚无得分"));
        }
        boolean vetoed = vetoed(me);
        Optional<Gap> nextRank = nextRank(pool, me);
        // Under 一票否决 a higher score moves a unit only among the vetoed: its grade and flags stay out of reach.
        Optional<Gap> nextGrade = vetoed ? Optional.empty() : nextGrade(me, bands);
        Optional<Gap> nextFlag = vetoed ? Optional.empty() : nextFlag(pool, me);
        List<Lever> levers = levers(me);
        double need = Stream.of(nextRank, nextGrade, nextFlag).flatMap(Optional::stream).mapToDouble(Gap::gain)
                .filter(gain -> gain > 0).min().orElse(Double.POSITIVE_INFINITY);
        List<String> soonest = soonest(levers, need);
        return new UnitWhatIf(unitId, me.score(), nextRank, nextGrade, nextFlag, levers, soonest,
                words(me, nextRank, nextGrade, nextFlag, levers, soonest, need));
    }

    private static boolean vetoed(UnitResult u) {
        return u.vetoes().stream().anyMatch(v -> v.kind() == AssessmentScheme.VetoKind.VETO);
    }

    /** The gap to the unit just above: the last of those ranked before it, vetoed or not as it is. */
    private static Optional<Gap> nextRank(PoolResult pool, UnitResult me) {
        double own = me.score().getAsDouble();
        Optional<Gap> next = Optional.empty();
        for (UnitResult u : pool.ranking()) {
            if (u.rank() > 0 && u.rank() < me.rank() && vetoed(u) == vetoed(me)) {
                next = Optional.of(new Gap("rank " + u.rank(), u.name(), u.score().getAsDouble() - own));
            }
        }
        return next;
    }

    /** The gap to the last unit ranked before it that holds a flag other than its own. */
    private static Optional<Gap> nextFlag(PoolResult pool, UnitResult me) {
        double own = me.score().getAsDouble();
        Optional<Gap> next = Optional.empty();
        for (UnitResult u : pool.ranking()) {
            if (u.rank() > 0 && u.rank() < me.rank() && u.flag().isPresent() && !u.flag().equals(me.flag())) {
                next = Optional.of(new Gap(u.flag().get(), u.name(), u.score().getAsDouble() - own));
            }
        }
        return next;
    }

    /** The gap to the minimum of the grade above its own, when the score is below it. */
    private static Optional<Gap> nextGrade(UnitResult me, List<AssessmentScheme.GradeBand> bands) {
        double own = me.score().getAsDouble();
        Optional<Gap> next = Optional.empty();
        for (int i = 1; i < bands.size(); i++) {
            if (me.grade().isPresent() && bands.get(i).name().equals(me.grade().get())) {
                double min = bands.get(i - 1).min().orElseThrow();
                if (min > own) {
                    next = Optional.of(new Gap(bands.get(i - 1).name(), "≥ " + fmt(min), min - own));
                }
            }
        }
        return next;
    }

    /**
     * What each contribution could add if it scored 100: its weight's share of the rise for a scored one;
     * for one without a score, the change of the mean once it counts with 100.
     */
    private static List<Lever> levers(UnitResult me) {
        double total = 0;
        for (Contribution c : me.contributions()) {
            if (c.score().isPresent()) {
                total += c.weight();
            }
        }
        double base = me.base().orElse(0);
        List<Lever> levers = new ArrayList<>();
        for (Contribution c : me.contributions()) {
            double gain = c.score().isPresent() ? c.weight() / total * Math.max(0, 100 - c.score().getAsDouble())
                    : (c.weight() * 100 + total * base) / (total + c.weight()) - base;
            levers.add(new Lever(c.id(), c.title(), c.role(), c.score(), Math.max(0, gain)));
        }
        levers.sort(Comparator.comparingDouble(Lever::maxGain).reversed().thenComparing(Lever::id));
        return levers;
    }

    /** The fewest levers, largest first, whose gains add up to the need; none when they cannot. */
    private static List<String> soonest(List<Lever> levers, double need) {
        List<String> soonest = new ArrayList<>();
        double sum = 0;
        for (Lever l : levers) {
            if (sum >= need || Double.isInfinite(need)) {
                break;
            }
            soonest.add(l.id());
            sum += l.maxGain();
        }
        return sum < need ? List.of() : soonest;
    }

    private static Explanation words(UnitResult me, Optional<Gap> nextRank, Optional<Gap> nextGrade,
            Optional<Gap> nextFlag, List<Lever> levers, List<String> soonest, double need) {
        double own = me.score().getAsDouble();
        StringBuilder en = new StringBuilder(me.name() + " scores " + fmt(own) + " ("
                + (me.rank() > 0 ? "rank " + me.rank() : "not ranked") + ")");
        StringBuilder zh = new StringBuilder(me.name() + "得分" + fmt(own) + "（"
                + (me.rank() > 0 ? "第" + me.rank() + "名" : "不参加排名") + "）");
        if (vetoed(me)) {
            en.append("; under veto, a higher score changes neither its grade nor a flag, and it stays after every"
                    + " unit not vetoed");
            zh.append("；一票否决，得分提高不改变等次和旗帜，仍排在未被否决的单位之后");
        }
        nextRank.ifPresent(g -> {
            en.append("; +").append(fmt(g.gain())).append(" to draw level with ").append(g.holder()).append(" (")
                    .append(g.what()).append(")");
            zh.append("；再得").append(fmt(g.gain())).append("分可追平").append(g.holder()).append("（第")
                    .append(g.what().replace("rank ", "")).append("名）");
        });
        nextGrade.ifPresent(g -> {
            en.append("; +").append(fmt(g.gain())).append(" for ").append(g.what()).append(" (").append(g.holder())
                    .append(")");
            zh.append("；再得").append(fmt(g.gain())).append("分可达").append(g.what()).append("（")
                    .append(g.holder()).append("）");
        });
        nextFlag.ifPresent(g -> {
            en.append("; +").append(fmt(g.gain())).append(" for the ").append(g.what()).append(" (held by ")
                    .append(g.holder()).append(")");
            zh.append("；再得").append(fmt(g.gain())).append("分可争").append(g.what()).append("（现为")
                    .append(g.holder()).append("）");
        });
        if (!soonest.isEmpty()) {
            en.append("; soonest through ").append(String.join(", ", soonest));
            zh.append("；最快途径：").append(String.join("、", soonest));
        } else if (!levers.isEmpty() && !Double.isInfinite(need)) {
            double all = levers.stream().mapToDouble(Lever::maxGain).sum();
            en.append("; full marks on every target would add only ").append(fmt(all))
                    .append(": the gap needs a bonus or another unit's fall");
            zh.append("；即使全部目标满分也只能增加").append(fmt(all)).append("分，需加分或他人下滑");
        }
        return Explanation.of(en.toString(), zh.toString());
    }
}
