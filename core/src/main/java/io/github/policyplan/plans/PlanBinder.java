package io.github.policyplan.plans;

import io.github.policyplan.internal.read.DateReader;
import io.github.policyplan.internal.read.DocumentPath;
import io.github.policyplan.internal.read.Fields;
import io.github.policyplan.internal.read.Node;
import io.github.policyplan.internal.read.Problems;
import io.github.policyplan.internal.read.Texts;

import io.github.policyplan.model.Baseline;
import io.github.policyplan.model.Checks;
import io.github.policyplan.model.Checkpoint;
import io.github.policyplan.model.Commitment;
import io.github.policyplan.model.Department;
import io.github.policyplan.model.Direction;
import io.github.policyplan.model.Goal;
import io.github.policyplan.model.InvalidPlanException;
import io.github.policyplan.model.Item;
import io.github.policyplan.model.Measure;
import io.github.policyplan.model.MeasureKind;
import io.github.policyplan.model.Plan;
import io.github.policyplan.model.PlanPeriod;
import io.github.policyplan.model.Strategy;
import io.github.policyplan.model.Section;
import io.github.policyplan.model.SourceReference;
import io.github.policyplan.model.Target;
import io.github.policyplan.model.UnitKind;
import io.github.policyplan.model.Violation;
import io.github.policyplan.rules.Rule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Binds a located document tree to a {@link Plan}, reporting every problem with its location. It
 * builds the model bottom-up; a part with a problem is left out and the rest is still checked, so
 * that one pass finds every problem. The plan is returned only when there is none.
 */
final class PlanBinder {

    static final Set<String> PLAN_KEYS = Fields.keys("id", "title", "issuer", "period", "source", "departments",
            "aggregation", "rule", "sections");
    static final Set<String> PERIOD_KEYS = Fields.keys("start", "end");
    static final Set<String> SOURCE_KEYS = Fields.keys("title", "location");
    static final Set<String> DEPARTMENT_KEYS = Fields.keys("id", "name", "kind", "aliases");
    static final Set<String> SECTION_KEYS = Fields.keys("id", "title", "weight", "aggregation", "targets", "items");
    static final Set<String> ITEM_KEYS = Fields.keys("id", "title", "weight", "aggregation", "targets");
    static final Set<String> TARGET_KEYS = Fields.keys("id", "title", "gloss", "kind", "unit", "direction", "stages",
            "grades", "baseline", "goal", "commitment", "due", "checkpoints", "lead", "cooperating", "weight", "rule",
            "schedule", "quote", "note");
    static final Set<String> BASELINE_KEYS = Fields.keys("value", "date");
    static final Set<String> CHECKPOINT_KEYS = Fields.keys("date", "value");
    static final Set<String> BAND_KEYS = Fields.keys("low", "high");

    private static final MeasureKind[] KINDS = MeasureKind.values();
    private static final Commitment[] COMMITMENTS = Commitment.values();
    private static final Direction[] DIRECTIONS = Direction.values();
    private static final UnitKind[] UNIT_KINDS = UnitKind.values();
    private static final String KIND_ADVICE = "write the measure's kind: "
            + Texts.list(codes(KINDS, MeasureKind::code));

    private final Problems problems;
    private final Map<String, Rule> rules;
    private final Set<String> ruleNames;
    private final Set<String> scheduleNames;
    private final Set<String> aggregationNames;
    /** Department ids and aliases, each to the department's id. */
    private final Map<String, String> departmentNames = new LinkedHashMap<>();
    /** Departments' full names to their ids: references may use them too. */
    private final Map<String, String> fullNames = new LinkedHashMap<>();
    /** Node ids to where each is first used: its path, worked out only for a duplicate. */
    private final Map<String, Supplier<String>> nodeIds = new HashMap<>();
    /** Dates to check against the period once it is known: path, node, date, whether a checkpoint. */
    private final List<DatedField> dated = new ArrayList<>();
    /** The plan's default rule and where it is written, once read. */
    private Optional<Strategy> planRule = Optional.empty();
    private Node planRuleNode;
    private final Set<String> planRuleProblems = new java.util.HashSet<>();

    /*
     * Equal values read more than once share one instance within a load: a plan names the same units, stages,
     * rules, schedules and dates for thousands of targets. The pools live as long as this binder, one load.
     */
    private final Map<String, String> strings = new HashMap<>();
    private final Map<LocalDate, LocalDate> dates = new HashMap<>();
    private final Map<Measure, Measure> measures = new HashMap<>();
    private final Map<Strategy, Optional<Strategy>> strategies = new HashMap<>();
    private final Map<String, Optional<Strategy>> strategiesByName = new HashMap<>();
    private final Map<List<Object>, Optional<Strategy>> strategiesByContent = new HashMap<>();
    /** Marks, in a node's content, where a map and a list begin. */
    private static final Object MAP = new Object();
    private static final Object LIST = new Object();

    /** A date read from a key of a map; its path is worked out only for a problem. */
    private record DatedField(Fields owner, String key, Node node, LocalDate date, boolean checkpoint) {
        String path() {
            return owner.path(key);
        }
    }

    /**
     * Creates a binder.
     *
     * @param problems  where problems go
     * @param rules            the scoring rules a plan may use, by name; each checks its parameters
     * @param scheduleNames    the schedule names a plan may use
     * @param aggregationNames the roll-up names a plan may use
     */
    PlanBinder(Problems problems, Map<String, Rule> rules, Set<String> scheduleNames,
            Set<String> aggregationNames) {
        this.problems = problems;
        // Hash maps and sets: every target names a rule and a schedule. Messages sort the names they list.
        this.rules = Map.copyOf(rules);
        this.ruleNames = this.rules.keySet();
        this.scheduleNames = Set.copyOf(scheduleNames);
        this.aggregationNames = Set.copyOf(aggregationNames);
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
        String id = f.requiredText("id", "give the plan an id, such as county-2023");
        if (id != null) {
            nodeIds.put(id, () -> "id");
        }
        String title = f.requiredText("title", "give the plan its title");
        String issuer = f.requiredText("issuer", "name who issued the plan, such as 县委");
        PlanPeriod period = period(f);
        Optional<SourceReference> source = source(f);
        List<Department> departments = departments(f);
        Optional<Strategy> aggregation = strategy(f, "aggregation", aggregationNames, "roll-up");
        Optional<Strategy> rule = strategy(f, "rule", ruleNames, "scoring rule");
        planRule = rule;
        planRuleNode = f.node().get("rule");
        List<Section> sections = sections(f);
        if (period != null) {
            for (DatedField d : dated) {
                Optional<String> outside = d.checkpoint() ? Checks.checkpointInPeriod(d.date(), period)
                        : Checks.withinPeriod("due date", d.date(), period);
                outside.ifPresent(message -> problems.add(d.node(), d.path(), message, Optional.empty()));
            }
        }
        if (!problems.isEmpty() || f.failed() || id == null || title == null || issuer == null || period == null
                || departments == null || sections == null) {
            return Optional.empty();
        }
        return build(root, () -> "", () -> new Plan(id, title, issuer, period, source, departments, sections,
                aggregation, rule));
    }

    private PlanPeriod period(Fields f) {
        Node n = f.require("period", "write period: {start: 2023, end: 2025}");
        if (n == null) {
            return null;
        }
        if (n instanceof Node.ScalarNode && ((Node.ScalarNode) n).type() == Node.ScalarType.INTEGER) {
            // period: 2023 is the whole year
            LocalDate start = date(n, f, "period", false);
            LocalDate end = date(n, f, "period", true);
            if (start == null || end == null) {
                f.fail();
                return null;
            }
            return new PlanPeriod(start, end);
        }
        Optional<Fields> opened = Fields.open(n, f.path("period"), "a period", PERIOD_KEYS, problems);
        if (opened.isEmpty()) {
            f.fail();
            return null;
        }
        Fields p = opened.get();
        Node s = p.require("start", "write the first day or year, such as start: 2023");
        Node e = p.require("end", "write the last day or year, such as end: 2025");
        LocalDate start = s == null ? null : date(s, p, "start", false);
        LocalDate end = e == null ? null : date(e, p, "end", true);
        if (start == null || end == null) {
            f.fail();
            return null;
        }
        return build(p.node(), p::path, () -> new PlanPeriod(start, end)).orElse(null);
    }

    private Optional<SourceReference> source(Fields f) {
        Node n = f.get("source");
        if (n == null) {
            return Optional.empty();
        }
        Optional<Fields> opened = Fields.open(n, f.path("source"), "a source", SOURCE_KEYS, problems);
        if (opened.isEmpty()) {
            return Optional.empty();
        }
        Fields s = opened.get();
        String title = s.requiredText("title", "give the source document's title");
        Optional<String> location = s.optionalText("location");
        if (title == null) {
            return Optional.empty();
        }
        return build(s.node(), s::path, () -> new SourceReference(title, location));
    }

    private List<Department> departments(Fields f) {
        Node n = f.require("departments", "list the departments that lead or cooperate on targets");
        if (n == null) {
            return null;
        }
        List<Node> items = f.list("departments");
        if (items == null) {
            return null;
        }
        List<Department> out = new ArrayList<>();
        boolean ok = true;
        // First pass: every id and alias, so that references resolve even where a department has other problems.
        List<Fields> opened = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String path = DocumentPath.index(f.path("departments"), i);
            Optional<Fields> d = Fields.open(items.get(i), path, "a department", DEPARTMENT_KEYS, problems);
            opened.add(d.orElse(null));
            if (d.isEmpty()) {
                ok = false;
                continue;
            }
            Optional<String> id = d.get().optionalText("id");
            if (id.isPresent()) {
                String owner = departmentNames.putIfAbsent(id.get(), id.get());
                if (owner != null) {
                    d.get().problem("id", Checks.duplicateDepartmentId(id.get())
                            + (owner.equals(id.get()) ? "" : " (already an alias of '" + owner + "')"), Optional.empty());
                }
            }
        }
        for (int i = 0; i < items.size(); i++) {
            Fields d = opened.get(i);
            if (d == null) {
                continue;
            }
            String id = d.requiredText("id", "give the department a short id, such as kj");
            String name = d.requiredText("name", "give the department's full name, such as 县科技局");
            UnitKind kind = d.has("kind") ? code(d, "kind", UNIT_KINDS, UnitKind::code) : UnitKind.DEPARTMENT;
            List<Node.ScalarNode> aliasNodes = d.textList("aliases");
            List<String> aliases = new ArrayList<>();
            if (aliasNodes != null) {
                for (int a = 0; a < aliasNodes.size(); a++) {
                    String alias = aliasNodes.get(a).text();
                    aliases.add(alias);
                    if (id == null) {
                        continue;
                    }
                    Optional<String> taken = Checks.claimAlias(departmentNames, alias, id);
                    if (taken.isPresent()) {
                        problems.add(aliasNodes.get(a), DocumentPath.index(d.path("aliases"), a), taken.get());
                        d.fail();
                    }
                }
            }
            if (id != null && name != null) {
                fullNames.putIfAbsent(name, id);
            }
            if (d.failed() || id == null || name == null || kind == null || aliasNodes == null) {
                ok = false;
                continue;
            }
            Optional<Department> built = build(d.node(), d::path, () -> new Department(id, name, kind, aliases));
            if (built.isPresent()) {
                out.add(built.get());
            } else {
                ok = false;
            }
        }
        fullNames.forEach(departmentNames::putIfAbsent);
        return ok ? out : null;
    }

    private List<Section> sections(Fields f) {
        Node n = f.require("sections", "list the plan's sections");
        if (n == null) {
            return null;
        }
        List<Node> items = f.list("sections");
        if (items == null) {
            return null;
        }
        List<Section> out = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < items.size(); i++) {
            Section s = section(f, items.get(i), i);
            if (s == null) {
                ok = false;
            } else {
                out.add(s);
            }
        }
        return ok ? out : null;
    }

    private Section section(Fields plan, Node node, int index) {
        Optional<Fields> opened = plan.open(node, "sections", index, "a section", SECTION_KEYS);
        if (opened.isEmpty()) {
            return null;
        }
        Fields f = opened.get();
        String id = nodeId(f, "s", index);
        String title = f.requiredText("title", "give the section its title");
        double weight = weight(f);
        Optional<Strategy> aggregation = strategy(f, "aggregation", aggregationNames, "roll-up");
        List<Target> targets = targets(f, id);
        List<Item> items = new ArrayList<>();
        List<Node> itemNodes = f.list("items");
        boolean ok = itemNodes != null;
        if (itemNodes != null) {
            for (int i = 0; i < itemNodes.size(); i++) {
                Item item = item(f, itemNodes.get(i), id, i);
                if (item == null) {
                    ok = false;
                } else {
                    items.add(item);
                }
            }
        }
        if (!ok || f.failed() || id == null || title == null || targets == null) {
            return null;
        }
        return build(f.node(), f::path, () -> new Section(id, title, weight, targets, items, aggregation)).orElse(null);
    }

    private Item item(Fields section, Node node, String sectionId, int index) {
        Optional<Fields> opened = section.open(node, "items", index, "an item", ITEM_KEYS);
        if (opened.isEmpty()) {
            return null;
        }
        Fields f = opened.get();
        String id = nodeId(f, sectionId == null ? null : sectionId + ".i", index);
        String title = f.requiredText("title", "give the item its title");
        double weight = weight(f);
        Optional<Strategy> aggregation = strategy(f, "aggregation", aggregationNames, "roll-up");
        List<Target> targets = targets(f, id);
        if (f.failed() || id == null || title == null || targets == null) {
            return null;
        }
        return build(f.node(), f::path, () -> new Item(id, title, weight, targets, aggregation)).orElse(null);
    }

    private List<Target> targets(Fields parent, String parentId) {
        List<Node> nodes = parent.list("targets");
        if (nodes == null) {
            return null;
        }
        List<Target> out = new ArrayList<>();
        boolean ok = true;
        String idPrefix = parentId == null ? null : parentId + ".t";
        for (int i = 0; i < nodes.size(); i++) {
            Target t = target(parent, nodes.get(i), idPrefix, i);
            if (t == null) {
                ok = false;
            } else {
                out.add(t);
            }
        }
        return ok ? out : null;
    }

    private Target target(Fields parent, Node node, String idPrefix, int index) {
        Optional<Fields> opened = parent.open(node, "targets", index, "a target", TARGET_KEYS);
        if (opened.isEmpty()) {
            return null;
        }
        Fields f = opened.get();
        String id = nodeId(f, idPrefix, index);
        String title = f.requiredText("title", "give the target its title");
        Optional<String> gloss = f.optionalText("gloss");
        Measure measure = measure(f);
        Optional<Baseline> baseline = baseline(f);
        Goal goal = goal(f, measure);
        Commitment commitment = f.has("commitment") ? commitment(f) : Commitment.STRIVE;
        Node dueNode = f.require("due", "write the due date: " + DateReader.FORMS);
        LocalDate due = dueNode == null ? null : date(dueNode, f, "due", true);
        if (due != null) {
            dated.add(new DatedField(f, "due", dueNode, due, false));
        }
        List<Checkpoint> checkpoints = checkpoints(f, measure);
        String lead = null;
        Node leadNode = f.require("lead", "name the lead department (牵头单位) by id or alias");
        if (leadNode != null) {
            String text = f.text("lead", leadNode);
            lead = text == null ? null : department(f, "lead", -1, leadNode, text);
        }
        List<String> cooperating = new ArrayList<>();
        List<Node.ScalarNode> coopNodes = f.textList("cooperating");
        if (coopNodes != null) {
            boolean listed = f.get("cooperating") instanceof Node.ListNode;
            for (int i = 0; i < coopNodes.size(); i++) {
                String d = department(f, "cooperating", listed ? i : -1, coopNodes.get(i), coopNodes.get(i).text());
                if (d != null) {
                    cooperating.add(d);
                }
            }
        }
        double weight = weight(f);
        Optional<Strategy> rule = strategy(f, "rule", ruleNames, "scoring rule");
        Optional<Strategy> schedule = strategy(f, "schedule", scheduleNames, "schedule");
        Optional<String> quote = f.optionalText("quote");
        Optional<String> note = f.optionalText("note");
        if (f.failed() || id == null || title == null || measure == null || goal == null || due == null
                || checkpoints == null || lead == null) {
            return null;
        }
        String leadId = lead;
        Optional<Target> built = build(f.node(), f::path, () -> new Target(id, title, gloss, measure, baseline, goal,
                commitment, due, checkpoints, leadId, cooperating, weight, rule, schedule, quote, note));
        if (built.isPresent()) {
            checkRule(f, built.get());
        }
        return built.orElse(null);
    }

    /** Lets the target's rule (or the plan's default rule, for a numeric target) check its parameters. */
    private void checkRule(Fields f, Target t) {
        Node at;
        Strategy strategy;
        if (t.rule().isPresent()) {
            strategy = t.rule().get();
            at = f.node().get("rule");
        } else if (planRule.isPresent() && t.measure().kind().isNumeric()
                && t.measure().direction() != io.github.policyplan.model.Direction.WITHIN_BAND) {
            strategy = planRule.get();
            at = planRuleNode;
        } else {
            return;
        }
        Rule r = rules.get(strategy.name());
        if (r == null) {
            return;
        }
        List<Violation> violations = r.check(t, strategy.parameters());
        if (violations.isEmpty()) {
            return;
        }
        String path = at == planRuleNode ? "rule" : f.path("rule");
        for (Violation v : violations) {
            String full = v.path().isEmpty() ? path : DocumentPath.key(path, v.path());
            String message = (at == planRuleNode ? "for target " + t.id() + ": " : "") + v.message();
            if (at != planRuleNode || planRuleProblems.add(full + message)) {
                problems.add(locate(at, v.path()), full, message, v.hint());
            }
        }
        if (at != planRuleNode) {
            f.fail();
        }
    }

    private Measure measure(Fields f) {
        Node kindNode = f.require("kind", KIND_ADVICE);
        MeasureKind kind = kindNode == null ? null : code(f, "kind", KINDS, MeasureKind::code);
        if (kind == null) {
            return null;
        }
        String defaultUnit = kind == MeasureKind.SHARE || kind == MeasureKind.GROWTH_RATE ? "%" : "";
        String unit = f.optionalText("unit").map(this::shared).orElse(defaultUnit);
        Direction direction = f.has("direction") ? code(f, "direction", DIRECTIONS, Direction::code)
                : kind.defaultDirection();
        List<String> levels = new ArrayList<>();
        for (String key : List.of("stages", "grades")) {
            if (!f.has(key)) {
                continue;
            }
            MeasureKind owner = key.equals("stages") ? MeasureKind.MILESTONE : MeasureKind.GRADE;
            if (kind != owner) {
                f.problem(key, "'" + key + "' is only for kind " + owner.code() + " (this target is " + kind.code()
                        + ")", Optional.of("remove it, or change the kind"));
                continue;
            }
            List<Node.ScalarNode> names = f.textList(key);
            if (names != null) {
                names.forEach(n -> levels.add(shared(n.text())));
            }
        }
        if (kind == MeasureKind.MILESTONE && !f.has("stages")) {
            levels.addAll(Measure.DEFAULT_STAGES);
        }
        if (kind == MeasureKind.GRADE && !f.has("grades")) {
            f.problem("kind", "a grade target needs its grades, lowest first", Optional.of(
                    "add grades: [不合格, 合格, 良好, 优秀]"));
            return null;
        }
        if (direction == null) {
            return null;
        }
        Optional<Measure> measure = build(f.node(), f::path, () -> new Measure(kind, unit, direction, levels));
        return measure.isPresent() ? shared(measures, measure.get()) : null;
    }

    private Optional<Baseline> baseline(Fields f) {
        Node n = f.get("baseline");
        return n == null ? Optional.empty() : Optional.ofNullable(baseline(f, "baseline", n));
    }

    /**
     * Reads a baseline written as a number or {value, date}; null after a problem (the owner is failed).
     *
     * @param f   the map that holds it
     * @param key its key in that map
     * @param n   its node
     */
    Baseline baseline(Fields f, String key, Node n) {
        if (n instanceof Node.MapNode) {
            Optional<Fields> opened = f.open(n, key, -1, "a baseline", BASELINE_KEYS);
            if (opened.isEmpty()) {
                f.fail();
                return null;
            }
            Fields b = opened.get();
            Node v = b.require("value", "write the baseline value");
            Double value = v instanceof Node.ScalarNode ? b.percent("value", (Node.ScalarNode) v) : null;
            if (value == null && v != null) {
                value = b.number("value", v);
            }
            Node d = b.get("date");
            LocalDate date = d == null ? null : date(d, b, "date", true);
            if (b.failed() || value == null || (d != null && date == null)) {
                f.fail();
                return null;
            }
            return new Baseline(value, Optional.ofNullable(date));
        }
        Double value = n instanceof Node.ScalarNode ? f.percent(key, (Node.ScalarNode) n) : null;
        if (value == null) {
            value = f.number(key, n);
        }
        return value == null ? null : Baseline.of(value);
    }

    private Goal goal(Fields f, Measure measure) {
        Node n = f.require("goal", "write the goal, or '*' if the plan does not publish it");
        if (n == null) {
            return null;
        }
        return value(f, "goal", n, measure, true);
    }

    /**
     * Reads a goal or checkpoint value; unset ('*') is allowed where {@code unsetAllowed}.
     *
     * @param f   the map that holds it
     * @param key its key in that map
     * @param n   its node
     */
    Goal value(Fields f, String key, Node n, Measure measure, boolean unsetAllowed) {
        if (n instanceof Node.MapNode) {
            Optional<Fields> opened = f.open(n, key, -1, "a band", BAND_KEYS);
            if (opened.isEmpty()) {
                f.fail();
                return null;
            }
            Fields b = opened.get();
            Node lo = b.require("low", "write the band's lower bound");
            Node hi = b.require("high", "write the band's upper bound");
            Double low = lo == null ? null : b.number("low", lo);
            Double high = hi == null ? null : b.number("high", hi);
            if (low == null || high == null) {
                f.fail();
                return null;
            }
            return build(n, b::path, () -> Goal.band(low, high)).orElse(null);
        }
        if (n instanceof Node.ScalarNode) {
            Node.ScalarNode s = (Node.ScalarNode) n;
            if (s.isNumber()) {
                Double d = f.number(key, s);
                return d == null ? null : Goal.of(d);
            }
            if (s.type() == Node.ScalarType.STRING && s.text().trim().equals("*")) {
                if (unsetAllowed) {
                    return Goal.unset();
                }
                problems.add(n, f.path(key), "'*' (unpublished) is not allowed here; write the value");
                f.fail();
                return null;
            }
            if (measure != null && measure.kind().isNumeric()) {
                Double percent = f.percent(key, s);
                if (percent != null) {
                    return Goal.of(percent);
                }
            }
            if (s.type() == Node.ScalarType.STRING && (measure == null || !measure.kind().isNumeric())) {
                return Goal.level(shared(s.text()));
            }
        }
        Optional<String> hint = Optional.of(unsetAllowed ? "write a number, or '*' if the plan does not publish it"
                : "write a number");
        if (n instanceof Node.ScalarNode && ((Node.ScalarNode) n).type() == Node.ScalarType.STRING) {
            String t = ((Node.ScalarNode) n).text().trim();
            if (t.matches("[-+]?[0-9]+(\\.[0-9]+)?")) {
                hint = Optional.of("write it without quotes: " + t);
            } else {
                hint = Fields.numberHint(t).or(() -> Optional.of(unsetAllowed
                        ? "write a number, or '*' if the plan does not publish it" : "write a number"));
            }
        }
        problems.add(n, f.path(key), "expected a number" + (unsetAllowed ? " or '*'" : "") + ", found "
                + n.describe(), hint);
        f.fail();
        return null;
    }

    private Commitment commitment(Fields f) {
        Node n = f.get("commitment");
        String text = f.text("commitment", n);
        if (text == null) {
            return null;
        }
        for (Commitment c : COMMITMENTS) {
            if (c.code().equals(text) || c.chinese().equals(text)) {
                return c;
            }
        }
        List<String> known = new ArrayList<>();
        for (Commitment c : COMMITMENTS) {
            known.add(c.code());
            known.add(c.chinese());
        }
        f.problem("commitment", "unknown commitment '" + Texts.abbreviate(text) + "' (expected must 确保, strive 力争"
                + " or aim 争取)", Texts.didYouMean(text, known));
        return null;
    }

    private List<Checkpoint> checkpoints(Fields f, Measure measure) {
        List<Node> nodes = f.list("checkpoints");
        if (nodes == null) {
            return null;
        }
        List<Checkpoint> out = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < nodes.size(); i++) {
            Optional<Fields> opened = f.open(nodes.get(i), "checkpoints", i, "a checkpoint", CHECKPOINT_KEYS);
            if (opened.isEmpty()) {
                ok = false;
                continue;
            }
            Fields c = opened.get();
            Node d = c.require("date", "write the checkpoint's date");
            Node v = c.require("value", "write the value expected by that date");
            LocalDate date = d == null ? null : date(d, c, "date", true);
            Goal value = v == null ? null : value(c, "value", v, measure, true);
            if (c.failed() || date == null || value == null) {
                ok = false;
                continue;
            }
            dated.add(new DatedField(c, "date", d, date, true));
            out.add(new Checkpoint(date, value));
        }
        if (!ok) {
            f.fail();
            return null;
        }
        return out;
    }

    /**
     * Reads a strategy written as a name or as {name: …, parameters…}. A plan names the same few rules and
     * schedules for thousands of targets: a map that reads exactly like one bound before without a problem
     * (for the same key; the same keys, types and texts throughout) would pass the same checks and give an
     * equal strategy, so it is bound once.
     */
    private Optional<Strategy> strategy(Fields f, String key, Set<String> known, String what) {
        Node n = f.get(key);
        if (!(n instanceof Node.MapNode)) {
            return readStrategy(f, key, n, known, what);
        }
        List<Object> content = new ArrayList<>();
        content.add(key);
        flatten(n, content);
        Optional<Strategy> bound = strategiesByContent.get(content);
        if (bound != null) {
            return bound;
        }
        int before = problems.total();
        Optional<Strategy> read = readStrategy(f, key, n, known, what);
        if (read.isPresent() && problems.total() == before) {
            strategiesByContent.put(content, read);
        }
        return read;
    }

    /**
     * Lists what a node says, in order: each map's size and entries, each list's size and items, each
     * scalar's type and text. Two nodes list equal when they read the same.
     */
    private static void flatten(Node n, List<Object> out) {
        if (n instanceof Node.MapNode) {
            Node.MapNode map = (Node.MapNode) n;
            out.add(MAP);
            out.add(map.size());
            for (int i = 0; i < map.size(); i++) {
                out.add(map.key(i));
                flatten(map.value(i), out);
            }
        } else if (n instanceof Node.ListNode) {
            List<Node> items = ((Node.ListNode) n).items();
            out.add(LIST);
            out.add(items.size());
            for (Node item : items) {
                flatten(item, out);
            }
        } else {
            out.add(((Node.ScalarNode) n).type());
            out.add(((Node.ScalarNode) n).text());
        }
    }

    private Optional<Strategy> readStrategy(Fields f, String key, Node n, Set<String> known, String what) {
        if (n == null) {
            return Optional.empty();
        }
        String name;
        Map<String, Object> parameters = Map.of();
        Node nameNode = n;
        if (n instanceof Node.MapNode) {
            Node.MapNode map = (Node.MapNode) n;
            Node nn = map.get("name");
            if (nn == null) {
                problems.add(n, f.path(key), "missing required key 'name'", Optional.of(
                        "write " + key + ": {name: …, and its parameters}"));
                f.fail();
                return Optional.empty();
            }
            nameNode = nn;
            name = Fields.isText(nn) ? ((Node.ScalarNode) nn).text()
                    : f.text(nn, DocumentPath.key(f.path(key), "name"));
            parameters = new LinkedHashMap<>();
            for (Node.Entry e : map.entries()) {
                if (!e.key().equals("name")) {
                    Object value = plain(e.value(), () -> DocumentPath.key(f.path(key), e.key()));
                    if (value == null) {
                        f.fail();
                    } else {
                        parameters.put(e.key(), value);
                    }
                }
            }
        } else {
            name = f.text(key, n);
        }
        if (name == null) {
            return Optional.empty();
        }
        if (!known.contains(name)) {
            String path = n instanceof Node.MapNode ? DocumentPath.key(f.path(key), "name") : f.path(key);
            problems.add(nameNode, path, "unknown " + what + " '" + Texts.abbreviate(name) + "' (known: "
                    + Texts.list(Texts.sorted(known)) + ")", Texts.didYouMean(name, known));
            f.fail();
            return Optional.empty();
        }
        if (key.equals("schedule") && !parameters.isEmpty()) {
            problems.add(n, f.path(key), "schedule " + name + " takes no parameters (was "
                    + String.join(", ", parameters.keySet()) + ")", Optional.of("write schedule: " + name));
            f.fail();
            return Optional.empty();
        }
        if (key.equals("aggregation")) {
            for (Map.Entry<String, Object> e : parameters.entrySet()) {
                Object v = e.getValue();
                if (!e.getKey().equals("minCoverage")) {
                    problems.add(locate(n, e.getKey()), DocumentPath.key(f.path(key), e.getKey()), "unknown parameter '"
                            + e.getKey() + "' of roll-up " + name + " (known: minCoverage)",
                            Texts.didYouMean(e.getKey(), List.of("minCoverage")));
                    f.fail();
                } else if (!(v instanceof Double) || (Double) v < 0 || (Double) v > 1) {
                    problems.add(locate(n, e.getKey()), DocumentPath.key(f.path(key), e.getKey()),
                            "minCoverage must be a number from 0 to 1 (was " + v + ")", Optional.empty());
                    f.fail();
                }
            }
        }
        if (parameters.isEmpty()) {
            return strategiesByName.computeIfAbsent(name, named -> Optional.of(Strategy.named(named)));
        }
        return strategies.computeIfAbsent(new Strategy(name, parameters), Optional::of);
    }

    /**
     * Converts a parameter node to plain Java values, or reports a null.
     *
     * @param n    the node
     * @param path its path, worked out only for a problem
     */
    private Object plain(Node n, Supplier<String> path) {
        if (n instanceof Node.MapNode) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (Node.Entry e : ((Node.MapNode) n).entries()) {
                Object v = plain(e.value(), () -> DocumentPath.key(path.get(), e.key()));
                if (v == null) {
                    return null;
                }
                map.put(e.key(), v);
            }
            return map;
        }
        if (n instanceof Node.ListNode) {
            List<Object> list = new ArrayList<>();
            List<Node> items = ((Node.ListNode) n).items();
            for (int i = 0; i < items.size(); i++) {
                int index = i;
                Object v = plain(items.get(i), () -> DocumentPath.index(path.get(), index));
                if (v == null) {
                    return null;
                }
                list.add(v);
            }
            return list;
        }
        Node.ScalarNode s = (Node.ScalarNode) n;
        switch (s.type()) {
            case INTEGER:
            case DECIMAL:
                double d = Fields.toDouble(s.text());
                if (!Double.isFinite(d)) {
                    problems.add(n, path.get(), "the number " + Texts.abbreviate(s.text()) + (Double.isNaN(d)
                            ? " is not a plain decimal number" : " is too large"), Optional.of(
                                    "write it in decimal digits, such as 12.5"));
                    return null;
                }
                return d;
            case BOOLEAN:
                return Boolean.valueOf(s.text());
            case NULL:
                problems.add(n, path.get(), "a rule parameter cannot be empty");
                return null;
            default:
                return shared(s.text());
        }
    }

    private double weight(Fields f) {
        Double w = f.optionalNumber("weight");
        if (w == null) {
            return 1.0;
        }
        if (!(w > 0)) {
            f.problem("weight", "weight must be a number > 0 (was " + Texts.abbreviate(((Node.ScalarNode) f.get(
                    "weight")).text()) + ")", Optional.of("give a positive weight, or leave it out for equal weights"));
        }
        return w;
    }

    /**
     * Reads the id of a section, item or target; one not written defaults to a prefix and its number
     * ({@code s1}, {@code s1.i2}, {@code s1.i2.t3}), worked out only then.
     *
     * @param defaultPrefix the default's prefix ({@code s1.i2.t}), or null when there is no default
     * @param index         the position among its siblings, from 0
     */
    private String nodeId(Fields f, String defaultPrefix, int index) {
        String id;
        if (f.has("id")) {
            id = f.text("id", f.get("id"));
        } else {
            id = defaultPrefix == null ? null : defaultPrefix + (index + 1);
        }
        if (id == null) {
            return null;
        }
        Supplier<String> first = nodeIds.putIfAbsent(id, f::path);
        if (first != null) {
            f.problem("id", Checks.duplicateId(Texts.abbreviate(id), first.get()),
                    Optional.of("ids of sections, items and targets must be unique in the plan"));
            return null;
        }
        return id;
    }

    /**
     * Resolves a department's id, alias or full name to its id.
     *
     * @param key   the key that names it
     * @param index its index in the key's list, or -1 when the key holds the name itself
     */
    private String department(Fields f, String key, int index, Node node, String name) {
        String id = departmentNames.get(name);
        if (id != null) {
            return id;
        }
        String path = index < 0 ? f.path(key) : DocumentPath.index(f.path(key), index);
        problems.add(node, path, Checks.unknownDepartment(Texts.abbreviate(name)),
                Optional.of(Texts.didYouMean(name, departmentNames.keySet())
                        .orElse("add it under departments, or use one of: " + Texts.list(departmentNames.keySet()))));
        f.fail();
        return null;
    }

    /**
     * Reads a date.
     *
     * @param n   the node
     * @param f   the map that holds it
     * @param key its key in that map
     * @param end true for the last day of a span it names, false for the first
     * @return the date, or null after a problem
     */
    private LocalDate date(Node n, Fields f, String key, boolean end) {
        return DateReader.ACCEPTING_CHINESE.read(n, end, () -> f.path(key), problems).map(d -> shared(dates, d))
                .orElse(null);
    }

    private <E> E code(Fields f, String key, E[] values, java.util.function.Function<E, String> code) {
        String text = f.text(key, f.get(key));
        if (text == null) {
            return null;
        }
        for (E e : values) {
            if (code.apply(e).equals(text)) {
                return e;
            }
        }
        List<String> known = codes(values, code);
        f.problem(key, "unknown " + key + " '" + Texts.abbreviate(text) + "' (expected one of " + Texts.list(known)
                + ")", Texts.didYouMean(text, known));
        return null;
    }

    private static <E> List<String> codes(E[] values, java.util.function.Function<E, String> code) {
        List<String> out = new ArrayList<>();
        for (E e : values) {
            out.add(code.apply(e));
        }
        return out;
    }

    /**
     * Runs a model constructor; its violations become located problems.
     *
     * @param at      the node the value was read from
     * @param where   its path, worked out only for a problem
     * @param builder the constructor call
     * @param <T>     the value's type
     * @return the value, or empty after problems
     */
    <T> Optional<T> build(Node at, Supplier<String> where, Supplier<T> builder) {
        try {
            return Optional.of(builder.get());
        } catch (InvalidPlanException e) {
            String path = where.get();
            for (Violation v : e.violations()) {
                Node located = locate(at, v.path());
                String full = v.path().isEmpty() ? path
                        : v.path().startsWith("[") ? path + v.path() : DocumentPath.key(path, v.path());
                problems.add(located, full, v.message(), v.hint());
            }
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            problems.add(at, where.get(), e.getMessage(), Optional.empty());
            return Optional.empty();
        }
    }

    /** Returns the instance of a string that this load read first. */
    private String shared(String text) {
        return shared(strings, text);
    }

    private static <T> T shared(Map<T, T> pool, T value) {
        T first = pool.putIfAbsent(value, value);
        return first == null ? value : first;
    }

    /** Finds the node a relative path names, or the nearest ancestor that exists. */
    static Node locate(Node from, String relative) {
        try {
            return walk(from, relative);
        } catch (RuntimeException e) {
            // A name that holds '[' or '.' is not a path; place the problem at the node itself.
            return from;
        }
    }

    private static Node walk(Node from, String relative) {
        Node current = from;
        if (relative.isEmpty()) {
            return current;
        }
        for (String part : relative.split("\\.")) {
            String key = part;
            List<Integer> indexes = new ArrayList<>();
            int bracket = part.indexOf('[');
            if (bracket >= 0) {
                key = part.substring(0, bracket);
                for (String idx : part.substring(bracket + 1, part.length() - 1).split("\\]\\[")) {
                    indexes.add(Integer.parseInt(idx));
                }
            }
            if (!key.isEmpty()) {
                if (!(current instanceof Node.MapNode) || ((Node.MapNode) current).get(key) == null) {
                    return current;
                }
                current = ((Node.MapNode) current).get(key);
            }
            for (int idx : indexes) {
                if (!(current instanceof Node.ListNode) || ((Node.ListNode) current).items().size() <= idx) {
                    return current;
                }
                current = ((Node.ListNode) current).items().get(idx);
            }
        }
        return current;
    }
}
