package io.github.policyplan.plans;

import io.github.policyplan.model.Baseline;
import io.github.policyplan.model.Goal;
import io.github.policyplan.model.Item;
import io.github.policyplan.model.Plan;
import io.github.policyplan.model.Section;
import io.github.policyplan.model.Target;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A goal sheet (目标任务分解表): the numbers a plan leaves unset ({@code *}), filled in for one
 * plan, with baselines where the plan gives none. In the examples it supplies illustrative numbers
 * for the goals the source speech redacts, and says so: {@link #illustrative()} is true.
 *
 * <pre>{@code
 * Plan published = Plans.read(Path.of("county-2023.yaml"));
 * GoalSheet sheet = GoalSheets.read(Path.of("county-2023-illustrative.yaml"), published);
 * Plan filled = sheet.applyTo(published);
 * }</pre>
 *
 * <p>The file format:
 * <pre>
 * plan: county-2023          # the id of the plan it fills
 * illustrative: true         # whether the numbers are illustrative (示例数值)
 * note: …                    # optional
 * goals:                     # target id → goal (number, {low, high}, or stage/grade name)
 *   s1.i1.t1: 12
 * baselines:                 # optional: target id → number or {value, date}
 *   s1.t1: {value: 55, date: 2022}
 * </pre>
 *
 * <p>Immutable and thread-safe; no component is null; the maps keep the sheet's order.
 *
 * @param planId       the id of the plan the sheet fills
 * @param illustrative true when the numbers are illustrative, not published
 * @param note         a remark, if given
 * @param goals        goals by target id
 * @param baselines    baselines by target id
 */
public record GoalSheet(String planId, boolean illustrative, Optional<String> note, Map<String, Goal> goals,
        Map<String, Baseline> baselines) {

    /**
     * Copies the maps, keeping their order.
     *
     * @param planId       the id of the plan the sheet fills
     * @param illustrative true when the numbers are illustrative, not published
     * @param note         a remark, if given
     * @param goals        goals by target id
     * @param baselines    baselines by target id
     */
    public GoalSheet {
        Objects.requireNonNull(planId, "planId");
        Objects.requireNonNull(note, "note");
        goals = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(goals, "goals")));
        baselines = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(baselines, "baselines")));
        for (Map.Entry<String, Goal> e : goals.entrySet()) {
            if (!e.getValue().isSet()) {
                throw new IllegalArgumentException("goal sheet entry " + e.getKey() + " must set a value (was *)");
            }
        }
    }

    /**
     * Reads a goal sheet file with the standard reader and checks it against the plan.
     *
     * @param path the file
     * @param plan the plan it fills
     * @return the sheet
     * @throws GoalSheetException when the sheet has any problem
     * @throws IOException        when the file cannot be read
     * @deprecated the entry point for goal sheets is {@link GoalSheets#read(Path, Plan)}, beside
     *             {@code Plans.read}, {@code Progress.read} and {@code Assessments.read}
     */
    @Deprecated(since = "0.2.0")
    public static GoalSheet read(Path path, Plan plan) throws IOException {
        return GoalSheets.read(path, plan);
    }

    /**
     * Returns the plan with this sheet's goals and baselines filled in.
     *
     * @param plan the plan the sheet names
     * @return a new plan; the given one is unchanged
     * @throws IllegalArgumentException when the plan is not the one the sheet names, a target is
     *                                  missing, or a value does not fit its target
     */
    public Plan applyTo(Plan plan) {
        if (!plan.id().equals(planId)) {
            throw new IllegalArgumentException("goal sheet is for plan '" + planId + "', not '" + plan.id() + "'");
        }
        for (String id : goals.keySet()) {
            if (plan.target(id).isEmpty()) {
                throw new IllegalArgumentException("goal sheet names target '" + id + "', which plan " + plan.id()
                        + " does not have");
            }
        }
        for (String id : baselines.keySet()) {
            if (plan.target(id).isEmpty()) {
                throw new IllegalArgumentException("goal sheet names target '" + id + "', which plan " + plan.id()
                        + " does not have");
            }
        }
        List<Section> sections = new ArrayList<>();
        for (Section s : plan.sections()) {
            List<Item> items = new ArrayList<>();
            for (Item i : s.items()) {
                items.add(new Item(i.id(), i.title(), i.weight(), fill(i.targets()), i.aggregation()));
            }
            sections.add(new Section(s.id(), s.title(), s.weight(), fill(s.targets()), items, s.aggregation()));
        }
        return plan.withSections(sections);
    }

    /**
     * Returns one target with this sheet's values filled in.
     *
     * @param target a target of the plan
     * @return the target, changed where the sheet names it
     */
    public Target fill(Target target) {
        Goal goal = goals.get(target.id());
        Baseline baseline = baselines.get(target.id());
        if (goal == null && baseline == null) {
            return target;
        }
        Target.Builder b = target.toBuilder();
        if (goal != null) {
            b.goal(goal);
        }
        if (baseline != null) {
            b.baseline(baseline.value());
            baseline.date().ifPresent(d -> b.baseline(baseline.value(), d));
        }
        return b.build();
    }

    private List<Target> fill(List<Target> targets) {
        List<Target> out = new ArrayList<>();
        for (Target t : targets) {
            out.add(fill(t));
        }
        return out;
    }
}
