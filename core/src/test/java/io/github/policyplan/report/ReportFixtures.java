package io.github.policyplan.report;

import io.github.policyplan.model.Department;
import io.github.policyplan.model.Goal;
import io.github.policyplan.model.Item;
import io.github.policyplan.model.Measure;
import io.github.policyplan.model.MeasureKind;
import io.github.policyplan.model.Plan;
import io.github.policyplan.model.PlanPeriod;
import io.github.policyplan.model.Report;
import io.github.policyplan.model.Section;
import io.github.policyplan.model.Target;
import io.github.policyplan.model.UnitKind;
import io.github.policyplan.progress.ProgressLog;
import io.github.policyplan.scoring.Scorecard;
import io.github.policyplan.scoring.Scoring;
import io.github.policyplan.scoring.Status;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A small plan whose targets take every status by 2023-06-30, with reports at the first two quarter
 * ends (测试数据):
 * <ul>
 *   <li>{@code a} on track; {@code f} achieved; {@code c} on track but due 2023-07-15, 15 days after Q2 (blue);</li>
 *   <li>{@code b} off track at Q1 and Q2 (yellow, escalated to red); {@code e} off track at Q2 only (yellow);</li>
 *   <li>{@code d} due 2023-05-31, off track at Q1 and missed at Q2 (red);</li>
 *   <li>{@code s2.t1} a share at risk; {@code m} a milestone not started; {@code u} unset; {@code n} no data.</li>
 * </ul>
 */
final class ReportFixtures {

    static final LocalDate Q1 = LocalDate.of(2023, 3, 31);
    static final LocalDate Q2 = LocalDate.of(2023, 6, 30);
    static final LocalDate END = LocalDate.of(2023, 12, 31);

    private ReportFixtures() {
    }

    /**
     * The plan, with some of its words as given: hostile text goes here in the safety tests. The title of
     * target {@code b} (off track: named in the bulletin, pressed in a notice) and the name of department
     * {@code kj} (its lead) are given.
     */
    static Plan plan(String planTitle, String targetTitle, String department) {
        Target a = count("a", "认定国家高新技术企业", 365, END, "kj").toBuilder().cooperating("gx").build();
        Target b = count("b", targetTitle, 365, END, "kj");
        Target f = count("f", "新增科技型中小企业", 20, END, "kj");
        Target c = count("c", "建成孵化器面积", 100, LocalDate.of(2023, 7, 15), "gx");
        Target d = count("d", "一季度开门红项目", 10, LocalDate.of(2023, 5, 31), "gx");
        Target e = count("e", "技改项目", 365, END, "gx");
        Target share = Target.builder("s2.t1", "高新技术产品产值占比").measure(MeasureKind.SHARE, "%").baseline(50, LocalDate.of(2022, 12, 31))
                .goal(60).due(LocalDate.of(2025, 12, 31)).lead("fg").build();
        Target m = Target.builder("m", "建成科创中心").measure(Measure.milestone(List.of("启动", "建设中", "建成")))
                .goal(Goal.level("建成")).due(LocalDate.of(2024, 12, 31)).lead("fg").build();
        Target u = count("u", "年产值突破*亿元的企业", 10, END, "fg").toBuilder().unsetGoal().build();
        Target n = count("n", "新增规上企业", 50, END, "fg");
        return Plan.builder("t", planTitle).issuer("中共某县委").period(PlanPeriod.years(2023, 2025))
                .department(Department.of("kj", department, UnitKind.DEPARTMENT))
                .department(Department.of("gx", "县工信局", UnitKind.DEPARTMENT))
                .department(Department.of("fg", "县发改局", UnitKind.DEPARTMENT))
                .section(Section.builder("s1", "强科技").item(Item.of("s1.i1", "建设创新平台", a, b, f))
                        .item(Item.of("s1.i2", "壮大工业", c, d, e)).build())
                .section(Section.builder("s2", "强县域").target(share).item(Item.of("s2.i1", "重点项目", m, u, n)).build())
                .build();
    }

    static Plan plan() {
        return plan("2023年重点工作（测试）", "认定省级科技创新型企业", "县科技局");
    }

    private static Target count(String id, String title, double goal, LocalDate due, String lead) {
        return Target.builder(id, title).measure(MeasureKind.COUNT, "家").goal(goal).due(due).lead(lead).build();
    }

    static ProgressLog log(Plan plan) {
        List<Report> r = new ArrayList<>();
        r.add(Report.of("a", Q1, 90));
        r.add(Report.of("a", Q2, 181));
        r.add(Report.of("b", Q1, 40));
        r.add(Report.of("b", Q2, 100));
        r.add(Report.of("f", Q1, 8));
        r.add(Report.of("f", Q2, 25));
        r.add(Report.of("c", Q1, 46));
        r.add(Report.of("c", Q2, 95));
        r.add(Report.of("d", Q1, 3));
        r.add(Report.of("d", Q2, 5));
        r.add(Report.of("e", Q1, 90));
        r.add(Report.of("e", Q2, 120));
        r.add(Report.of("s2.t1", Q1, 50.8));
        r.add(Report.of("s2.t1", Q2, 51.5));
        r.add(Report.level("m", Q2, "建设中"));
        r.add(Report.of("u", Q2, 3));
        return ProgressLog.of(plan, r);
    }

    static List<Scorecard> cards(Plan plan, ProgressLog log) {
        return Scoring.standard().series(plan, log, List.of(Q1, Q2));
    }

    static ScoredPlan scored() {
        Plan plan = plan();
        ProgressLog log = log(plan);
        return ScoredPlan.of(plan, log, cards(plan, log));
    }

    static ScoredPlan scored(Plan plan) {
        ProgressLog log = log(plan);
        return ScoredPlan.of(plan, log, cards(plan, log));
    }

    /** The statuses the fixture is built to show at Q2; a test checks them, so that the others can rely on them. */
    static final List<Object[]> STATUSES = List.of(new Object[] {"a", Status.ON_TRACK},
            new Object[] {"b", Status.OFF_TRACK}, new Object[] {"f", Status.ACHIEVED},
            new Object[] {"c", Status.ON_TRACK}, new Object[] {"d", Status.MISSED}, new Object[] {"e", Status.OFF_TRACK},
            new Object[] {"s2.t1", Status.AT_RISK}, new Object[] {"m", Status.NOT_STARTED},
            new Object[] {"u", Status.UNSET}, new Object[] {"n", Status.NO_DATA});
}
