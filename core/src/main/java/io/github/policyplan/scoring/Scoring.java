package io.github.policyplan.scoring;

import io.github.policyplan.core.NumberText;

import io.github.policyplan.core.Explanation;
import io.github.policyplan.rules.Rule;
import io.github.policyplan.rules.RuleInput;
import io.github.policyplan.rules.RuleResult;
import io.github.policyplan.rules.Scores;

import io.github.policyplan.model.Direction;
import io.github.policyplan.model.Goal;
import io.github.policyplan.model.Item;
import io.github.policyplan.model.MeasureKind;
import io.github.policyplan.model.Plan;
import io.github.policyplan.model.PlanPeriod;
import io.github.policyplan.model.Report;
import io.github.policyplan.model.Section;
import io.github.policyplan.model.Strategy;
import io.github.policyplan.model.Target;
import io.github.policyplan.model.Value;
import io.github.policyplan.progress.ProgressLog;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;

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
 * targets, {@code linear} for levels, shares, thresholds and counts that start from a baseline (so
 * that progress is measured from where they started, like their status), {@code completion-rate}
 * for the rest. Its schedule is the one it names, else: linear for
 * counts and thresholds (from 0) and for levels and shares with a baseline; per-year for per-year
 * rates; steps through the checkpoints for milestones that have them, else at the due date; the
 * goal itself at every date for growth rates, ranks, bands and levels without a baseline. A node
 * rolls up by its own aggregation, else the plan's, else {@code weighted-mean}.
 *
 * <p>Immutable and thread-safe: score any number of plans from any number of threads.
 */
public final class Scoring {

    private static final Scoring STANDARD = new Scoring(Rule.builtIns(), StatusThresholds.DEFAULT,
            ForecastSettings.DEFAULT);

    private final Map<String, Rule> rules;
    private final StatusThresholds thresholds;
    private final ForecastSettings forecasts;

    private Scoring(Map<String, Rule> rules, StatusThresholds thresholds, ForecastSettings forecasts) {
        this.rules = Collections.unmodifiableMap(new TreeMap<>(rules));
        this.thresholds = thresholds;
        this.forecasts = forecasts;
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
        return new Scoring(all, thresholds, forecasts);
    }

    /**
     * Returns an engine with other status thresholds.
     *
     * @param value the thresholds
     * @return the new engine
     */
    public Scoring withThresholds(StatusThresholds value) {
        return new Scoring(rules, Objects.requireNonNull(value, "thresholds"), forecasts);
    }

    /**
     * Returns an engine with other forecast settings.
     *
     * @param value the settings
     * @return the new engine
     */
    public Scoring withForecasts(ForecastSettings value) {
        return new Scoring(rules, thresholds, Objects.requireNonNull(value, "forecasts"));
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
     * @throws ScoringException when a rule fails or returns an invalid score
     */
    public Scorecard score(Plan plan, ProgressLog log, LocalDate asOf) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(log, "log");
        Objects.requireNonNull(asOf, "asOf");
        Pass pass = new Pass(plan, log, asOf);
        Group[] sections = new Group[plan.sections().size()];
        int first = 0;
        for (int s = 0; s < sections.length; s++) {
            Section section = plan.sections().get(s);
            Group[] items = new Group[section.items().size()];
            int headline = first;
            first += section.targets().size();
            for (int i = 0; i < items.length; i++) {
                Item item = section.items().get(i);
                items[i] = pass.group(NodeKind.ITEM, item.id(), item.title(), item.weight(),
                        item.aggregation().orElse(pass.planRollUp), s, i, item.targets(), first,
                        pass.judge(item.targets(), first), new Group[0]);
                first += item.targets().size();
            }
            sections[s] = pass.group(NodeKind.SECTION, section.id(), section.title(), section.weight(),
                    section.aggregation().orElse(pass.planRollUp), s, -1, section.targets(), headline,
                    pass.judge(section.targets(), headline), items);
        }
        return new Scorecard(this, plan, log, asOf, pass.root(sections));
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
        Target t = plan.target(targetId).orElseThrow(() -> new IllegalArgumentException("plan " + plan.id()
                + " has no target '" + targetId + "'"));
        if (!t.isGoalSet() || !t.measure().kind().isNumeric() || !(t.goal() instanceof Goal.Amount)) {
            return Optional.empty();
        }
        String schedule = t.schedule().map(Strategy::name).orElse(Schedules.defaultFor(t));
        Schedules.Expectation exp = Schedules.expected(t, plan.period(), schedule, date);
        if (!exp.expects() || !(exp.value() instanceof Goal.Amount)) {
            return Optional.empty();
        }
        String ruleName = ruleName(plan, t);
        Rule rule = rules.get(ruleName);
        Map<String, Object> parameters = ruleParameters(plan, t);
        boolean lower = t.measure().direction() == Direction.LOWER_IS_BETTER;
        double e = ((Goal.Amount) exp.value()).value();
        double span = Math.max(Math.abs(e), Math.abs(((Goal.Amount) t.goal()).value())) * 4 + 1;
        double lo = lower ? 0 : Math.min(0, e) - span;
        double hi = e + span;
        java.util.function.DoubleUnaryOperator f = a -> {
            RuleResult r = apply(rule, ruleName, t, new RuleInput(t, parameters, Value.of(a), exp.value(),
                    exp.start(), date));
            return r.score().orElse(-1);
        };
        double best = lower ? lo : hi;
        if (f.applyAsDouble(best) < score) {
            return Optional.empty();
        }
        double worst = lower ? hi : lo;
        for (int i = 0; i < 200; i++) {
            double mid = (best + worst) / 2;
            if (f.applyAsDouble(mid) >= score) {
                best = mid;
            } else {
                worst = mid;
            }
        }
        double value = Math.round(best * 1e6) / 1e6;
        String unit = t.measure().unit().isEmpty() ? "" : " " + t.measure().unit();
        String en = (lower ? "at most " : "at least ") + NumberText.format(value) + unit + " by " + date + " to score "
                + NumberText.format(score) + " by the rule " + ruleName + "; " + exp.english();
        String zh = "须于" + date + "前达到" + NumberText.format(value) + unit + (lower ? "以下" : "以上") + "方可得"
                + NumberText.format(score) + "分（规则 " + ruleName + "）；" + exp.chinese();
        return Optional.of(new Needed(targetId, date, value, new Explanation(en, zh)));
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
        Target t = plan.target(targetId).orElseThrow(() -> new IllegalArgumentException("plan " + plan.id()
                + " has no target '" + targetId + "'"));
        if (!t.isGoalSet() || !(t.goal() instanceof Goal.Amount)) {
            return Optional.empty();
        }
        String unit = t.measure().unit().isEmpty() ? "" : " " + t.measure().unit();
        boolean lower = t.measure().direction() == Direction.LOWER_IS_BETTER;
        if (status == Status.ACHIEVED) {
            double g = ((Goal.Amount) t.goal()).value();
            return Optional.of(new Needed(targetId, date, g, new Explanation("the goal itself: " + NumberText.format(g)
                    + unit, "即目标值 " + NumberText.format(g) + unit)));
        }
        double pace;
        if (status == Status.ON_TRACK) {
            pace = thresholds.onTrack();
        } else if (status == Status.AT_RISK) {
            pace = thresholds.atRisk();
        } else {
            throw new IllegalArgumentException("a value is needed for on track, at risk or achieved (was " + status
                    + ")");
        }
        String schedule = t.schedule().map(Strategy::name).orElse(Schedules.defaultFor(t));
        Schedules.Expectation exp = Schedules.expected(t, plan.period(), schedule, date);
        if (!exp.expects() || !(exp.value() instanceof Goal.Amount)) {
            return Optional.empty();
        }
        double e = ((Goal.Amount) exp.value()).value();
        double s = exp.start();
        double value;
        String how;
        if (!Double.isNaN(s) && e != s) {
            value = s + pace * (e - s);
            how = NumberText.format(value) + " = " + NumberText.format(s) + " + " + NumberText.format(pace) + " × ("
                    + NumberText.format(e) + " − " + NumberText.format(s) + ")";
        } else if (lower) {
            value = e / pace;
            how = NumberText.format(value) + " = " + NumberText.format(e) + " ÷ " + NumberText.format(pace);
        } else {
            value = e * pace;
            how = NumberText.format(value) + " = " + NumberText.format(e) + " × " + NumberText.format(pace);
        }
        return Optional.of(new Needed(targetId, date, value, new Explanation(how + " (pace " + NumberText.format(pace)
                + " for " + status.english() + "); " + exp.english(), how + "（进度比" + NumberText.format(pace) + "为"
                + status.chinese() + "）；" + exp.chinese())));
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
    public Scorecard rescore(Scorecard previous, Plan plan, ProgressLog log, java.util.Collection<String> changed) {
        if (!previous.planId().equals(plan.id()) || previous.rootGroup().groups.length != plan.sections().size()) {
            throw new IllegalArgumentException("scorecard of plan " + previous.planId() + " does not match plan "
                    + plan.id());
        }
        LocalDate asOf = previous.asOf();
        Map<Integer, Map<Integer, List<Integer>>> bySection = new TreeMap<>();
        for (String id : changed) {
            Plan.TargetPosition p = plan.position(id).orElseThrow(() -> new IllegalArgumentException("plan "
                    + plan.id() + " has no target '" + id + "'"));
            bySection.computeIfAbsent(p.section(), k -> new TreeMap<>()).computeIfAbsent(p.item(),
                    k -> new ArrayList<>()).add(p.index());
        }
        if (previous.plan() != plan) {
            // Another plan object with the same id: its numbers may differ anywhere.
            return score(plan, log, asOf);
        }
        Pass pass = new Pass(plan, log, asOf);
        Group[] sections = previous.rootGroup().groups.clone();
        for (Map.Entry<Integer, Map<Integer, List<Integer>>> e : bySection.entrySet()) {
            Group section = sections[e.getKey()];
            Pass.Judged headline = new Pass.Judged(section.scores, section.statuses);
            Group[] items = section.groups;
            for (Map.Entry<Integer, List<Integer>> byItem : e.getValue().entrySet()) {
                if (byItem.getKey() < 0) {
                    headline = pass.rejudge(section, byItem.getValue());
                    continue;
                }
                if (items == section.groups) {
                    items = items.clone();
                }
                Group item = items[byItem.getKey()];
                items[byItem.getKey()] = pass.group(item, pass.rejudge(item, byItem.getValue()), item.groups);
            }
            sections[e.getKey()] = pass.group(section, headline, items);
        }
        return new Scorecard(this, plan, log, asOf, pass.root(sections));
    }

    /**
     * One scoring of a plan at a date: computes the numbers of targets and groups, without words.
     * Not thread-safe; each call of {@link #score} or {@link #rescore} has its own.
     */
    private final class Pass {

        final Plan plan;
        final ProgressLog log;
        final LocalDate asOf;
        final long day;
        final Strategy planRollUp;
        final TargetFigures figures;
        final ProgressLog.Cursor reports;
        private final double[] numbers = new double[3];
        private double[] weights = new double[16];
        private double[] scores = new double[16];
        private double[] coverages = new double[16];

        /** The scores and statuses of a group's own targets. */
        record Judged(double[] scores, byte[] statuses) {
        }

        Pass(Plan plan, ProgressLog log, LocalDate asOf) {
            this.plan = plan;
            this.log = log;
            this.asOf = asOf;
            this.day = asOf.toEpochDay();
            this.planRollUp = plan.aggregation().orElse(WEIGHTED_MEAN);
            this.figures = TargetFigures.of(plan);
            this.reports = log.cursor(plan);
        }

        Judged judge(List<Target> targets, int first) {
            int n = targets.size();
            double[] out = new double[n];
            byte[] statuses = new byte[n];
            for (int j = 0; j < n; j++) {
                judgeInto(targets, j, first + j, out, statuses);
            }
            return new Judged(out, statuses);
        }

        Judged rejudge(Group group, List<Integer> slots) {
            double[] out = group.scores.clone();
            byte[] statuses = group.statuses.clone();
            for (int j : slots) {
                judgeInto(group.targets, j, group.firstTarget + j, out, statuses);
            }
            return new Judged(out, statuses);
        }

        /**
         * Judges a target: its score (NaN for none) into {@code out[j]}, its status into {@code statuses[j]}.
         * The same decisions as {@link Scoring#describe(Scorecard, Target, int, double, Status)}, which
         * writes the words and checks that it reaches the same numbers.
         */
        private void judgeInto(List<Target> targets, int j, int index, double[] out, byte[] statuses) {
            byte flags = figures.flags[index];
            if (TargetFigures.path(flags) != TargetFigures.GENERAL && judgeFromFigures(flags, index, out, statuses, j)) {
                return;
            }
            judgeInto(targets.get(j), index, out, statuses, j);
        }

        /**
         * Judges a target on a plain linear schedule from its figures: what {@link Schedules#expected} and
         * the rule compute, without objects. Returns false, leaving the target to the general path, when
         * its latest report is not a number (a log extended with {@code plus} is not checked).
         */
        private boolean judgeFromFigures(byte flags, int index, double[] out, byte[] statuses, int j) {
            TargetFigures f = figures;
            double g = f.goal(index);
            double s = f.start(index);
            int origin = f.origin(index);
            boolean due = day >= f.due(index);
            boolean expects = due || day > origin;
            double e = g;
            if (!due && expects) {
                long elapsed = day - origin;
                long total = (long) f.due(index) - origin;
                e = s + (g - s) * elapsed / total;
                if (!Double.isFinite(e)) {
                    double share = (double) elapsed / total;
                    e = s * (1 - share) + g * share;
                }
            }
            int latest = reports.latest(index, day);
            if (latest < 0) {
                out[j] = Double.NaN;
                statuses[j] = (byte) (expects ? Status.NO_DATA : Status.NOT_STARTED).ordinal();
                return true;
            }
            if (reports.isLevel(index, latest)) {
                return false;
            }
            double a = reports.amount(index, latest);
            boolean lower = (flags & TargetFigures.LOWER) != 0;
            boolean met = lower ? a <= g : a >= g;
            boolean accumulates = (flags & TargetFigures.ACCUMULATES) != 0;
            if (!expects && !(met && accumulates)) {
                out[j] = Double.NaN;
                statuses[j] = (byte) Status.NOT_STARTED.ordinal();
                return true;
            }
            double against = expects ? e : g;
            double score = TargetFigures.path(flags) == TargetFigures.LINEAR
                    ? Scores.linearScore(a, against, s, f.floor(index), f.cap(index))
                    : Scores.completionRateScore(a, against, lower, f.cap(index));
            out[j] = score;
            statuses[j] = (byte) status(met, due, accumulates, pace(lower, a, against, s)).ordinal();
            return true;
        }

        private void judgeInto(Target t, int index, double[] out, byte[] statuses, int j) {
            out[j] = Double.NaN;
            if (!t.isGoalSet()) {
                statuses[j] = (byte) Status.UNSET.ordinal();
                return;
            }
            String ruleName = ruleName(plan, t);
            Schedules.Expectation exp = Schedules.expected(t, plan.period(), scheduleName(t), asOf);
            int latest = reports.latest(index, day);
            if (latest >= 0 && exp.windowStart() != null
                    && reports.day(index, latest) <= exp.windowStart().toEpochDay()) {
                latest = -1;
            }
            if (latest < 0) {
                statuses[j] = (byte) (exp.expects() ? Status.NO_DATA : Status.NOT_STARTED).ordinal();
                return;
            }
            Value actual = reports.value(index, latest);
            boolean met = met(t, actual);
            boolean accumulates = accumulates(t);
            boolean due = !asOf.isBefore(t.due());
            Goal against = exp.expects() ? exp.value() : (met && accumulates ? t.goal() : null);
            if (against == null) {
                statuses[j] = (byte) Status.NOT_STARTED.ordinal();
                return;
            }
            double score = ruleScore(plan, t, ruleName, actual, against, exp.start(), asOf);
            double pace = pace(t, actual, against, exp.start(), score);
            out[j] = score;
            statuses[j] = (byte) status(met, due, accumulates, pace).ordinal();
        }

        /** A group like {@code old} with other targets' numbers and child groups. */
        Group group(Group old, Judged judged, Group[] groups) {
            return group(old.kind, old.id, old.title, old.weight, old.rollUp, old.section, old.item, old.targets,
                    old.firstTarget, judged, groups);
        }

        Group group(NodeKind kind, String id, String title, double weight, Strategy rollUp, int section, int item,
                List<Target> targets, int firstTarget, Judged judged, Group[] groups) {
            int n = targets.size() + groups.length;
            if (weights.length < n) {
                weights = new double[n];
                scores = new double[n];
                coverages = new double[n];
            }
            int[] counts = new int[STATUSES.length];
            for (int j = 0; j < targets.size(); j++) {
                weights[j] = figures.weight[firstTarget + j];
                scores[j] = judged.scores()[j];
                coverages[j] = Double.isNaN(judged.scores()[j]) ? 0 : 1;
                counts[judged.statuses()[j]]++;
            }
            for (int g = 0; g < groups.length; g++) {
                int k = targets.size() + g;
                weights[k] = groups[g].weight;
                scores[k] = groups[g].score;
                coverages[k] = groups[g].coverage;
                for (int c = 0; c < counts.length; c++) {
                    counts[c] += groups[g].counts[c];
                }
            }
            RollUps.compute(rollUp.name(), RollUps.minCoverage(rollUp), n, weights, scores, coverages, numbers);
            double score = numbers[0];
            Status status = nodeStatus(score, numbers[2], counts);
            return new Group(kind, id, title, weight, rollUp, section, item, targets, firstTarget, judged.scores(),
                    judged.statuses(), groups, score, numbers[1], numbers[2], status, counts);
        }

        Group root(Group[] sections) {
            return group(NodeKind.PLAN, plan.id(), plan.title(), 1, planRollUp, -1, -1, List.of(), 0,
                    new Judged(new double[0], new byte[0]), sections);
        }
    }

    private static final Status[] STATUSES = Status.values();
    private static final Strategy WEIGHTED_MEAN = Strategy.named("weighted-mean");

    private static String scheduleName(Target t) {
        return t.schedule().isPresent() ? t.schedule().get().name() : Schedules.defaultFor(t);
    }

    static boolean accumulates(Target t) {
        MeasureKind kind = t.measure().kind();
        return kind == MeasureKind.COUNT || kind == MeasureKind.THRESHOLD || kind == MeasureKind.MILESTONE;
    }

    /**
     * A target's score by its rule, NaN when the rule gives none. The two rules most targets use are
     * computed from the numbers alone; any other rule is applied and its words dropped.
     */
    private double ruleScore(Plan plan, Target t, String ruleName, Value actual, Goal against, double start,
            LocalDate asOf) {
        boolean numeric = actual instanceof Value.Amount && against instanceof Goal.Amount;
        if (numeric && (ruleName.equals("completion-rate") || ruleName.equals("linear"))) {
            Map<String, Object> parameters = ruleParameters(plan, t);
            double cap = number(parameters, "cap", 100);
            double a = ((Value.Amount) actual).value();
            double e = ((Goal.Amount) against).value();
            return ruleName.equals("linear") ? Scores.linearScore(a, e, start, number(parameters, "floor", 0), cap)
                    : Scores.completionRateScore(a, e, t.measure().direction() == Direction.LOWER_IS_BETTER, cap);
        }
        Rule rule = rules.get(ruleName);
        if (rule == null) {
            throw new ScoringException(ruleName, t.id(), "no rule of that name is registered (known: "
                    + String.join(", ", rules.keySet()) + ")", null);
        }
        RuleInput input = new RuleInput(t, ruleParameters(plan, t), actual, against, start, asOf);
        return apply(rule, ruleName, t, input).score().orElse(Double.NaN);
    }

    static double number(Map<String, Object> parameters, String name, double fallback) {
        Object v = parameters.get(name);
        return v instanceof Double ? (Double) v : fallback;
    }

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

    /** The rule a target is scored with. */
    static String ruleName(Plan plan, Target t) {
        if (t.rule().isPresent()) {
            return t.rule().get().name();
        }
        MeasureKind kind = t.measure().kind();
        if (kind == MeasureKind.MILESTONE) {
            return "milestone";
        }
        if (kind == MeasureKind.GRADE) {
            return "grade";
        }
        if (t.measure().direction() == Direction.WITHIN_BAND) {
            return "within-band";
        }
        if (plan.rule().isPresent()) {
            return plan.rule().get().name();
        }
        boolean fromBaseline = t.baseline().isPresent() && (kind == MeasureKind.LEVEL || kind == MeasureKind.SHARE
                || kind == MeasureKind.THRESHOLD || kind == MeasureKind.COUNT);
        return fromBaseline ? "linear" : "completion-rate";
    }

    static Map<String, Object> ruleParameters(Plan plan, Target t) {
        if (t.rule().isPresent()) {
            return t.rule().get().parameters();
        }
        String name = ruleName(plan, t);
        return plan.rule().filter(r -> r.name().equals(name)).map(Strategy::parameters).orElse(Map.of());
    }

    /**
     * Writes the words of a scored target: its explanation and details, from the same plan, log and date,
     * reaching the numbers {@link Pass} computed.
     *
     * @throws IllegalStateException when the words reach other numbers: a bug, never an input problem
     */
    NodeScore.Words describe(Scorecard card, Target t, int index, double score, Status status) {
        Leaf leaf = target(card.plan(), t, card.log(), card.asOf());
        if (Double.compare(leaf.score().orElse(Double.NaN), score) != 0 || leaf.status() != status) {
            throw new IllegalStateException("target " + t.id() + " (index " + index + ") was scored " + score + ", "
                    + status + " but is explained as " + leaf.score() + ", " + leaf.status());
        }
        return new NodeScore.Words(leaf.explanation(), Optional.of(leaf.result()));
    }

    /** Writes the words of a plan, section or item from its children's numbers. */
    NodeScore.Words describe(NodeScore node, Group group) {
        List<RollUps.Child> parts = new ArrayList<>();
        for (NodeScore c : node.children()) {
            parts.add(new RollUps.Child(c.id(), c.weight(), c.score(), c.coverage(), c.status()));
        }
        RollUps.Result r = RollUps.rollUp(group.rollUp, parts);
        StatusCounts all = StatusCounts.of(group.counts);
        Status status = group.status;
        if (Double.compare(r.score().orElse(Double.NaN), group.score) != 0 || r.coverage() != group.coverage) {
            throw new IllegalStateException(group.kind + " " + group.id + " was scored " + group.score
                    + " but is explained as " + r.score());
        }
        String statusWhy = status == Status.ON_TRACK || status == Status.AT_RISK || status == Status.OFF_TRACK
                ? " (score ÷ " + NumberText.format(r.scale()) + " = " + NumberText.format(r.score().getAsDouble() / r.scale())
                + " read as a pace)" : "";
        String statusWhyZh = status == Status.ON_TRACK || status == Status.AT_RISK || status == Status.OFF_TRACK
                ? "（得分率" + NumberText.format(r.score().getAsDouble() / r.scale()) + "按进度比判断）" : "";
        return new NodeScore.Words(new Explanation((r.score().isPresent() ? "score " : "") + r.english()
                + "; status " + status.english() + statusWhy + "; " + all, (r.score().isPresent() ? "得分 " : "")
                + r.chinese() + "；状态：" + status.chinese() + statusWhyZh + "；" + chineseCounts(all)),
                Optional.empty());
    }

    /** A target's numbers with their words. */
    private record Leaf(OptionalDouble score, Status status, Explanation explanation, TargetResult result) {
    }

    private Leaf target(Plan plan, Target t, ProgressLog log, LocalDate asOf) {
        String ruleName = ruleName(plan, t);
        String schedule = scheduleName(t);
        String unit = t.measure().unit();
        if (!t.isGoalSet()) {
            return new Leaf(OptionalDouble.empty(), Status.UNSET, new Explanation(
                    "not scored: the plan does not publish the goal (*)", "不计分：目标值未公布（*）"),
                    new TargetResult(t.goal(), unit, Optional.empty(), Optional.empty(), Optional.empty(),
                            Optional.empty(), OptionalDouble.empty(), OptionalDouble.empty(), ruleName, schedule,
                            Optional.empty()));
        }
        PlanPeriod period = plan.period();
        Schedules.Expectation exp = Schedules.expected(t, period, schedule, asOf);
        Optional<Report> latest = log.latest(t.id(), asOf);
        if (latest.isPresent() && exp.windowStart() != null && !latest.get().date().isAfter(exp.windowStart())) {
            latest = Optional.empty();
        }
        OptionalDouble start = Double.isNaN(exp.start()) ? OptionalDouble.empty() : OptionalDouble.of(exp.start());
        Optional<Goal> expected = Optional.ofNullable(exp.value());
        if (latest.isEmpty()) {
            Status status = exp.expects() ? Status.NO_DATA : Status.NOT_STARTED;
            String why = exp.expects() ? "no report on or before " + asOf : exp.english();
            String whyZh = exp.expects() ? asOf + "及之前无报送数据" : exp.chinese();
            return new Leaf(OptionalDouble.empty(), status, new Explanation("not scored: " + why
                    + (exp.expects() ? "; " + exp.english() : ""), "不计分：" + whyZh
                    + (exp.expects() ? "；" + exp.chinese() : "")), new TargetResult(t.goal(), unit, Optional.empty(),
                    Optional.empty(), Optional.empty(), expected, start, OptionalDouble.empty(), ruleName, schedule,
                    Optional.empty()));
        }
        Report report = latest.get();
        Value actual = report.value();
        boolean met = met(t, actual);
        boolean accumulates = accumulates(t);
        boolean due = !asOf.isBefore(t.due());
        Goal against = exp.expects() ? exp.value() : (met && accumulates ? t.goal() : null);
        String reported = "actual " + actual + (actual instanceof Value.Amount && !unit.isEmpty() ? " " + unit : "")
                + " reported " + report.date() + report.source().map(s -> " by " + s).orElse("");
        String reportedZh = "完成值 " + actual + (actual instanceof Value.Amount && !unit.isEmpty() ? " " + unit : "")
                + "（" + report.date() + report.source().map(s -> "，" + s).orElse("") + "报送）";
        List<Report> window = new ArrayList<>();
        for (Report r : log.series(t.id())) {
            if (!r.date().isAfter(asOf) && (exp.windowStart() == null || r.date().isAfter(exp.windowStart()))) {
                window.add(r);
            }
        }
        LocalDate forecastTo = "per-year".equals(schedule) && exp.windowStart() != null
                ? min(LocalDate.of(exp.windowStart().getYear() + 1, 12, 31), t.due()) : t.due();
        Optional<Forecast> forecast = due ? Optional.empty()
                : Forecasts.forecast(t, window, exp.start(), forecastTo, forecasts);
        if (against == null) {
            return new Leaf(OptionalDouble.empty(), Status.NOT_STARTED, new Explanation("not scored: "
                    + exp.english() + "; " + reported, "不计分：" + exp.chinese() + "；" + reportedZh),
                    new TargetResult(t.goal(), unit, Optional.of(actual), Optional.of(report.date()), report.source(),
                            expected, start, OptionalDouble.empty(), ruleName, schedule, forecast));
        }
        Rule rule = rules.get(ruleName);
        if (rule == null) {
            throw new ScoringException(ruleName, t.id(), "no rule of that name is registered (known: "
                    + String.join(", ", rules.keySet()) + ")", null);
        }
        Map<String, Object> parameters = ruleParameters(plan, t);
        RuleInput input = new RuleInput(t, parameters, actual, against, exp.start(), asOf);
        RuleResult result = apply(rule, ruleName, t, input);
        double paceNumber = pace(t, actual, against, exp.start(), result.score().orElse(Double.NaN));
        OptionalDouble pace = Double.isNaN(paceNumber) ? OptionalDouble.empty() : OptionalDouble.of(paceNumber);
        Status status = status(met, due, accumulates, paceNumber);
        String paceText = pace.isPresent() ? "pace " + NumberText.format(pace.getAsDouble()) : "";
        String statusWhy = status.english() + (status == Status.ON_TRACK || status == Status.AT_RISK
                || status == Status.OFF_TRACK ? " (" + paceText + "; on track from " + NumberText.format(
                        thresholds.onTrack()) + ", at risk from " + NumberText.format(thresholds.atRisk()) + ")"
                : status == Status.ACHIEVED ? " (the goal " + t.goal() + " is met)"
                : status == Status.MISSED ? " (due " + t.due() + ", the goal " + t.goal() + " is not met)" : "");
        String statusWhyZh = status.chinese() + (status == Status.ON_TRACK || status == Status.AT_RISK
                || status == Status.OFF_TRACK ? "（进度比 " + (pace.isPresent() ? NumberText.format(pace.getAsDouble())
                        : "") + "；≥" + NumberText.format(thresholds.onTrack()) + "为正常，≥" + NumberText.format(
                                thresholds.atRisk()) + "为存在风险）"
                : status == Status.ACHIEVED ? "（已达到目标值 " + t.goal() + "）"
                : status == Status.MISSED ? "（" + t.due() + "到期，未达到目标值 " + t.goal() + "）" : "");
        String expectedText = exp.expects() ? exp.english() : "judged against the goal " + t.goal() + ", already met";
        String expectedZh = exp.expects() ? exp.chinese() : "已达到目标值 " + t.goal() + "，按目标值计分";
        String english = (result.score().isPresent() ? "score " + result.formula().english()
                : "not scored: " + result.formula().english()) + "; " + expectedText + "; " + reported + "; status "
                + statusWhy + forecast.map(f -> "; forecast: " + f.explanation().english()).orElse("");
        String chinese = (result.score().isPresent() ? "得分 " + result.formula().chinese()
                : "不计分：" + result.formula().chinese()) + "；" + expectedZh + "；" + reportedZh + "；状态：" + statusWhyZh
                + forecast.map(f -> "；预测：" + f.explanation().chinese()).orElse("");
        return new Leaf(result.score(), status, new Explanation(english, chinese), new TargetResult(t.goal(), unit,
                Optional.of(actual), Optional.of(report.date()), report.source(), Optional.of(against), start, pace,
                ruleName, schedule, forecast));
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static RuleResult apply(Rule rule, String name, Target t, RuleInput input) {
        RuleResult result;
        try {
            result = rule.score(input);
        } catch (RuntimeException e) {
            throw new ScoringException(name, t.id(), "the rule threw " + e, e);
        }
        if (result == null) {
            throw new ScoringException(name, t.id(), "the rule returned null", null);
        }
        if (result.score().isPresent()) {
            double s = result.score().getAsDouble();
            double cap = input.number("cap", 100);
            if (!Double.isFinite(s) || s < 0 || s > cap) {
                throw new ScoringException(name, t.id(), "the rule returned the score " + s + ", outside 0 to "
                        + NumberText.format(cap), null);
            }
        }
        return result;
    }

    /** Whether the actual value meets the goal. */
    static boolean met(Target t, Value actual) {
        Goal goal = t.goal();
        if (goal instanceof Goal.Level && actual instanceof Value.Level) {
            return t.measure().levelIndex(((Value.Level) actual).name())
                    >= t.measure().levelIndex(((Goal.Level) goal).name());
        }
        if (!(actual instanceof Value.Amount)) {
            return false;
        }
        double a = ((Value.Amount) actual).value();
        if (goal instanceof Goal.Band) {
            return ((Goal.Band) goal).contains(a);
        }
        if (goal instanceof Goal.Amount) {
            double g = ((Goal.Amount) goal).value();
            return t.measure().direction() == Direction.LOWER_IS_BETTER ? a <= g : a >= g;
        }
        return false;
    }

    /**
     * Actual progress ÷ expected progress; for non-numeric targets and bands, the score ÷ 100; NaN when
     * it is not defined or not finite.
     */
    private static double pace(Target t, Value actual, Goal expected, double start, double score) {
        if (actual instanceof Value.Amount && expected instanceof Goal.Amount) {
            return pace(t.measure().direction() == Direction.LOWER_IS_BETTER, ((Value.Amount) actual).value(),
                    ((Goal.Amount) expected).value(), start);
        }
        double pace = score / 100;
        return Double.isFinite(pace) ? pace : Double.NaN;
    }

    /** The pace of numbers: actual progress ÷ expected progress; NaN when not defined or not finite. */
    private static double pace(boolean lower, double a, double e, double start) {
        double pace;
        if (!Double.isNaN(start) && e != start) {
            pace = (a - start) / (e - start);
        } else {
            double num = lower ? e : a;
            double den = lower ? a : e;
            pace = den > 0 ? num / den : Double.NaN;
        }
        return Double.isFinite(pace) ? pace : Double.NaN;
    }

    private Status nodeStatus(double score, double scale, int[] counts) {
        int total = 0;
        for (int c : counts) {
            total += c;
        }
        int unset = counts[Status.UNSET.ordinal()];
        if (total > 0 && unset == total) {
            return Status.UNSET;
        }
        if (total > 0 && counts[Status.ACHIEVED.ordinal()] + unset == total) {
            return Status.ACHIEVED;
        }
        if (Double.isNaN(score)) {
            return counts[Status.NO_DATA.ordinal()] > 0 ? Status.NO_DATA : Status.NOT_STARTED;
        }
        return thresholds.of(score / scale);
    }

    private static String chineseCounts(StatusCounts counts) {
        StringBuilder sb = new StringBuilder().append("共").append(counts.total()).append("个目标");
        counts.asMap().forEach((k, v) -> sb.append("，").append(k.chinese()).append(v).append("个"));
        return sb.toString();
    }
}
