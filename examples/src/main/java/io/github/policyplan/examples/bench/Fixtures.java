package io.github.policyplan.examples.bench;

import io.github.policyplan.assessment.AssessmentScheme;
import io.github.policyplan.assessment.AssessmentScheme.Adjustment;
import io.github.policyplan.assessment.AssessmentScheme.AdjustmentKind;
import io.github.policyplan.assessment.AssessmentScheme.Awards;
import io.github.policyplan.assessment.AssessmentScheme.Caps;
import io.github.policyplan.assessment.AssessmentScheme.Credit;
import io.github.policyplan.assessment.AssessmentScheme.FlagTies;
import io.github.policyplan.assessment.AssessmentScheme.GradeBand;
import io.github.policyplan.assessment.AssessmentScheme.PeerMethod;
import io.github.policyplan.assessment.AssessmentScheme.PeerMetric;
import io.github.policyplan.assessment.AssessmentScheme.Pool;
import io.github.policyplan.assessment.AssessmentScheme.Veto;
import io.github.policyplan.assessment.AssessmentScheme.VetoKind;
import io.github.policyplan.examples.SyntheticPlans;
import io.github.policyplan.model.Department;
import io.github.policyplan.model.Plan;
import io.github.policyplan.progress.ProgressLog;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The data sets of the benchmarks, generated with fixed seeds. */
final class Fixtures {

    /** Targets in each item of the count plans. */
    static final int TARGETS_PER_ITEM = 50;
    /** Sections of the count plans. */
    static final int SECTIONS = 20;

    private Fixtures() {
    }

    /**
     * A plan of counts of {@code targets} targets: 20 sections of {@code targets / 1000} items of 50 targets
     * (10,000 targets: 10 items a section; 100,000: 100), led and cooperated on by 50 departments.
     */
    static Plan countPlan(int targets) {
        int items = targets / (SECTIONS * TARGETS_PER_ITEM);
        if (items * SECTIONS * TARGETS_PER_ITEM != targets) {
            throw new IllegalArgumentException("targets must be a multiple of 1000 (was " + targets + ")");
        }
        List<Department> departments = SyntheticPlans.departments(50);
        return SyntheticPlans.plan("bench-" + targets, "基准测试计划（" + targets + "个目标）", SyntheticPlans.Shape.COUNTS,
                SECTIONS, items, TARGETS_PER_ITEM, departments, SyntheticPlans.spread(departments), false, 20230101L);
    }

    /** Ten reports a target, at the ends of January to October 2023. */
    static ProgressLog tenReportsEach(Plan plan) {
        return ProgressLog.of(plan, SyntheticPlans.reports(plan, SyntheticPlans.monthEnds(2023, 10), 7L));
    }

    /** Townships in the assessment. */
    static final int UNITS = 2_800;
    /** Targets each township leads. */
    static final int TARGETS_PER_UNIT = 200;

    /**
     * One plan of 560,000 targets (20 sections of 280 items of 100, all nine measure kinds), each target
     * led by one of 2,800 townships (200 each) and cooperated on by the next.
     */
    static Plan assessmentPlan() {
        List<Department> townships = SyntheticPlans.townships(UNITS);
        SyntheticPlans.Assigner assigner = k -> List.of(townships.get(k % UNITS).id(),
                townships.get((k + 1) % UNITS).id());
        int items = UNITS * TARGETS_PER_UNIT / (20 * 100);
        return SyntheticPlans.plan("townships-2023", "2023年乡镇争先夺旗考核目标", SyntheticPlans.Shape.MIXED, 20, items, 100,
                townships, assigner, false, 20230102L);
    }

    /** Twelve monthly reports a target. */
    static ProgressLog monthly(Plan plan) {
        return ProgressLog.of(plan, SyntheticPlans.reports(plan, SyntheticPlans.monthEnds(2023, 12), 11L));
    }

    /**
     * The 争先夺旗 scheme for the 2,800 townships in one pool: a peer metric (each township's first target,
     * proportional to the best completion), grades with a 30% quota on the top one, bonuses and penalties
     * for one township in ten and one in twenty-five with caps, vetoes, three flags, red and black lists.
     */
    static AssessmentScheme scheme(Plan plan) {
        List<String> units = new ArrayList<>();
        for (Department d : plan.departments()) {
            units.add(d.id());
        }
        Map<String, String> firstTargets = new LinkedHashMap<>();
        for (io.github.policyplan.model.Target t : plan.targets()) {
            firstTargets.putIfAbsent(t.lead(), t.id());
        }
        List<Adjustment> adjustments = new ArrayList<>();
        List<Veto> vetoes = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            String u = units.get(i);
            if (i % 10 == 0) {
                adjustments.add(new Adjustment(u, AdjustmentKind.BONUS, 1 + i % 3, "上级表彰", "获省级表彰",
                        Optional.of("文件编号" + i), LocalDate.of(2023, 11, 20)));
            }
            if (i % 25 == 0) {
                adjustments.add(new Adjustment(u, AdjustmentKind.PENALTY, 2, "安全生产", "发生一般安全生产事故",
                        Optional.empty(), LocalDate.of(2023, 8, 1)));
            }
            if (i % 700 == 3) {
                vetoes.add(new Veto(u, VetoKind.VETO, "发生重大安全生产事故", LocalDate.of(2023, 9, 1)));
            }
            if (i % 700 == 5) {
                vetoes.add(new Veto(u, VetoKind.VETO_TOP_GRADE, "被上级通报批评", LocalDate.of(2023, 10, 1)));
            }
        }
        return new AssessmentScheme("townships-2023-contest", "2023年度乡镇争先夺旗考核", plan.id(),
                List.of(new Pool("townships", "乡镇", units)), Credit.DEFAULT, List.of(),
                List.of(new PeerMetric("first-rank", "首项指标完成率比较", firstTargets, false, PeerMethod.PROPORTIONAL,
                        List.of(), 0, 0, 1)),
                List.of(new GradeBand("优秀", Optional.of(90.0), Optional.of(0.3)),
                        new GradeBand("良好", Optional.of(80.0), Optional.empty()),
                        new GradeBand("合格", Optional.of(60.0), Optional.empty()),
                        new GradeBand("不合格", Optional.empty(), Optional.empty())),
                adjustments, new Caps(Optional.of(3.0), Optional.of(5.0), Map.of("上级表彰", 2.0)), vetoes,
                new Awards(List.of("冠军旗", "亚军旗", "季军旗"), FlagTies.STANDARD, 10, 10),
                AssessmentScheme.Annual.YEAR_END, AssessmentScheme.Ranking.DEFAULT);
    }
}
