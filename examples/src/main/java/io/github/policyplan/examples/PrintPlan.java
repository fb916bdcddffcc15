package io.github.policyplan.examples;

import io.github.policyplan.model.Department;
import io.github.policyplan.model.Goal;
import io.github.policyplan.model.Item;
import io.github.policyplan.model.Plan;
import io.github.policyplan.model.Section;
import io.github.policyplan.model.Target;
import io.github.policyplan.plans.GoalSheet;
import io.github.policyplan.core.InputException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Loads a plan and prints its tree (section → item → target, with lead, goal, due date and
 * commitment) and a summary: counts, unset targets, and the targets each department leads.
 *
 * <pre>
 * PrintPlan                                   # the county plan as published (redacted goals unset)
 * PrintPlan --illustrative                    # the county plan with the illustrative goal sheet applied
 * PrintPlan plan.yaml [goal-sheet.yaml]       # any plan, optionally with a goal sheet
 * </pre>
 */
public final class PrintPlan {

    private PrintPlan() {
    }

    /**
     * Runs the example.
     *
     * @param args optional: {@code --illustrative}, or a plan file and a goal sheet file
     * @throws IOException when a file cannot be read
     */
    public static void main(String[] args) throws IOException {
        System.exit(run(args, new PrintStream(System.out, true, StandardCharsets.UTF_8),
                new PrintStream(System.err, true, StandardCharsets.UTF_8)));
    }

    /**
     * Prints the plan named by the arguments.
     *
     * @param args as for {@link #main}
     * @param out  where the tree and summary go
     * @param err  where problems go
     * @return 0 when the plan was printed, 1 when it has problems
     * @throws IOException when a file cannot be read
     */
    public static int run(String[] args, PrintStream out, PrintStream err) throws IOException {
        boolean illustrative = args.length == 1 && args[0].equals("--illustrative");
        String planFile = args.length >= 1 && !illustrative ? args[0] : null;
        String sheetFile = args.length >= 2 ? args[1] : null;
        try {
            Plan plan = ExampleData.plan(planFile, ExampleData.COUNTY_PLAN);
            Set<String> filled = Set.of();
            if (illustrative || sheetFile != null) {
                GoalSheet sheet = ExampleData.goalSheet(sheetFile, ExampleData.COUNTY_ILLUSTRATIVE, plan);
                filled = sheet.goals().keySet();
                plan = sheet.applyTo(plan);
                if (sheet.illustrative()) {
                    out.println("† 示例数值 illustrative: goals marked † come from the goal sheet, not the source.");
                    out.println();
                }
            }
            print(plan, filled, out);
            return 0;
        } catch (InputException e) {
            e.problems().forEach(err::println);
            return 1;
        }
    }

    static void print(Plan plan, Set<String> illustrative, PrintStream out) {
        out.println(plan.title());
        out.println("  " + plan.id() + " · 发布 issuer " + plan.issuer() + " · 期限 period " + plan.period().start()
                + " – " + plan.period().end());
        plan.source().ifPresent(s -> out.println("  来源 source: " + s.location().orElse(s.title())));
        out.println();
        String[] numerals = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
        for (int s = 0; s < plan.sections().size(); s++) {
            Section section = plan.sections().get(s);
            out.println((s < numerals.length ? numerals[s] + "、" : "") + section.title() + "  [" + section.id()
                    + "]");
            if (!section.targets().isEmpty()) {
                out.println("    总体目标 headline targets");
                for (Target t : section.targets()) {
                    out.println(line(t, plan, illustrative, "      "));
                }
            }
            for (Item item : section.items()) {
                out.println("    " + item.title() + "  [" + item.id() + "]");
                for (Target t : item.targets()) {
                    out.println(line(t, plan, illustrative, "      "));
                }
            }
            out.println();
        }
        summary(plan, out);
    }

    static String line(Target t, Plan plan, Set<String> illustrative, String indent) {
        String goal = goal(t, illustrative.contains(t.id()) ? "†" : "");
        StringBuilder sb = new StringBuilder();
        sb.append(indent).append(t.id()).append("  ").append(t.title()).append('\n');
        sb.append(indent).append("    ").append(t.commitment().chinese()).append(' ')
                .append(t.commitment().code()).append(" · 目标 goal ").append(goal)
                .append(" · 截止 due ").append(t.due())
                .append(" · 牵头 lead ").append(name(plan, t.lead()));
        if (!t.cooperating().isEmpty()) {
            sb.append(" · 配合 with ").append(t.cooperating().stream().map(d -> name(plan, d))
                    .collect(Collectors.joining("、")));
        }
        return sb.toString();
    }

    static String goal(Target t, String mark) {
        Goal g = t.goal();
        String unit = t.measure().unit();
        String value = (g instanceof Goal.Unset ? "*" : g.toString()) + mark;
        String kind = t.measure().kind().code();
        if (g instanceof Goal.Level) {
            return value + " (" + kind + ")";
        }
        return value + (unit.isEmpty() ? "" : " " + unit) + " (" + kind + ")";
    }

    static String name(Plan plan, String departmentId) {
        return plan.department(departmentId).map(Department::name).orElse(departmentId);
    }

    static void summary(Plan plan, PrintStream out) {
        int items = plan.sections().stream().mapToInt(s -> s.items().size()).sum();
        List<Target> unset = new ArrayList<>();
        for (Target t : plan.targets()) {
            if (!t.isGoalSet()) {
                unset.add(t);
            }
        }
        out.println("汇总 Summary");
        out.println("  " + plan.sections().size() + " 个部分 sections · " + items + " 项重点 items · "
                + plan.targets().size() + " 个目标 targets · " + unset.size() + " 个目标值未公布 unset (*)");
        if (!unset.isEmpty()) {
            out.println("  目标值未公布 unset goals: " + unset.stream().map(Target::id)
                    .collect(Collectors.joining(", ")));
        }
        out.println("  牵头目标数 targets led per department:");
        for (Department d : plan.departments()) {
            List<Target> led = plan.targetsLedBy(d.id());
            long cooperating = plan.targets().stream().filter(t -> t.cooperating().contains(d.id())).count();
            out.printf("    %-10s %-6s 牵头 leads %2d · 配合 cooperates on %2d%n", d.name(), d.id(), led.size(),
                    cooperating);
        }
    }
}
