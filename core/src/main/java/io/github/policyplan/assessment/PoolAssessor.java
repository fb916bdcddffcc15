package io.github.policyplan.assessment;

import io.github.policyplan.core.Explanation;
import static io.github.policyplan.assessment.UnitWords.fmt;

import io.github.policyplan.assessment.AssessmentScheme.Pool;
import io.github.policyplan.assessment.AssessmentScheme.VetoKind;
import io.github.policyplan.assessment.AssessmentScheme.VetoedRanking;
import io.github.policyplan.model.Plan;
import io.github.policyplan.rollup.Completeness;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Assesses one pool at a time, in the order of {@link Assessment}'s steps: bases ({@link UnitBases},
 * {@link PeerScores}), adjustments and vetoes ({@link Adjusting}), rank, grades ({@link Grading}),
 * flags, significance of the order, and the red and black lists ({@link Awarding}). Made once per
 * scheme and plan; immutable and thread-safe (each call works on drafts of its own).
 */
final class PoolAssessor {

    private final AssessmentScheme scheme;
    private final Plan plan;
    private final Plan issued;
    private final UnitBases bases;
    private final Adjusting adjusting;
    private final Grading grading;
    private final Awarding awarding;

    PoolAssessor(AssessmentScheme scheme, Plan plan) {
        this(scheme, plan, plan);
    }

    /**
     * Makes the assessor of a plan in force under revisions.
     *
     * @param scheme the scheme
     * @param plan   the plan in force at the period's end
     * @param issued the plan as issued, where a withdrawn target is still found
     */
    PoolAssessor(AssessmentScheme scheme, Plan plan, Plan issued) {
        this.scheme = scheme;
        this.plan = plan;
        this.issued = issued;
        this.bases = new UnitBases(scheme, plan);
        this.adjusting = new Adjusting(scheme);
        this.grading = new Grading(scheme);
        this.awarding = new Awarding(scheme);
    }

    /**
     * Assesses a pool.
     *
     * @param pool     the pool
     * @param card     the target scores at the period's end
     * @param quarters the target scores at the ends of Q1–Q4 for an annual period with quarter weights; else empty
     * @param period   the period, which adjustments and vetoes are dated in
     * @param missing  each unit's reports missing in the period (under {@code reporting:}; else empty)
     * @return the pool's result: ranked units in rank order (ties by id), then unranked units by id
     */
    PoolResult assess(Pool pool, TargetScores card, List<TargetScores> quarters, AssessmentPeriod period,
            Map<String, List<Completeness.Missing>> missing) {
        boolean leaveVetoedOut = scheme.ranking().vetoed() == VetoedRanking.UNRANKED;
        List<UnitDraft> ranked = new ArrayList<>();
        List<UnitDraft> vetoedOut = new ArrayList<>();
        List<UnitDraft> unranked = new ArrayList<>();
        for (UnitDraft d : drafts(pool, card, quarters, period, missing)) {
            if (d.score.isEmpty()) {
                unranked.add(d);
            } else if (leaveVetoedOut && d.vetoed(VetoKind.VETO)) {
                vetoedOut.add(d);
            } else {
                ranked.add(d);
            }
        }
        rank(ranked);
        rank(vetoedOut);
        List<UnitDraft> graded = new ArrayList<>(ranked);
        graded.addAll(vetoedOut);
        grading.grade(graded, pool.units().size());
        List<String> blackList = awarding.blackList(ranked);
        awarding.flags(ranked, blackList);
        significance(ranked);
        List<String> redList = awarding.redList(ranked);
        List<UnitResult> results = new ArrayList<>();
        for (UnitDraft d : ranked) {
            results.add(d.result(pool.name(), ranked.size(), scheme.grades()));
        }
        for (UnitDraft d : vetoedOut) {
            d.rank = 0;
            d.notes.add(Explanation.of("veto: left out of the ranking", "一票否决：不参加排名"));
            results.add(d.result(pool.name(), ranked.size(), scheme.grades()));
        }
        unranked.sort(Comparator.comparing(d -> d.unit));
        for (UnitDraft d : unranked) {
            d.notes.add(Explanation.of("unranked: no score", "不排名：无得分"));
            results.add(d.result(pool.name(), ranked.size(), scheme.grades()));
        }
        return new PoolResult(pool.id(), pool.name(), results, redList, blackList);
    }

    /** Each unit of the pool with its base, adjustments and vetoes, in the pool's order. */
    private List<UnitDraft> drafts(Pool pool, TargetScores card, List<TargetScores> quarters,
            AssessmentPeriod period, Map<String, List<Completeness.Missing>> missing) {
        PeerScores peers = PeerScores.of(scheme, plan, pool, card.card());
        List<PeerScores> quarterPeers = new ArrayList<>();
        for (TargetScores q : quarters) {
            quarterPeers.add(PeerScores.of(scheme, plan, pool, q.card()));
        }
        List<UnitDraft> drafts = new ArrayList<>();
        for (String unit : pool.units()) {
            Base base = quarters.isEmpty() ? bases.ofTargets(unit, peers, card)
                    : bases.ofQuarters(unit, quarterPeers, quarters, peers, card);
            UnitDraft d = new UnitDraft(unit, plan.department(unit).orElseThrow().name(), base);
            adjusting.apply(d, period, missing.getOrDefault(unit, List.of()));
            d.notes.addAll(RevisionNotes.of(scheme, issued, plan, unit));
            drafts.add(d);
        }
        return drafts;
    }

    /**
     * Orders the units by rounded score, highest first, tied units by id (so that the order of units in
     * the scheme never matters), and ranks them: tied units share a rank (1, 2, 2, 4). Units under
     * 一票否决 come after every unit that is not vetoed, in the same order among themselves.
     */
    private void rank(List<UnitDraft> ranked) {
        for (UnitDraft d : ranked) {
            d.rounded = rounded(d.score.getAsDouble());
        }
        ranked.sort((a, b) -> {
            int c = Boolean.compare(a.vetoed(VetoKind.VETO), b.vetoed(VetoKind.VETO));
            if (c == 0) {
                c = Double.compare(b.rounded, a.rounded);
            }
            return c != 0 ? c : a.unit.compareTo(b.unit);
        });
        boolean anyAhead = false;
        for (int i = 0; i < ranked.size(); i++) {
            UnitDraft d = ranked.get(i);
            d.rank = i > 0 && tied(ranked.get(i - 1), d) ? ranked.get(i - 1).rank : i + 1;
            boolean vetoed = d.vetoed(VetoKind.VETO);
            if (vetoed && anyAhead) {
                d.notes.add(Explanation.of("veto: ranked after every unit not vetoed",
                        "一票否决：排在未被否决的单位之后"));
            }
            anyAhead |= !vetoed;
        }
    }

    /** Whether two units share a rank: the same rounded score, and both vetoed or neither. */
    private static boolean tied(UnitDraft a, UnitDraft b) {
        return a.rounded == b.rounded && a.vetoed(VetoKind.VETO) == b.vetoed(VetoKind.VETO);
    }

    private double rounded(double score) {
        if (!Double.isFinite(score)) {
            return score;
        }
        return BigDecimal.valueOf(score).setScale(scheme.ranking().decimals(), RoundingMode.HALF_UP).doubleValue();
    }

    /** Notes, on both units, each pair of neighbours closer than the margin (a vetoed unit is not compared with one not vetoed). */
    private void significance(List<UnitDraft> ranked) {
        double margin = scheme.ranking().margin();
        String marginText = fmt(margin);
        for (int i = 0; i + 1 < ranked.size(); i++) {
            UnitDraft a = ranked.get(i);
            UnitDraft b = ranked.get(i + 1);
            if (a.vetoed(VetoKind.VETO) != b.vetoed(VetoKind.VETO)) {
                continue;
            }
            double gap = a.score.getAsDouble() - b.score.getAsDouble();
            if (gap < margin) {
                String gapText = fmt(gap);
                Explanation text = gap == 0
                        ? Explanation.of(a.name + " and " + b.name + " have the same score, " + fmt(a.score.getAsDouble()),
                                a.name + "与" + b.name + "得分相同（" + fmt(a.score.getAsDouble()) + "分）")
                        : Explanation.of(a.name + " and " + b.name + " differ by " + gapText + ", less than the margin "
                                + marginText + ": the order between them is not significant",
                                a.name + "与" + b.name + "差距" + gapText + "分，小于" + marginText + "分，排名差异不显著");
                a.notes.add(text);
                b.notes.add(text);
            }
        }
    }
}
