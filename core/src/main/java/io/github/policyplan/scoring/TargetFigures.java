package io.github.policyplan.scoring;

import io.github.policyplan.rules.Scores;

import io.github.policyplan.model.Direction;
import io.github.policyplan.model.Goal;
import io.github.policyplan.model.Plan;
import io.github.policyplan.model.PlanPeriod;
import io.github.policyplan.model.Strategy;
import io.github.policyplan.model.Target;
import java.util.List;
import java.util.Map;

/**
 * What scoring reads of each target of a plan, in arrays by the target's index in plan order: so that
 * scoring a large plan reads a few arrays instead of chasing every target's objects through memory.
 * Derived once per plan ({@link Plan#derived}) and never changed; a plan is immutable, so the figures
 * cannot go stale.
 *
 * <p>Targets scored by {@code completion-rate} or {@code linear} on a plain linear schedule (a numeric
 * goal, a start, no checkpoints) — most targets of most plans — are marked {@link #COMPLETION_RATE} or
 * {@link #LINEAR} and judged from these figures alone; any other target is {@link #GENERAL} and judged
 * from its objects. Both reach the same numbers: the figures are the very values the general path
 * computes ({@link Schedules}, {@link Scores}).
 */
final class TargetFigures {

    /** Judged from the target's objects. */
    static final byte GENERAL = 0;
    /** {@code completion-rate} on a plain linear schedule. */
    static final byte COMPLETION_RATE = 1;
    /** {@code linear} on a plain linear schedule. */
    static final byte LINEAR = 2;

    /** Set in {@link #flags} for a lower-is-better target. */
    static final int LOWER = 4;
    /** Set in {@link #flags} for a target whose amount builds up (counts, thresholds, milestones). */
    static final int ACCUMULATES = 8;
    private static final int PATH = 3;

    /**
     * Each target's path ({@link #GENERAL}, {@link #COMPLETION_RATE} or {@link #LINEAR}) with {@link #LOWER}
     * and {@link #ACCUMULATES}: the figures of one target lie together, four numbers and two days, so that
     * scoring reads three arrays in order rather than ten.
     */
    final byte[] flags;
    final double[] weight;
    /** Goal, start, cap and floor (the {@code linear} rule's) of target i at {@code 4 * i}. */
    private final double[] numbers;
    /** The epoch days the schedule's clock starts and the target is due, of target i at {@code 2 * i}. */
    private final int[] days;

    private TargetFigures(int n) {
        flags = new byte[n];
        weight = new double[n];
        numbers = new double[4 * n];
        days = new int[2 * n];
    }

    static int path(byte flags) {
        return flags & PATH;
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

    /** The figures of a plan, computed on first use and kept with it. */
    static TargetFigures of(Plan plan) {
        return plan.derived(TargetFigures.class, TargetFigures::compute);
    }

    private static TargetFigures compute(Plan plan) {
        List<Target> targets = plan.targets();
        TargetFigures f = new TargetFigures(targets.size());
        PlanPeriod period = plan.period();
        for (int i = 0; i < targets.size(); i++) {
            Target t = targets.get(i);
            f.weight[i] = t.weight();
            byte path = path(plan, t);
            if (path == GENERAL) {
                continue;
            }
            Map<String, Object> parameters = Scoring.ruleParameters(plan, t);
            f.flags[i] = (byte) (path | (t.measure().direction() == Direction.LOWER_IS_BETTER ? LOWER : 0)
                    | (Scoring.accumulates(t) ? ACCUMULATES : 0));
            f.numbers[4 * i] = ((Goal.Amount) t.goal()).value();
            f.numbers[4 * i + 1] = Schedules.start(t);
            f.numbers[4 * i + 2] = Scoring.number(parameters, "cap", 100);
            f.numbers[4 * i + 3] = Scoring.number(parameters, "floor", 0);
            f.days[2 * i] = Math.toIntExact(Schedules.origin(t, period).toEpochDay());
            f.days[2 * i + 1] = Math.toIntExact(t.due().toEpochDay());
        }
        return f;
    }

    private static byte path(Plan plan, Target t) {
        if (!t.isGoalSet() || !(t.goal() instanceof Goal.Amount) || !t.measure().kind().isNumeric()
                || !t.checkpoints().isEmpty() || Double.isNaN(Schedules.start(t))
                || !"linear".equals(t.schedule().map(Strategy::name).orElse(Schedules.defaultFor(t)))) {
            return GENERAL;
        }
        String rule = Scoring.ruleName(plan, t);
        return rule.equals("completion-rate") ? COMPLETION_RATE : rule.equals("linear") ? LINEAR : GENERAL;
    }
}
