/**
 * Reading, validating and writing plans.
 *
 * <p>{@link io.github.policyplan.plans.Plans} is the entry point: it reads a plan from YAML or JSON
 * and returns a complete {@link io.github.policyplan.model.Plan}, or throws one
 * {@link io.github.policyplan.plans.PlanException} carrying every problem of the file, each located
 * by file, line, column and plan path. {@link io.github.policyplan.plans.PlanReader} sets limits and
 * the scoring rule names a plan may use; {@link io.github.policyplan.plans.GoalSheet} fills the
 * goals a plan leaves unset (a 目标任务分解表).
 *
 * <pre>{@code
 * Plan plan = Plans.read(Path.of("plans/county-2023.yaml"));
 * String yaml = Plans.toYaml(plan);
 * }</pre>
 *
 * <p><b>Layering.</b> Uses {@code core}, {@code rules} (to check the rule, schedule and roll-up names a plan gives), {@code model} and the reading internals; never {@code progress}, {@code scoring} or {@code assessment}. The binders that turn a located document tree into model values are package-private here: {@code PlanBinder} (the plan's header) with {@code DepartmentBinder}, {@code OutlineBinder} (sections, items, targets), {@code TargetValueBinder} (a target's measure, goal and dates) and {@code StrategyBinder} (rules, schedules, roll-ups); {@code GoalSheetBinder}.
 */
package io.github.policyplan.plans;
