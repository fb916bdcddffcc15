package io.github.policyplan.plans;

import io.github.policyplan.internal.read.Fields;
import io.github.policyplan.internal.read.Node;
import io.github.policyplan.internal.read.Problems;
import io.github.policyplan.internal.read.Violations;
import io.github.policyplan.model.Cadence;
import io.github.policyplan.model.Department;
import io.github.policyplan.model.Plan;
import io.github.policyplan.model.PlanPeriod;
import io.github.policyplan.model.Section;
import io.github.policyplan.model.SourceReference;
import io.github.policyplan.model.Strategy;
import io.github.policyplan.rules.Rule;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.HashSet;
import java.util.Set;
import io.github.policyplan.model.Breakdown;
import io.github.policyplan.model.BreakdownSettings;

/**
 * Binds a located document tree to a {@link Plan}, reporting every problem with its location. It
 * reads the plan's header (id, title, issuer, period, source) itself and leaves the parts to a
 * binder each: {@link DepartmentBinder} the departments, {@link OutlineBinder} the sections, items
 * and targets, {@link TargetValueBinder} a target's measure, goal and dates, {@link StrategyBinder}
 * the rules, schedules and roll-ups. It builds the model bottom-up; a part with a problem is left
 * out and the rest is still checked, so that one pass finds every problem. The plan is returned only
 * when there is none. Not thread-safe: one instance serves one load.
 */
final class PlanBinder {

    static final Set<String> PLAN_KEYS = Fields.keys("id", "title", "issuer", "period", "source", "departments",
            "aggregation", "rule", "cadence", "sections", "breakdown-settings");
    static final Set<String> PERIOD_KEYS = Fields.keys("start", "end");
    static final Set<String> SOURCE_KEYS = Fields.keys("title", "location");

    private final Problems problems;
    private final TargetValueBinder values;
    private final DepartmentBinder departments;
    private final StrategyBinder strategies;
    private final OutlineBinder outline;
    private final BreakdownBinder breakdowns;

    /**
     * Creates a binder.
     *
     * @param problems         where problems go
     * @param rules            the scoring rules a plan may use, by name; each checks its parameters
     * @param scheduleNames    the schedule names a plan may use
     * @param aggregationNames the roll-up names a plan may use
     */
    PlanBinder(Problems problems, Map<String, Rule> rules, Set<String> scheduleNames,
            Set<String> aggregationNames) {
        SharedValues shared = new SharedValues();
        this.problems = problems;
        this.values = new TargetValueBinder(problems, shared);
        this.departments = new DepartmentBinder(problems);
        this.strategies = new StrategyBinder(problems, shared, rules, scheduleNames, aggregationNames);
        this.breakdowns = new BreakdownBinder(problems, values, departments);
        this.outline = new OutlineBinder(problems, values, departments, strategies, breakdowns);
    }

    /**
     * Binds a document to a plan.
     *
     * @param root the document's root
     * @return the plan, or empty when any problem was found
     */
    Optional<Plan> bind(Node root) {
        Optional<Fields> opened = Fields.open(root, "", "a plan", PLAN_KEYS, problems);
        if (opened.isEmpty()) {
            return Optional.empty();
        }
        Fields f = opened.get();
        Optional<String> id = f.requiredText("id", "give the plan an id, such as county-2023");
        id.ifPresent(planId -> outline.reserve(planId, () -> "id"));
        Optional<String> title = f.requiredText("title", "give the plan its title");
        Optional<String> issuer = f.requiredText("issuer", "name who issued the plan, such as 县委");
        Optional<PlanPeriod> period = period(f);
        Optional<SourceReference> source = source(f);
        Optional<List<Department>> units = departments.bind(f);
        Optional<Strategy> aggregation = strategies.aggregation(f);
        Optional<Strategy> rule = strategies.planRule(f);
        Optional<Cadence> cadence = values.cadence(f);
        Optional<List<Section>> sections = outline.sections(f);
        Optional<BreakdownSettings> settings = breakdowns.settings(f, "breakdown-settings");
        period.ifPresent(values::checkDates);
        Optional<List<Breakdown>> divided = period.isPresent() && units.isPresent()
                ? breakdowns.check(ids(units.get()), period.get()) : Optional.empty();
        if (!problems.isEmpty() || f.failed() || id.isEmpty() || title.isEmpty() || issuer.isEmpty()
                || period.isEmpty() || units.isEmpty() || sections.isEmpty() || settings.isEmpty()
                || divided.isEmpty()) {
            return Optional.empty();
        }
        return Violations.construct(root, () -> "", () -> new Plan(id.get(), title.get(), issuer.get(), period.get(),
                source, units.get(), sections.get(), aggregation, rule, cadence, outline.derivations(),
                divided.get(), settings.get()), problems);
    }

    static Set<String> ids(List<Department> units) {
        Set<String> ids = new HashSet<>();
        for (Department d : units) {
            ids.add(d.id());
        }
        return ids;
    }

    /** Two years joined by a dash or a word: 2023-2025, 2023—2025, 2023至2025, 2023~2025. */
    private static final java.util.regex.Pattern YEAR_RANGE = java.util.regex.Pattern.compile(
            "([0-9]{4})(?:年)?\\s*[-–—~～至到]\\s*([0-9]{4})(?:年)?");

    /** Reads the period: a year ({@code period: 2023}), or {start, end} with any date form. */
    private Optional<PlanPeriod> period(Fields f) {
        Optional<Node> n = f.require("period", "write period: {start: 2023, end: 2025}");
        if (n.isEmpty()) {
            return Optional.empty();
        }
        if (n.get() instanceof Node.ScalarNode year && year.type() == Node.ScalarType.INTEGER) {
            Optional<LocalDate> start = values.date(year, f, "period", false);
            Optional<LocalDate> end = values.date(year, f, "period", true);
            if (start.isEmpty() || end.isEmpty()) {
                f.fail();
                return Optional.empty();
            }
            return Optional.of(new PlanPeriod(start.get(), end.get()));
        }
        java.util.regex.Matcher range = n.get() instanceof Node.ScalarNode text && text.type() == Node.ScalarType.STRING
                ? YEAR_RANGE.matcher(text.text().strip()) : null;
        if (range != null && range.matches()) {
            f.problem("period", "the period '" + range.group() + "' is written as text; a period is a year or a map",
                    Optional.of("write period: {start: " + range.group(1) + ", end: " + range.group(2) + "}"));
            return Optional.empty();
        }
        Optional<Fields> opened = f.open(n.get(), "period", -1, "a period", PERIOD_KEYS);
        if (opened.isEmpty()) {
            f.fail();
            return Optional.empty();
        }
        Fields p = opened.get();
        Optional<Node> s = p.require("start", "write the first day or year, such as start: 2023");
        Optional<Node> e = p.require("end", "write the last day or year, such as end: 2025");
        Optional<LocalDate> start = s.flatMap(node -> values.date(node, p, "start", false));
        Optional<LocalDate> end = e.flatMap(node -> values.date(node, p, "end", true));
        if (start.isEmpty() || end.isEmpty()) {
            f.fail();
            return Optional.empty();
        }
        return Violations.construct(p.node(), p::path, () -> new PlanPeriod(start.get(), end.get()), problems);
    }

    /** Reads the document the plan models, if given. */
    private Optional<SourceReference> source(Fields f) {
        Optional<Fields> opened = f.get("source").flatMap(n -> f.open(n, "source", -1, "a source", SOURCE_KEYS));
        if (opened.isEmpty()) {
            return Optional.empty();
        }
        Fields s = opened.get();
        Optional<String> title = s.requiredText("title", "give the source document's title");
        Optional<String> location = s.optionalText("location");
        if (title.isEmpty()) {
            return Optional.empty();
        }
        return Violations.construct(s.node(), s::path, () -> new SourceReference(title.get(), location), problems);
    }
}
