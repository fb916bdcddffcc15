package io.github.policyplan.scoring;

import io.github.policyplan.core.NumberText;
import io.github.policyplan.model.Cadence;
import io.github.policyplan.model.Direction;
import io.github.policyplan.model.Goal;
import io.github.policyplan.model.Plan;
import io.github.policyplan.model.Target;
import io.github.policyplan.model.Value;
import io.github.policyplan.progress.ProgressLog;
import io.github.policyplan.rules.Rule;
import io.github.policyplan.rules.RuleInput;
import io.github.policyplan.rules.RuleResult;
import io.github.policyplan.rules.Scores;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one decision of a target's score and status at a date. Every target goes through the same steps,
 * in {@link #decide}:
 * <ol>
 *   <li>a target whose goal is not published is {@code UNSET};</li>
 *   <li>its schedule says what is expected by the date, and from which day reports count;</li>
 *   <li>without a report that counts, it has {@code NO_DATA} when something is expected, else it is
 *       {@code NOT_STARTED};</li>
 *   <li>with one, its goal is met or not; when nothing is expected yet, an amount that builds up and has
 *       met its goal is judged against the goal itself, any other target is {@code NOT_STARTED};</li>
 *   <li>its rule scores the report against the expected value (or the goal), and the pace follows:
 *       actual ÷ expected progress for numbers, else the score ÷ 100;</li>
 *   <li>its status: {@code ACHIEVED} when met and due or met by an amount that builds up, {@code MISSED}
 *       when due, else as the pace says ({@link StatusThresholds});</li>
 *   <li>but {@code STALE} instead when the report is older than the target's cadence allows
 *       ({@link Plan#reportDue}), unless an amount that builds up had met its goal by it.</li>
 * </ol>
 * Two steps have a short way for the targets most plans are made of, each the same code as the long way:
 * a plain straight-line schedule (step 2) is read from the plan's {@link TargetFigures} through
 * {@link Schedules#along}, as {@link Schedules#expected} computes it from the target's objects; and
 * {@code completion-rate} and {@code linear} on numbers (step 5) are computed by {@link Scores}, the
 * arithmetic those two rules use. A judge that writes words always takes the long way, which has the
 * schedule's and the rule's words, and keeps them in a {@link Judgement}.
 *
 * <p>Not thread-safe: one judge per scoring pass, or per explanation.
 */
final class Judge {

    /** A target's judgement with its reasons: what its words are written from. */
    sealed interface Judgement {
        Status status();
    }

    /** The goal is not published. */
    record Unset() implements Judgement {
        @Override
        public Status status() {
            return Status.UNSET;
        }
    }

    /** No report counts: {@code NO_DATA} when something is expected, else {@code NOT_STARTED}. */
    record Unreported(Status status, Schedules.Expectation expectation) implements Judgement {
    }

    /** A report, but nothing is expected yet and no goal is met by an amount that builds up. */
    record Waiting(Schedules.Expectation expectation) implements Judgement {
        @Override
        public Status status() {
            return Status.NOT_STARTED;
        }
    }

    /**
     * Scored by the rule against {@code against}: the expected value, or the goal; {@code onReport} is the
     * status the report gives, which {@code status} replaces by {@code STALE} when the report is stale.
     */
    record Scored(Status status, Schedules.Expectation expectation, Goal against, RuleResult result, double pace,
            Status onReport) implements Judgement {
    }

    private final Plan plan;
    private final List<Target> targets;
    private final Map<String, Rule> rules;
    private final StatusThresholds thresholds;
    private final LocalDate asOf;
    private final long day;
    private final TargetFigures figures;
    private final ProgressLog.Cursor reports;
    private final boolean words;
    /** By {@link Cadence#ordinal()}: the epoch day of the report each cadence makes due at the date. */
    private final long[] reportDue;

    // What step 2 found for the target being judged.
    private boolean expects;
    private boolean expectsNumber;
    private double expected;
    private double start;
    /** Reports dated on or before this epoch day do not count; {@link Long#MIN_VALUE} when all count. */
    private long windowEnd;
    /** The schedule's expectation with its words; empty when the short way was taken. */
    private Optional<Schedules.Expectation> expectation;

    // What the rule gave the target being judged.
    private double score;
    /** What the rule was applied to and what it returned, with its words; empty when the short way was taken. */
    private Optional<Ruled> ruled;

    /** The judgement of the target last judged, for a judge that keeps reasons. */
    private Judgement judgement;

    /** A rule applied: against what, and its result. */
    private record Ruled(Goal against, RuleResult result) {
    }

    private Judge(Scoring engine, Plan plan, ProgressLog log, LocalDate asOf, boolean words) {
        this.plan = plan;
        this.targets = plan.targets();
        this.rules = engine.rules();
        this.thresholds = engine.thresholds();
        this.asOf = asOf;
        this.day = asOf.toEpochDay();
        this.figures = TargetFigures.of(plan);
        this.reports = DerivedValues.cursor(plan, log);
        this.words = words;
        Cadence[] cadences = Cadence.values();
        this.reportDue = new long[cadences.length];
        for (Cadence c : cadences) {
            reportDue[c.ordinal()] = c.lastReportDue(asOf).toEpochDay();
        }
    }

    /** A judge of numbers: the short way where there is one. */
    static Judge ofNumbers(Scoring engine, Plan plan, ProgressLog log, LocalDate asOf) {
        return new Judge(engine, plan, log, asOf, false);
    }

    /** A judge that keeps the reasons, to write words from. */
    static Judge withReasons(Scoring engine, Plan plan, ProgressLog log, LocalDate asOf) {
        return new Judge(engine, plan, log, asOf, true);
    }

    TargetFigures figures() {
        return figures;
    }

    /**
     * Judges target {@code index}.
     *
     * @return its status; {@link #score()} then gives its score
     */
    Status judge(int index) {
        return decide(index);
    }

    /** The score of the target last judged, NaN when it has none. */
    double score() {
        return score;
    }

    /** Judges target {@code index} with its reasons; only for a judge {@link #withReasons}. */
    Judgement judgement(int index) {
        if (!words) {
            throw new IllegalStateException("a judge of numbers keeps no reasons");
        }
        decide(index);
        return judgement;
    }

    /** The steps of the class comment; the score is left for {@link #score()}. */
    private Status decide(int index) {
        byte flags = figures.flags[index];
        score = Double.NaN;
        if ((flags & TargetFigures.GOAL_SET) == 0) {
            if (words) {
                judgement = new Unset();
            }
            return Status.UNSET;
        }
        expect(index, flags);
        int position = reports.latest(index, day);
        if (position >= 0 && windowEnd != Long.MIN_VALUE && reports.day(index, position) <= windowEnd) {
            position = -1;
        }
        if (position < 0) {
            Status status = expects ? Status.NO_DATA : Status.NOT_STARTED;
            if (words) {
                judgement = new Unreported(status, expectation.orElseThrow());
            }
            return status;
        }
        boolean lower = (flags & TargetFigures.LOWER) != 0;
        boolean goalNumber = (flags & TargetFigures.GOAL_NUMBER) != 0;
        boolean number = !reports.isLevel(index, position);
        double a = number ? reports.amount(index, position) : Double.NaN;
        boolean met = number && goalNumber ? met(lower, a, figures.goal(index))
                : met(targets.get(index), reports.value(index, position));
        boolean accumulates = (flags & TargetFigures.ACCUMULATES) != 0;
        boolean due = day >= figures.due(index);
        if (!expects && !(met && accumulates)) {
            if (words) {
                judgement = new Waiting(expectation.orElseThrow());
            }
            return Status.NOT_STARTED;
        }
        boolean againstNumber = expects ? expectsNumber : goalNumber;
        double e = expects ? expected : figures.goal(index);
        score = rule(index, flags, position, number && againstNumber, a, e);
        double pace = number && againstNumber ? pace(lower, a, e, start) : finite(score / 100);
        Status onReport = status(met, due, accumulates, pace);
        Status status = onReport != Status.NOT_STARTED && !(met && accumulates) && stale(index, position)
                ? Status.STALE : onReport;
        if (words) {
            Ruled r = ruled.orElseThrow();
            judgement = new Scored(status, expectation.orElseThrow(), r.against(), r.result(), pace, onReport);
        }
        return status;
    }

    /**
     * Step 7: whether the report at {@code position} is older than the target's cadence allows, as
     * {@link Plan#reportDue} decides; a report dated on or after the one its cadence makes due is never stale
     * (the due date only moves that date earlier), which spares most targets the call.
     */
    private boolean stale(int index, int position) {
        int reported = reports.day(index, position);
        if (reported >= reportDue[figures.cadence(index)]) {
            return false;
        }
        return plan.reportDue(targets.get(index), asOf).map(d -> reported < d.toEpochDay()).orElse(false);
    }

    /** Step 2: what the schedule expects by the date; the short way for a plain straight line. */
    private void expect(int index, byte flags) {
        if (!words && (flags & TargetFigures.PLAIN_LINE) != 0) {
            int origin = figures.origin(index);
            int due = figures.due(index);
            start = figures.start(index);
            expects = day >= due || day > origin;
            expectsNumber = true;
            expected = day >= due ? figures.goal(index)
                    : Schedules.along(start, figures.goal(index), day - origin, (long) due - origin);
            windowEnd = Long.MIN_VALUE;
            expectation = Optional.empty();
            return;
        }
        Schedules.Expectation exp = Schedules.expected(targets.get(index), plan.period(), figures.schedule(index),
                asOf);
        Optional<Goal.Amount> amount = exp.value().filter(Goal.Amount.class::isInstance).map(Goal.Amount.class::cast);
        expects = exp.expects();
        expectsNumber = amount.isPresent();
        expected = amount.map(Goal.Amount::value).orElse(Double.NaN);
        start = exp.start();
        windowEnd = exp.windowStart().map(LocalDate::toEpochDay).orElse(Long.MIN_VALUE);
        expectation = Optional.of(exp);
    }

    /**
     * Step 5: the rule's score, NaN for none; the short way for {@code completion-rate} and {@code linear}
     * on numbers, else the rule itself, whose result is kept.
     */
    private double rule(int index, byte flags, int position, boolean numbers, double a, double e) {
        if (!words && numbers && (flags & (TargetFigures.COMPLETION_RATE | TargetFigures.LINEAR)) != 0) {
            ruled = Optional.empty();
            return (flags & TargetFigures.LINEAR) != 0
                    ? Scores.linearScore(a, e, start, figures.floor(index), figures.cap(index))
                    : Scores.completionRateScore(a, e, (flags & TargetFigures.LOWER) != 0, figures.cap(index));
        }
        Target t = targets.get(index);
        Goal against = expects ? expectation.map(x -> x.value().orElseThrow()).orElseGet(() -> Goal.of(expected))
                : t.goal();
        TargetRule rule = TargetRule.of(plan, t);
        RuleResult r = apply(rules, rule, t, new RuleInput(t, rule.parameters(), reports.value(index, position),
                against, start, asOf));
        ruled = Optional.of(new Ruled(against, r));
        return r.score().orElse(Double.NaN);
    }

    /** Step 6. */
    private Status status(boolean met, boolean due, boolean accumulates, double pace) {
        if (met && (due || accumulates)) {
            return Status.ACHIEVED;
        } else if (due) {
            return Status.MISSED;
        } else if (!Double.isNaN(pace)) {
            return thresholds.of(pace);
        }
        return Status.NOT_STARTED;
    }

    /** Whether a number meets a numeric goal. */
    static boolean met(boolean lower, double a, double goal) {
        return lower ? a <= goal : a >= goal;
    }

    /** Whether a reported value meets the target's goal: a number, a band, a stage or a grade. */
    static boolean met(Target t, Value actual) {
        Goal goal = t.goal();
        if (goal instanceof Goal.Level level && actual instanceof Value.Level reached) {
            return t.measure().levelIndex(reached.name()) >= t.measure().levelIndex(level.name());
        }
        if (!(actual instanceof Value.Amount amount)) {
            return false;
        }
        if (goal instanceof Goal.Band band) {
            return band.contains(amount.value());
        }
        return goal instanceof Goal.Amount g && met(t.measure().direction() == Direction.LOWER_IS_BETTER,
                amount.value(), g.value());
    }

    /** The pace of numbers: actual progress ÷ expected progress; NaN when not defined or not finite. */
    static double pace(boolean lower, double a, double e, double start) {
        if (!Double.isNaN(start) && e != start) {
            return finite((a - start) / (e - start));
        }
        double num = lower ? e : a;
        double den = lower ? a : e;
        return den > 0 ? finite(num / den) : Double.NaN;
    }

    private static double finite(double x) {
        return Double.isFinite(x) ? x : Double.NaN;
    }

    /**
     * Applies a target's rule and checks what it returns: a result, with a finite score from 0 to the cap.
     *
     * @throws ScoringException when the rule is unknown, fails or returns what it must not
     */
    static RuleResult apply(Map<String, Rule> rules, TargetRule rule, Target t, RuleInput input) {
        Rule r = Optional.ofNullable(rules.get(rule.name()))
                .orElseThrow(() -> unknownRule(rules, rule.name(), t.id()));
        RuleResult result;
        try {
            result = r.score(input);
        } catch (RuntimeException e) {
            throw new ScoringException(rule.name(), t.id(), "the rule threw " + e, e);
        }
        if (result == null) {
            throw new ScoringException(rule.name(), t.id(), "the rule returned null", null);
        }
        if (result.score().isPresent()) {
            double s = result.score().getAsDouble();
            double cap = input.number("cap", 100);
            if (!Double.isFinite(s) || s < 0 || s > cap) {
                throw new ScoringException(rule.name(), t.id(), "the rule returned the score " + s + ", outside 0 to "
                        + NumberText.format(cap), null);
            }
        }
        return result;
    }

    /** The exception for a rule the engine does not know, listing the ones it knows. */
    static ScoringException unknownRule(Map<String, Rule> rules, String name, String targetId) {
        return new ScoringException(name, targetId, "no rule of that name is registered (known: "
                + String.join(", ", rules.keySet()) + ")", null);
    }
}
