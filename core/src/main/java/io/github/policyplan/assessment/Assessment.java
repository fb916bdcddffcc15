package io.github.policyplan.assessment;

import io.github.policyplan.assessment.AssessmentScheme.AdjustmentKind;
import io.github.policyplan.assessment.AssessmentScheme.GradeBand;
import io.github.policyplan.assessment.AssessmentScheme.PeerMetric;
import io.github.policyplan.assessment.AssessmentScheme.Pool;
import io.github.policyplan.assessment.AssessmentScheme.Veto;
import io.github.policyplan.assessment.AssessmentScheme.VetoKind;
import io.github.policyplan.core.NumberText;
import io.github.policyplan.model.Department;
import io.github.policyplan.model.Direction;
import io.github.policyplan.model.Goal;
import io.github.policyplan.model.Plan;
import io.github.policyplan.model.Target;
import io.github.policyplan.model.Value;
import io.github.policyplan.progress.ProgressLog;
import io.github.policyplan.core.Explanation;
import io.github.policyplan.scoring.NodeScore;
import io.github.policyplan.scoring.Scorecard;
import io.github.policyplan.scoring.Scoring;
import io.github.policyplan.scoring.Status;
import io.github.policyplan.scoring.TargetResult;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * A scheme bound to its plan and a scoring engine, ready to assess any period.
 *
 * <p>How a unit's score is made, in order:
 * <ol>
 *   <li><b>base</b>: the weighted mean of the scores of the targets behind it — those it leads (× the lead
 *       share of the target's weight), those it cooperates on (× the cooperating share, split among the
 *       cooperating units when the scheme says so), those assigned to it, and its peer metrics (scored by its
 *       place among its pool). Targets without a score are left out and say so. For the annual period with
 *       quarter weights, the weighted mean of the four quarters' bases;</li>
 *   <li><b>adjustments</b>: bonus and penalty entries dated in the period, each category capped, then the
 *       kind's total capped, in the order written;</li>
 *   <li><b>rank</b> within the pool, on scores rounded to the scheme's decimals, tied units sharing a rank
 *       (1, 2, 2, 4); units without a score are unranked;</li>
 *   <li><b>grade</b> by the bands, quotas filled in score order (units beyond a quota move down; ties at the
 *       limit move together, or stay together); a veto gives the lowest grade, a veto of the top grade at most
 *       the second;</li>
 *   <li><b>flags</b> to the first places among units not vetoed, ties by the scheme's rule; red and black
 *       lists.</li>
 * </ol>
 *
 * <p>Immutable and thread-safe.
 */
public final class Assessment {

    private final AssessmentScheme scheme;
    private final Plan plan;
    private final Scoring scoring;
    /** The targets each unit leads or cooperates on, in plan order. */
    private final Map<String, List<Target>> involved = new HashMap<>();

    /**
     * Binds a scheme to its plan.
     *
     * @param scheme  the scheme
     * @param plan    the plan it names
     * @param scoring the engine that scores the plan
     * @throws IllegalArgumentException when the scheme names another plan, or units or targets the plan lacks
     */
    public Assessment(AssessmentScheme scheme, Plan plan, Scoring scoring) {
        this.scheme = Objects.requireNonNull(scheme, "scheme");
        this.plan = Objects.requireNonNull(plan, "plan");
        this.scoring = Objects.requireNonNull(scoring, "scoring");
        List<String> problems = new ArrayList<>();
        if (!scheme.planId().equals(plan.id())) {
            problems.add("the scheme is for plan '" + scheme.planId() + "', not '" + plan.id() + "'");
        }
        Set<String> seen = new HashSet<>();
        for (Pool p : scheme.pools()) {
            for (String u : p.units()) {
                if (plan.department(u).isEmpty()) {
                    problems.add("pool " + p.id() + ": unknown unit '" + u + "'");
                }
                if (!seen.add(u)) {
                    problems.add("unit '" + u + "' is in more than one pool");
                }
            }
        }
        for (AssessmentScheme.Assignment a : scheme.assignments()) {
            for (String t : a.targets()) {
                if (plan.target(t).isEmpty()) {
                    problems.add("assignment to " + a.unit() + ": unknown target '" + t + "'");
                }
            }
        }
        for (PeerMetric m : scheme.peers()) {
            m.targets().forEach((u, t) -> {
                if (plan.target(t).isEmpty()) {
                    problems.add("peer metric " + m.id() + ": unknown target '" + t + "'");
                }
            });
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        for (Target t : plan.targets()) {
            involved.computeIfAbsent(t.lead(), k -> new ArrayList<>()).add(t);
            for (String c : t.cooperating()) {
                involved.computeIfAbsent(c, k -> new ArrayList<>()).add(t);
            }
        }
    }

    /**
     * Returns the scheme.
     *
     * @return the scheme
     */
    public AssessmentScheme scheme() {
        return scheme;
    }

    /**
     * Returns the plan assessed.
     *
     * @return the plan
     */
    public Plan plan() {
        return plan;
    }

    /**
     * Assesses a period.
     *
     * @param log    the progress reported against the plan
     * @param period a quarter or a year
     * @return the result
     */
    public AssessmentResult assess(ProgressLog log, AssessmentPeriod period) {
        Scorecard card = scoring.score(plan, log, period.end());
        List<Scorecard> quarters = new ArrayList<>();
        boolean weighted = period.isAnnual() && !scheme.annual().quarterWeights().isEmpty();
        if (weighted) {
            for (int q = 1; q <= 4; q++) {
                quarters.add(scoring.score(plan, log, AssessmentPeriod.quarter(period.start().getYear(), q).end()));
            }
        }
        List<PoolResult> pools = new ArrayList<>();
        for (Pool pool : scheme.pools()) {
            pools.add(pool(pool, card, quarters, period));
        }
        return new AssessmentResult(scheme.id(), period, pools, scheme.grades());
    }

    /** A unit's base and contributions, before adjustments. */
    private record Base(OptionalDouble score, List<Contribution> contributions, String english, String chinese) {
    }

    private Base base(String unit, Map<String, Map<String, Contribution>> peerScores, Scorecard card) {
        // A unit's own target in a peer metric counts through the metric, not by its own score.
        Set<String> peerTargets = new HashSet<>();
        for (PeerMetric m : scheme.peers()) {
            if (m.targets().containsKey(unit)) {
                peerTargets.add(m.targets().get(unit));
            }
        }
        Map<String, Contribution> byTarget = new LinkedHashMap<>();
        for (Target t : involved.getOrDefault(unit, List.of())) {
            if (peerTargets.contains(t.id())) {
                continue;
            }
            if (t.lead().equals(unit)) {
                byTarget.put(t.id(), contribution(t, Role.LEAD, scheme.credit().lead() * t.weight(), card));
            } else if (t.cooperating().contains(unit)) {
                double share = scheme.credit().split() ? scheme.credit().cooperating() / t.cooperating().size()
                        : scheme.credit().cooperating();
                if (share > 0) {
                    byTarget.put(t.id(), contribution(t, Role.COOPERATING, share * t.weight(), card));
                }
            }
        }
        for (AssessmentScheme.Assignment a : scheme.assignments()) {
            if (a.unit().equals(unit)) {
                for (String id : a.targets()) {
                    Target t = plan.target(id).orElseThrow();
                    byTarget.put(id, contribution(t, Role.ASSIGNED, t.weight(), card));
                }
            }
        }
        List<Contribution> all = new ArrayList<>(byTarget.values());
        for (PeerMetric m : scheme.peers()) {
            if (m.targets().containsKey(unit)) {
                all.add(peerScores.get(m.id()).get(unit));
            }
        }
        double num = 0;
        double den = 0;
        List<String> terms = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Contribution c : all) {
            if (c.score().isPresent()) {
                double score = c.score().getAsDouble();
                num += c.weight() * score;
                den += c.weight();
                lo = Math.min(lo, score);
                hi = Math.max(hi, score);
                terms.add(fmt(score) + " × " + fmt(c.weight()));
            } else {
                missing.add(c.id() + " (" + c.status().english() + ")");
            }
        }
        if (den == 0) {
            return new Base(OptionalDouble.empty(), all, "no target behind it has a score", "名下目标均无得分");
        }
        // A mean lies between its terms; rounding, or weight × score overflowing, must not put it outside.
        double s = Double.isFinite(num / den) ? Math.min(hi, Math.max(lo, num / den)) : hi;
        String formula = fmt(s) + " = (" + String.join(" + ", terms) + ") ÷ " + fmt(den);
        return new Base(OptionalDouble.of(s), all, formula + " (weighted mean of " + terms.size() + " targets"
                + (missing.isEmpty() ? "" : "; no score: " + String.join(", ", missing)) + ")", formula + "（"
                + terms.size() + "个目标加权平均" + (missing.isEmpty() ? "" : "；无得分：" + String.join("、", missing))
                + "）");
    }

    private static Contribution contribution(Target t, Role role, double weight, Scorecard card) {
        NodeScore n = card.node(t.id());
        return new Contribution(t.id(), t.title(), role, weight, n.score(), n.status(), "");
    }

    /** Scores the units of a pool on a peer metric by their places among those the metric covers. */
    private Map<String, Contribution> peers(PeerMetric m, Pool pool, Scorecard card) {
        Map<String, Double> values = new LinkedHashMap<>();
        boolean lowerBetter = false;
        for (String u : pool.units()) {
            String targetId = m.targets().get(u);
            if (targetId == null) {
                continue;
            }
            NodeScore n = card.node(targetId);
            Target t = plan.target(targetId).orElseThrow();
            lowerBetter = t.measure().direction() == Direction.LOWER_IS_BETTER;
            peerValue(t, n.target().orElseThrow(), m.byValue()).filter(Double::isFinite)
                    .ifPresent(v -> values.put(u, v));
        }
        boolean lower = lowerBetter && m.byValue();
        double best = Double.NaN;
        double worst = Double.NaN;
        List<Double> sorted = new ArrayList<>(values.values());
        sorted.sort(lower ? null : java.util.Comparator.reverseOrder());
        if (!sorted.isEmpty()) {
            best = sorted.get(0);
            worst = sorted.get(sorted.size() - 1);
        }
        String what = m.byValue() ? "value" : "completion";
        String whatZh = m.byValue() ? "完成值" : "完成率";
        Map<String, Contribution> out = new HashMap<>();
        for (String unit : pool.units()) {
            String targetId = m.targets().get(unit);
            if (targetId == null) {
                continue;
            }
            NodeScore own = card.node(targetId);
            if (!values.containsKey(unit)) {
                out.put(unit, new Contribution(m.id(), m.name(), Role.PEER, m.weight(), OptionalDouble.empty(),
                        own.status(), "no " + what + " to compare"));
                continue;
            }
            double mine = values.get(unit);
            int rank = 1 + firstIndex(sorted, mine, lower);
            double score;
            String note;
            switch (m.method()) {
                case PROPORTIONAL:
                    score = best == 0 ? 100 : 100 * (lower ? best / mine : mine / best);
                    note = fmt(score) + " = 100 × " + (lower ? fmt(best) + " ÷ " + fmt(mine) : fmt(mine) + " ÷ "
                            + fmt(best)) + " (" + what + " against the best of " + values.size() + ")";
                    break;
                case LINEAR:
                    score = best == worst ? 100 : 100 - (100 - m.floor()) * (best - mine) / (best - worst);
                    note = fmt(score) + " = 100 − (100 − " + fmt(m.floor()) + ") × (" + fmt(best) + " − " + fmt(mine)
                            + ") ÷ (" + fmt(best) + " − " + fmt(worst) + ") (" + what + ", first to last of "
                            + values.size() + ")";
                    break;
                default:
                    List<Double> points = m.points();
                    score = rank <= points.size() ? points.get(rank - 1)
                            : Math.max(m.floor(), points.get(points.size() - 1) - m.step() * (rank - points.size()));
                    note = fmt(score) + " points for rank " + rank + " of " + values.size() + " by " + what + " "
                            + fmt(mine);
                    break;
            }
            if (!Double.isFinite(score)) {
                // Values too far apart to compare (a ratio or a difference overflows): no score.
                out.put(unit, new Contribution(m.id(), m.name(), Role.PEER, m.weight(), OptionalDouble.empty(),
                        own.status(), "the " + what + "s are too far apart to compare"));
                continue;
            }
            score = Math.max(0, score);
            out.put(unit, new Contribution(m.id(), m.name(), Role.PEER, m.weight(), OptionalDouble.of(score),
                    own.status(), note + "；" + whatZh + fmt(mine) + "，第" + rank + "名/" + values.size()));
        }
        return out;
    }

    /** The number of values strictly better than a value, in a list sorted best first. */
    private static int firstIndex(List<Double> sortedBestFirst, double value, boolean lower) {
        int lo = 0;
        int hi = sortedBestFirst.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            double v = sortedBestFirst.get(mid);
            if (lower ? v < value : v > value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static Optional<Double> peerValue(Target t, TargetResult r, boolean byValue) {
        if (r.actual().isEmpty() || !(r.actual().get() instanceof Value.Amount)) {
            return Optional.empty();
        }
        double a = ((Value.Amount) r.actual().get()).value();
        if (byValue) {
            return Optional.of(a);
        }
        if (r.expected().isEmpty() || !(r.expected().get() instanceof Goal.Amount)) {
            return Optional.empty();
        }
        double e = ((Goal.Amount) r.expected().get()).value();
        if (t.measure().direction() == Direction.LOWER_IS_BETTER) {
            return a > 0 ? Optional.of(100 * e / a) : Optional.empty();
        }
        return e > 0 ? Optional.of(100 * a / e) : Optional.empty();
    }

    private PoolResult pool(Pool pool, Scorecard card, List<Scorecard> quarters, AssessmentPeriod period) {
        Map<String, Draft> drafts = new LinkedHashMap<>();
        Map<String, Map<String, Contribution>> peerScores = peerScores(pool, card);
        List<Map<String, Map<String, Contribution>>> quarterPeers = new ArrayList<>();
        for (Scorecard q : quarters) {
            quarterPeers.add(peerScores(pool, q));
        }
        for (String unit : pool.units()) {
            Department d = plan.department(unit).orElseThrow();
            Base base = base(unit, peerScores, card);
            if (!quarters.isEmpty()) {
                base = annual(unit, quarterPeers, quarters, base.contributions());
            }
            Draft draft = new Draft(unit, d.name(), base);
            adjust(draft, period);
            drafts.put(unit, draft);
        }
        List<Draft> ranked = new ArrayList<>();
        List<Draft> unranked = new ArrayList<>();
        for (Draft d : drafts.values()) {
            (d.score.isPresent() ? ranked : unranked).add(d);
        }
        // Highest rounded score first; tied units by id, so that the order of units in the scheme never matters.
        ranked.sort((a, b) -> {
            int c = Double.compare(rounded(b.score.getAsDouble()), rounded(a.score.getAsDouble()));
            return c != 0 ? c : a.unit.compareTo(b.unit);
        });
        for (int i = 0; i < ranked.size(); i++) {
            Draft d = ranked.get(i);
            d.rank = i > 0 && rounded(ranked.get(i - 1).score.getAsDouble()) == rounded(d.score.getAsDouble())
                    ? ranked.get(i - 1).rank : i + 1;
        }
        grade(ranked, pool.units().size());
        flags(ranked);
        significance(ranked);
        // Red and black lists take every qualifying unit within the top or bottom N places, ties included,
        // so that the order of units in the scheme never decides who is listed.
        List<String> redList = new ArrayList<>();
        for (Draft d : ranked) {
            boolean leadsAny = d.base.contributions().stream().anyMatch(c -> c.role() == Role.LEAD);
            boolean metAll = d.base.contributions().stream().filter(c -> c.role() == Role.LEAD)
                    .allMatch(c -> c.status() == Status.ACHIEVED);
            boolean vetoed = d.vetoes.stream().anyMatch(v -> v.kind() == VetoKind.VETO);
            if (leadsAny && metAll && !vetoed && d.rank <= scheme.awards().redList()) {
                redList.add(d.unit);
                d.notes.add("红榜 red list: met every target it leads, rank " + d.rank);
            }
        }
        List<String> blackList = new ArrayList<>();
        // Ranked best first: the units strictly below one are those after the last unit tied with it.
        int below = 0;
        for (int i = ranked.size() - 1; i >= 0; i--) {
            Draft d = ranked.get(i);
            if (i < ranked.size() - 1 && rounded(ranked.get(i + 1).score.getAsDouble())
                    != rounded(d.score.getAsDouble())) {
                below = ranked.size() - 1 - i;
            }
            boolean behind = d.base.contributions().stream().anyMatch(c -> c.role() != Role.COOPERATING
                    && (c.status() == Status.MISSED || c.status() == Status.OFF_TRACK));
            if (behind && below < scheme.awards().blackList()) {
                blackList.add(d.unit);
                d.notes.add("黑榜 black list: a target missed or off track, rank " + d.rank + " of " + ranked.size());
            }
        }
        List<UnitResult> results = new ArrayList<>();
        for (Draft d : ranked) {
            results.add(d.result(pool, ranked.size()));
        }
        unranked.sort((a, b) -> a.unit.compareTo(b.unit));
        for (Draft d : unranked) {
            d.notes.add("unranked: no score");
            results.add(d.result(pool, ranked.size()));
        }
        return new PoolResult(pool.id(), pool.name(), results, redList, blackList);
    }

    private Map<String, Map<String, Contribution>> peerScores(Pool pool, Scorecard card) {
        Map<String, Map<String, Contribution>> out = new HashMap<>();
        for (PeerMetric m : scheme.peers()) {
            out.put(m.id(), peers(m, pool, card));
        }
        return out;
    }

    private Base annual(String unit, List<Map<String, Map<String, Contribution>>> quarterPeers,
            List<Scorecard> quarters, List<Contribution> yearEnd) {
        List<Double> weights = scheme.annual().quarterWeights();
        double num = 0;
        double den = 0;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        List<String> terms = new ArrayList<>();
        for (int q = 0; q < 4; q++) {
            OptionalDouble s = base(unit, quarterPeers.get(q), quarters.get(q)).score();
            if (s.isPresent() && weights.get(q) > 0) {
                num += weights.get(q) * s.getAsDouble();
                den += weights.get(q);
                lo = Math.min(lo, s.getAsDouble());
                hi = Math.max(hi, s.getAsDouble());
                terms.add("Q" + (q + 1) + " " + fmt(s.getAsDouble()) + " × " + fmt(weights.get(q)));
            }
        }
        if (den == 0) {
            return new Base(OptionalDouble.empty(), yearEnd, "no quarter has a score", "各季度均无得分");
        }
        double s = Double.isFinite(num / den) ? Math.min(hi, Math.max(lo, num / den)) : hi;
        String formula = fmt(s) + " = (" + String.join(" + ", terms) + ") ÷ " + fmt(den);
        return new Base(OptionalDouble.of(s), yearEnd, formula + " (weighted quarters)", formula + "（各季度加权）");
    }

    private void adjust(Draft d, AssessmentPeriod period) {
        for (Veto v : scheme.vetoes()) {
            if (v.unit().equals(d.unit) && period.contains(v.date())) {
                d.vetoes.add(v);
            }
        }
        if (d.base.score().isEmpty()) {
            return;
        }
        Map<String, Double> byCategory = new HashMap<>();
        double bonus = 0;
        double penalty = 0;
        for (AssessmentScheme.Adjustment a : scheme.adjustments()) {
            if (!a.unit().equals(d.unit) || !period.contains(a.date())) {
                continue;
            }
            double counted = a.points();
            List<String> notes = new ArrayList<>();
            Double categoryCap = scheme.caps().categories().get(a.category());
            double used = byCategory.getOrDefault(a.kind() + "/" + a.category(), 0.0);
            if (categoryCap != null && used + counted > categoryCap) {
                counted = Math.max(0, categoryCap - used);
                notes.add("category " + a.category() + " capped at " + fmt(categoryCap));
            }
            boolean isBonus = a.kind() == AdjustmentKind.BONUS;
            Optional<Double> kindCap = isBonus ? scheme.caps().bonus() : scheme.caps().penalty();
            double sofar = isBonus ? bonus : penalty;
            if (kindCap.isPresent() && sofar + counted > kindCap.get()) {
                counted = Math.max(0, kindCap.get() - sofar);
                notes.add((isBonus ? "bonus" : "penalty") + " capped at " + fmt(kindCap.get()));
            }
            byCategory.merge(a.kind() + "/" + a.category(), counted, Double::sum);
            if (isBonus) {
                bonus += counted;
            } else {
                penalty += counted;
            }
            d.adjustments.add(new AppliedAdjustment(a, counted, String.join("; ", notes)));
        }
        d.score = OptionalDouble.of(d.base.score().getAsDouble() + bonus - penalty);
    }

    private double rounded(double score) {
        if (!Double.isFinite(score)) {
            return score;
        }
        return BigDecimal.valueOf(score).setScale(scheme.ranking().decimals(), RoundingMode.HALF_UP).doubleValue();
    }

    private void grade(List<Draft> ranked, int poolSize) {
        List<GradeBand> bands = scheme.grades();
        int lowest = bands.size() - 1;
        int[] index = new int[ranked.size()];
        for (int i = 0; i < ranked.size(); i++) {
            Draft d = ranked.get(i);
            double s = rounded(d.score.getAsDouble());
            int b = lowest;
            for (int k = 0; k < bands.size(); k++) {
                if (bands.get(k).min().isEmpty() || s >= bands.get(k).min().get()) {
                    b = k;
                    break;
                }
            }
            if (d.vetoes.stream().anyMatch(v -> v.kind() == VetoKind.VETO)) {
                b = lowest;
                d.notes.add("一票否决 veto: graded " + bands.get(lowest).name() + " and no award ("
                        + reason(d, VetoKind.VETO) + ")");
            } else if (b == 0 && d.vetoes.stream().anyMatch(v -> v.kind() == VetoKind.VETO_TOP_GRADE)) {
                b = Math.min(1, lowest);
                d.notes.add("一票否优 veto of the top grade: at most " + bands.get(b).name() + " ("
                        + reason(d, VetoKind.VETO_TOP_GRADE) + ")");
            }
            index[i] = b;
        }
        for (int k = 0; k < bands.size(); k++) {
            Optional<Double> quota = bands.get(k).quota();
            if (quota.isEmpty()) {
                continue;
            }
            int allowed = (int) Math.floor(quota.get() * poolSize + 1e-9);
            List<Integer> holders = new ArrayList<>();
            for (int i = 0; i < ranked.size(); i++) {
                if (index[i] == k) {
                    holders.add(i);
                }
            }
            if (holders.size() <= allowed) {
                continue;
            }
            int cut = allowed;
            if (scheme.ranking().quotaTies() == AssessmentScheme.QuotaTies.DOWN) {
                while (cut > 0 && ranked.get(holders.get(cut - 1)).rank == ranked.get(holders.get(cut)).rank) {
                    cut--;
                }
            } else {
                while (cut > 0 && cut < holders.size()
                        && ranked.get(holders.get(cut)).rank == ranked.get(holders.get(cut - 1)).rank) {
                    cut++;
                }
            }
            for (int h = cut; h < holders.size(); h++) {
                int i = holders.get(h);
                index[i] = Math.min(k + 1, lowest);
                ranked.get(i).notes.add("quota: " + bands.get(k).name() + " is limited to " + fmt(quota.get() * 100)
                        + "% of " + poolSize + " units (" + allowed + "); moved down to " + bands.get(index[i]).name());
            }
        }
        for (int i = 0; i < ranked.size(); i++) {
            ranked.get(i).grade = Optional.of(bands.get(index[i]).name());
        }
    }

    private static String reason(Draft d, VetoKind kind) {
        return d.vetoes.stream().filter(v -> v.kind() == kind).map(Veto::reason).findFirst().orElse("");
    }

    private void flags(List<Draft> ranked) {
        List<String> flags = scheme.awards().flags();
        int place = 0;
        int denseRank = 0;
        double previous = Double.NaN;
        int eligibleSeen = 0;
        for (Draft d : ranked) {
            if (d.vetoes.stream().anyMatch(v -> v.kind() == VetoKind.VETO)) {
                continue;
            }
            eligibleSeen++;
            double s = rounded(d.score.getAsDouble());
            if (s != previous) {
                place = eligibleSeen;
                denseRank++;
                previous = s;
            }
            int flagRank = scheme.awards().ties() == AssessmentScheme.FlagTies.DENSE ? denseRank : place;
            if (flagRank <= flags.size()) {
                d.flag = Optional.of(flags.get(flagRank - 1));
            }
        }
    }

    private void significance(List<Draft> ranked) {
        double margin = scheme.ranking().margin();
        for (int i = 0; i + 1 < ranked.size(); i++) {
            Draft a = ranked.get(i);
            Draft b = ranked.get(i + 1);
            double gap = a.score.getAsDouble() - b.score.getAsDouble();
            if (gap < margin) {
                String text = a.name + " and " + b.name + " differ by " + fmt(gap) + ", less than the margin "
                        + fmt(margin) + ": the order between them is not significant（差距" + fmt(gap) + "分，小于"
                        + fmt(margin) + "分，排名差异不显著）";
                a.notes.add(text);
                b.notes.add(text);
            }
        }
    }

    static String fmt(double value) {
        return NumberText.format(value);
    }

    /** A unit's result while it is being built. */
    private final class Draft {
        final String unit;
        final String name;
        final Base base;
        OptionalDouble score = OptionalDouble.empty();
        int rank;
        Optional<String> grade = Optional.empty();
        Optional<String> flag = Optional.empty();
        final List<AppliedAdjustment> adjustments = new ArrayList<>();
        final List<Veto> vetoes = new ArrayList<>();
        final List<String> notes = new ArrayList<>();

        Draft(String unit, String name, Base base) {
            this.unit = unit;
            this.name = name;
            this.base = base;
        }

        UnitResult result(Pool pool, int rankedCount) {
            StringBuilder en = new StringBuilder();
            StringBuilder zh = new StringBuilder();
            if (score.isPresent()) {
                flag.ifPresent(f -> {
                    en.append(f).append(": ");
                    zh.append(f).append("：");
                });
                en.append("score ").append(fmt(score.getAsDouble())).append(", rank ").append(rank).append(" of ")
                        .append(rankedCount).append(" in ").append(pool.name()).append(", grade ")
                        .append(grade.orElse("—")).append("; base ").append(base.english());
                zh.append("得分").append(fmt(score.getAsDouble())).append("，").append(pool.name()).append(rankedCount)
                        .append("个单位中排第").append(rank).append("名，等次").append(grade.orElse("—")).append("；基础分 ")
                        .append(base.chinese());
                for (AppliedAdjustment a : adjustments) {
                    boolean bonus = a.adjustment().kind() == AdjustmentKind.BONUS;
                    en.append("; ").append(bonus ? "+" : "−").append(fmt(a.counted())).append(bonus ? " bonus" : " penalty")
                            .append(" for ").append(a.adjustment().reason())
                            .append(a.note().isEmpty() ? "" : " (" + fmt(a.adjustment().points()) + " entered; "
                                    + a.note() + ")");
                    zh.append("；").append(bonus ? "加" : "扣").append(fmt(a.counted())).append("分：")
                            .append(a.adjustment().reason())
                            .append(a.note().isEmpty() ? "" : "（申报" + fmt(a.adjustment().points()) + "分，封顶）");
                }
            } else {
                en.append("unranked: ").append(base.english());
                zh.append("不排名：").append(base.chinese());
            }
            for (String n : notes) {
                en.append("; ").append(n);
                zh.append("；").append(n);
            }
            return new UnitResult(unit, name, base.score(), base.contributions(), adjustments, score, rank, grade, flag,
                    vetoes, notes, Explanation.of(en.toString(), zh.toString()));
        }
    }
}
