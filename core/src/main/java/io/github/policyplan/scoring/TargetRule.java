package io.github.policyplan.scoring;

import io.github.policyplan.model.Direction;
import io.github.policyplan.model.MeasureKind;
import io.github.policyplan.model.Plan;
import io.github.policyplan.model.Strategy;
import io.github.policyplan.model.Target;
import io.github.policyplan.rules.Parameter;
import java.util.Map;

/**
 * The rule a target is scored with, and its parameters: the one the target names, else the plan's
 * default (for numeric targets), else its kind's — see {@link Scoring}'s "Defaults".
 *
 * @param name       the rule's name
 * @param parameters its parameters: the target's, or the plan's when the plan's default names the same rule
 */
record TargetRule(String name, Map<String, Object> parameters) {

    static TargetRule of(Plan plan, Target t) {
        if (t.rule().isPresent()) {
            Strategy own = t.rule().get();
            return new TargetRule(own.name(), own.parameters());
        }
        String name = defaultName(plan, t);
        return new TargetRule(name, plan.rule().filter(r -> r.name().equals(name)).map(Strategy::parameters)
                .orElse(Map.of()));
    }

    private static String defaultName(Plan plan, Target t) {
        MeasureKind kind = t.measure().kind();
        if (kind == MeasureKind.MILESTONE) {
            return "milestone";
        }
        if (kind == MeasureKind.GRADE) {
            return "grade";
        }
        if (t.measure().direction() == Direction.WITHIN_BAND) {
            return "within-band";
        }
        if (plan.rule().isPresent()) {
            return plan.rule().get().name();
        }
        boolean fromBaseline = t.baseline().isPresent() && (kind == MeasureKind.LEVEL || kind == MeasureKind.SHARE
                || kind == MeasureKind.THRESHOLD || kind == MeasureKind.COUNT);
        return fromBaseline ? "linear" : "completion-rate";
    }

    Parameter parameter(String parameter) {
        return Parameter.of(parameters, parameter);
    }
}
