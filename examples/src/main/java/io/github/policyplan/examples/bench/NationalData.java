package io.github.policyplan.examples.bench;

import io.github.policyplan.examples.SyntheticPlans;
import io.github.policyplan.model.Department;
import io.github.policyplan.model.Item;
import io.github.policyplan.model.MeasureKind;
import io.github.policyplan.model.Plan;
import io.github.policyplan.model.PlanTemplate;
import io.github.policyplan.model.Section;
import io.github.policyplan.model.Target;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The national data set of the DuckDB comparison, held as an application holds it before it builds
 * anything: for every county plan of 4 sections × 5 items × 10 counts, each target's goal, weight and
 * due day, and twelve month-end running totals a target as columns (target index, epoch day, value).
 * Deterministic; all numbers made up (示例数值). Writes the reports and the targets as CSV.
 */
final class NationalData {

    static final int SECTIONS = 4;
    static final int ITEMS = 5;
    static final int TARGETS = 10;
    static final int PER_PLAN = SECTIONS * ITEMS * TARGETS;
    static final int MONTHS = 12;

    final int plans;
    final String[] planIds;
    final String[] planTitles;
    /** Target ids and titles, the same in every plan. */
    final String[] targetIds = new String[PER_PLAN];
    final String[] titles = new String[PER_PLAN];
    /** Section and item ids and titles, the same in every plan: held, like the target ids, not made per plan. */
    final String[] sectionIds = new String[SECTIONS];
    final String[] sectionTitles = new String[SECTIONS];
    final String[] itemIds = new String[SECTIONS * ITEMS];
    final String[] itemTitles = new String[ITEMS];
    /** By plan, then target. */
    final double[][] goals;
    final double[][] weights;
    final int[][] dueDays;
    /** The reports, by plan: target index, epoch day, value. */
    final int[][] reportTargets;
    final int[][] reportDays;
    final double[][] reportValues;
    final List<Department> departments = SyntheticPlans.departments(50);
    final int originDay = (int) SyntheticPlans.PERIOD.start().minusDays(1).toEpochDay();

    NationalData(int plans) {
        this.plans = plans;
        planIds = new String[plans];
        planTitles = new String[plans];
        goals = new double[plans][PER_PLAN];
        weights = new double[plans][PER_PLAN];
        dueDays = new int[plans][PER_PLAN];
        reportTargets = new int[plans][];
        reportDays = new int[plans][];
        reportValues = new double[plans][];
        for (int t = 0; t < PER_PLAN; t++) {
            int s = t / (ITEMS * TARGETS);
            int i = t / TARGETS % ITEMS;
            targetIds[t] = "s" + (s + 1) + ".i" + (i + 1) + ".t" + (t % TARGETS + 1);
            titles[t] = "第" + (t + 1) + "项指标";
            itemIds[s * ITEMS + i] = "s" + (s + 1) + ".i" + (i + 1);
            itemTitles[i] = "第" + (i + 1) + "项工作";
            sectionIds[s] = "s" + (s + 1);
            sectionTitles[s] = "第" + (s + 1) + "部分";
        }
        int[] monthEnds = new int[MONTHS];
        for (int m = 0; m < MONTHS; m++) {
            monthEnds[m] = (int) LocalDate.of(2023, m + 1, 1).plusMonths(1).minusDays(1).toEpochDay();
        }
        for (int p = 0; p < plans; p++) {
            planIds[p] = String.format(Locale.ROOT, "county-%04d", p + 1);
            planTitles[p] = "第" + (p + 1) + "县2023年重点工作";
            fill(p, monthEnds, new SplittableRandom(17L + p));
        }
    }

    private void fill(int p, int[] monthEnds, SplittableRandom random) {
        int n = PER_PLAN * MONTHS;
        reportTargets[p] = new int[n];
        reportDays[p] = new int[n];
        reportValues[p] = new double[n];
        int k = 0;
        for (int t = 0; t < PER_PLAN; t++) {
            goals[p][t] = 10 + random.nextInt(990);
            weights[p][t] = 1 + t % 3 * 0.5;
            dueDays[p][t] = (int) LocalDate.of(t % 10 == 9 ? 2024 : 2023, 12, 31).toEpochDay();
            double pace = 0.6 + random.nextDouble() * 0.6;
            for (int m = 0; m < MONTHS; m++) {
                reportTargets[p][k] = t;
                reportDays[p][k] = monthEnds[m];
                reportValues[p][k] = Math.round(goals[p][t] * pace * (monthEnds[m] - originDay) / 365.0 * 100) / 100.0;
                k++;
            }
        }
    }

    int reports() {
        return plans * PER_PLAN * MONTHS;
    }

    /** Builds one plan with the library, from the values held. */
    Plan plan(int p) {
        Plan.Builder plan = Plan.builder(planIds[p], planTitles[p]).issuer("中共某县委")
                .period(SyntheticPlans.PERIOD);
        departments.forEach(plan::department);
        int t = 0;
        for (int s = 0; s < SECTIONS; s++) {
            Section.Builder section = Section.builder(sectionIds[s], sectionTitles[s]).weight(1 + s % 3);
            for (int i = 0; i < ITEMS; i++) {
                List<Target> list = new ArrayList<>(TARGETS);
                for (int k = 0; k < TARGETS; k++, t++) {
                    list.add(Target.builder(targetIds[t], titles[t]).measure(MeasureKind.COUNT, "家")
                            .goal(goals[p][t]).due(LocalDate.ofEpochDay(dueDays[p][t])).weight(weights[p][t])
                            .lead(departments.get(t % departments.size()).id()).build());
                }
                section.item(new Item(itemIds[s * ITEMS + i], itemTitles[i], 1 + i % 2, list, Optional.empty()));
            }
            plan.section(section.build());
        }
        return plan.build();
    }

    /**
     * The provincial template every county fills (指标体系): the plan of the first county, its sections, items,
     * targets, measures and leads shared by all.
     */
    PlanTemplate template() {
        return PlanTemplate.of(plan(0));
    }

    /** Builds one plan from the template, from the columns held: goals, due days and weights. */
    Plan plan(PlanTemplate template, int p) {
        return template.plan(planIds[p], planTitles[p], goals[p], dueDays[p], weights[p]);
    }

    /** Writes the reports: {@code plan,target,date,value}, one row a report, plan after plan. */
    void writeReports(Path file) throws IOException {
        byte[][] ids = new byte[PER_PLAN][];
        for (int t = 0; t < PER_PLAN; t++) {
            ids[t] = (targetIds[t] + ",").getBytes(StandardCharsets.US_ASCII);
        }
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            out.write("plan,target,date,value\n".getBytes(StandardCharsets.US_ASCII));
            StringBuilder line = new StringBuilder(64);
            for (int p = 0; p < plans; p++) {
                byte[] plan = (planIds[p] + ",").getBytes(StandardCharsets.US_ASCII);
                for (int k = 0; k < reportTargets[p].length; k++) {
                    out.write(plan);
                    out.write(ids[reportTargets[p][k]]);
                    line.setLength(0);
                    line.append(LocalDate.ofEpochDay(reportDays[p][k])).append(',');
                    decimal(line, reportValues[p][k]);
                    line.append('\n');
                    out.write(line.toString().getBytes(StandardCharsets.US_ASCII));
                }
            }
        }
    }

    /** Appends a non-negative number of at most two decimals as a person writes it: 12, 12.5, 12.05. */
    static void decimal(StringBuilder out, double value) {
        long cents = Math.round(value * 100);
        out.append(cents / 100);
        long rest = cents % 100;
        if (rest != 0) {
            out.append('.').append((char) ('0' + rest / 10));
            if (rest % 10 != 0) {
                out.append((char) ('0' + rest % 10));
            }
        }
    }

    /** Writes the targets with what SQL needs to score them: weights up the tree, goal, due and origin days. */
    void writeTargets(Path file) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            out.write("plan,target,section,item,weight,item_weight,section_weight,goal,due_day,origin_day\n"
                    .getBytes(StandardCharsets.US_ASCII));
            for (int p = 0; p < plans; p++) {
                for (int t = 0; t < PER_PLAN; t++) {
                    int s = t / (ITEMS * TARGETS);
                    int i = t / TARGETS % ITEMS;
                    String row = planIds[p] + "," + targetIds[t] + "," + s + "," + (s * ITEMS + i) + ","
                            + weights[p][t] + "," + (1 + i % 2) + "," + (1 + s % 3) + "," + goals[p][t] + ","
                            + dueDays[p][t] + "," + originDay + "\n";
                    out.write(row.getBytes(StandardCharsets.US_ASCII));
                }
            }
        }
    }
}
