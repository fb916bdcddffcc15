package io.github.policyplan.scoring;

import io.github.policyplan.model.Cadence;
import io.github.policyplan.model.Direction;
import io.github.policyplan.model.Goal;
import io.github.policyplan.model.MeasureKind;
import io.github.policyplan.model.Plan;
import io.github.policyplan.model.PlanColumns;
import io.github.policyplan.model.PlanPeriod;
import io.github.policyplan.model.PlanTemplate;
import io.github.policyplan.model.ScheduleKind;
import io.github.policyplan.model.Target;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What scoring reads of each target of a plan, in arrays by the target's index in plan order: so that
 * scoring a large plan reads a few arrays instead of chasing every target's objects through memory.
 * Derived once per plan ({@link Plan#derived}) and never changed; a plan is immutable, so the figures
 * cannot go stale. Here, once, each target's schedule and rule are resolved (its own, else the defaults).
 *
 * <p>{@link Judge} reads a target's schedule from these figures when it is a plain straight line
 * ({@link #PLAIN_LINE}), and scores {@code completion-rate} and {@code linear} from the cap and floor
 * held here; the figures are the very values {@link Schedules} and the rules' parameters give.
 */
final class TargetFigures {

    /** Set in {@link #flags} for a target whose goal is published. */
    static final int GOAL_SET = 1;
    /** Set for a goal that is a number (not a band, stage or grade): {@link #goal} holds it. */
    static final int GOAL_NUMBER = 2;
    /** Set for a lower-is-better target. */
    static final int LOWER = 4;
    /** Set for a target whose amount builds up (counts, thresholds, milestones). */
    static final int ACCUMULATES = 8;
    /**
     * Set when the schedule is a plain straight line ({@link Schedules#isPlainLine}): from {@link #start}
     * at {@link #origin} to {@link #goal} at {@link #due}.
     */
    static final int PLAIN_LINE = 16;
    /** Set for the rule {@code completion-rate}: {@link #cap} holds its cap. */
    static final int COMPLETION_RATE = 32;
    /** Set for the rule {@code linear}: {@link #cap} and {@link #floor} hold its cap and floor. */
    static final int LINEAR = 64;

    private static final ScheduleKind[] SCHEDULES = ScheduleKind.values();

    /** Each target's flags: the figures of one target lie together, so that scoring reads arrays in order. */
    final byte[] flags;
    final double[] weight;
    /**
     * Goal (NaN unless a number), start (NaN when none), cap (every rule's) and floor ({@code linear}'s, else 0)
     * of target i at {@code 4 * i}.
     */
    private final double[] numbers;
    /** The epoch days the schedule's clock starts and the target is due, of target i at {@code 2 * i}. */
    private final int[] days;
    /** Each target's schedule, by {@link ScheduleKind#ordinal()}. */
    private final byte[] schedules;
    /** Each target's reporting cadence ({@link Plan#cadenceOf}), by {@link Cadence#ordinal()}. */
    private final byte[] cadences;
    /** Each rule name the plan uses, with the id of the first target that uses it, in plan order. */
    final Map<String, String> ruleUsers;

    private TargetFigures(int n, Map<String, String> ruleUsers) {
        this(new byte[n], new double[n], new double[4 * n], new int[2 * n], new byte[n], new byte[n], ruleUsers);
    }

    private TargetFigures(byte[] flags, double[] weight, double[] numbers, int[] days, byte[] schedules,
            byte[] cadences, Map<String, String> ruleUsers) {
        this.flags = flags;
        this.weight = weight;
        this.numbers = numbers;
        this.days = days;
        this.schedules = schedules;
        this.cadences = cadences;
        this.ruleUsers = ruleUsers;
    }

    double goal(int i) {
        return numbers[4 * i];
    }

    double start(int i) {
        return numbers[4 * i + 1];
    }

    double cap(int i) {
        return numbers[4 * i + 2];
    }

    double floor(int i) {
        return numbers[4 * i + 3];
    }

    int origin(int i) {
        return days[2 * i];
    }

    int due(int i) {
        return days[2 * i + 1];
    }

    ScheduleKind schedule(int i) {
        return SCHEDULES[schedules[i]];
    }

    int cadence(int i) {
        return cadences[i];
    }

    /** The figures of a plan, computed on first use and kept with it. */
    static TargetFigures of(Plan plan) {
        return plan.derived(TargetFigures.class, TargetFigures::compute);
    }

    private static TargetFigures compute(Plan plan) {
        if (plan.columns().isPresent()) {
            return fromColumns(plan.columns().get());
        }
        return compute(plan, null);
    }

    /**
     * The figures of a plan made from a template, without making its targets: the template's figures (its
     * schedules, rules, cadences and starts, which the columns do not change) with the plan's goals, due
     * dates and weights.
     */
    private static TargetFigures fromColumns(PlanColumns columns) {
        PlanTemplate template = columns.template();
        TargetFigures base = template.shape().derived(OfTemplate.class, shape -> new OfTemplate(compute(shape, template)))
                .figures();
        int n = columns.size();
        double[] weight = new double[n];
        double[] numbers = base.numbers.clone();
        int[] days = base.days.clone();
        for (int i = 0; i < n; i++) {
            weight[i] = columns.weight(i);
            if (template.takesGoal(i)) {
                numbers[4 * i] = columns.goal(i);
            }
            days[2 * i + 1] = columns.dueDay(i);
        }
        return new TargetFigures(base.flags, weight, numbers, days, base.schedules, base.cadences, base.ruleUsers);
    }

    /** A template's figures, kept with its plan: each goal that a column gives counts as set and a number. */
    private record OfTemplate(TargetFigures figures) {
    }

    /** The figures of a plan's targets; for a template's plan, each goal {@code template} takes counts as a number. */
    private static TargetFigures compute(Plan plan, PlanTemplate template) {
        List<Target> targets = plan.targets();
        Map<String, String> ruleUsers = new LinkedHashMap<>();
        TargetFigures f = new TargetFigures(targets.size(), Collections.unmodifiableMap(ruleUsers));
        PlanPeriod period = plan.period();
        for (int i = 0; i < targets.size(); i++) {
            Target t = targets.get(i);
            ScheduleKind schedule = Schedules.of(t);
            TargetRule rule = TargetRule.of(plan, t);
            ruleUsers.putIfAbsent(rule.name(), t.id());
            boolean number = template != null && template.takesGoal(i);
            f.weight[i] = t.weight();
            f.schedules[i] = (byte) schedule.ordinal();
            f.cadences[i] = (byte) plan.cadenceOf(t).ordinal();
            f.flags[i] = (byte) ((number || t.isGoalSet() ? GOAL_SET : 0)
                    | (number || t.goal() instanceof Goal.Amount ? GOAL_NUMBER : 0)
                    | (t.measure().direction() == Direction.LOWER_IS_BETTER ? LOWER : 0)
                    | (accumulates(t) ? ACCUMULATES : 0)
                    | (Schedules.isPlainLine(t, schedule, number || t.goal() instanceof Goal.Amount) ? PLAIN_LINE : 0)
                    | (rule.name().equals("completion-rate") ? COMPLETION_RATE : 0)
                    | (rule.name().equals("linear") ? LINEAR : 0));
            f.numbers[4 * i] = t.goal() instanceof Goal.Amount amount ? amount.value() : Double.NaN;
            f.numbers[4 * i + 1] = Schedules.start(t);
            try {
                f.numbers[4 * i + 2] = rule.parameter("cap").number(100);
                f.numbers[4 * i + 3] = rule.name().equals("linear") ? rule.parameter("floor").number(0) : 0;
            } catch (IllegalArgumentException e) {
                throw new ScoringException(rule.name(), t.id(), e.getMessage(), e);
            }
            f.days[2 * i] = Math.toIntExact(Schedules.origin(t, period).toEpochDay());
            f.days[2 * i + 1] = Math.toIntExact(t.due().toEpochDay());
        }
        return f;
    }

    /** Whether a target's amount builds up within the period: counts, thresholds, milestones. */
    static boolean accumulates(Target t) {
        MeasureKind kind = t.measure().kind();
        return kind == MeasureKind.COUNT || kind == MeasureKind.THRESHOLD || kind == MeasureKind.MILESTONE;
    }
}
