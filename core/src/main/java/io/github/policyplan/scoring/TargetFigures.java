package io.github.policyplan.scoring;

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

    final byte[] path;
    final double[] weight;
    final double[] goal;
    final double[] start;
    final double[] cap;
    final double[] floor;
    /** The epoch day the schedule's clock starts and the due date's. */
    final int[] origin;
    final int[] due;
    final boolean[] lower;
    final boolean[] accumulates;

    private TargetFigures(int n) {
        path = new byte[n];
        weight = new double[n];
        goal = new double[n];
        start = new double[n];
        cap = new double[n];
        floor = new double[n];
        origin = new int[n];
        due = new int[n];
        lower = new boolean[n];
        accumulates = new boolean[n];
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
            f.path[i] = path(plan, t);
            if (f.path[i] == GENERAL) {
                continue;
            }
            Map<String, Object> parameters = Scoring.ruleParameters(plan, t);
            f.goal[i] = ((Goal.Amount) t.goal()).value();
            f.start[i] = Schedules.start(t);
            f.cap[i] = number(parameters, "cap", 100);
            f.floor[i] = number(parameters, "floor", 0);
            f.origin[i] = Math.toIntExact(Schedules.origin(t, period).toEpochDay());
            f.due[i] = Math.toIntExact(t.due().toEpochDay());
            f.lower[i] = t.measure().direction() == Direction.LOWER_IS_BETTER;
            f.accumulates[i] = Scoring.accumulates(t);
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

    private static double number(Map<String, Object> parameters, String name, double fallback) {
        Object v = parameters.get(name);
        return v instanceof Double ? (Double) v : fallback;
    }
}
