package io.github.policyplan.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A measurable commitment (目标 / 指标): what is measured, the goal, by when, who leads and who
 * cooperates.
 *
 * <p>Immutable and thread-safe; no component is null. The constructor checks every rule below and
 * throws {@link InvalidPlanException} listing all that fail:
 * <ul>
 *   <li>the goal fits the measure: a number (or a band, for {@link Direction#WITHIN_BAND}) for numeric
 *       kinds, one of the measure's levels for milestones and grades, or unset;</li>
 *   <li>a goal differs from the baseline, and lies on the side of it that the direction calls better
 *       (not checked for growth rates and per-year rates, which are judged afresh every period);</li>
 *   <li>checkpoints are in date order, on or before the due date, and fit the measure like the goal;</li>
 *   <li>the start, if given, is not after the due date;</li>
 *   <li>the lead is not among the cooperating departments, which are distinct;</li>
 *   <li>the weight is a finite number above zero;</li>
 *   <li>a schedule, if named, is one of {@link ScheduleKind} and has no parameters.</li>
 * </ul>
 *
 * <pre>{@code
 * Target t = Target.builder("s1.i1.t1", "认定国家高新技术企业")
 *         .measure(MeasureKind.COUNT, "家").goal(12).due(LocalDate.of(2023, 12, 31))
 *         .lead("kj").cooperating("gx", "nyj").build();
 * }</pre>
 *
 * @param id          the id reports refer to, unique in the plan
 * @param title       the title, in the plan's language
 * @param gloss       an English gloss of the title, if given
 * @param measure     what is measured
 * @param baseline    the starting point, if given (numeric measures only)
 * @param goal        the goal, or unset when the plan does not publish it
 * @param commitment  how firmly the plan commits (确保 / 力争 / 争取)
 * @param start       the first day of the target's schedule, if it starts later than its plan's period
 * @param due         the due date
 * @param checkpoints interim expectations, in date order
 * @param lead        the id of the lead department (牵头单位)
 * @param cooperating the ids of the cooperating departments (配合单位)
 * @param weight      the weight among its siblings, above zero; 1 by default
 * @param rule        the scoring rule, if the plan names one (otherwise the measure's default)
 * @param schedule    the schedule that says what is expected by each date, if the plan names one (otherwise
 *                    the measure's default): one of {@link ScheduleKind}
 * @param cadence     how often progress is reported, if the target names it (otherwise the plan's default,
 *                    {@link Plan#cadenceOf})
 * @param quote       the words of the source document this target models, if given
 * @param note        a remark, if given
 * @param countsToward the target of a higher plan this target counts toward, if any
 */
public record Target(
        String id,
        String title,
        Optional<String> gloss,
        Measure measure,
        Optional<Baseline> baseline,
        Goal goal,
        Commitment commitment,
        Optional<LocalDate> start,
        LocalDate due,
        List<Checkpoint> checkpoints,
        String lead,
        List<String> cooperating,
        double weight,
        Optional<Strategy> rule,
        Optional<Strategy> schedule,
        Optional<Cadence> cadence,
        Optional<String> quote,
        Optional<String> note,
        Optional<CountsToward> countsToward) {

    /**
     * Checks the components; throws {@link InvalidPlanException} listing every problem.
     *
     * @param id          the id reports refer to, unique in the plan
     * @param title       the title, in the plan's language
     * @param gloss       an English gloss of the title, if given
     * @param measure     what is measured
     * @param baseline    the starting point, if given (numeric measures only)
     * @param goal        the goal, or unset when the plan does not publish it
     * @param commitment  how firmly the plan commits (确保 / 力争 / 争取)
     * @param start       the first day of the target's schedule, if it starts later than its plan's period
     * @param due         the due date
     * @param checkpoints interim expectations, in date order
     * @param lead        the id of the lead department (牵头单位)
     * @param cooperating the ids of the cooperating departments (配合单位)
     * @param weight      the weight among its siblings, above zero; 1 by default
     * @param rule        the scoring rule, if the plan names one (otherwise the measure's default)
     * @param schedule    the schedule that says what is expected by each date, if the plan names one (otherwise the measure's default): one of {@link ScheduleKind}
     * @param cadence     how often progress is reported, if the target names it (otherwise the plan's default)
     * @param quote       the words of the source document this target models, if given
     * @param note        a remark, if given
     * @param countsToward the target of a higher plan this target counts toward, if any
     */
    public Target {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(gloss, "gloss");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(goal, "goal");
        Objects.requireNonNull(commitment, "commitment");
        start = Objects.requireNonNull(start, "start").map(Dates::shared);
        due = Dates.shared(Objects.requireNonNull(due, "due"));
        checkpoints = Checks.copy(checkpoints, "checkpoints");
        Objects.requireNonNull(lead, "lead");
        cooperating = Checks.copy(cooperating, "cooperating");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(cadence, "cadence");
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(countsToward, "countsToward");

        Checks checks = new Checks();
        checks.id("id", id);
        checks.notBlank("title", title);
        checks.weight("weight", weight);
        schedule.ifPresent(s -> checks.addAll("schedule", ScheduleKind.check(s)));
        checkValue(checks, "goal", goal, measure);
        if (start.isPresent() && start.get().isAfter(due)) {
            checks.add("start", "the start " + start.get() + " is after the due date " + due);
        }
        if (baseline.isPresent()) {
            checkBaseline(checks, baseline.get(), goal, measure, due);
        }
        LocalDate previous = null;
        for (int i = 0; i < checkpoints.size(); i++) {
            Checkpoint c = checkpoints.get(i);
            String path = Paths.index("checkpoints", i);
            if (c.date().isAfter(due)) {
                checks.add(path + ".date", "checkpoint " + c.date() + " is after the due date " + due);
            }
            if (previous != null && !c.date().isAfter(previous)) {
                checks.add(path + ".date", "checkpoints must be in date order, each after the one before (" + c.date()
                        + " follows " + previous + ")");
            }
            previous = c.date();
            checkValue(checks, path + ".value", c.expected(), measure);
        }
        checks.notBlank("lead", lead);
        Set<String> seen = cooperating.size() > 1 ? new HashSet<>() : null;
        for (int i = 0; i < cooperating.size(); i++) {
            String c = cooperating.get(i);
            if (c.equals(lead)) {
                checks.add(Paths.index("cooperating", i), "'" + c + "' is the lead department; it cannot also cooperate");
            } else if (seen != null && !seen.add(c)) {
                checks.add(Paths.index("cooperating", i), "'" + c + "' is listed twice");
            }
        }
        checks.throwIfAny();
    }

    private static void checkValue(Checks checks, String path, Goal value, Measure measure) {
        MeasureKind kind = measure.kind();
        if (value instanceof Goal.Unset) {
            return;
        }
        if (!kind.isNumeric()) {
            String levels = kind == MeasureKind.GRADE ? "grades" : "stages";
            if (!(value instanceof Goal.Level)) {
                checks.add(path, "a " + kind.code() + " target expects one of its " + levels + " " + measure.levels()
                        + " (was " + value + ")");
            } else if (measure.levelIndex(((Goal.Level) value).name()) < 0) {
                checks.add(path, "'" + value + "' is not one of the " + levels + " " + measure.levels());
            }
        } else if (measure.direction() == Direction.WITHIN_BAND) {
            if (!(value instanceof Goal.Band)) {
                checks.add(path, "a target kept within a band expects a band {low, high} (was " + value + ")");
            }
        } else if (!(value instanceof Goal.Amount)) {
            checks.add(path, "a " + kind.code() + " target expects a number (was " + value + ")");
        }
    }

    private static void checkBaseline(Checks checks, Baseline baseline, Goal goal, Measure measure, LocalDate due) {
        if (!measure.kind().isNumeric()) {
            checks.add("baseline", "a " + measure.kind().code() + " target has no numeric baseline");
            return;
        }
        if (baseline.date().isPresent() && !baseline.date().get().isBefore(due)) {
            checks.add("baseline.date", "the baseline date " + baseline.date().get() + " is not before the due date "
                    + due);
        }
        if (!(goal instanceof Goal.Amount)) {
            return;
        }
        double g = ((Goal.Amount) goal).value();
        double b = baseline.value();
        String gs = Numbers.format(g);
        String bs = Numbers.format(b);
        if (g == b) {
            checks.add("goal", "goal " + gs + " equals the baseline: there is nothing to achieve");
            return;
        }
        boolean judgedAfresh = measure.kind() == MeasureKind.GROWTH_RATE || measure.kind() == MeasureKind.RATE_PER_YEAR;
        if (judgedAfresh) {
            return;
        }
        if (measure.direction() == Direction.HIGHER_IS_BETTER && g < b) {
            checks.add("direction", "higher is better, but the goal " + gs + " is below the baseline " + bs,
                    "did you mean direction: lower?");
        } else if (measure.direction() == Direction.LOWER_IS_BETTER && g > b) {
            checks.add("direction", "lower is better, but the goal " + gs + " is above the baseline " + bs,
                    "did you mean direction: higher?");
        }
    }

    /**
     * Starts building a target.
     *
     * @param id    the id, unique in the plan
     * @param title the title
     * @return a builder; measure, goal, due date and lead must be set before {@link Builder#build()}
     */
    public static Builder builder(String id, String title) {
        return new Builder(id, title);
    }

    /**
     * Returns a builder that starts from this target.
     *
     * @return a builder holding every component of this target
     */
    public Builder toBuilder() {
        Builder b = new Builder(id, title);
        b.gloss = gloss;
        b.measure = measure;
        b.baseline = baseline;
        b.goal = goal;
        b.commitment = commitment;
        b.start = start;
        b.due = due;
        b.checkpoints.addAll(checkpoints);
        b.lead = lead;
        b.cooperating.addAll(cooperating);
        b.weight = weight;
        b.rule = rule;
        b.schedule = schedule;
        b.cadence = cadence;
        b.quote = quote;
        b.note = note;
        b.countsToward = countsToward;
        return b;
    }

    /**
     * Tells whether the target has a published goal.
     *
     * @return false when the goal is unset ({@code *})
     */
    public boolean isGoalSet() {
        return goal.isSet();
    }

    /**
     * Builds a {@link Target}. Not thread-safe; each call returns this builder.
     */
    public static final class Builder {
        private String id;
        private String title;
        private Optional<String> gloss = Optional.empty();
        private Measure measure;
        private Optional<Baseline> baseline = Optional.empty();
        private Goal goal;
        private Commitment commitment = Commitment.STRIVE;
        private Optional<LocalDate> start = Optional.empty();
        private LocalDate due;
        private final List<Checkpoint> checkpoints = new ArrayList<>();
        private String lead;
        private final List<String> cooperating = new ArrayList<>();
        private double weight = 1.0;
        private Optional<Strategy> rule = Optional.empty();
        private Optional<Strategy> schedule = Optional.empty();
        private Optional<Cadence> cadence = Optional.empty();
        private Optional<String> quote = Optional.empty();
        private Optional<String> note = Optional.empty();
        private Optional<CountsToward> countsToward = Optional.empty();

        private Builder(String id, String title) {
            this.id = Objects.requireNonNull(id, "id");
            this.title = Objects.requireNonNull(title, "title");
        }

        /**
         * Sets the id.
         *
         * @param newId the id
         * @return this builder
         */
        public Builder id(String newId) {
            this.id = Objects.requireNonNull(newId, "id");
            return this;
        }

        /**
         * Sets the title.
         *
         * @param newTitle the title
         * @return this builder
         */
        public Builder title(String newTitle) {
            this.title = Objects.requireNonNull(newTitle, "title");
            return this;
        }

        /**
         * Sets the English gloss.
         *
         * @param text the gloss
         * @return this builder
         */
        public Builder gloss(String text) {
            this.gloss = Optional.of(text);
            return this;
        }

        /**
         * Sets the measure.
         *
         * @param value the measure
         * @return this builder
         */
        public Builder measure(Measure value) {
            this.measure = Objects.requireNonNull(value, "measure");
            return this;
        }

        /**
         * Sets a numeric measure with the kind's default direction.
         *
         * @param kind a numeric kind
         * @param unit the unit, may be empty
         * @return this builder
         */
        public Builder measure(MeasureKind kind, String unit) {
            return measure(Measure.of(kind, unit));
        }

        /**
         * Sets the baseline.
         *
         * @param value the starting value
         * @return this builder
         */
        public Builder baseline(double value) {
            this.baseline = Optional.of(Baseline.of(value));
            return this;
        }

        /**
         * Sets the baseline and its date.
         *
         * @param value the starting value
         * @param date  when it was measured
         * @return this builder
         */
        public Builder baseline(double value, LocalDate date) {
            this.baseline = Optional.of(Baseline.of(value, date));
            return this;
        }

        /**
         * Sets a numeric goal.
         *
         * @param value the goal
         * @return this builder
         */
        public Builder goal(double value) {
            return goal(Goal.of(value));
        }

        /**
         * Sets the goal.
         *
         * @param value the goal, possibly {@link Goal#unset()}
         * @return this builder
         */
        public Builder goal(Goal value) {
            this.goal = Objects.requireNonNull(value, "goal");
            return this;
        }

        /**
         * Marks the goal as not published (the source's {@code *}).
         *
         * @return this builder
         */
        public Builder unsetGoal() {
            return goal(Goal.unset());
        }

        /**
         * Sets the commitment; {@link Commitment#STRIVE} when not set.
         *
         * @param value the commitment
         * @return this builder
         */
        public Builder commitment(Commitment value) {
            this.commitment = Objects.requireNonNull(value, "commitment");
            return this;
        }

        /**
         * Sets the first day of the target's schedule, for a target that starts later than its plan's period.
         *
         * @param date the first day
         * @return this builder
         */
        public Builder start(LocalDate date) {
            this.start = Optional.of(date);
            return this;
        }

        /**
         * Sets the due date.
         *
         * @param date the due date
         * @return this builder
         */
        public Builder due(LocalDate date) {
            this.due = Objects.requireNonNull(date, "due");
            return this;
        }

        /**
         * Adds a checkpoint.
         *
         * @param checkpoint the checkpoint
         * @return this builder
         */
        public Builder checkpoint(Checkpoint checkpoint) {
            checkpoints.add(Objects.requireNonNull(checkpoint, "checkpoint"));
            return this;
        }

        /**
         * Adds a numeric checkpoint.
         *
         * @param date     the date
         * @param expected the value expected by then
         * @return this builder
         */
        public Builder checkpoint(LocalDate date, double expected) {
            return checkpoint(Checkpoint.of(date, expected));
        }

        /**
         * Sets the lead department.
         *
         * @param departmentId the department's id
         * @return this builder
         */
        public Builder lead(String departmentId) {
            this.lead = Objects.requireNonNull(departmentId, "lead");
            return this;
        }

        /**
         * Adds cooperating departments.
         *
         * @param departmentIds the departments' ids
         * @return this builder
         */
        public Builder cooperating(String... departmentIds) {
            cooperating.addAll(Arrays.asList(departmentIds));
            return this;
        }

        /**
         * Sets the weight; 1 when not set.
         *
         * @param value a finite number above zero
         * @return this builder
         */
        public Builder weight(double value) {
            this.weight = value;
            return this;
        }

        /**
         * Sets the scoring rule.
         *
         * @param value the rule
         * @return this builder
         */
        public Builder rule(Strategy value) {
            this.rule = Optional.of(value);
            return this;
        }

        /**
         * Sets a scoring rule with no parameters.
         *
         * @param name the rule's name
         * @return this builder
         */
        public Builder rule(String name) {
            return rule(Strategy.named(name));
        }

        /**
         * Sets the schedule.
         *
         * @param value the schedule, such as {@code Strategy.named("at-due")}
         * @return this builder
         */
        public Builder schedule(Strategy value) {
            this.schedule = Optional.of(value);
            return this;
        }

        /**
         * Sets how often progress is reported; the plan's default when not set.
         *
         * @param value the cadence
         * @return this builder
         */
        public Builder cadence(Cadence value) {
            this.cadence = Optional.of(value);
            return this;
        }

        /**
         * Sets the words of the source this target models.
         *
         * @param text the quotation
         * @return this builder
         */
        public Builder quote(String text) {
            this.quote = Optional.of(text);
            return this;
        }

        /**
         * Sets a remark.
         *
         * @param text the remark
         * @return this builder
         */
        public Builder note(String text) {
            this.note = Optional.of(text);
            return this;
        }

        /**
         * Sets the target of a higher plan this target counts toward.
         *
         * @param value the higher plan's target
         * @return this builder
         */
        public Builder countsToward(CountsToward value) {
            this.countsToward = Optional.of(value);
            return this;
        }

        /**
         * Builds the target.
         *
         * @return the target
         * @throws IllegalStateException when the measure, goal, due date or lead is not set
         * @throws InvalidPlanException  when the target breaks a rule
         */
        public Target build() {
            List<String> missing = new ArrayList<>();
            if (measure == null) {
                missing.add("measure");
            }
            if (goal == null) {
                missing.add("goal");
            }
            if (due == null) {
                missing.add("due");
            }
            if (lead == null) {
                missing.add("lead");
            }
            if (!missing.isEmpty()) {
                throw new IllegalStateException("target " + id + ": " + String.join(", ", missing) + " not set");
            }
            return new Target(id, title, gloss, measure, baseline, goal, commitment, start, due, checkpoints, lead,
                    cooperating, weight, rule, schedule, cadence, quote, note, countsToward);
        }
    }
}
