package io.github.policyplan.examples;

import io.github.policyplan.model.CountsToward;
import io.github.policyplan.model.Department;
import io.github.policyplan.model.Goal;
import io.github.policyplan.model.Item;
import io.github.policyplan.model.MeasureKind;
import io.github.policyplan.model.Plan;
import io.github.policyplan.model.Section;
import io.github.policyplan.model.Target;
import io.github.policyplan.model.UnitKind;
import io.github.policyplan.plans.Magnitudes;
import io.github.policyplan.plans.PlanSet;
import io.github.policyplan.progress.ProgressLog;
import io.github.policyplan.rollup.Cascade;
import io.github.policyplan.scoring.Scoring;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The provincial totals of the national-scale example (目标层层分解到下级计划): each county's amounts —
 * its counts (家), levels and thresholds (亿元) and per-year amounts (人) — count toward the same target of
 * one of 31 synthetic provincial plans, measured in 家, 亿元, 万亿元 and 万人, whose goals are their
 * counties' goals converted and added. {@link #measure} checks the set, rolls the counties' values up
 * into the provinces and scores the provinces, timing each step. All data are made up (示例数值).
 */
final class ProvincialCascade {

    /** Provinces in the full run. */
    static final int PROVINCES = 31;

    private ProvincialCascade() {
    }

    /**
     * What the cascade cost, in nanoseconds of wall clock and of the measuring thread's CPU time (which a busy
     * machine disturbs less), and what it made.
     */
    record Figures(int provinces, long links, long checked, long rolled, long scored, double provinceScoreSum,
            long checkedCpu, long rolledCpu) {

        long total() {
            return checked + rolled + scored;
        }
    }

    /** The id of the province a county belongs to. */
    static String province(int county) {
        return String.format(Locale.ROOT, "province-%02d", county % PROVINCES + 1);
    }

    /** The province's unit for a county target's, or null when the target does not count toward a province. */
    private static String provinceUnit(Target t) {
        MeasureKind k = t.measure().kind();
        return switch (k) {
            case COUNT -> t.measure().unit();
            case LEVEL -> "亿元".equals(t.measure().unit()) ? "亿元" : null;
            case THRESHOLD -> "亿元".equals(t.measure().unit()) ? "万亿元" : null;
            case RATE_PER_YEAR -> "人".equals(t.measure().unit()) ? "万人" : null;
            default -> null;
        };
    }

    /** The county plan with each of its amounts counting toward the same target of its province. */
    static Plan linked(Plan county, String province) {
        List<Section> sections = new ArrayList<>();
        for (Section s : county.sections()) {
            List<Item> items = new ArrayList<>();
            for (Item i : s.items()) {
                items.add(new Item(i.id(), i.title(), i.weight(), link(i.targets(), province), i.aggregation()));
            }
            sections.add(new Section(s.id(), s.title(), s.weight(), link(s.targets(), province), items,
                    s.aggregation()));
        }
        return county.withSections(sections);
    }

    private static List<Target> link(List<Target> targets, String province) {
        List<Target> out = new ArrayList<>(targets.size());
        for (Target t : targets) {
            out.add(provinceUnit(t) == null ? t : t.toBuilder().countsToward(CountsToward.of(province, t.id())).build());
        }
        return out;
    }

    /** The provincial plans of the counties given: one target for each target their counties count toward. */
    static List<Plan> provinces(Plan[] counties) {
        Map<String, Map<String, Target>> first = new LinkedHashMap<>();
        Map<String, Map<String, BigDecimal>> goals = new HashMap<>();
        for (Plan c : counties) {
            for (Target t : c.targets()) {
                if (t.countsToward().isEmpty()) {
                    continue;
                }
                String p = t.countsToward().get().plan();
                first.computeIfAbsent(p, k -> new LinkedHashMap<>()).putIfAbsent(t.id(), t);
                int exponent = Magnitudes.exponent(t.measure().unit(), provinceUnit(t)).orElseThrow();
                double g = t.goal() instanceof Goal.Amount a ? a.value() : 0;
                goals.computeIfAbsent(p, k -> new HashMap<>()).merge(t.id(),
                        BigDecimal.valueOf(g).scaleByPowerOfTen(exponent), BigDecimal::add);
            }
        }
        List<Plan> out = new ArrayList<>();
        for (Map.Entry<String, Map<String, Target>> e : first.entrySet()) {
            List<Target> targets = new ArrayList<>();
            for (Target t : e.getValue().values()) {
                targets.add(Target.builder(t.id(), t.title()).measure(t.measure().kind(), provinceUnit(t))
                        .goal(goals.get(e.getKey()).get(t.id()).doubleValue()).due(t.due()).lead("tjj").build());
            }
            out.add(Plan.builder(e.getKey(), "第" + e.getKey().substring(9) + "省2023年重点工作").issuer("省政府")
                    .period(SyntheticPlans.PERIOD).department(Department.of("tjj", "省统计局", UnitKind.DEPARTMENT))
                    .section(Section.builder("s1", "汇总").item(new Item("s1.i1", "各县合计", 1, targets,
                            java.util.Optional.empty())).build()).build());
        }
        return out;
    }

    /** Checks the set, rolls the counties' values up into their provinces and scores the provinces. */
    static Figures measure(Plan[] counties, ProgressLog[] logs, LocalDate asOf) {
        List<Plan> provinces = provinces(counties);
        List<Plan> all = new ArrayList<>(List.of(counties));
        all.addAll(provinces);
        Map<String, ProgressLog> byPlan = new HashMap<>();
        for (int c = 0; c < counties.length; c++) {
            byPlan.put(counties[c].id(), logs[c]);
        }
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long startCpu = cpu.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        PlanSet set = PlanSet.of(all);
        Cascade cascade = Cascade.of(set);
        long checked = System.nanoTime();
        long checkedCpu = cpu.getCurrentThreadCpuTime();
        Map<String, ProgressLog> values = cascade.values(byPlan);
        long rolled = System.nanoTime();
        long rolledCpu = cpu.getCurrentThreadCpuTime();
        double sum = 0;
        for (Plan p : provinces) {
            sum += Scoring.standard().score(cascade.plan(p.id()), values.get(p.id()), asOf).root().score().orElse(0);
        }
        long scored = System.nanoTime();
        long links = 0;
        for (Plan p : provinces) {
            for (String t : set.cascaded(p.id())) {
                links += set.into(p.id(), t).size();
            }
        }
        return new Figures(provinces.size(), links, checked - start, rolled - checked, scored - rolled, sum,
                checkedCpu - startCpu, rolledCpu - checkedCpu);
    }
}
