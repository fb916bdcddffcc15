package io.github.policyplan.model;

import java.util.List;
import java.util.Objects;

/**
 * A plan of one shape issued to many units (指标体系): a province's list of targets that every county
 * fills with its own goals, due dates, weights and leads. The template is a plan, checked once when it
 * was built; {@link #plan} makes each unit's plan from columns, checking them in one loop, and the plan
 * makes each {@link Target} only when it is first asked for. Scoring reads the columns
 * ({@link Plan#columns()}) without making targets.
 *
 * <p>A plan made from a template cannot be told from the same plan built with {@link Plan#builder} and
 * {@link Target#builder}: it is equal to it, has the same hash code, targets, sections, positions and
 * text when written, and scores the same. Its id, title and issuer are its own; its period, source,
 * departments, sections, items, roll-ups, rules, cadence and derived targets are the template's; each
 * target is the template's target of the same index with the unit's goal, due date, weight and lead.
 *
 * <p>The columns are checked as the targets and the plan would check them, with the same messages, each
 * problem with its path ({@code sections[0].items[1].targets[2].goal}), all at once:
 * <ul>
 *   <li>a goal is a finite number on the side of the target's baseline its direction calls better, and
 *       not the baseline; for a target whose goal is not one number (a stage, a grade, a band) the
 *       template's goal is kept and the column holds NaN;</li>
 *   <li>a due date lies within the plan's period, on or after the target's start and last checkpoint and
 *       after its baseline's date;</li>
 *   <li>a weight is a number from 0.000000001 to 1000000000;</li>
 *   <li>a lead is the index of one of the plan's departments, not one that cooperates on the target.</li>
 * </ul>
 *
 * <p>Immutable and thread-safe; {@link #plan} may be called from many threads at once.
 *
 * <pre>{@code
 * PlanTemplate template = PlanTemplate.of(provincialPlan);
 * Plan county = template.plan("county-0001", "第1县2023年重点工作", goals, dueDays, weights);
 * }</pre>
 */
public final class PlanTemplate {

    private final Plan shape;
    private final int size;
    /** Whether each target's goal is one number, taken from the goals column. */
    private final boolean[] takesGoal;
    /** A goal must be above {@code above}, below {@code below} and differ from {@code unequal} (NaN: any). */
    private final double[] above;
    private final double[] below;
    private final double[] unequal;
    /** The first epoch day each target may be due on; the last is the period's end. */
    private final int[] firstDue;
    private final int lastDay;
    /**
     * Whether every goal is a number from its column with no baseline to keep it on one side, and every
     * target may be due from the same day: then a goal need only be finite ({@code g - g == 0}).
     */
    private final boolean plain;
    /** Each target's lead in the template, by department index. */
    private final int[] leads;
    /** Each target's cooperating departments by index; null for none. */
    private final int[][] cooperating;

    private PlanTemplate(Plan shape) {
        this.shape = shape;
        List<Target> targets = shape.targets();
        size = targets.size();
        takesGoal = new boolean[size];
        above = new double[size];
        below = new double[size];
        unequal = new double[size];
        firstDue = new int[size];
        leads = new int[size];
        cooperating = new int[size][];
        lastDay = Math.toIntExact(shape.period().end().toEpochDay());
        int firstDay = Math.toIntExact(shape.period().start().toEpochDay());
        boolean same = true;
        for (int i = 0; i < size; i++) {
            slot(i, targets.get(i), firstDay);
            same &= takesGoal[i] && targets.get(i).baseline().isEmpty() && firstDue[i] == firstDue[0];
        }
        plain = same;
    }

    private void slot(int i, Target t, int firstDay) {
        Measure m = t.measure();
        takesGoal[i] = m.kind().isNumeric() && m.direction() != Direction.WITHIN_BAND;
        above[i] = Double.NEGATIVE_INFINITY;
        below[i] = Double.POSITIVE_INFINITY;
        unequal[i] = Double.NaN;
        long first = firstDay;
        if (t.baseline().isPresent()) {
            Baseline b = t.baseline().get();
            unequal[i] = b.value();
            boolean afresh = m.kind() == MeasureKind.GROWTH_RATE || m.kind() == MeasureKind.RATE_PER_YEAR;
            if (!afresh && m.direction() == Direction.HIGHER_IS_BETTER) {
                above[i] = b.value();
            } else if (!afresh && m.direction() == Direction.LOWER_IS_BETTER) {
                below[i] = b.value();
            }
            if (b.date().isPresent()) {
                first = Math.max(first, b.date().get().toEpochDay() + 1);
            }
        }
        if (t.start().isPresent()) {
            first = Math.max(first, t.start().get().toEpochDay());
        }
        for (Checkpoint c : t.checkpoints()) {
            first = Math.max(first, c.date().toEpochDay());
        }
        firstDue[i] = (int) Math.min(first, (long) lastDay + 1);
        leads[i] = shape.departments().indexOf(shape.department(t.lead()).orElseThrow());
        if (!t.cooperating().isEmpty()) {
            cooperating[i] = t.cooperating().stream()
                    .mapToInt(c -> shape.departments().indexOf(shape.department(c).orElseThrow())).toArray();
        }
    }

    /**
     * Makes a template of a plan's shape.
     *
     * @param shape a plan whose sections, items and targets every unit's plan shares; its goals, due dates,
     *              weights and leads are examples, replaced by each unit's
     * @return the template
     * @throws IllegalArgumentException when the plan has breakdowns (目标任务分解), which are checked against
     *                                  each target's goal and so belong to one unit's plan
     */
    public static PlanTemplate of(Plan shape) {
        Objects.requireNonNull(shape, "shape");
        if (!shape.breakdowns().isEmpty()) {
            throw new IllegalArgumentException("plan " + shape.id() + " has breakdowns; a template's plan has none:"
                    + " add them to each unit's plan with withBreakdowns");
        }
        return new PlanTemplate(shape);
    }

    /**
     * Returns the plan the template was made of.
     *
     * @return the plan
     */
    public Plan shape() {
        return shape;
    }

    /**
     * Returns how many targets the template has: the length of every column.
     *
     * @return the number of targets
     */
    public int size() {
        return size;
    }

    /**
     * Tells whether a target's goal comes from the goals column: whether its measure takes one number.
     *
     * @param index the target's index in plan order
     * @return true for a number; false for a stage, a grade or a band, whose goal is the template's and whose
     *         column value is NaN
     */
    public boolean takesGoal(int index) {
        return takesGoal[index];
    }

    /**
     * Finds a department's index: what the leads column holds.
     *
     * @param departmentId the department's id
     * @return its index in the template's departments, or -1 when it has none with that id
     */
    public int department(String departmentId) {
        return shape.department(departmentId).map(d -> shape.departments().indexOf(d)).orElse(-1);
    }

    /**
     * Makes a unit's plan, its issuer and leads the template's.
     *
     * @param id      the plan's id, such as {@code county-0001}
     * @param title   the title
     * @param goals   each target's goal in plan order; NaN where {@link #takesGoal} is false
     * @param dueDays each target's due date, as an epoch day ({@link java.time.LocalDate#toEpochDay})
     * @param weights each target's weight
     * @return the plan
     * @throws InvalidPlanException listing every problem of the id, the title and the columns
     */
    public Plan plan(String id, String title, double[] goals, int[] dueDays, double[] weights) {
        return plan(id, title, shape.issuer(), goals, dueDays, weights, null);
    }

    /**
     * Makes a unit's plan. The arrays are copied; the caller may reuse them.
     *
     * @param id      the plan's id, such as {@code county-0001}
     * @param title   the title
     * @param issuer  who issued it, such as {@code 中共某县委}
     * @param goals   each target's goal in plan order; NaN where {@link #takesGoal} is false
     * @param dueDays each target's due date, as an epoch day ({@link java.time.LocalDate#toEpochDay})
     * @param weights each target's weight
     * @param leads   each target's lead department, by index in the template's departments
     *                ({@link #department}); null for the template's leads
     * @return the plan
     * @throws InvalidPlanException     listing every problem of the id, the title, the issuer and the columns
     * @throws IllegalArgumentException when a column's length is not {@link #size()}
     */
    public Plan plan(String id, String title, String issuer, double[] goals, int[] dueDays, double[] weights,
            int[] leads) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(issuer, "issuer");
        double[] g = length(goals, "goals").clone();
        int[] d = length(dueDays, "dueDays").clone();
        double[] w = length(weights, "weights").clone();
        boolean ok = fit(g, d, w);
        int[] l = leads == null ? this.leads : length(leads, "leads").clone();
        ok &= Checks.isId(id) && !title.isBlank() && !issuer.isBlank() && !shape.places().isNode(id)
                && (leads == null || leadsFit(l));
        if (!ok) {
            throw new InvalidPlanException(ColumnChecks.violations(this, id, title, issuer, g, d, w, l));
        }
        return new Plan(this, id, title, issuer, new PlanColumns(this, g, d, w, l));
    }

    private double[] length(double[] column, String name) {
        return length(Objects.requireNonNull(column, name).length, name) ? column : null;
    }

    private int[] length(int[] column, String name) {
        return length(Objects.requireNonNull(column, name).length, name) ? column : null;
    }

    private boolean length(int n, String name) {
        if (n != size) {
            throw new IllegalArgumentException(name + " has " + n + " values; the template has " + size + " targets");
        }
        return true;
    }

    /**
     * Checks the copied columns in one loop, without a branch: whether every goal, due date and weight passes.
     * The copies are checked, not the caller's arrays, which another thread might change.
     */
    private boolean fit(double[] g, int[] d, double[] w) {
        boolean ok = true;
        if (plain) {
            int first = firstDue.length == 0 ? 0 : firstDue[0];
            for (int i = 0; i < size; i++) {
                double goal = g[i];
                double weight = w[i];
                ok &= goal - goal == 0 & d[i] >= first & d[i] <= lastDay & weight >= 1e-9 & weight <= 1e9;
            }
            return ok;
        }
        for (int i = 0; i < size; i++) {
            ok &= fits(i, g[i], d[i], w[i]);
        }
        return ok;
    }

    /** Whether a goal, due date and weight pass: a NaN goal where the template's is kept, else a number in range. */
    private boolean fits(int i, double goal, int due, double weight) {
        boolean nan = goal != goal;
        return (nan ^ takesGoal[i]) & (nan | goal > above[i] & goal < below[i] & goal != unequal[i])
                & due >= firstDue[i] & due <= lastDay & weight >= 1e-9 & weight <= 1e9;
    }

    private boolean leadsFit(int[] l) {
        int departments = shape.departments().size();
        boolean ok = true;
        for (int i = 0; i < size; i++) {
            ok &= l[i] >= 0 & l[i] < departments;
            if (cooperating[i] != null) {
                for (int c : cooperating[i]) {
                    ok &= l[i] != c;
                }
            }
        }
        return ok;
    }

    /** Whether target {@code i}'s values pass, as {@link #fit} and {@link #leadsFit} judge them. */
    boolean fits(int i, double g, int d, double w, int l) {
        boolean ok = fits(i, g, d, w);
        ok &= l >= 0 & l < shape.departments().size();
        if (cooperating[i] != null) {
            for (int c : cooperating[i]) {
                ok &= l != c;
            }
        }
        return ok;
    }

    @Override
    public String toString() {
        return "PlanTemplate[" + shape.id() + ", " + size + " targets]";
    }
}
