package io.github.policyplan.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A whole plan (部署 / 工作要点): who issued it, the period it covers, the departments that answer
 * for it and its sections, items and targets.
 *
 * <p>Immutable and thread-safe; no component is null. Besides each part's own rules, the
 * constructor checks the plan as a whole and throws {@link InvalidPlanException} listing every
 * problem, each with its path ({@code sections[0].items[2].targets[1].lead}):
 * <ul>
 *   <li>ids of sections, items and targets are unique across the plan;</li>
 *   <li>department ids are unique, and no alias is used twice or equals another department's id;</li>
 *   <li>every lead and cooperating department is one of the plan's departments (by id);</li>
 *   <li>every start, due date and checkpoint lies within the plan's period;</li>
 *   <li>the aggregation, if named, is one of {@link RollUpKind} with fitting parameters (as sections' and
 *       items' are when they are built);</li>
 *   <li>each derived target ({@link Derivation}) is numeric and derived from numeric targets of the plan, in
 *       units that fit (a sum's inputs in its unit; a share's numerator and denominator in one unit, the
 *       share in %), and no target is derived from itself, however indirectly;</li>
 *   <li>each breakdown names a target of the plan, at most one a target, and passes {@link Breakdown#check}.</li>
 * </ul>
 *
 * <pre>{@code
 * Plan plan = Plan.builder("county-2023", "2023年县域工作部署")
 *         .issuer("县委").period(PlanPeriod.years(2023, 2025))
 *         .department(Department.of("kj", "县科技局", UnitKind.DEPARTMENT))
 *         .section(Section.builder("s1", "强科技").item(Item.of("s1.i1", "建设科技创新平台", target)).build())
 *         .build();
 * }</pre>
 */
public final class Plan {

    private final String id;
    private final String title;
    private final String issuer;
    private final PlanPeriod period;
    private final Optional<SourceReference> source;
    private final List<Department> departments;
    private final List<Section> sections;
    private final Optional<Strategy> aggregation;
    private final Optional<Strategy> rule;
    private final Optional<Cadence> cadence;
    private final Map<String, Derivation> derivations;
    private final List<Breakdown> breakdowns;
    private final BreakdownSettings breakdownSettings;

    /** Each department's index in {@link #departments} by id. */
    private final IdIndex departmentIndex;
    private final Map<String, Breakdown> breakdownsByTarget;
    /** Each target's index in {@link #targets} and place in the tree. */
    private final TargetPlaces places;
    private final List<Target> targets;
    /** The columns of a plan made from a {@link PlanTemplate}; null for a plan built whole. */
    private final PlanColumns columns;
    /** Data derived from the plan by kind, computed on first use; see {@link #derived}. */
    private final ConcurrentHashMap<Class<?>, Object> derived = new ConcurrentHashMap<>();

    /**
     * Creates a plan.
     *
     * @param id          the plan's id, such as {@code county-2023}
     * @param title       the title
     * @param issuer      who issued it, such as {@code 县委}
     * @param period      the period it covers
     * @param source      the document it models, if given
     * @param departments the departments, townships and other units that answer for targets
     * @param sections    the sections, in plan order
     * @param aggregation how scores roll up, for every node that does not say otherwise; if given, one of
     *                    {@link RollUpKind}
     * @param rule        the scoring rule of every target that names none; if given (otherwise each measure
     *                    kind's default)
     * @throws InvalidPlanException listing every problem found
     */
    public Plan(String id, String title, String issuer, PlanPeriod period, Optional<SourceReference> source,
            List<Department> departments, List<Section> sections, Optional<Strategy> aggregation,
            Optional<Strategy> rule) {
        this(id, title, issuer, period, source, departments, sections, aggregation, rule, Optional.empty(), Map.of(),
                List.of(), BreakdownSettings.DEFAULTS);
    }

    /**
     * Creates a plan with every optional part: a reporting cadence, derived targets and breakdowns.
     *
     * @param id                the plan's id, such as {@code county-2023}
     * @param title             the title
     * @param issuer            who issued it, such as {@code 县委}
     * @param period            the period it covers
     * @param source            the document it models, if given
     * @param departments       the departments, townships and other units that answer for targets
     * @param sections          the sections, in plan order
     * @param aggregation       how scores roll up, for every node that does not say otherwise; if given, one of
     *                          {@link RollUpKind}
     * @param rule              the scoring rule of every target that names none; if given (otherwise each
     *                          measure kind's default)
     * @param cadence           how often every target that names none reports, if given (otherwise
     *                          {@link Cadence#DEFAULT})
     * @param derivations       the derived targets: target id to how its value is derived from other targets'
     * @param breakdowns        the broken-down targets (目标任务分解), at most one breakdown a target, each checked
     *                          with {@link Breakdown#check}
     * @param breakdownSettings how the units' values roll up
     * @throws InvalidPlanException listing every problem found
     */
    public Plan(String id, String title, String issuer, PlanPeriod period, Optional<SourceReference> source,
            List<Department> departments, List<Section> sections, Optional<Strategy> aggregation,
            Optional<Strategy> rule, Optional<Cadence> cadence, Map<String, Derivation> derivations,
            List<Breakdown> breakdowns, BreakdownSettings breakdownSettings) {
        this.id = Objects.requireNonNull(id, "id");
        this.title = Objects.requireNonNull(title, "title");
        this.issuer = Objects.requireNonNull(issuer, "issuer");
        this.period = Objects.requireNonNull(period, "period");
        this.source = Objects.requireNonNull(source, "source");
        this.departments = Checks.copy(departments, "departments");
        this.sections = Checks.copy(sections, "sections");
        this.aggregation = Objects.requireNonNull(aggregation, "aggregation");
        this.rule = Objects.requireNonNull(rule, "rule");
        this.cadence = Objects.requireNonNull(cadence, "cadence");
        Objects.requireNonNull(derivations, "derivations");
        this.breakdowns = Checks.copy(breakdowns, "breakdowns");
        this.breakdownSettings = Objects.requireNonNull(breakdownSettings, "breakdownSettings");

        Checks checks = new Checks();
        checks.id("id", id);
        checks.notBlank("title", title);
        checks.notBlank("issuer", issuer);
        aggregation.ifPresent(a -> checks.addAll("aggregation", RollUpKind.check(a)));

        IdIndex departmentIndex = PlanChecks.departments(checks, this.departments);
        TargetPlaces tree = PlanChecks.tree(checks, id, departmentIndex, this.sections, period);
        // Maps by id only for the checks that look targets and units up by id, when there is something to check.
        boolean lookUps = !derivations.isEmpty() || !this.breakdowns.isEmpty();
        Map<String, Target> targetIndex = lookUps ? tree.byId() : Map.of();
        DerivationChecks.check(checks, id, derivations, targetIndex, this.sections);
        this.breakdownsByTarget = PlanChecks.breakdowns(checks, this.breakdowns, targetIndex,
                lookUps ? PlanChecks.byId(this.departments) : Map.of(), period);
        checks.throwIfAny();
        this.targets = tree.targets();
        this.derivations = DerivationChecks.inPlanOrder(derivations, targets);
        this.places = tree;
        this.departmentIndex = departmentIndex;
        this.columns = null;
    }

    /**
     * A unit's plan made from a template, its columns checked ({@link PlanTemplate#plan}): everything but its
     * id, title, issuer and columns is the template's, shared; sections and targets are made when asked for.
     */
    Plan(PlanTemplate template, String id, String title, String issuer, PlanColumns columns) {
        Plan shape = template.shape();
        this.id = id;
        this.title = title;
        this.issuer = issuer;
        this.period = shape.period;
        this.source = shape.source;
        this.departments = shape.departments;
        this.sections = new ColumnSections(columns, shape.sections);
        this.aggregation = shape.aggregation;
        this.rule = shape.rule;
        this.cadence = shape.cadence;
        this.derivations = shape.derivations;
        this.breakdowns = shape.breakdowns;
        this.breakdownSettings = shape.breakdownSettings;
        this.departmentIndex = shape.departmentIndex;
        this.breakdownsByTarget = shape.breakdownsByTarget;
        this.places = shape.places;
        this.targets = columns.targets();
        this.columns = columns;
    }

    /**
     * Starts building a plan.
     *
     * @param id    the plan's id
     * @param title the title
     * @return a builder; issuer and period must be set before {@link Builder#build()}
     */
    public static Builder builder(String id, String title) {
        return new Builder(id, title);
    }

    /**
     * Returns the plan's id.
     *
     * @return the id
     */
    public String id() {
        return id;
    }

    /**
     * Returns the title.
     *
     * @return the title
     */
    public String title() {
        return title;
    }

    /**
     * Returns who issued the plan.
     *
     * @return the issuer
     */
    public String issuer() {
        return issuer;
    }

    /**
     * Returns the period the plan covers.
     *
     * @return the period
     */
    public PlanPeriod period() {
        return period;
    }

    /**
     * Returns the document the plan models.
     *
     * @return the source, if given
     */
    public Optional<SourceReference> source() {
        return source;
    }

    /**
     * Returns the departments, in plan order.
     *
     * @return an unmodifiable list
     */
    public List<Department> departments() {
        return departments;
    }

    /**
     * Returns the sections, in plan order.
     *
     * @return an unmodifiable list
     */
    public List<Section> sections() {
        return sections;
    }

    /**
     * Returns how scores roll up by default.
     *
     * @return the plan's roll-up, if it names one
     */
    public Optional<Strategy> aggregation() {
        return aggregation;
    }

    /**
     * Returns the scoring rule of targets that name none.
     *
     * @return the plan's default rule, if it names one
     */
    public Optional<Strategy> rule() {
        return rule;
    }

    /**
     * Returns how often the targets that name no cadence of their own report.
     *
     * @return the plan's default cadence, if it names one
     */
    public Optional<Cadence> cadence() {
        return cadence;
    }

    /**
     * Returns how often a target reports: its own cadence, else the plan's, else {@link Cadence#DEFAULT}.
     *
     * @param target a target of this plan
     * @return the cadence
     */
    public Cadence cadenceOf(Target target) {
        return target.cadence().orElse(cadence.orElse(Cadence.DEFAULT));
    }

    /**
     * Returns the as-of date a target's latest report must have reached on a date, for the report not to be
     * stale: the {@linkplain Cadence#lastReportDue report its cadence makes due}, but never after its due date
     * (the report as of the due date is the last one due); none while that date lies before the target's
     * start, or the plan's (nothing is due yet). Quarterly, due 2024-12-31: on 2024-12-31, 2024-09-30; on
     * 2025-02-01, 2024-12-31; on 2024-02-15 in a plan that starts 2024-01-01, none.
     *
     * @param target a target of this plan
     * @param asOf   the date judged
     * @return the as-of date due, if a report is due; a latest report dated before it is stale
     */
    public Optional<LocalDate> reportDue(Target target, LocalDate asOf) {
        LocalDate due = cadenceOf(target).lastReportDue(asOf);
        due = due.isAfter(target.due()) ? target.due() : due;
        return due.isBefore(target.start().orElse(period.start())) ? Optional.empty() : Optional.of(due);
    }

    /**
     * Returns the broken-down targets' breakdowns, in the order given.
     *
     * @return an unmodifiable list; empty when no target is broken down
     */
    public List<Breakdown> breakdowns() {
        return breakdowns;
    }

    /**
     * Finds a target's breakdown.
     *
     * @param targetId the target's id
     * @return the breakdown, if the target is broken down
     */
    public Optional<Breakdown> breakdown(String targetId) {
        return Optional.ofNullable(breakdownsByTarget.get(targetId));
    }

    /**
     * Returns how the units' values roll up.
     *
     * @return the settings; {@link BreakdownSettings#DEFAULTS} unless the plan says otherwise
     */
    public BreakdownSettings breakdownSettings() {
        return breakdownSettings;
    }

    /**
     * Returns a copy of this plan with other breakdowns and settings, keeping everything else: for a
     * breakdown table (分解表) issued apart from the plan.
     *
     * @param newBreakdowns the breakdowns
     * @param settings      how the units' values roll up
     * @return the new plan
     * @throws InvalidPlanException when a breakdown does not fit the plan
     */
    public Plan withBreakdowns(List<Breakdown> newBreakdowns, BreakdownSettings settings) {
        return new Plan(id, title, issuer, period, source, departments, sections, aggregation, rule, cadence,
                derivations, newBreakdowns, settings);
    }

    /**
     * Returns a copy of this plan with other sections, keeping everything else.
     *
     * @param newSections the sections
     * @return the new plan
     * @throws InvalidPlanException when the new plan breaks a rule
     */
    public Plan withSections(List<Section> newSections) {
        return new Plan(id, title, issuer, period, source, departments, newSections, aggregation, rule, cadence,
                derivations, breakdowns, breakdownSettings);
    }

    /**
     * Returns how a target's value is derived from other targets', when it is a derived target.
     *
     * @param targetId the target's id
     * @return the derivation, or empty for a target whose value is reported
     */
    public Optional<Derivation> derivation(String targetId) {
        return Optional.ofNullable(derivations.get(targetId));
    }

    /**
     * Returns the derived targets.
     *
     * @return target id to derivation, unmodifiable, in plan order; empty when no target is derived
     */
    public Map<String, Derivation> derivations() {
        return derivations;
    }

    /**
     * Returns the columns this plan was made of, when it was made from a {@link PlanTemplate}: each target's
     * goal, due date, weight and lead, which code reading many plans may read instead of {@link #targets()}.
     *
     * @return the columns; empty for a plan built whole
     */
    public Optional<PlanColumns> columns() {
        return Optional.ofNullable(columns);
    }

    /** Each target's index and place in the tree, and the tree's ids. */
    TargetPlaces places() {
        return places;
    }

    /**
     * Returns every target of the plan, section by section (a section's headline targets before its items').
     *
     * @return an unmodifiable list in plan order
     */
    public List<Target> targets() {
        return targets;
    }

    /**
     * Finds a target by id.
     *
     * @param targetId the id
     * @return the target, if the plan has one with that id
     */
    public Optional<Target> target(String targetId) {
        int i = indexOf(targetId);
        return i < 0 ? Optional.empty() : Optional.of(targets.get(i));
    }

    /**
     * Returns data derived from this plan, computing it on first use and keeping it as long as the
     * plan: for example the per-target figures scoring reads, laid out in arrays. A plan is immutable,
     * so what is derived from it never goes stale. Thread-safe: concurrent first uses compute it once.
     *
     * @param <T>     the kind of data
     * @param kind    the data's class, one key per kind of derived data
     * @param compute computes the data from this plan; it must not call {@code derived} on this plan
     * @return the data
     */
    public <T> T derived(Class<T> kind, Function<Plan, ? extends T> compute) {
        Objects.requireNonNull(compute, "compute");
        return kind.cast(derived.computeIfAbsent(Objects.requireNonNull(kind, "kind"), k -> compute.apply(this)));
    }

    /**
     * Returns a target's index in {@link #targets()}: its place in plan order.
     *
     * @param targetId the target's id
     * @return the index, or -1 when the plan has no target with that id
     */
    public int indexOf(String targetId) {
        return places.indexOf(targetId);
    }

    /**
     * Tells where a target sits in the plan.
     *
     * @param targetId the target's id
     * @return its position, if the plan has the target
     */
    public Optional<TargetPosition> position(String targetId) {
        return places.position(targetId);
    }

    /**
     * Where a target sits: its section, its item (or -1 for a section's headline target) and its index
     * among its siblings.
     *
     * @param section the section's index
     * @param item    the item's index in the section, or -1 for a headline target
     * @param index   the target's index among the item's (or the section's headline) targets
     */
    public record TargetPosition(int section, int item, int index) {
    }

    /**
     * Finds a department by id.
     *
     * @param departmentId the id
     * @return the department, if the plan has one with that id
     */
    public Optional<Department> department(String departmentId) {
        int i = departmentIndex.get(departmentId);
        return i < 0 ? Optional.empty() : Optional.of(departments.get(i));
    }

    /**
     * Returns the targets a department leads.
     *
     * @param departmentId the department's id
     * @return the targets in plan order; empty when it leads none
     */
    public List<Target> targetsLedBy(String departmentId) {
        List<Target> led = new ArrayList<>();
        if (columns != null) {
            int d = departmentIndex.get(departmentId);
            for (int i = 0; i < targets.size(); i++) {
                if (columns.lead(i) == d) {
                    led.add(targets.get(i));
                }
            }
            return List.copyOf(led);
        }
        for (Target t : targets) {
            if (t.lead().equals(departmentId)) {
                led.add(t);
            }
        }
        return List.copyOf(led);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Plan)) {
            return false;
        }
        Plan p = (Plan) o;
        return id.equals(p.id) && title.equals(p.title) && issuer.equals(p.issuer) && period.equals(p.period)
                && source.equals(p.source) && departments.equals(p.departments) && sections.equals(p.sections)
                && aggregation.equals(p.aggregation) && rule.equals(p.rule) && cadence.equals(p.cadence)
                && derivations.equals(p.derivations) && breakdowns.equals(p.breakdowns)
                && breakdownSettings.equals(p.breakdownSettings);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, title, issuer, period, source, departments, sections, aggregation, rule, cadence,
                derivations, breakdowns, breakdownSettings);
    }

    @Override
    public String toString() {
        return "Plan[id=" + id + ", title=" + title + ", " + sections.size() + " sections, " + targets.size()
                + " targets]";
    }

    /** Builds a {@link Plan}; its setters are {@link PlanBuilder}'s. Not thread-safe; each call returns this builder. */
    public static final class Builder extends PlanBuilder {
        private Builder(String id, String title) {
            super(id, title);
        }
    }
}
