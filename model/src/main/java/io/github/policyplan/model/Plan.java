package io.github.policyplan.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
 *   <li>every due date and checkpoint lies within the plan's period;</li>
 *   <li>the aggregation, if named, is one of {@link RollUpKind} with fitting parameters (as sections' and
 *       items' are when they are built).</li>
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
    private final List<Breakdown> breakdowns;
    private final BreakdownSettings breakdownSettings;

    private final Map<String, Department> departmentsById;
    private final Map<String, Breakdown> breakdownsByTarget;
    /** Target id to its index in {@link #targets}. */
    private final Map<String, Integer> targetIndexes;
    /** Each target's section, item (-1 for a headline target) and index among its siblings, by index. */
    private final int[] targetSections;
    private final int[] targetItems;
    private final int[] targetSlots;
    private final List<Target> targets;
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
        this(id, title, issuer, period, source, departments, sections, aggregation, rule, List.of(),
                BreakdownSettings.DEFAULTS);
    }

    /**
     * Creates a plan with breakdowns (目标任务分解): targets divided among the plan's units.
     *
     * @param id                the plan's id, such as {@code county-2023}
     * @param title             the title
     * @param issuer            who issued it, such as {@code 县委}
     * @param period            the period it covers
     * @param source            the document it models, if given
     * @param departments       the departments, townships and other units that answer for targets
     * @param sections          the sections, in plan order
     * @param aggregation       how scores roll up, for every node that does not say otherwise
     * @param rule              the scoring rule of every target that names none, if given
     * @param breakdowns        the broken-down targets, at most one breakdown a target, each checked with
     *                          {@link Breakdown#check}
     * @param breakdownSettings how the units' values roll up
     * @throws InvalidPlanException listing every problem found
     */
    public Plan(String id, String title, String issuer, PlanPeriod period, Optional<SourceReference> source,
            List<Department> departments, List<Section> sections, Optional<Strategy> aggregation,
            Optional<Strategy> rule, List<Breakdown> breakdowns, BreakdownSettings breakdownSettings) {
        this.id = Objects.requireNonNull(id, "id");
        this.title = Objects.requireNonNull(title, "title");
        this.issuer = Objects.requireNonNull(issuer, "issuer");
        this.period = Objects.requireNonNull(period, "period");
        this.source = Objects.requireNonNull(source, "source");
        this.departments = Checks.copy(departments, "departments");
        this.sections = Checks.copy(sections, "sections");
        this.aggregation = Objects.requireNonNull(aggregation, "aggregation");
        this.rule = Objects.requireNonNull(rule, "rule");
        this.breakdowns = Checks.copy(breakdowns, "breakdowns");
        this.breakdownSettings = Objects.requireNonNull(breakdownSettings, "breakdownSettings");

        Checks checks = new Checks();
        checks.id("id", id);
        checks.notBlank("title", title);
        checks.notBlank("issuer", issuer);
        aggregation.ifPresent(a -> checks.addAll("aggregation", RollUpKind.check(a)));

        Map<String, Department> byId = checkDepartments(checks, this.departments);
        Map<String, Target> targetIndex = checkTree(checks, id, byId, this.sections);
        this.breakdownsByTarget = checkBreakdowns(checks, this.breakdowns, targetIndex, byId, period);
        checks.throwIfAny();
        this.targets = List.copyOf(targetIndex.values());
        int n = targets.size();
        Map<String, Integer> indexes = new HashMap<>(Math.max(16, n * 4 / 3 + 1));
        this.targetSections = new int[n];
        this.targetItems = new int[n];
        this.targetSlots = new int[n];
        int k = 0;
        for (int s = 0; s < this.sections.size(); s++) {
            Section section = this.sections.get(s);
            for (int t = 0; t < section.targets().size(); t++, k++) {
                indexes.put(section.targets().get(t).id(), k);
                targetSections[k] = s;
                targetItems[k] = -1;
                targetSlots[k] = t;
            }
            for (int i = 0; i < section.items().size(); i++) {
                List<Target> list = section.items().get(i).targets();
                for (int t = 0; t < list.size(); t++, k++) {
                    indexes.put(list.get(t).id(), k);
                    targetSections[k] = s;
                    targetItems[k] = i;
                    targetSlots[k] = t;
                }
            }
        }
        this.targetIndexes = Collections.unmodifiableMap(indexes);
        this.departmentsById = Collections.unmodifiableMap(byId);
    }

    /** Checks the departments' ids, names and aliases; returns them by id. */
    private static Map<String, Department> checkDepartments(Checks checks, List<Department> departments) {
        Map<String, Department> byId = new LinkedHashMap<>();
        Map<String, String> nameOwners = new HashMap<>();
        for (int i = 0; i < departments.size(); i++) {
            Department d = departments.get(i);
            String path = Paths.index("departments", i);
            if (byId.putIfAbsent(d.id(), d) != null) {
                checks.add(path + ".id", Checks.duplicateDepartmentId(d.id()));
            }
            nameOwners.putIfAbsent(d.id(), d.id());
        }
        for (int i = 0; i < departments.size(); i++) {
            Department d = departments.get(i);
            for (int j = 0; j < d.aliases().size(); j++) {
                checks.add(Paths.index("departments", i) + "." + Paths.index("aliases", j),
                        Checks.claimAlias(nameOwners, d.aliases().get(j), d.id()));
            }
        }

        return byId;
    }

    /** Checks that ids are unique across the tree and that targets name known departments; returns the targets by id. */
    private Map<String, Target> checkTree(Checks checks, String id, Map<String, Department> byId,
            List<Section> sections) {
        Map<String, String> nodePaths = new HashMap<>();
        nodePaths.put(id, "id");
        Map<String, Target> targetIndex = new LinkedHashMap<>();
        for (int s = 0; s < sections.size(); s++) {
            Section section = sections.get(s);
            String sPath = Paths.index("sections", s);
            uniqueId(checks, nodePaths, section.id(), sPath);
            checkTargets(checks, nodePaths, targetIndex, byId, section.targets(), sPath);
            for (int i = 0; i < section.items().size(); i++) {
                Item item = section.items().get(i);
                String iPath = sPath + "." + Paths.index("items", i);
                uniqueId(checks, nodePaths, item.id(), iPath);
                checkTargets(checks, nodePaths, targetIndex, byId, item.targets(), iPath);
            }
        }
        return targetIndex;
    }

    /** Checks each breakdown against its target; returns them by target id. */
    private static Map<String, Breakdown> checkBreakdowns(Checks checks, List<Breakdown> breakdowns,
            Map<String, Target> targets, Map<String, Department> units, PlanPeriod period) {
        Map<String, Breakdown> byTarget = new LinkedHashMap<>();
        for (int i = 0; i < breakdowns.size(); i++) {
            Breakdown b = breakdowns.get(i);
            String path = Paths.index("breakdowns", i);
            Target t = targets.get(b.target());
            if (t == null) {
                checks.add(path + ".target", "unknown target '" + b.target() + "': the plan has no target with that id");
            } else if (byTarget.putIfAbsent(b.target(), b) != null) {
                checks.add(path + ".target", "target '" + b.target() + "' is broken down twice",
                        "give each target one breakdown");
            } else {
                checks.addAll(path, b.check(t, units.keySet(), period));
            }
        }
        return Collections.unmodifiableMap(byTarget);
    }

    private static void uniqueId(Checks checks, Map<String, String> nodePaths, String id, String path) {
        String first = nodePaths.putIfAbsent(id, path);
        if (first != null) {
            checks.add(path + ".id", Checks.duplicateId(id, first));
        }
    }

    private void checkTargets(Checks checks, Map<String, String> nodePaths, Map<String, Target> index,
            Map<String, Department> byId, List<Target> list, String parent) {
        for (int t = 0; t < list.size(); t++) {
            Target target = list.get(t);
            String tPath = parent + "." + Paths.index("targets", t);
            uniqueId(checks, nodePaths, target.id(), tPath);
            index.putIfAbsent(target.id(), target);
            if (!byId.containsKey(target.lead())) {
                checks.add(tPath + ".lead", Checks.unknownDepartment(target.lead()));
            }
            for (int c = 0; c < target.cooperating().size(); c++) {
                String d = target.cooperating().get(c);
                if (!byId.containsKey(d)) {
                    checks.add(tPath + "." + Paths.index("cooperating", c), Checks.unknownDepartment(d));
                }
            }
            checks.add(tPath + ".due", Checks.withinPeriod("due date", target.due(), period));
            for (int k = 0; k < target.checkpoints().size(); k++) {
                checks.add(tPath + "." + Paths.index("checkpoints", k) + ".date",
                        Checks.checkpointInPeriod(target.checkpoints().get(k).date(), period));
            }
        }
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
        return new Plan(id, title, issuer, period, source, departments, sections, aggregation, rule, newBreakdowns,
                settings);
    }

    /**
     * Returns a copy of this plan with other sections, keeping everything else.
     *
     * @param newSections the sections
     * @return the new plan
     * @throws InvalidPlanException when the new plan breaks a rule
     */
    public Plan withSections(List<Section> newSections) {
        return new Plan(id, title, issuer, period, source, departments, newSections, aggregation, rule, breakdowns,
                breakdownSettings);
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
        Integer i = targetIndexes.get(targetId);
        return i == null ? -1 : i;
    }

    /**
     * Tells where a target sits in the plan.
     *
     * @param targetId the target's id
     * @return its position, if the plan has the target
     */
    public Optional<TargetPosition> position(String targetId) {
        int i = indexOf(targetId);
        return i < 0 ? Optional.empty()
                : Optional.of(new TargetPosition(targetSections[i], targetItems[i], targetSlots[i]));
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
        return Optional.ofNullable(departmentsById.get(departmentId));
    }

    /**
     * Returns the targets a department leads.
     *
     * @param departmentId the department's id
     * @return the targets in plan order; empty when it leads none
     */
    public List<Target> targetsLedBy(String departmentId) {
        List<Target> led = new ArrayList<>();
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
                && aggregation.equals(p.aggregation) && rule.equals(p.rule) && breakdowns.equals(p.breakdowns)
                && breakdownSettings.equals(p.breakdownSettings);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, title, issuer, period, source, departments, sections, aggregation, rule, breakdowns,
                breakdownSettings);
    }

    @Override
    public String toString() {
        return "Plan[id=" + id + ", title=" + title + ", " + sections.size() + " sections, " + targets.size()
                + " targets]";
    }

    /** Builds a {@link Plan}. Not thread-safe; each call returns this builder. */
    public static final class Builder {
        private final String id;
        private final String title;
        private String issuer;
        private PlanPeriod period;
        private Optional<SourceReference> source = Optional.empty();
        private final List<Department> departments = new ArrayList<>();
        private final List<Section> sections = new ArrayList<>();
        private Optional<Strategy> aggregation = Optional.empty();
        private Optional<Strategy> rule = Optional.empty();
        private final List<Breakdown> breakdowns = new ArrayList<>();
        private BreakdownSettings breakdownSettings = BreakdownSettings.DEFAULTS;

        private Builder(String id, String title) {
            this.id = id;
            this.title = title;
        }

        /**
         * Sets who issued the plan.
         *
         * @param value the issuer
         * @return this builder
         */
        public Builder issuer(String value) {
            this.issuer = value;
            return this;
        }

        /**
         * Sets the period.
         *
         * @param value the period
         * @return this builder
         */
        public Builder period(PlanPeriod value) {
            this.period = value;
            return this;
        }

        /**
         * Sets the source document.
         *
         * @param value the source
         * @return this builder
         */
        public Builder source(SourceReference value) {
            this.source = Optional.of(value);
            return this;
        }

        /**
         * Adds a department.
         *
         * @param value the department
         * @return this builder
         */
        public Builder department(Department value) {
            departments.add(value);
            return this;
        }

        /**
         * Adds a section.
         *
         * @param value the section
         * @return this builder
         */
        public Builder section(Section value) {
            sections.add(value);
            return this;
        }

        /**
         * Sets how scores roll up by default.
         *
         * @param value the roll-up, such as {@code Strategy.named("weighted-mean")}
         * @return this builder
         */
        public Builder aggregation(Strategy value) {
            this.aggregation = Optional.of(value);
            return this;
        }

        /**
         * Sets the scoring rule of targets that name none.
         *
         * @param value the rule
         * @return this builder
         */
        public Builder rule(Strategy value) {
            this.rule = Optional.of(value);
            return this;
        }

        /**
         * Adds a breakdown: a target divided among the plan's units.
         *
         * @param value the breakdown
         * @return this builder
         */
        public Builder breakdown(Breakdown value) {
            breakdowns.add(value);
            return this;
        }

        /**
         * Sets how the units' values roll up; {@link BreakdownSettings#DEFAULTS} when not set.
         *
         * @param value the settings
         * @return this builder
         */
        public Builder breakdownSettings(BreakdownSettings value) {
            this.breakdownSettings = value;
            return this;
        }

        /**
         * Builds the plan.
         *
         * @return the plan
         * @throws IllegalStateException when the issuer or period is not set
         * @throws InvalidPlanException  when the plan breaks a rule
         */
        public Plan build() {
            if (issuer == null || period == null) {
                throw new IllegalStateException("plan " + id + ": " + (issuer == null ? "issuer" : "period")
                        + " not set");
            }
            return new Plan(id, title, issuer, period, source, departments, sections, aggregation, rule, breakdowns,
                    breakdownSettings);
        }
    }
}
