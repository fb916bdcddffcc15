package io.github.policyplan.examples.bench;

import io.github.policyplan.examples.SyntheticPlans;
import io.github.policyplan.model.Allotment;
import io.github.policyplan.model.Breakdown;
import io.github.policyplan.model.BreakdownSettings;
import io.github.policyplan.model.Department;
import io.github.policyplan.model.Item;
import io.github.policyplan.model.MeasureKind;
import io.github.policyplan.model.Plan;
import io.github.policyplan.model.PlanPeriod;
import io.github.policyplan.model.Report;
import io.github.policyplan.model.Section;
import io.github.policyplan.model.Target;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The national set as breakdowns: 200 targets, each divided among 2,800 townships (560,000 units'
 * shares, as many as the national set's targets), twelve monthly reports a unit (6,720,000); or among
 * fewer townships, for a quicker run.
 */
final class RollUpFixtures {

    /** Broken-down targets: 20 sections × 1 item × 10. */
    static final int TARGETS = 200;

    private RollUpFixtures() {
    }

    private static double unitGoal(int target, int unit) {
        return 10 + (unit * 7 + target) % 20;
    }

    static Plan plan(int units) {
        List<Department> townships = SyntheticPlans.townships(units);
        Plan.Builder b = Plan.builder("national-2023", "全国分解测试（示例）").issuer("示例").period(PlanPeriod.years(2023,
                2023));
        townships.forEach(b::department);
        for (int s = 0; s < TARGETS / 10; s++) {
            List<Target> targets = new ArrayList<>();
            for (int k = s * 10; k < s * 10 + 10; k++) {
                List<Allotment> parts = new ArrayList<>(units);
                double goal = 0;
                for (int u = 0; u < units; u++) {
                    parts.add(Allotment.of(townships.get(u).id(), unitGoal(k, u)));
                    goal += unitGoal(k, u);
                }
                targets.add(Target.builder("t" + k, "分解目标" + k).measure(MeasureKind.COUNT, "个").goal(goal)
                        .due(LocalDate.of(2023, 12, 31)).lead(townships.get(k % units).id()).build());
                b.breakdown(new Breakdown("t" + k, parts, Optional.empty(), false));
            }
            b.section(new Section("s" + s, "第" + s + "部分", 1, List.of(), List.of(new Item("s" + s + ".i1", "事项",
                    1, targets, Optional.empty())), Optional.empty()));
        }
        return b.breakdownSettings(BreakdownSettings.DEFAULTS).build();
    }

    /** Twelve monthly reports a unit and target: the running total at a pace between 0.6 and 1.2. */
    static List<Report> reports(Plan plan) {
        int units = plan.departments().size();
        List<Report> reports = new ArrayList<>(TARGETS * units * 12);
        List<LocalDate> months = SyntheticPlans.monthEnds(2023, 12);
        for (int k = 0; k < TARGETS; k++) {
            for (int u = 0; u < units; u++) {
                double pace = 0.6 + ((u * 31 + k * 17) % 61) / 100.0;
                String key = Breakdown.reportKey("t" + k, plan.departments().get(u).id());
                for (int m = 0; m < months.size(); m++) {
                    double value = Math.round(unitGoal(k, u) * pace * (m + 1) / 12 * 100) / 100.0;
                    reports.add(Report.of(key, months.get(m), value));
                }
            }
        }
        return reports;
    }
}
