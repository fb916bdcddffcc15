package io.github.policyplan.robust;

import io.github.policyplan.assessment.AssessmentPeriod;
import io.github.policyplan.assessment.AssessmentScheme;
import io.github.policyplan.assessment.AssessmentScheme.Adjustment;
import io.github.policyplan.assessment.AssessmentScheme.AdjustmentKind;
import io.github.policyplan.assessment.AssessmentScheme.Annual;
import io.github.policyplan.assessment.AssessmentScheme.Assignment;
import io.github.policyplan.assessment.AssessmentScheme.Awards;
import io.github.policyplan.assessment.AssessmentScheme.Caps;
import io.github.policyplan.assessment.AssessmentScheme.Credit;
import io.github.policyplan.assessment.AssessmentScheme.FlagTies;
import io.github.policyplan.assessment.AssessmentScheme.GradeBand;
import io.github.policyplan.assessment.AssessmentScheme.PeerMethod;
import io.github.policyplan.assessment.AssessmentScheme.PeerMetric;
import io.github.policyplan.assessment.AssessmentScheme.Pool;
import io.github.policyplan.assessment.AssessmentScheme.QuotaTies;
import io.github.policyplan.assessment.AssessmentScheme.Ranking;
import io.github.policyplan.assessment.AssessmentScheme.VetoedRanking;
import io.github.policyplan.assessment.AssessmentScheme.Veto;
import io.github.policyplan.assessment.AssessmentScheme.VetoKind;
import io.github.policyplan.model.Baseline;
import io.github.policyplan.model.Checkpoint;
import io.github.policyplan.model.Commitment;
import io.github.policyplan.model.Department;
import io.github.policyplan.model.Direction;
import io.github.policyplan.model.Goal;
import io.github.policyplan.model.Item;
import io.github.policyplan.model.Measure;
import io.github.policyplan.model.MeasureKind;
import io.github.policyplan.model.Plan;
import io.github.policyplan.model.PlanPeriod;
import io.github.policyplan.model.Report;
import io.github.policyplan.model.Section;
import io.github.policyplan.model.Strategy;
import io.github.policyplan.model.Target;
import io.github.policyplan.model.UnitKind;
import io.github.policyplan.model.Value;
import io.github.policyplan.plans.PlanReader;
import io.github.policyplan.plans.Plans;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

/**
 * Generators of valid inputs for the robustness properties: plans that the reader accepts and the
 * standard scoring engine can score (every rule a built-in one with parameters it accepts), report
 * sets that fit their plan, and assessment schemes that fit their plan.
 *
 * <p>Everything is valid by construction, with no filter and no {@code flatMap}: the generators draw
 * trees of drafts that depend on nothing (department references, dates, rule parameters and report
 * targets as raw numbers), then fit them into a valid whole in one pass once the plan's period,
 * departments, measures and goals are known. Generation is fast, nothing is thrown away, and every
 * part shrinks on its own.
 *
 * <p>Numbers are mostly ordinary (small integers, short decimals, doubles up to a million, awkward
 * values such as {@code -0.0}, {@code 0.1 + 0.2}, {@code 1e21} or {@code Double.MIN_VALUE}), and, with
 * {@link #EXTREME_NUMBERS}, a small share of extremes near {@code Double.MAX_VALUE}. Texts include
 * YAML keywords and indicators, blanks, line breaks, CJK and full-width punctuation and emoji.
 */
final class ValidInputs {

    private ValidInputs() {
    }

    /** A plan and reports that fit it (in generation order, no two on one target and date). */
    record PlanWithReports(Plan plan, List<Report> reports) {
        @Override
        public String toString() {
            return "PlanWithReports[" + plan.targets().size() + " targets, " + reports.size() + " reports]"
                    + "\n--- plan ---\n" + Plans.toYaml(plan) + "--- reports ---\n" + reports;
        }
    }

    /** A plan, its reports, a scheme for it and a period to assess. */
    record AssessmentCase(PlanWithReports input, AssessmentScheme scheme, AssessmentPeriod period) {
        @Override
        public String toString() {
            return "AssessmentCase[period " + period + "]\n--- scheme ---\n" + scheme + "\n" + input;
        }
    }

    /**
     * Whether the generators also draw numbers near {@code Double.MAX_VALUE}, whose sums and
     * products overflow ({@code -Dpolicyplan.fuzz.extremes=true}); off by default, as they make most
     * generated plans invalid (weights must lie from 1e-9 to 1e9).
     */
    static final boolean EXTREME_NUMBERS = Boolean.parseBoolean(System.getProperty("policyplan.fuzz.extremes",
            "false"));

    /** List sizes drawn evenly, so that full sections and items are as likely as empty ones. */
    private static final RandomDistribution UNIFORM = RandomDistribution.uniform();

    // ---------------------------------------------------------------- plans

    private record PlanHead(String id, String title, String issuer, Optional<Strategy> aggregation,
            RuleDraft rule) {
    }

    static Arbitrary<Plan> plans() {
        Arbitrary<PlanHead> heads = Combinators.combine(nodeIds(), texts(), texts(), aggregations(), ruleDrafts())
                .as(PlanHead::new);
        return Combinators.combine(heads, periods(), departments(),
                section().list().ofMaxSize(3).withSizeDistribution(UNIFORM))
                .as((head, period, departments, sections) -> newPlan(head, period, departments, sections));
    }

    private static Plan newPlan(PlanHead head, PlanPeriod period, List<Department> departments,
            List<SectionDraft> sections) {
        Fitter fitter = new Fitter(period, departments);
        fitter.usedIds.add(head.id());
        return new Plan(head.id(), nonBlank(head.title()), nonBlank(head.issuer()), period, Optional.empty(),
                departments, fitter.sections(sections), head.aggregation(), head.rule().fitPlanDefault());
    }

    /** Whole years from 2020 to 2030, or a run of odd days (one day to about three years). */
    static Arbitrary<PlanPeriod> periods() {
        Arbitrary<PlanPeriod> years = Combinators.combine(Arbitraries.integers().between(2020, 2030),
                Arbitraries.integers().between(1, 3))
                .as((first, count) -> PlanPeriod.years(first, Math.min(first + count - 1, 2030)));
        LocalDate earliest = LocalDate.of(2020, 1, 1);
        LocalDate latest = LocalDate.of(2030, 12, 31);
        Arbitrary<PlanPeriod> days = Combinators.combine(
                Arbitraries.longs().between(0, ChronoUnit.DAYS.between(earliest, latest)),
                Arbitraries.longs().between(0, 3 * 366))
                .as((start, length) -> {
                    LocalDate first = earliest.plusDays(start);
                    LocalDate last = first.plusDays(length);
                    return new PlanPeriod(first, last.isAfter(latest) ? latest : last);
                });
        return weighted(Tuple.of(3, years), Tuple.of(1, days));
    }

    private record DepartmentDraft(String id, String name, UnitKind kind, List<String> aliases) {
    }

    /** One to five departments with unique ids and up to two aliases each, none naming another department. */
    private static Arbitrary<List<Department>> departments() {
        Arbitrary<String> aliases = Arbitraries.oneOf(List.of(texts().map(ValidInputs::nonBlank), departmentIds()));
        Arbitrary<DepartmentDraft> drafts = Combinators.combine(departmentIds(), texts(),
                Arbitraries.of(UnitKind.class), aliases.list().ofMaxSize(2))
                .as(DepartmentDraft::new);
        return drafts.list().ofMinSize(1).ofMaxSize(5).withSizeDistribution(UNIFORM)
                .uniqueElements(DepartmentDraft::id).map(list -> {
                    Set<String> taken = list.stream().map(DepartmentDraft::id)
                            .collect(Collectors.toCollection(HashSet::new));
                    List<Department> out = new ArrayList<>();
                    for (DepartmentDraft d : list) {
                        List<String> own = new ArrayList<>();
                        for (String alias : d.aliases()) {
                            if (taken.add(alias)) {
                                own.add(alias);
                            }
                        }
                        out.add(new Department(d.id(), nonBlank(d.name()), d.kind(), own));
                    }
                    return out;
                });
    }

    private static Arbitrary<String> departmentIds() {
        Arbitrary<String> pattern = Combinators.combine(
                Arbitraries.strings().withCharRange('a', 'z').ofLength(1),
                Arbitraries.strings().withCharRange('a', 'z').numeric().ofMaxLength(4))
                .as(String::concat);
        Arbitrary<String> cjk = Arbitraries.of("科技局", "发改委", "财政局", "城关镇", "开发区", "新集镇", "农业农村局");
        Arbitrary<String> tricky = Arbitraries.of("y", "no", "on", "true", "null", "nan", "inf", "e1", "s1");
        return weighted(Tuple.of(5, pattern), Tuple.of(2, cjk), Tuple.of(1, tricky));
    }

    // ---------------------------------------------------------------- sections, items, targets

    private record SectionDraft(String id, String title, double weight, List<TargetDraft> targets,
            List<ItemDraft> items, Optional<Strategy> aggregation) {
    }

    private record ItemDraft(String id, String title, double weight, List<TargetDraft> targets,
            Optional<Strategy> aggregation) {
    }

    private record Head(String id, String title, Commitment commitment, double weight, Optional<String> note,
            Optional<Strategy> schedule, RuleDraft rule) {
    }

    /**
     * A target before it is fitted: the due date as a fraction of the period, the lead and the
     * cooperating departments as indexes, the rule as a draft fitted to the measure and goal.
     */
    private record TargetDraft(Head head, Measure measure, double dueWay, GoalDraft goal, BaselineDraft baseline,
            List<CheckpointDraft> checkpoints, int lead, List<Integer> cooperating) {
    }

    private record BaselineDraft(boolean present, double value, double gap, Optional<Long> daysBeforeDue) {
    }

    private record CheckpointDraft(double way, GoalDraft value) {
    }

    /** A goal or checkpoint before it is fitted: unset, a number, a band from two numbers, or a level by index. */
    private record GoalDraft(boolean unset, double first, double second, int level) {
        Goal fit(Measure measure) {
            if (unset) {
                return Goal.unset();
            }
            if (!measure.kind().isNumeric()) {
                return Goal.level(measure.levels().get(level % measure.levels().size()));
            }
            if (measure.direction() == Direction.WITHIN_BAND) {
                return band(first, second);
            }
            return Goal.of(first);
        }
    }

    private static Arbitrary<SectionDraft> section() {
        return Combinators.combine(nodeIds(), texts(), weights(),
                target().list().ofMaxSize(2).withSizeDistribution(UNIFORM),
                item().list().ofMaxSize(2).withSizeDistribution(UNIFORM), aggregations())
                .as(SectionDraft::new);
    }

    private static Arbitrary<ItemDraft> item() {
        return Combinators.combine(nodeIds(), texts(), weights(),
                target().list().ofMaxSize(3).withSizeDistribution(UNIFORM), aggregations())
                .as(ItemDraft::new);
    }

    private static Arbitrary<TargetDraft> target() {
        Arbitrary<Optional<String>> notes = weighted(Tuple.of(2, Arbitraries.just(Optional.empty())),
                Tuple.of(1, texts().map(Optional::of)));
        Arbitrary<Head> heads = Combinators.combine(nodeIds(), texts(), Arbitraries.of(Commitment.class), weights(),
                notes, schedules(), ruleDrafts())
                .as(Head::new);
        Arbitrary<CheckpointDraft> checkpoints = Combinators.combine(fractions(), goalDrafts())
                .as(CheckpointDraft::new);
        Arbitrary<Integer> departmentIndexes = Arbitraries.integers().between(0, 4);
        return Combinators.combine(heads, measures(), fractions(), goalDrafts(), baselines(),
                checkpoints.list().ofMaxSize(3).withSizeDistribution(UNIFORM), departmentIndexes,
                departmentIndexes.list().ofMaxSize(3))
                .as(TargetDraft::new);
    }

    private static Arbitrary<Double> fractions() {
        return weighted(Tuple.of(1, Arbitraries.of(0.0, 1.0)), Tuple.of(3, Arbitraries.doubles().between(0, 1)));
    }

    private static Arbitrary<GoalDraft> goalDrafts() {
        return Combinators.combine(weighted(Tuple.of(1, Arbitraries.just(true)), Tuple.of(5, Arbitraries.just(false))),
                numbers(), numbers(), Arbitraries.integers().between(0, 4))
                .as(GoalDraft::new);
    }

    private static Arbitrary<BaselineDraft> baselines() {
        Arbitrary<Optional<Long>> dates = weighted(Tuple.of(1, Arbitraries.just(Optional.empty())),
                Tuple.of(1, Arbitraries.longs().between(1, 3000).map(Optional::of)));
        return Combinators.combine(Arbitraries.of(true, false), numbers(), numbers(), dates).as(BaselineDraft::new);
    }

    /** Fits drafts into a plan's period and departments, and makes ids unique across the plan. */
    private static final class Fitter {
        private final PlanPeriod period;
        private final List<String> departmentIds;
        private final Set<String> usedIds = new HashSet<>();

        Fitter(PlanPeriod period, List<Department> departments) {
            this.period = period;
            this.departmentIds = departments.stream().map(Department::id).collect(Collectors.toList());
        }

        List<Section> sections(List<SectionDraft> drafts) {
            List<Section> out = new ArrayList<>();
            for (SectionDraft s : drafts) {
                String id = uniqueId(s.id());
                List<Target> targets = targets(s.targets());
                List<Item> items = new ArrayList<>();
                for (ItemDraft i : s.items()) {
                    items.add(new Item(uniqueId(i.id()), nonBlank(i.title()), i.weight(), targets(i.targets()),
                            i.aggregation()));
                }
                out.add(new Section(id, nonBlank(s.title()), s.weight(), targets, items, s.aggregation()));
            }
            return out;
        }

        private List<Target> targets(List<TargetDraft> drafts) {
            List<Target> out = new ArrayList<>();
            for (TargetDraft d : drafts) {
                out.add(target(d));
            }
            return out;
        }

        private Target target(TargetDraft d) {
            Head head = d.head();
            Measure measure = d.measure();
            LocalDate due = along(period.start(), period.end(), d.dueWay());
            Goal goal = d.goal().fit(measure);
            String lead = departmentIds.get(d.lead() % departmentIds.size());
            Set<String> cooperating = new LinkedHashSet<>();
            for (int c : d.cooperating()) {
                String id = departmentIds.get(c % departmentIds.size());
                if (!id.equals(lead)) {
                    cooperating.add(id);
                }
            }
            Target.Builder b = Target.builder(uniqueId(head.id()), nonBlank(head.title()))
                    .measure(measure).goal(goal).commitment(head.commitment()).due(due)
                    .lead(lead).cooperating(cooperating.toArray(new String[0])).weight(head.weight());
            head.note().ifPresent(b::note);
            checkpoints(d.checkpoints(), measure, due).forEach(b::checkpoint);
            baseline(d.baseline(), measure, goal, due).ifPresent(
                    x -> x.date().ifPresentOrElse(day -> b.baseline(x.value(), day), () -> b.baseline(x.value())));
            head.schedule().ifPresent(b::schedule);
            head.rule().fitTarget(measure, goal).ifPresent(b::rule);
            return b.build();
        }

        private List<Checkpoint> checkpoints(List<CheckpointDraft> drafts, Measure measure, LocalDate due) {
            TreeMap<LocalDate, Goal> byDay = new TreeMap<>();
            for (CheckpointDraft c : drafts) {
                byDay.putIfAbsent(along(period.start(), due, c.way()), c.value().fit(measure));
            }
            List<Checkpoint> out = new ArrayList<>();
            byDay.forEach((day, value) -> out.add(new Checkpoint(day, value)));
            return out;
        }

        /**
         * A baseline the model accepts: numeric measures only; different from a numeric goal; and,
         * except for growth rates and per-year rates, on the worse side of the goal.
         */
        private static Optional<Baseline> baseline(BaselineDraft draft, Measure measure, Goal goal, LocalDate due) {
            if (!draft.present() || !measure.kind().isNumeric()) {
                return Optional.empty();
            }
            double value = draft.value();
            if (goal instanceof Goal.Amount) {
                double g = ((Goal.Amount) goal).value();
                boolean sided = measure.kind() != MeasureKind.GROWTH_RATE
                        && measure.kind() != MeasureKind.RATE_PER_YEAR;
                if (sided && measure.direction() == Direction.HIGHER_IS_BETTER) {
                    value = g - Math.abs(draft.gap());
                    if (!(value < g) || !Double.isFinite(value)) {
                        value = Math.nextDown(g);
                    }
                } else if (sided && measure.direction() == Direction.LOWER_IS_BETTER) {
                    value = g + Math.abs(draft.gap());
                    if (!(value > g) || !Double.isFinite(value)) {
                        value = Math.nextUp(g);
                    }
                } else if (value == g) {
                    value = Math.nextUp(g);
                }
                if (!Double.isFinite(value)) {
                    return Optional.empty();
                }
            }
            return Optional.of(new Baseline(value, draft.daysBeforeDue().map(due::minusDays)));
        }

        private String uniqueId(String id) {
            String candidate = id;
            for (int n = 2; !usedIds.add(candidate); n++) {
                candidate = id + "-" + n;
            }
            return candidate;
        }
    }

    /** The day a fraction of the way from one day to another (rounded), any fraction, even outside 0..1. */
    static LocalDate along(LocalDate from, LocalDate to, double way) {
        return from.plusDays(Math.round(way * ChronoUnit.DAYS.between(from, to)));
    }

    // ---------------------------------------------------------------- measures

    private static final List<MeasureKind> NUMERIC_KINDS = List.of(MeasureKind.LEVEL, MeasureKind.COUNT,
            MeasureKind.GROWTH_RATE, MeasureKind.SHARE, MeasureKind.THRESHOLD, MeasureKind.RATE_PER_YEAR,
            MeasureKind.RANK);

    private static Arbitrary<Measure> measures() {
        Arbitrary<Measure> numeric = Combinators.combine(Arbitraries.of(NUMERIC_KINDS), units(),
                Arbitraries.of(Direction.class), Arbitraries.of(true, false))
                .as((kind, unit, direction, byDefault) -> new Measure(kind, unit,
                        byDefault ? kind.defaultDirection() : direction, List.of()));
        Arbitrary<Measure> levelled = Combinators.combine(Arbitraries.of(MeasureKind.MILESTONE, MeasureKind.GRADE),
                units(), levelNames().list().ofMinSize(2).ofMaxSize(5).uniqueElements())
                .as((kind, unit, levels) -> new Measure(kind, unit, Direction.HIGHER_IS_BETTER, levels));
        Arbitrary<Measure> defaultStages = Arbitraries.just(Measure.milestone(Measure.DEFAULT_STAGES));
        return weighted(Tuple.of(7, numeric), Tuple.of(3, levelled), Tuple.of(1, defaultStages));
    }

    private static Arbitrary<String> units() {
        return weighted(Tuple.of(4, Arbitraries.of("", "%", "家", "亿元", "万亩", "人", "个百分点")), Tuple.of(1, texts()));
    }

    /** Stage and grade names: not blank, not {@code *}; some look like numbers, booleans or YAML syntax. */
    private static Arbitrary<String> levelNames() {
        Arbitrary<String> plain = Arbitraries.of("洽谈", "签约", "开工", "投产", "已完成", "未完成", "优秀", "良好", "合格",
                "不合格", "A", "B", "C", "D");
        Arbitrary<String> tricky = Arbitraries.of("1", "2.5", "-1", "0", "1e3", "true", "null", "~", "yes",
                "2023-12-31", "a b", "padded", "'q'", "\"dq\"", "a: b", "#1", "- x", "**", "😀", "a,b", "二 期");
        return weighted(Tuple.of(3, plain), Tuple.of(1, tricky), Tuple.of(1, texts()))
                .map(ValidInputs::nonBlank)
                .map(String::strip)
                .map(s -> s.isEmpty() ? "x" : s)
                .map(s -> s.equals("*") ? s + "1" : s);
    }

    private static Goal band(double a, double b) {
        double low = Math.min(a, b);
        double high = Math.max(a, b);
        if (!(low < high)) {
            high = Math.nextUp(low);
            if (!Double.isFinite(high)) {
                high = low;
                low = Math.nextDown(high);
            }
        }
        return Goal.band(low, high);
    }

    // ---------------------------------------------------------------- rules

    /**
     * A scoring rule before it is fitted to a target's measure and goal: which rule (by index into
     * the rules that fit), its cap, and raw numbers for its parameters.
     */
    record RuleDraft(int which, int cap, double a, double b, int count, boolean flag, List<Double> table) {

        private static final List<Double> CAPS = List.of(100.0, 120.0, 150.0, 100.5, 1000.0);

        /** The rule of a target: none, or a built-in rule that fits its measure and goal. */
        Optional<Strategy> fitTarget(Measure m, Goal goal) {
            Map<String, Object> p = new LinkedHashMap<>();
            String name;
            if (!m.kind().isNumeric()) {
                switch (which % 3) {
                    case 0:
                        return Optional.empty();
                    case 1:
                        name = m.kind() == MeasureKind.MILESTONE ? "milestone" : "grade";
                        break;
                    default:
                        name = m.kind() == MeasureKind.MILESTONE ? "milestone" : "grade";
                        Map<String, Object> levels = new LinkedHashMap<>();
                        for (int i = 0; i < m.levels().size(); i++) {
                            double v = Math.abs(table.isEmpty() ? i : table.get(i % table.size()));
                            if (m.kind() == MeasureKind.MILESTONE) {
                                if (i % 2 == count % 2) {
                                    levels.put(m.levels().get(i), Math.min(100, v));
                                }
                            } else {
                                levels.put(m.levels().get(i), v);
                            }
                        }
                        p.put(m.kind() == MeasureKind.MILESTONE ? "credit" : "points", levels);
                        break;
                }
            } else if (m.direction() == Direction.WITHIN_BAND) {
                switch (which % 3) {
                    case 0:
                        return Optional.empty();
                    case 1:
                        name = "within-band";
                        break;
                    default:
                        name = "within-band";
                        p.put("tolerance", positive(a));
                        break;
                }
            } else {
                switch (which % 7) {
                    case 0:
                        return Optional.empty();
                    case 1:
                        Optional<Double> red = redFlag(m, goal);
                        if (red.isEmpty()) {
                            return Optional.empty();
                        }
                        name = "red-flag";
                        p.put("redFlag", red.get());
                        break;
                    default:
                        return fitNumeric(which % 7 - 2);
                }
            }
            if (cap > 0) {
                p.put("cap", CAPS.get(cap % CAPS.size()));
            }
            return Optional.of(new Strategy(name, p));
        }

        /** The plan's default rule: none, or one whose parameters fit every numeric target. */
        Optional<Strategy> fitPlanDefault() {
            return which % 3 == 0 ? Optional.empty() : fitNumeric(which % 5);
        }

        /** completion-rate, linear, bands, deduction or completion-rate without parameters (0 to 4). */
        private Optional<Strategy> fitNumeric(int kind) {
            Map<String, Object> p = new LinkedHashMap<>();
            String name;
            switch (kind) {
                case 0:
                    name = "completion-rate";
                    break;
                case 1:
                    name = "linear";
                    if (flag) {
                        p.put("floor", Math.min(99.99, Math.abs(a) % 100));
                    }
                    break;
                case 2: {
                    name = "bands";
                    List<Object> bands = new ArrayList<>();
                    List<Double> mins = table.isEmpty() ? List.of(100.0) : table;
                    for (int i = 0; i < mins.size(); i++) {
                        Map<String, Object> band = new LinkedHashMap<>();
                        band.put("min", mins.get(i));
                        band.put("points", mins.get(mins.size() - 1 - i));
                        bands.add(band);
                    }
                    p.put("bands", bands);
                    if (count % 2 == 1) {
                        p.put("otherwise", Math.min(1000, Math.abs(b)));
                    }
                    if (count % 3 != 0) {
                        p.put("interpolate", flag);
                    }
                    break;
                }
                case 3:
                    name = "deduction";
                    p.put("points", Math.max(0.000001, Math.min(1000, Math.abs(a))));
                    if (count % 2 == 1) {
                        p.put("per", positive(b));
                    }
                    if (count % 3 == 1) {
                        p.put("full", Math.min(1000, Math.abs(a + b)));
                    }
                    if (count % 5 == 2) {
                        p.put("floor", Math.min(1000, Math.abs(b)));
                    }
                    if (count % 7 > 2) {
                        p.put("of", flag ? "value" : "completion");
                    }
                    if (count % 11 > 4) {
                        p.put("count", flag ? "pro-rata" : "started");
                    }
                    break;
                default:
                    name = "completion-rate";
                    return Optional.of(Strategy.named(name));
            }
            if (cap > 0) {
                p.put("cap", CAPS.get(cap % CAPS.size()));
            }
            return Optional.of(new Strategy(name, p));
        }

        private static double positive(double d) {
            double x = Math.abs(d);
            return x >= 0.000001 && Double.isFinite(x) ? x : 1;
        }

        /**
         * Below the goal when higher is better, above it when lower is better; anything when the goal is
         * unset; none when no finite number is on the right side.
         */
        private Optional<Double> redFlag(Measure m, Goal goal) {
            if (!(goal instanceof Goal.Amount)) {
                return Optional.of(a);
            }
            double g = ((Goal.Amount) goal).value();
            boolean lower = m.direction() == Direction.LOWER_IS_BETTER;
            double r = lower ? g + Math.abs(a) : g - Math.abs(a);
            if (!(lower ? r > g : r < g) || !Double.isFinite(r)) {
                r = lower ? Math.nextUp(g) : Math.nextDown(g);
            }
            return Double.isFinite(r) ? Optional.of(r) : Optional.empty();
        }
    }

    static Arbitrary<RuleDraft> ruleDrafts() {
        Arbitrary<Double> table = weighted(Tuple.of(3, Arbitraries.of(0.0, 50.0, 60.0, 80.0, 100.0, 120.0)),
                Tuple.of(1, numbers()));
        return Combinators.combine(Arbitraries.integers().between(0, 20), Arbitraries.integers().between(0, 9),
                numbers(), numbers(), Arbitraries.integers().between(0, 100), Arbitraries.of(true, false),
                table.list().ofMaxSize(4))
                .as(RuleDraft::new);
    }

    /** None, or a built-in schedule by name. */
    private static Arbitrary<Optional<Strategy>> schedules() {
        return weighted(Tuple.of(3, Arbitraries.just(Optional.empty())),
                Tuple.of(1, Arbitraries.of(List.copyOf(PlanReader.BUILT_IN_SCHEDULES))
                        .map(n -> Optional.of(Strategy.named(n)))));
    }

    /** None, a built-in roll-up by name, or one with {@code minCoverage} (0 to 1). */
    private static Arbitrary<Optional<Strategy>> aggregations() {
        Arbitrary<String> names = Arbitraries.of(List.copyOf(PlanReader.BUILT_IN_AGGREGATIONS));
        Arbitrary<Double> coverage = weighted(Tuple.of(1, Arbitraries.of(0.0, 1.0, 0.8, 0.1, Math.nextDown(1.0))),
                Tuple.of(1, Arbitraries.doubles().between(0, 1)));
        Arbitrary<Optional<Strategy>> withCoverage = Combinators.combine(names, coverage)
                .as((n, c) -> Optional.of(new Strategy(n, Map.of("minCoverage", c))));
        return weighted(Tuple.of(3, Arbitraries.just(Optional.empty())),
                Tuple.of(1, names.map(n -> Optional.of(Strategy.named(n)))), Tuple.of(1, withCoverage));
    }

    // ---------------------------------------------------------------- reports

    /** A report before it is fitted to a plan: its target by index, its date as a fraction of the period. */
    private record ReportDraft(int target, double way, double number, int level, Optional<String> source,
            Optional<String> note, Optional<String> evidence) {
    }

    static Arbitrary<PlanWithReports> plansWithReports() {
        Arbitrary<Optional<String>> texts = weighted(Tuple.of(3, Arbitraries.just(Optional.empty())),
                Tuple.of(1, texts().map(Optional::of)));
        Arbitrary<Double> values = weighted(Tuple.of(4, numbers()),
                Tuple.of(2, Arbitraries.doubles().between(0, 200).ofScale(2)));
        Arbitrary<ReportDraft> drafts = Combinators.combine(Arbitraries.integers().between(0, 40), fractions(),
                values, Arbitraries.integers().between(0, 4), texts, texts, texts)
                .as(ReportDraft::new);
        return Combinators.combine(plans(), drafts.list().ofMaxSize(30))
                .as((plan, list) -> new PlanWithReports(plan, reports(plan, list)));
    }

    private static List<Report> reports(Plan plan, List<ReportDraft> drafts) {
        List<Target> targets = plan.targets();
        List<Report> out = new ArrayList<>();
        if (targets.isEmpty()) {
            return out;
        }
        Set<String> seen = new HashSet<>();
        for (ReportDraft d : drafts) {
            Target t = targets.get(d.target() % targets.size());
            LocalDate date = along(plan.period().start(), plan.period().end(), d.way());
            if (!seen.add(t.id() + "\n" + date)) {
                continue;
            }
            Value value = t.measure().kind().isNumeric() ? Value.of(d.number())
                    : Value.level(t.measure().levels().get(d.level() % t.measure().levels().size()));
            out.add(new Report(t.id(), date, value, d.source(), d.note(), d.evidence()));
        }
        return out;
    }

    // ---------------------------------------------------------------- assessment schemes

    private record PeerDraft(int id, boolean byValue, PeerMethod method, List<Double> points, double step,
            double floor, double weight, List<Integer> targets) {
    }

    private record GradeDraft(String name, double gap, Optional<Double> quota) {
    }

    private record AdjustmentDraft(int unit, AdjustmentKind kind, double points, String category, String reason,
            Optional<String> evidence, double way) {
    }

    private record VetoDraft(int unit, VetoKind kind, String reason, double way) {
    }

    /** Who is assessed, in which pool, on what, and the grade bands. */
    private record SchemeUnits(List<Integer> pools, Credit credit, List<Tuple2<Integer, List<Integer>>> assignments,
            List<PeerDraft> peers, double top, List<GradeDraft> grades) {
    }

    /** Adjustments, caps, vetoes, awards, the annual mode and ranking. */
    private record SchemeRules(List<AdjustmentDraft> adjustments, Caps caps, List<VetoDraft> vetoes, Awards awards,
            Annual annual, Ranking ranking) {
    }

    private record SchemeDraft(SchemeUnits units, SchemeRules rules) {
    }

    private record PeriodDraft(boolean annual, int quarter, double way) {
    }

    static Arbitrary<AssessmentCase> assessmentCases() {
        Arbitrary<Credit> credits = Combinators.combine(
                weighted(Tuple.of(2, Arbitraries.of(1.0, 0.7, 0.5)), Tuple.of(1, Arbitraries.doubles().between(0, 1)))
                        .map(d -> d > 0 ? d : 1.0),
                weighted(Tuple.of(2, Arbitraries.of(0.0, 0.3, 1.0)), Tuple.of(1, Arbitraries.doubles().between(0, 1))),
                Arbitraries.of(true, false))
                .as(Credit::new);
        Arbitrary<Integer> index = Arbitraries.integers().between(0, 40);
        Arbitrary<Tuple2<Integer, List<Integer>>> assignments = Combinators.combine(index, index.list().ofMaxSize(3))
                .as(Tuple::of);
        Arbitrary<Double> nonNegative = weighted(Tuple.of(3, Arbitraries.of(0.0, 1.0, 3.0, 60.0)),
                Tuple.of(1, numbers().map(Math::abs)));
        Arbitrary<Double> points = weighted(Tuple.of(3, Arbitraries.of(60.0, 57.0, 54.0, 100.0, 0.0)),
                Tuple.of(1, numbers()));
        Arbitrary<PeerDraft> peers = Combinators.combine(Arbitraries.integers().between(0, 3),
                Arbitraries.of(true, false),
                Arbitraries.of(PeerMethod.class), points.list().ofMinSize(1).ofMaxSize(5), nonNegative, nonNegative,
                weights(), index.list().ofMaxSize(6))
                .as(PeerDraft::new);
        Arbitrary<Optional<Double>> quotas = weighted(Tuple.of(3, Arbitraries.just(Optional.empty())),
                Tuple.of(1, Arbitraries.of(0.3, 1.0, 0.5, 0.01, 0.25).map(Optional::of)),
                Tuple.of(1, Arbitraries.doubles().between(0.001, 1).ofScale(3).map(Optional::of)));
        Arbitrary<GradeDraft> grades = Combinators.combine(Arbitraries.of("优秀", "良好", "合格", "不合格", "A", "B", "C"),
                weighted(Tuple.of(3, Arbitraries.of(10.0, 5.0, 20.0)), Tuple.of(1, numbers())), quotas)
                .as(GradeDraft::new);
        Arbitrary<AdjustmentDraft> adjustments = Combinators.combine(index, Arbitraries.of(AdjustmentKind.class),
                weighted(Tuple.of(3, Arbitraries.of(1.0, 2.0, 0.5, 5.0)), Tuple.of(1, numbers())),
                Arbitraries.of("上级表彰", "安全生产", "bonus", "penalty"), texts().map(ValidInputs::nonBlank),
                Arbitraries.of(Optional.<String>empty(), Optional.of("文号〔2023〕1号")), fractions())
                .as(AdjustmentDraft::new);
        Arbitrary<Optional<Double>> caps = weighted(Tuple.of(2, Arbitraries.just(Optional.empty())),
                Tuple.of(1, nonNegative.map(Optional::of)));
        Arbitrary<Caps> allCaps = Combinators.combine(caps, caps,
                Arbitraries.maps(Arbitraries.of("上级表彰", "安全生产", "bonus"), nonNegative).ofMaxSize(2))
                .as(Caps::new);
        Arbitrary<VetoDraft> vetoes = Combinators.combine(index, Arbitraries.of(VetoKind.class),
                texts().map(ValidInputs::nonBlank), fractions())
                .as(VetoDraft::new);
        Arbitrary<Awards> awards = Combinators.combine(
                Arbitraries.<List<String>>of(List.of(), List.of("冠军旗"), List.of("冠军旗", "亚军旗", "季军旗")),
                Arbitraries.of(FlagTies.class), Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(0, 3), Arbitraries.of(true, false))
                .as(Awards::new);
        Arbitrary<Annual> annual = weighted(Tuple.of(1, Arbitraries.just(Annual.YEAR_END)),
                Tuple.of(1, Arbitraries.of(0.0, 0.2, 0.4, 1.0, 0.25).list().ofSize(4)
                        .map(w -> w.stream().mapToDouble(Double::doubleValue).sum() > 0 ? w
                                : List.of(0.2, 0.2, 0.2, 0.4))
                        .map(w -> new Annual(w, !Annual.addsUpToOne(w)))));
        Arbitrary<Ranking> ranking = weighted(Tuple.of(2, Arbitraries.just(Ranking.DEFAULT)),
                Tuple.of(1, Combinators.combine(Arbitraries.integers().between(0, 6), nonNegative,
                        Arbitraries.of(QuotaTies.class), Arbitraries.of(VetoedRanking.class)).as(Ranking::new)));
        Arbitrary<Double> top = weighted(Tuple.of(3, Arbitraries.of(90.0, 100.0, 60.0)), Tuple.of(1, numbers()));
        Arbitrary<SchemeUnits> units = Combinators.combine(
                Arbitraries.integers().between(0, 2).list().ofMinSize(1).ofMaxSize(5), credits,
                assignments.list().ofMaxSize(3), peers.list().ofMaxSize(3), top, grades.list().ofMaxSize(4))
                .as(SchemeUnits::new);
        Arbitrary<SchemeRules> rules = Combinators.combine(adjustments.list().ofMaxSize(4), allCaps,
                vetoes.list().ofMaxSize(2), awards, annual, ranking)
                .as(SchemeRules::new);
        Arbitrary<SchemeDraft> schemes = Combinators.combine(units, rules).as(SchemeDraft::new);
        Arbitrary<PeriodDraft> periods = Combinators.combine(Arbitraries.of(true, false),
                Arbitraries.integers().between(1, 4), weighted(Tuple.of(4, fractions()),
                        Tuple.of(1, Arbitraries.doubles().between(-1, 2))))
                .as(PeriodDraft::new);
        return Combinators.combine(plansWithReports(), schemes, periods)
                .as((generated, draft, period) -> {
                    PlanWithReports input = generated;
                    return new AssessmentCase(input, scheme(input.plan(), draft), period(input.plan(), period));
                });
    }

    private static AssessmentPeriod period(Plan plan, PeriodDraft d) {
        int year = along(plan.period().start(), plan.period().end(), d.way()).getYear();
        return d.annual() ? AssessmentPeriod.year(year) : AssessmentPeriod.quarter(year, d.quarter());
    }

    /**
     * Fits a scheme draft to a plan: pool {@code k} (1 or 2) takes the departments whose entry is
     * {@code k} (every department is in at most one pool); units and targets are picked by index
     * modulo the plan's; grade minimums fall from the top by positive gaps; dates are in the plan period.
     */
    private static AssessmentScheme scheme(Plan plan, SchemeDraft draft) {
        SchemeUnits d = draft.units();
        SchemeRules r = draft.rules();
        List<Department> departments = plan.departments();
        List<Target> targets = plan.targets();
        List<String> first = new ArrayList<>();
        List<String> second = new ArrayList<>();
        for (int i = 0; i < departments.size(); i++) {
            int pool = d.pools().get(i % d.pools().size());
            (pool == 2 ? second : pool == 1 || i == 0 ? first : new ArrayList<String>()).add(departments.get(i).id());
        }
        if (first.isEmpty()) {
            first = second;
            second = List.of();
        }
        List<Pool> pools = new ArrayList<>();
        pools.add(new Pool("p1", "乡镇", first));
        if (!second.isEmpty()) {
            pools.add(new Pool("p2", "县直部门", second));
        }
        List<Assignment> assignments = new ArrayList<>();
        List<PeerMetric> peers = new ArrayList<>();
        if (!targets.isEmpty()) {
            for (Tuple2<Integer, List<Integer>> a : d.assignments()) {
                List<String> ids = a.get2().stream().map(i -> targets.get(i % targets.size()).id()).distinct()
                        .collect(Collectors.toList());
                assignments.add(new Assignment(departments.get(a.get1() % departments.size()).id(), ids));
            }
            for (PeerDraft p : d.peers()) {
                Map<String, String> byUnit = new LinkedHashMap<>();
                for (int k = 0; k < p.targets().size(); k++) {
                    byUnit.put(departments.get((k + p.id()) % departments.size()).id(),
                            targets.get(p.targets().get(k) % targets.size()).id());
                }
                // Peer metric ids must be distinct.
                String id = "m" + p.id();
                if (peers.stream().map(PeerMetric::id).anyMatch(id::equals)) {
                    id = "m" + p.id() + "-" + (peers.size() + 1);
                }
                peers.add(new PeerMetric(id, "指标" + p.id(), byUnit, p.byValue(), p.method(), p.points(), p.step(),
                        p.floor(), p.weight()));
            }
        }
        List<GradeBand> grades = new ArrayList<>();
        Set<String> names = new HashSet<>();
        double min = Double.isFinite(d.top()) ? d.top() : 90;
        for (GradeDraft g : d.grades()) {
            if (!names.add(g.name())) {
                continue;
            }
            grades.add(new GradeBand(g.name(), Optional.of(min), g.quota()));
            double gap = Math.abs(g.gap());
            double next = min - (gap > 0 && Double.isFinite(gap) ? gap : 10);
            min = next < min && Double.isFinite(next) ? next : Math.nextDown(min);
            if (!Double.isFinite(min)) {
                break;
            }
        }
        String lowest = "末等";
        grades.add(new GradeBand(lowest, Optional.empty(), Optional.empty()));
        List<Adjustment> adjustments = new ArrayList<>();
        for (AdjustmentDraft a : r.adjustments()) {
            double points = Math.abs(a.points());
            adjustments.add(new Adjustment(departments.get(a.unit() % departments.size()).id(), a.kind(),
                    points > 0 && Double.isFinite(points) ? points : 1, a.category(), a.reason(), a.evidence(),
                    along(plan.period().start(), plan.period().end(), a.way())));
        }
        List<Veto> vetoes = new ArrayList<>();
        for (VetoDraft v : r.vetoes()) {
            vetoes.add(new Veto(departments.get(v.unit() % departments.size()).id(), v.kind(), v.reason(),
                    along(plan.period().start(), plan.period().end(), v.way())));
        }
        return new AssessmentScheme("scheme", "考核", plan.id(), pools, d.credit(), assignments, peers, grades,
                adjustments, r.caps(), vetoes, r.awards(), r.annual(), r.ranking());
    }

    // ---------------------------------------------------------------- numbers

    private static final List<Double> AWKWARD_NUMBERS = List.of(0.0, -0.0, 0.1, 0.2, 0.3, 8.5, -8.5, 1e-7,
            12345678.5, 1e12, 1e15, 999999999999999.9, 1e16, 1e21, 0.1 + 0.2, 1.0 / 3, 2.0 / 3, 100.0, -1.5, 4.35,
            1e-300, -1e-300, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL, 123456789.123456789, 5e-5);

    private static final List<Double> EXTREMES = List.of(1e300, -1e300, 1e306, -1e306, Double.MAX_VALUE,
            -Double.MAX_VALUE, Math.nextDown(Double.MAX_VALUE), 8.98846567431158e307);

    /** Finite doubles: mostly ordinary, with awkward values and (when switched on) extremes. */
    static Arbitrary<Double> numbers() {
        Arbitrary<Double> integers = Arbitraries.integers().between(-1000, 1000).map(Integer::doubleValue);
        Arbitrary<Double> decimals = Arbitraries.bigDecimals().between(BigDecimal.valueOf(-100000),
                BigDecimal.valueOf(100000)).ofScale(3).map(BigDecimal::doubleValue);
        Arbitrary<Double> plain = Arbitraries.doubles().between(-1e6, 1e6);
        Arbitrary<Double> awkward = Arbitraries.of(AWKWARD_NUMBERS);
        if (!EXTREME_NUMBERS) {
            return weighted(Tuple.of(4, integers), Tuple.of(3, decimals), Tuple.of(2, awkward), Tuple.of(2, plain));
        }
        return weighted(Tuple.of(4, integers), Tuple.of(3, decimals), Tuple.of(2, awkward), Tuple.of(2, plain),
                Tuple.of(1, Arbitraries.of(EXTREMES)));
    }

    /** 1, awkward positive weights, or any positive number the generator draws. */
    static Arbitrary<Double> weights() {
        // The model accepts weights from 1e-9 to 1e9.
        List<Double> awkward = new ArrayList<>(List.of(0.1, 1e-7, 12345678.5, 1e9, 1e-9, 2.5, 0.5,
                1.0 + Math.ulp(1.0), Math.nextDown(1.0)));
        Arbitrary<Double> positive = numbers().map(Math::abs).map(d -> d >= 1e-9 && d <= 1e9 ? d : 0.25);
        return weighted(Tuple.of(5, Arbitraries.just(1.0)), Tuple.of(2, Arbitraries.of(awkward)),
                Tuple.of(3, positive));
    }

    // ---------------------------------------------------------------- ids and text

    /** Ids of the plan, sections, items and targets. */
    static Arbitrary<String> nodeIds() {
        Arbitrary<String> pattern = Combinators.combine(
                Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z').numeric().ofLength(1),
                Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z').numeric().withChars("._-")
                        .ofMaxLength(6))
                .as(String::concat);
        Arbitrary<String> cjk = Arbitraries.strings().withCharRange('\u4E00', '\u9FA5').ofMinLength(1).ofMaxLength(3);
        Arbitrary<String> tricky = Arbitraries.of("1", "007", "1.5", "1e3", "0x1F", "true", "null", "yes", "no",
                "Infinity", "NaN", "2023", "2023-12-31", "2023-Q1", "s1", "s1.i1.t1", "a-", "a.");
        return weighted(Tuple.of(5, pattern), Tuple.of(2, cjk), Tuple.of(1, tricky));
    }

    private static final List<String> AWKWARD_TEXTS = List.of("yes", "no", "on", "off", "true", "False", "null",
            "~", "123", "-1", "1e3", "0x1F", "1:30", ".5", ".inf", ".nan", "2023-12-31", "2023-Q1", "a: b", ": x",
            "- x", "-", "---", "...", "# not a comment", "a #b", "'quoted'", "\"double\"", "it's", "back\\slash",
            "tab\there", " leading space", "trailing space ", "  ", "", "multi\nline", "trailing newline\n",
            "line\r\nwindows", "科技局", "县委：《关于…的意见》", "全角，标点；符号！", "＊", "*", "😀", "&anchor", "*alias",
            "!tag", "%directive", "@at", "`tick", "|", ">", "?", "[a, b]", "{a: b}", ",", "a,b", "=", "<<",
            "line\u2028separator", "nbsp\u00A0", "\uFEFFbom", "del\u007F");

    /** Any text, possibly empty or blank. */
    static Arbitrary<String> texts() {
        Arbitrary<String> awkward = Arbitraries.of(AWKWARD_TEXTS);
        Arbitrary<String> words = Arbitraries.of("全县", "科技", "目标", "招商引资", "plan", "target", " ", "：", "，", "x")
                .list().ofMinSize(1).ofMaxSize(5).map(list -> String.join("", list));
        Arbitrary<String> ascii = Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(12);
        return weighted(Tuple.of(2, awkward), Tuple.of(3, words), Tuple.of(1, ascii));
    }

    static String nonBlank(String text) {
        return text.isBlank() ? "x" + text : text;
    }

    @SafeVarargs
    static <T> Arbitrary<T> weighted(Tuple2<Integer, Arbitrary<T>>... choices) {
        List<Tuple2<Integer, Arbitrary<T>>> list = new ArrayList<>();
        for (Tuple2<Integer, Arbitrary<T>> choice : choices) {
            list.add(choice);
        }
        return Arbitraries.frequencyOf(list);
    }
}
