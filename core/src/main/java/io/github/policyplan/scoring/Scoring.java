package io.github.policyplan.scoring;

import io.github.policyplan.model.Plan;
import io.github.policyplan.plans.Revisions;
import io.github.policyplan.progress.ProgressLog;
import io.github.policyplan.rules.Rule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * The scoring engine: scores a plan against its progress log at a date. Configure it with the
 * {@code with…} methods; each returns a new engine.
 *
 * <pre>{@code
 * Scoring scoring = Scoring.standard()
 *         .withRule("half-points", myRule)                     // a rule plans may name
 *         .withThresholds(new StatusThresholds(0.9, 0.8));     // on track from 90% of the pace
 * Scorecard june = scoring.score(plan, log, LocalDate.of(2023, 6, 30));
 * List<Scorecard> quarters = scoring.series(plan, log, Scoring.quarterEnds(2023));
 * }</pre>
 *
 * <h2>Defaults</h2>
 * A target's rule is the one it names, else the plan's default rule (for numeric targets), else its
 * kind's: {@code milestone} for milestones, {@code grade} for grades, {@code within-band} for band
 * targets, {@code linear} for levels, shares, thresholds and counts that start from a baseline, dated
 * or not (so that progress is measured from where they started, like their status; a target's
 * {@code start} moves the day its schedule starts and changes no default), {@code completion-rate}
 * for the rest. Its schedule is the one it names, else: linear for
 * counts and thresholds (from 0) and for levels and shares with a baseline; per-year for per-year
 * rates; steps through the checkpoints for milestones that have them, else at the due date; the
 * goal itself at every date for growth rates, ranks, bands and levels without a baseline. A node
 * rolls up by its own aggregation, else the plan's, else {@code weighted-mean}.
 *
 * <p>A plan read from a file names only rules its reader knew; a plan built in Java may name any rule,
 * so scoring checks first that this engine knows every rule the plan names, and throws
 * {@link ScoringException} listing the known ones before any target is scored. Schedules and roll-ups
 * are checked by the model when the plan is built ({@link io.github.policyplan.model.ScheduleKind},
 * {@link io.github.policyplan.model.RollUpKind}).
 *
 * <p>Behind this facade: {@code Judge} makes the one decision of each target's score and status,
 * {@code Pass} rolls the numbers up the plan, {@code Explainer} writes the words when a node is asked for
 * them, {@code WhatIf} answers {@link #valueNeeded} and {@code Rescore} answers {@link #rescore}.
 *
 * <p>Immutable and thread-safe: score any number of plans from any number of threads, or many plans at
 * once with {@link #scoreAll} on {@link #withParallelism} threads.
 */
public final class Scoring {

    private static final Scoring STANDARD = new Scoring(Rule.builtIns(), StatusThresholds.DEFAULT,
            ForecastSettings.DEFAULT, NodeStatusRule.NOT_ON_TRACK_WHEN_ANY_BEHIND, 1);

    private final Map<String, Rule> rules;
    private final StatusThresholds thresholds;
    private final ForecastSettings forecasts;
    private final NodeStatusRule nodeStatus;
    /** How many threads {@link #scoreAll} scores plans on. */
    private final int parallelism;

    private Scoring(Map<String, Rule> rules, StatusThresholds thresholds, ForecastSettings forecasts,
            NodeStatusRule nodeStatus, int parallelism) {
        this.rules = Collections.unmodifiableMap(new TreeMap<>(rules));
        this.thresholds = thresholds;
        this.forecasts = forecasts;
        this.nodeStatus = nodeStatus;
        this.parallelism = parallelism;
    }

    /**
     * Returns the engine with the built-in rules and the default thresholds.
     *
     * @return the standard engine
     */
    public static Scoring standard() {
        return STANDARD;
    }

    /**
     * Returns an engine that also knows a rule of the application's own. Give the same engine to
     * {@code Plans.reader().withRules(scoring.rules())} so that plans may name the rule.
     *
     * @param name the name plans use, not a built-in's
     * @param rule the rule
     * @return the new engine
     */
    public Scoring withRule(String name, Rule rule) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(rule, "rule");
        if (name.isBlank() || Rule.builtIns().containsKey(name)) {
            throw new IllegalArgumentException("a rule's name must be new and not blank (was '" + name + "')");
        }
        Map<String, Rule> all = new TreeMap<>(rules);
        all.put(name, rule);
        return new Scoring(all, thresholds, forecasts, nodeStatus, parallelism);
    }

    /**
     * Returns an engine with other status thresholds.
     *
     * @param value the thresholds
     * @return the new engine
     */
    public Scoring withThresholds(StatusThresholds value) {
        return new Scoring(rules, Objects.requireNonNull(value, "thresholds"), forecasts, nodeStatus, parallelism);
    }

    /**
     * Returns an engine with other forecast settings.
     *
     * @param value the settings
     * @return the new engine
     */
    public Scoring withForecasts(ForecastSettings value) {
        return new Scoring(rules, thresholds, Objects.requireNonNull(value, "forecasts"), nodeStatus, parallelism);
    }

    /**
     * Returns an engine whose plans, sections and items take their status by another rule.
     *
     * <pre>{@code
     * Scoring byScore = Scoring.standard().withNodeStatus(NodeStatusRule.BY_SCORE);   // the rule of 0.1.0
     * }</pre>
     *
     * @param value the rule; the default is {@link NodeStatusRule#NOT_ON_TRACK_WHEN_ANY_BEHIND}
     * @return the new engine
     */
    public Scoring withNodeStatus(NodeStatusRule value) {
        return new Scoring(rules, thresholds, forecasts, Objects.requireNonNull(value, "nodeStatus"), parallelism);
    }

    /**
     * Returns an engine that scores the plans of {@link #scoreAll} on this many threads at once (the calling
     * thread among them). Each plan is still scored by one thread, so the results are those of one thread.
     *
     * <pre>{@code
     * Scoring both = Scoring.standard().withParallelism(Runtime.getRuntime().availableProcessors());
     * }</pre>
     *
     * @param threads how many threads, 1 (the default) or more
     * @return the new engine
     * @throws IllegalArgumentException when {@code threads} is below 1
     */
    public Scoring withParallelism(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("parallelism must be at least 1 (was " + threads + ")");
        }
        return new Scoring(rules, thresholds, forecasts, nodeStatus, threads);
    }

    /**
     * Returns how many threads {@link #scoreAll} scores plans on.
     *
     * @return 1 or more; 1 by default
     */
    public int parallelism() {
        return parallelism;
    }

    /**
     * Returns how the status of a plan, section or item follows from the targets below it.
     *
     * @return the rule
     */
    public NodeStatusRule nodeStatus() {
        return nodeStatus;
    }

    /**
     * Returns the rules this engine knows, by name.
     *
     * @return an unmodifiable map in name order
     */
    public Map<String, Rule> rules() {
        return rules;
    }

    /**
     * Returns the names of the rules this engine knows.
     *
     * @return the names, in order
     */
    public Set<String> ruleNames() {
        return rules.keySet();
    }

    /**
     * Returns the status thresholds.
     *
     * @return the thresholds
     */
    public StatusThresholds thresholds() {
        return thresholds;
    }

    /**
     * Returns the last days of the four quarters of a year.
     *
     * @param year the year
     * @return 31 March, 30 June, 30 September and 31 December
     */
    public static List<LocalDate> quarterEnds(int year) {
        return List.of(LocalDate.of(year, 3, 31), LocalDate.of(year, 6, 30), LocalDate.of(year, 9, 30),
                LocalDate.of(year, 12, 31));
    }

    /**
     * Scores a plan at a date.
     *
     * @param plan the plan
     * @param log  the progress reported against it
     * @param asOf the date: each target is judged on its latest report on or before it
     * @return the scorecard
     * @throws ScoringException when the plan names a rule this engine does not know (before any target is
     *                          scored; the message lists the known rules), or a rule fails or returns an
     *                          invalid score
     */
    public Scorecard score(Plan plan, ProgressLog log, LocalDate asOf) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(log, "log");
        Objects.requireNonNull(asOf, "asOf");
        return new Pass(this, plan, log, asOf).all();
    }

    /**
     * Scores the plan in force at a date (目标调整): the plan as issued with the revisions effective by
     * then and, for a log {@link ProgressLog#asKnownOn as known on} a day, decided by that day. Each revised
     * target's explanation says which revision applied.
     *
     * <pre>{@code
     * Scorecard q3 = Scoring.standard().score(revisions, log, LocalDate.of(2023, 9, 30));
     * }</pre>
     *
     * @param revisions the plan and its revisions
     * @param log       the progress reported, perhaps as known on a day
     * @param asOf      the date
     * @return the scorecard
     * @throws ScoringException as {@link #score(Plan, ProgressLog, LocalDate)}
     */
    public Scorecard score(Revisions revisions, ProgressLog log, LocalDate asOf) {
        Objects.requireNonNull(revisions, "revisions");
        Objects.requireNonNull(log, "log");
        Objects.requireNonNull(asOf, "asOf");
        return score(revisions.planAt(asOf, log.knownOn().orElse(LocalDate.MAX)), log, asOf);
    }

    /**
     * Scores a plan at each of several dates.
     *
     * @param plan  the plan
     * @param log   the progress reported against it
     * @param dates the dates, such as {@link #quarterEnds(int)}
     * @return a scorecard per date, in the order given
     */
    public List<Scorecard> series(Plan plan, ProgressLog log, List<LocalDate> dates) {
        List<Scorecard> cards = new ArrayList<>();
        for (LocalDate d : dates) {
            cards.add(score(plan, log, d));
        }
        return List.copyOf(cards);
    }

    /**
     * Scores many plans at one date on {@link #parallelism()} threads: the calling thread and threads started
     * for this call, stopped before it returns. Each plan is scored as {@link #score} scores it, so the
     * scorecards are equal, explanations included, to those of a loop on one thread.
     *
     * <pre>{@code
     * Map<String, ProgressLog> logs = ...;                           // each plan's log, by plan id
     * List<Scorecard> cards = Scoring.standard().withParallelism(4)
     *         .scoreAll(plans, plan -> logs.get(plan.id()), LocalDate.of(2023, 6, 30));
     * }</pre>
     *
     * @param plans the plans
     * @param logs  gives each plan's progress log; called on the calling thread, once per plan, in order,
     *              before any plan is scored
     * @param asOf  the date
     * @return a scorecard per plan, in the order of {@code plans}
     * @throws IllegalArgumentException when {@code logs} gives no log for a plan
     * @throws ScoringException         as {@link #score} throws it: when every plan is done, the failure of the
     *                                  first plan in list order that failed
     * @throws java.util.concurrent.CancellationException when the calling thread is interrupted while waiting
     *                                  (its interrupt flag is set again)
     */
    public List<Scorecard> scoreAll(List<Plan> plans, Function<? super Plan, ProgressLog> logs, LocalDate asOf) {
        return ManyPlans.score(this, plans, logs, asOf, parallelism, null);
    }

    /**
     * Scores many plans at one date as {@link #scoreAll(List, Function, LocalDate)} does, with the
     * application's executor running the {@link #parallelism()} − 1 workers beside the calling thread. The
     * calling thread waits only for plans a worker has taken, so an executor that is busy, or the pool the
     * caller itself runs in, cannot make the call wait for ever.
     *
     * <pre>{@code
     * ExecutorService pool = Executors.newFixedThreadPool(3);
     * List<Scorecard> cards = Scoring.standard().withParallelism(4).scoreAll(plans, logsByPlan::get, asOf, pool);
     * }</pre>
     *
     * @param plans    the plans
     * @param logs     gives each plan's progress log; called on the calling thread, once per plan, in order
     * @param asOf     the date
     * @param executor runs the workers other than the calling thread
     * @return a scorecard per plan, in the order of {@code plans}
     * @throws IllegalArgumentException when {@code logs} gives no log for a plan
     * @throws ScoringException         as {@link #score} throws it, for the first plan in list order that failed
     * @throws java.util.concurrent.RejectedExecutionException when the executor refuses a worker
     */
    public List<Scorecard> scoreAll(List<Plan> plans, Function<? super Plan, ProgressLog> logs, LocalDate asOf,
            Executor executor) {
        return ManyPlans.score(this, plans, logs, asOf, parallelism, Objects.requireNonNull(executor, "executor"));
    }

    /**
     * What-if: the value a numeric target must report by a date to score at least {@code score}.
     *
     * <pre>{@code
     * Needed n = Scoring.standard().valueNeeded(plan, "s1.i1.t1", LocalDate.of(2023, 9, 30), 90);
     * n.value();                                     // 8.1: report at least this by 30 September
     * }</pre>
     *
     * @param plan     the plan
     * @param targetId the target
     * @param date     the date
     * @param score    the score wanted, from 0 to the rule's cap
     * @return the value needed, or empty when the target is not numeric, its goal is unset, nothing is
     *         expected by the date, or no value reaches the score
     */
    public Optional<Needed> valueNeeded(Plan plan, String targetId, LocalDate date, double score) {
        return WhatIf.forScore(this, plan, targetId, date, score);
    }

    /**
     * What-if: the value a numeric target must report by a date to be on track (its pace at the
     * on-track threshold) or, for {@link Status#ACHIEVED}, to meet its goal.
     *
     * @param plan     the plan
     * @param targetId the target
     * @param date     the date
     * @param status   {@link Status#ON_TRACK}, {@link Status#AT_RISK} or {@link Status#ACHIEVED}
     * @return the value needed, or empty when the target is not numeric, its goal is unset or nothing is
     *         expected by the date
     */
    public Optional<Needed> valueNeeded(Plan plan, String targetId, LocalDate date, Status status) {
        return WhatIf.forStatus(this, plan, targetId, date, status);
    }

    /**
     * Brings a scorecard up to date after reports on some targets changed: rescores those targets and
     * rolls up only the items, sections and plan above them, sharing every other node with the
     * previous scorecard. The result equals a full {@link #score} of the plan and log at the same date.
     * Its cost depends on the changed targets and their siblings, not on the size of the plan (with the
     * same plan object the previous scorecard was made from; given another, equal plan object it scores
     * the plan in full).
     *
     * <pre>{@code
     * ProgressLog updated = log.plus(report);
     * Scorecard card = scoring.rescore(previous, plan, updated, List.of(report.target()));
     * }</pre>
     *
     * @param previous the scorecard of the same plan at the date to keep
     * @param plan     the plan
     * @param log      the progress log with the changes
     * @param changed  the ids of the targets whose reports changed
     * @return the updated scorecard
     * @throws IllegalArgumentException when the previous scorecard is of another plan or a target is unknown
     */
    public Scorecard rescore(Scorecard previous, Plan plan, ProgressLog log, Collection<String> changed) {
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(log, "log");
        Objects.requireNonNull(changed, "changed");
        return Rescore.rescore(this, previous, plan, log, changed);
    }

    /** The forecast settings, for the words of targets. */
    ForecastSettings forecasts() {
        return forecasts;
    }
}
