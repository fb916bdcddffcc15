package io.github.policyplan.assessment;

import io.github.policyplan.core.NumberText;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An assessment scheme: who is assessed in which pool, on what, how grades, adjustments, vetoes and
 * awards work, and which periods are assessed. Read one from YAML with {@link Assessments}, or build
 * it in Java from these records.
 *
 * <p>Immutable and thread-safe; no component is null.
 *
 * @param id          the scheme's id
 * @param title       its title, such as {@code 2023年招商引资争先夺旗考核}
 * @param planId      the id of the plan it assesses
 * @param pools       the pools units are ranked in (townships and departments separately)
 * @param credit      how targets count for their lead and cooperating units
 * @param assignments targets assigned to units directly, besides those they lead
 * @param peers       targets measured among peers and scored by rank
 * @param grades      the grade bands, best first, with quotas
 * @param adjustments bonus and penalty entries (加分 / 扣分)
 * @param caps        caps on bonus and penalty per unit and per category
 * @param vetoes      vetoes (一票否决, 一票否优)
 * @param awards      flags and red and black lists
 * @param annual      how the annual assessment is made
 * @param ranking     how scores are compared for rank
 * @param reporting   the penalty for missing reports (每缺报一次扣分), if any
 */
public record AssessmentScheme(String id, String title, String planId, List<Pool> pools, Credit credit,
        List<Assignment> assignments, List<PeerMetric> peers, List<GradeBand> grades, List<Adjustment> adjustments,
        Caps caps, List<Veto> vetoes, Awards awards, Annual annual, Ranking ranking,
        Optional<ReportingPenalty> reporting) {

    /**
     * Checks the components.
     *
     * @param id          the scheme's id
     * @param title       its title, such as {@code 2023年招商引资争先夺旗考核}
     * @param planId      the id of the plan it assesses
     * @param pools       the pools units are ranked in (townships and departments separately)
     * @param credit      how targets count for their lead and cooperating units
     * @param assignments targets assigned to units directly, besides those they lead
     * @param peers       targets measured among peers and scored by rank
     * @param grades      the grade bands, best first, with quotas
     * @param adjustments bonus and penalty entries (加分 / 扣分)
     * @param caps        caps on bonus and penalty per unit and per category
     * @param vetoes      vetoes (一票否决, 一票否优)
     * @param awards      flags and red and black lists
     * @param annual      how the annual assessment is made
     * @param ranking     how scores are compared for rank
     * @param reporting   the penalty for missing reports (每缺报一次扣分), if any
     */
    public AssessmentScheme {
        Objects.requireNonNull(reporting, "reporting");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(planId, "planId");
        pools = List.copyOf(pools);
        Objects.requireNonNull(credit, "credit");
        assignments = List.copyOf(assignments);
        peers = List.copyOf(peers);
        grades = List.copyOf(grades);
        adjustments = List.copyOf(adjustments);
        Objects.requireNonNull(caps, "caps");
        vetoes = List.copyOf(vetoes);
        Objects.requireNonNull(awards, "awards");
        Objects.requireNonNull(annual, "annual");
        Objects.requireNonNull(ranking, "ranking");
        if (pools.isEmpty()) {
            throw new IllegalArgumentException("a scheme needs at least one pool");
        }
        if (peers.stream().map(PeerMetric::id).distinct().count() != peers.size()) {
            throw new IllegalArgumentException("peer metrics need distinct ids");
        }
        if (grades.isEmpty() || grades.get(grades.size() - 1).min().isPresent()) {
            throw new IllegalArgumentException("grades need at least one band, and the last (lowest) has no minimum");
        }
        for (int i = 0; i < grades.size() - 1; i++) {
            if (grades.get(i).min().isEmpty()) {
                throw new IllegalArgumentException("every grade but the last needs a minimum (" + grades.get(i).name()
                        + " has none)");
            }
        }
        for (int i = 1; i < grades.size() - 1; i++) {
            if (grades.get(i).min().orElseThrow() >= grades.get(i - 1).min().orElseThrow()) {
                throw new IllegalArgumentException("grade minimums must fall from the best grade down (" + grades
                        .get(i).name() + " ≥ " + grades.get(i - 1).name() + ")");
            }
        }
    }

    /**
     * Creates a scheme without a penalty for missing reports.
     *
     * @param id          the scheme's id
     * @param title       its title
     * @param planId      the id of the plan it assesses
     * @param pools       the pools units are ranked in
     * @param credit      how targets count for their lead and cooperating units
     * @param assignments targets assigned to units directly
     * @param peers       targets measured among peers and scored by rank
     * @param grades      the grade bands, best first, with quotas
     * @param adjustments bonus and penalty entries
     * @param caps        caps on bonus and penalty
     * @param vetoes      vetoes
     * @param awards      flags and red and black lists
     * @param annual      how the annual assessment is made
     * @param ranking     how scores are compared for rank
     */
    public AssessmentScheme(String id, String title, String planId, List<Pool> pools, Credit credit,
            List<Assignment> assignments, List<PeerMetric> peers, List<GradeBand> grades, List<Adjustment> adjustments,
            Caps caps, List<Veto> vetoes, Awards awards, Annual annual, Ranking ranking) {
        this(id, title, planId, pools, credit, assignments, peers, grades, adjustments, caps, vetoes, awards, annual,
                ranking, Optional.empty());
    }

    /**
     * A pool: units ranked against each other.
     *
     * @param id    the pool's id, such as {@code townships}
     * @param name  its name, such as {@code 乡镇}
     * @param units the ids of its units, in the scheme's order
     */
    public record Pool(String id, String name, List<String> units) {
        /**
         * Copies the units.
         *
         * @param id    the pool's id, such as {@code townships}
         * @param name  its name, such as {@code 乡镇}
         * @param units the ids of its units, in the scheme's order
         */
        public Pool {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
            units = List.copyOf(units);
        }
    }

    /**
     * How a target counts for its units: the lead counts it at {@code lead} × its weight, each
     * cooperating unit at {@code cooperating} × its weight — or, when {@code split} is true, the
     * cooperating share is divided among the cooperating units.
     *
     * @param lead        the lead's share (1 by default; 0.7 in a 70/30 split)
     * @param cooperating each cooperating unit's share (0.3 by default), or the share all of them split
     * @param split       whether the cooperating share is divided among the cooperating units
     */
    public record Credit(double lead, double cooperating, boolean split) {
        /** The default: lead 1, cooperating 0.3 each. */
        public static final Credit DEFAULT = new Credit(1, 0.3, false);

        /**
         * Checks the shares.
         *
         * @param lead        the lead's share (1 by default; 0.7 in a 70/30 split)
         * @param cooperating each cooperating unit's share (0.3 by default), or the share all of them split
         * @param split       whether the cooperating share is divided among the cooperating units
         */
        public Credit {
            if (!(lead > 0) || !(cooperating >= 0) || lead > 1 || cooperating > 1) {
                throw new IllegalArgumentException("credit shares must be in (0, 1] for the lead and [0, 1] for"
                        + " cooperating units (was " + lead + ", " + cooperating + ")");
            }
        }
    }

    /**
     * Targets a unit answers for directly, whoever leads them in the plan.
     *
     * @param unit    the unit's id
     * @param targets the targets' ids
     */
    public record Assignment(String unit, List<String> targets) {
        /**
         * Copies the targets.
         *
         * @param unit    the unit's id
         * @param targets the targets' ids
         */
        public Assignment {
            Objects.requireNonNull(unit, "unit");
            targets = List.copyOf(targets);
        }
    }

    /** How a peer metric turns a unit's place among its peers into a score. */
    public enum PeerMethod {
        /** Points by rank from a list, then {@code step} less per rank (1st–5th: 60/57/54/51/48). */
        RANK_POINTS,
        /** 100 × the unit's value ÷ the best unit's (best ÷ value when lower is better). */
        PROPORTIONAL,
        /** 100 for the first, {@code floor} for the last, linear in the value between. */
        LINEAR
    }

    /**
     * A target measured among peers: one target per unit, the units scored by their place.
     *
     * @param id       the metric's id
     * @param name     its name
     * @param targets  unit id → target id
     * @param byValue  true to compare the reported values; false (default) the completion rates
     * @param method   how places become scores
     * @param points   for rank points, the points of the first ranks
     * @param step     for rank points, the points less per rank beyond the list
     * @param floor    for linear, the last unit's score; for rank points, the lowest score
     * @param weight   the metric's weight in each unit's score
     */
    public record PeerMetric(String id, String name, Map<String, String> targets, boolean byValue, PeerMethod method,
            List<Double> points, double step, double floor, double weight) {
        /**
         * Copies the maps and checks the numbers.
         *
         * @param id      the metric's id
         * @param name    its name
         * @param targets unit id → target id
         * @param byValue true to compare the reported values; false (default) the completion rates
         * @param method  how places become scores
         * @param points  for rank points, the points of the first ranks
         * @param step    for rank points, the points less per rank beyond the list
         * @param floor   for linear, the last unit's score; for rank points, the lowest score
         * @param weight  the metric's weight in each unit's score
         */
        public PeerMetric {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
            targets = Map.copyOf(targets);
            Objects.requireNonNull(method, "method");
            points = List.copyOf(points);
            if (!(weight > 0) || step < 0 || floor < 0) {
                throw new IllegalArgumentException("peer metric " + id + ": weight > 0, step ≥ 0, floor ≥ 0 (was "
                        + weight + ", " + step + ", " + floor + ")");
            }
            if (method == PeerMethod.RANK_POINTS && points.isEmpty()) {
                throw new IllegalArgumentException("peer metric " + id + ": rank points need a list of points");
            }
        }
    }

    /**
     * A grade band (等次).
     *
     * @param name  the grade, such as {@code 优秀}
     * @param min   the lowest score that earns it; empty for the lowest grade
     * @param quota the largest share of a pool that may have it, if limited (优秀 at most 30%)
     */
    public record GradeBand(String name, Optional<Double> min, Optional<Double> quota) {
        /**
         * Checks the components.
         *
         * @param name  the grade, such as {@code 优秀}
         * @param min   the lowest score that earns it; empty for the lowest grade
         * @param quota the largest share of a pool that may have it, if limited (优秀 at most 30%)
         */
        public GradeBand {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(min, "min");
            Objects.requireNonNull(quota, "quota");
            if (quota.isPresent() && !(quota.get() > 0 && quota.get() <= 1)) {
                throw new IllegalArgumentException("grade " + name + ": quota must be in (0, 1] (was " + quota.get()
                        + ")");
            }
        }
    }

    /** Whether an adjustment adds or takes away. */
    public enum AdjustmentKind {
        /** 加分. */
        BONUS,
        /** 扣分. */
        PENALTY
    }

    /**
     * A bonus or penalty entry.
     *
     * @param unit     the unit's id
     * @param kind     bonus or penalty
     * @param points   the points, above zero
     * @param category the category caps apply to, such as {@code 上级表彰}
     * @param reason   why
     * @param evidence a reference to the evidence, if given
     * @param date     when it was decided: it counts in the quarter holding that date and in that year
     */
    public record Adjustment(String unit, AdjustmentKind kind, double points, String category, String reason,
            Optional<String> evidence, LocalDate date) {
        /**
         * Checks the components.
         *
         * @param unit     the unit's id
         * @param kind     bonus or penalty
         * @param points   the points, above zero
         * @param category the category caps apply to, such as {@code 上级表彰}
         * @param reason   why
         * @param evidence a reference to the evidence, if given
         * @param date     when it was decided: it counts in the quarter holding that date and in that year
         */
        public Adjustment {
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(evidence, "evidence");
            Objects.requireNonNull(date, "date");
            if (!(points > 0) || !Double.isFinite(points)) {
                throw new IllegalArgumentException("adjustment points must be > 0 (was " + points + ")");
            }
        }
    }

    /**
     * Caps on adjustments, per unit and period.
     *
     * @param bonus      the most bonus a unit may earn in all, if capped
     * @param penalty    the most penalty a unit may lose in all, if capped
     * @param categories the most per category, by category
     */
    public record Caps(Optional<Double> bonus, Optional<Double> penalty, Map<String, Double> categories) {
        /** No caps. */
        public static final Caps NONE = new Caps(Optional.empty(), Optional.empty(), Map.of());

        /**
         * Copies the map.
         *
         * @param bonus      the most bonus a unit may earn in all, if capped
         * @param penalty    the most penalty a unit may lose in all, if capped
         * @param categories the most per category, by category
         */
        public Caps {
            Objects.requireNonNull(bonus, "bonus");
            Objects.requireNonNull(penalty, "penalty");
            categories = Map.copyOf(categories);
        }
    }

    /** What a veto takes away. */
    public enum VetoKind {
        /** 一票否决: the unit is graded lowest and takes no award. */
        VETO,
        /** 一票否优: the unit cannot have the top grade. */
        VETO_TOP_GRADE
    }

    /**
     * A veto.
     *
     * @param unit   the unit's id
     * @param kind   veto or veto of the top grade
     * @param reason why
     * @param date   when it was decided: it counts in the quarter holding that date and in that year
     */
    public record Veto(String unit, VetoKind kind, String reason, LocalDate date) {
        /**
         * Checks the components.
         *
         * @param unit   the unit's id
         * @param kind   veto or veto of the top grade
         * @param reason why
         * @param date   when it was decided: it counts in the quarter holding that date and in that year
         */
        public Veto {
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(date, "date");
        }
    }

    /** How tied units share flags. */
    public enum FlagTies {
        /** By competition rank (1, 2, 2, 4): tied units share a flag, and the flag of a skipped rank is not awarded. */
        STANDARD,
        /** By dense rank (1, 2, 2, 3): tied units share a flag, and the next unit takes the next flag. */
        DENSE
    }

    /**
     * Awards.
     *
     * @param flags     the flags for the first places of each pool, such as 冠军旗, 亚军旗, 季军旗
     * @param ties      how tied units share flags
     * @param redList   the size of the red list (红榜): units in the top N that met every target they lead; 0 for none
     * @param blackList the size of the black list (黑榜): units in the bottom N with a target missed or off track;
     *                  0 for none
     * @param exclusive whether a flag and the black list exclude each other (奖惩互斥, the default): a unit on the
     *                  black list receives no flag, and the flag goes to the next unit that may hold one; when
     *                  false, a unit may hold both
     */
    public record Awards(List<String> flags, FlagTies ties, int redList, int blackList, boolean exclusive) {
        /**
         * Copies the flags.
         *
         * @param flags     the flags for the first places of each pool, such as 冠军旗, 亚军旗, 季军旗
         * @param ties      how tied units share flags
         * @param redList   the size of the red list (红榜): units in the top N that met every target they lead; 0 for none
         * @param blackList the size of the black list (黑榜): units in the bottom N with a target missed or off track; 0 for none
         * @param exclusive whether a flag and the black list exclude each other (the default)
         */
        public Awards {
            flags = List.copyOf(flags);
            Objects.requireNonNull(ties, "ties");
            if (redList < 0 || blackList < 0) {
                throw new IllegalArgumentException("list sizes must be ≥ 0");
            }
        }

        /**
         * Awards in which a flag and the black list exclude each other (奖惩互斥), the default.
         *
         * @param flags     the flags for the first places of each pool
         * @param ties      how tied units share flags
         * @param redList   the size of the red list; 0 for none
         * @param blackList the size of the black list; 0 for none
         */
        public Awards(List<String> flags, FlagTies ties, int redList, int blackList) {
            this(flags, ties, redList, blackList, true);
        }
    }

    /**
     * How the annual assessment is made: the year-end scorecard, or a weighted combination of the
     * quarters' scores.
     *
     * @param quarterWeights the weights of Q1–Q4; empty for the year-end scorecard. They add up to 1 unless
     *                       {@code rescale} is set
     * @param rescale        whether weights that do not add up to 1 are accepted and the combination divided by
     *                       their sum (a quarter without a score is always left out, and the rest divided by the
     *                       weights counted)
     */
    public record Annual(List<Double> quarterWeights, boolean rescale) {
        /** The annual assessment is the year-end scorecard. */
        public static final Annual YEAR_END = new Annual(List.of());

        /**
         * Checks the weights.
         *
         * @param quarterWeights the weights of Q1–Q4; empty for the year-end scorecard
         * @param rescale        whether weights that do not add up to 1 are accepted
         */
        public Annual {
            quarterWeights = List.copyOf(quarterWeights);
            if (!quarterWeights.isEmpty()) {
                problem(quarterWeights, rescale).ifPresent(message -> {
                    throw new IllegalArgumentException(message);
                });
            }
        }

        /**
         * Weights of the quarters that must add up to 1.
         *
         * @param quarterWeights the weights of Q1–Q4; empty for the year-end scorecard
         */
        public Annual(List<Double> quarterWeights) {
            this(quarterWeights, false);
        }

        /**
         * Tells whether weights add up to 1, to within the rounding of decimal fractions.
         *
         * @param weights the weights
         * @return true when their sum is 1 to within 1e-9
         */
        public static boolean addsUpToOne(List<Double> weights) {
            return Math.abs(sum(weights) - 1) <= 1e-9;
        }

        private static double sum(List<Double> weights) {
            return weights.stream().mapToDouble(Double::doubleValue).sum();
        }

        /**
         * What is wrong with the weights of Q1–Q4, in the words the scheme reader uses too: not four numbers ≥ 0,
         * not all 0; or, unless rescaled, not adding up to 1. Empty when they are right.
         */
        static Optional<String> problem(List<Double> quarterWeights, boolean rescale) {
            if (quarterWeights.size() != 4 || quarterWeights.stream().anyMatch(w -> !(w >= 0))
                    || sum(quarterWeights) <= 0) {
                return Optional.of("annual weights are four numbers ≥ 0 for Q1–Q4, not all 0 (was " + quarterWeights
                        + ")");
            }
            if (!rescale && !addsUpToOne(quarterWeights)) {
                double sum = sum(quarterWeights);
                return Optional.of("annual weights add up to " + (Double.isFinite(sum) ? NumberText.exact(sum)
                        : Double.toString(sum)) + ", not 1 (was " + quarterWeights + ")");
            }
            return Optional.empty();
        }
    }

    /** Who keeps a grade with a quota when units tied in score straddle the quota's limit. */
    public enum QuotaTies {
        /** All the tied units move down: the quota is never exceeded (default). */
        DOWN,
        /** All the tied units keep the grade: the quota may be exceeded by the tie. */
        UP
    }

    /** Where a unit under 一票否决 stands in the ranking of its pool. */
    public enum VetoedRanking {
        /** After every unit that is not vetoed, in score order among the vetoed (default). */
        LAST,
        /** Left out of the ranking (no rank, no flag, on neither list), graded the lowest grade. */
        UNRANKED
    }

    /**
     * How scores are compared for rank.
     *
     * @param decimals  scores are compared rounded to this many decimals, as officials see them (default 2); equal
     *                  rounded scores share a rank
     * @param margin    adjacent units closer than this are flagged as not significantly different (default 0.5)
     * @param quotaTies who keeps a grade with a quota when tied units straddle its limit
     * @param vetoed    where units under 一票否决 stand: after every unit not vetoed (default), or unranked
     */
    public record Ranking(int decimals, double margin, QuotaTies quotaTies, VetoedRanking vetoed) {
        /** The defaults: 2 decimals, a margin of 0.5 points, tied units move down together, vetoed units last. */
        public static final Ranking DEFAULT = new Ranking(2, 0.5, QuotaTies.DOWN);

        /**
         * Checks the numbers.
         *
         * @param decimals  scores are compared rounded to this many decimals, as officials see them (default 2); equal rounded scores share a rank
         * @param margin    adjacent units closer than this are flagged as not significantly different (default 0.5)
         * @param quotaTies who keeps a grade with a quota when tied units straddle its limit
         * @param vetoed    where units under 一票否决 stand
         */
        public Ranking {
            Objects.requireNonNull(quotaTies, "quotaTies");
            Objects.requireNonNull(vetoed, "vetoed");
            if (decimals < 0 || decimals > 6 || !(margin >= 0)) {
                throw new IllegalArgumentException("ranking needs 0–6 decimals and a margin ≥ 0 (was " + decimals
                        + ", " + margin + ")");
            }
        }

        /**
         * A ranking with vetoed units after every unit not vetoed.
         *
         * @param decimals  scores are compared rounded to this many decimals
         * @param margin    adjacent units closer than this are flagged as not significantly different
         * @param quotaTies who keeps a grade with a quota when tied units straddle its limit
         */
        public Ranking(int decimals, double margin, QuotaTies quotaTies) {
            this(decimals, margin, quotaTies, VetoedRanking.LAST);
        }
    }
}
