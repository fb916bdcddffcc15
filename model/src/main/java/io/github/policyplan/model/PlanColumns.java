package io.github.policyplan.model;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.time.LocalDate;
import java.util.List;

/**
 * The columns one unit filled in a {@link PlanTemplate}: each target's goal, due date, weight and lead
 * department, by the target's index in plan order. A plan made by {@link PlanTemplate#plan} holds its
 * columns ({@link Plan#columns()}) and makes each {@link Target} only when it is first asked for; code
 * that reads many plans, such as scoring, reads the columns instead.
 *
 * <p>Immutable and thread-safe: the arrays are copies, never written after the plan is made; a target is
 * made at most once, whichever thread asks first.
 */
public final class PlanColumns {

    private static final VarHandle MADE = MethodHandles.arrayElementVarHandle(Target[].class);
    private static final VarHandle MADE_ARRAY;

    static {
        try {
            MADE_ARRAY = MethodHandles.lookup().findVarHandle(PlanColumns.class, "made", Target[].class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final PlanTemplate template;
    private final double[] goals;
    private final int[] dueDays;
    private final double[] weights;
    /** Each target's lead by index in the plan's departments; the template's own array when none was given. */
    private final int[] leads;
    /** The targets made so far, by index; null until the first is asked for. */
    @SuppressWarnings("unused") // written and read through MADE_ARRAY
    private volatile Target[] made;

    PlanColumns(PlanTemplate template, double[] goals, int[] dueDays, double[] weights, int[] leads) {
        this.template = template;
        this.goals = goals;
        this.dueDays = dueDays;
        this.weights = weights;
        this.leads = leads;
    }

    /**
     * Returns the template the plan was made from.
     *
     * @return the template
     */
    public PlanTemplate template() {
        return template;
    }

    /**
     * Returns how many targets the columns hold: the template's.
     *
     * @return the number of targets
     */
    public int size() {
        return goals.length;
    }

    /**
     * Returns a target's goal as the column gives it.
     *
     * @param index the target's index in plan order
     * @return the goal; NaN for a target whose goal is the template's ({@link PlanTemplate#takesGoal})
     */
    public double goal(int index) {
        return goals[index];
    }

    /**
     * Returns a target's due date.
     *
     * @param index the target's index in plan order
     * @return the due date as an epoch day
     */
    public int dueDay(int index) {
        return dueDays[index];
    }

    /**
     * Returns a target's weight.
     *
     * @param index the target's index in plan order
     * @return the weight
     */
    public double weight(int index) {
        return weights[index];
    }

    /**
     * Returns a target's lead department.
     *
     * @param index the target's index in plan order
     * @return the lead's index in the plan's {@link Plan#departments()}
     */
    public int lead(int index) {
        return leads[index];
    }

    /** Target {@code index}, made on first use: the template's target with this unit's goal, due date, weight and lead. */
    Target target(int index) {
        Target[] all = (Target[]) MADE_ARRAY.getAcquire(this);
        if (all == null) {
            Target[] fresh = new Target[goals.length];
            Target[] witness = (Target[]) MADE_ARRAY.compareAndExchange(this, null, fresh);
            all = witness == null ? fresh : witness;
        }
        Target t = (Target) MADE.getAcquire(all, index);
        if (t != null) {
            return t;
        }
        Target fresh = make(index);
        Target witness = (Target) MADE.compareAndExchange(all, index, null, fresh);
        return witness == null ? fresh : witness;
    }

    private Target make(int index) {
        Target s = template.shape().targets().get(index);
        Goal goal = template.takesGoal(index) ? Goal.of(goals[index]) : s.goal();
        String lead = template.shape().departments().get(leads[index]).id();
        return new Target(s.id(), s.title(), s.gloss(), s.measure(), s.baseline(), goal, s.commitment(), s.start(),
                LocalDate.ofEpochDay(dueDays[index]), s.checkpoints(), lead, s.cooperating(), weights[index],
                s.rule(), s.schedule(), s.cadence(), s.quote(), s.note(), s.countsToward());
    }

    /** The plan's targets in plan order, each made when first asked for. */
    List<Target> targets() {
        return new ColumnTargets(this, 0, goals.length);
    }
}
