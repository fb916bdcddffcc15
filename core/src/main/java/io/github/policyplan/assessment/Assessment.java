package io.github.policyplan.assessment;

import io.github.policyplan.scoring.Scorecard;

import io.github.policyplan.assessment.AssessmentScheme.PeerMetric;
import io.github.policyplan.assessment.AssessmentScheme.Pool;
import io.github.policyplan.model.Plan;
import io.github.policyplan.plans.Revisions;
import io.github.policyplan.progress.ProgressLog;
import io.github.policyplan.rollup.Completeness;
import io.github.policyplan.scoring.Scoring;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

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
 * <p>Each step is a class of its own, package-private beside this one: {@code UnitBases} and
 * {@code PeerScores} (base), {@code Adjusting} (adjustments and vetoes), {@code PoolAssessor} (a pool in
 * these steps: rank and the significance of the order), {@code Grading}, {@code Awarding} (flags and
 * lists); {@code UnitWords} writes the explanations, only when they are asked for. As in scoring, an
 * assessment computes numbers only: the targets behind each unit are found once per plan
 * ({@code Involvement}), each scorecard is read once into arrays ({@code TargetScores}), and a unit's
 * contributions are records made when they are read ({@code Contributions}).
 *
 * <p>Immutable and thread-safe.
 */
public final class Assessment {

    private final AssessmentScheme scheme;
    private final Plan plan;
    private final Scoring scoring;
    private final PoolAssessor pools;

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
        List<String> problems = problems(scheme, plan);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        this.pools = new PoolAssessor(scheme, plan);
    }

    /** What keeps a scheme from being bound to a plan: another plan, unknown units or targets, a unit in two pools. */
    private static List<String> problems(AssessmentScheme scheme, Plan plan) {
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
        return problems;
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
     * Assesses a period. The results hold the numbers; each unit's explanation is written when first asked
     * for ({@link UnitResult#explanation()}, {@link AssessmentResult#toJson()}).
     *
     * @param log    the progress reported against the plan
     * @param period a quarter or a year
     * @return the result
     */
    public AssessmentResult assess(ProgressLog log, AssessmentPeriod period) {
        return assess(plan, pools, log, period, end -> plan);
    }

    /**
     * Assesses a period under a revised plan (目标调整), as known on the day the log is
     * {@linkplain ProgressLog#asKnownOn known on}: each score uses the plan in force at its date with the
     * revisions decided by then ({@link Revisions#planAt(LocalDate, LocalDate)}), as
     * {@link Scoring#score(Revisions, ProgressLog, LocalDate)} does. A quarterly result published on a day
     * is reproduced byte for byte by this call with the log as known on that day, whatever was corrected
     * or revised later. Each unit's notes name the revisions that applied to the targets behind it.
     *
     * <pre>{@code
     * AssessmentResult asPublished = assessment.assess(revisions, log.asKnownOn(LocalDate.of(2023, 7, 5)),
     *         AssessmentPeriod.quarter(2023, 2));
     * }</pre>
     *
     * @param revisions the plan's revisions
     * @param log       the progress reported, perhaps as known on a day
     * @param period    a quarter or a year
     * @return the result; the same as {@link #assess(ProgressLog, AssessmentPeriod)} when no revision is in
     *         force
     * @throws IllegalArgumentException when the revisions are of another plan, or a revision in force
     *                                  withdrew a target the scheme names
     */
    public AssessmentResult assess(Revisions revisions, ProgressLog log, AssessmentPeriod period) {
        Objects.requireNonNull(revisions, "revisions");
        Objects.requireNonNull(log, "log");
        Objects.requireNonNull(period, "period");
        if (!revisions.plan().id().equals(plan.id())) {
            throw new IllegalArgumentException("the revisions are of plan '" + revisions.plan().id() + "', not '"
                    + plan.id() + "'");
        }
        LocalDate knownOn = log.knownOn().orElse(LocalDate.MAX);
        Plan atEnd = revisions.planAt(period.end(), knownOn);
        if (atEnd == plan) {
            return assess(log, period);
        }
        List<String> problems = problems(scheme, atEnd);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("under the revisions in force on " + period.end() + ": "
                    + String.join("; ", problems));
        }
        return assess(atEnd, new PoolAssessor(scheme, atEnd, revisions.plan()), log, period,
                end -> revisions.planAt(end, knownOn));
    }

    /**
     * Assesses a period, as known on a day: {@code assess(revisions, log.asKnownOn(knownOn), period)}.
     *
     * @param revisions the plan's revisions
     * @param log       the progress reported
     * @param period    a quarter or a year
     * @param knownOn   the day the reports and revisions are known on
     * @return the result as it could have been computed that day
     * @throws IllegalArgumentException as {@link #assess(Revisions, ProgressLog, AssessmentPeriod)}
     */
    public AssessmentResult assess(Revisions revisions, ProgressLog log, AssessmentPeriod period, LocalDate knownOn) {
        Objects.requireNonNull(knownOn, "knownOn");
        return assess(revisions, log.asKnownOn(knownOn), period);
    }

    private AssessmentResult assess(Plan atEnd, PoolAssessor assessor, ProgressLog log, AssessmentPeriod period,
            Function<LocalDate, Plan> planAt) {
        Scorecard scorecard = scoring.score(atEnd, log, period.end());
        TargetScores card = new TargetScores(scorecard);
        List<TargetScores> quarters = new ArrayList<>();
        if (period.isAnnual() && !scheme.annual().quarterWeights().isEmpty()) {
            for (int q = 1; q <= 4; q++) {
                LocalDate end = AssessmentPeriod.quarter(period.start().getYear(), q).end();
                Plan inForce = planAt.apply(end);
                Scorecard quarter = scoring.score(inForce, log, end);
                quarters.add(inForce == atEnd ? new TargetScores(quarter) : TargetScores.byId(quarter, atEnd));
            }
        }
        Map<String, List<Completeness.Missing>> missing = scheme.reporting().isEmpty() ? Map.of()
                : Completeness.missedIn(atEnd, log, period.start(), period.end()).stream()
                        .collect(Collectors.groupingBy(Completeness.Missing::unit));
        List<PoolResult> results = new ArrayList<>();
        for (Pool pool : scheme.pools()) {
            results.add(assessor.assess(pool, card, quarters, period, missing));
        }
        return new AssessmentResult(scheme.id(), period, results, scheme.grades(), scorecard);
    }
}
