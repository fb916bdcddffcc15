package io.github.policyplan.rules;

import io.github.policyplan.core.NumberText;
import io.github.policyplan.model.Target;
import io.github.policyplan.model.Value;
import io.github.policyplan.model.Violation;
import java.util.List;
import java.util.Map;

/** {@code grade}. */
final class Grade extends BuiltInRule {
    Grade() {
        super("grade", "points");
    }

    @Override
    void checkOwn(Target target, Map<String, Object> given, List<Violation> problems) {
        if (!given.containsKey("points")) {
            return;
        }
        Object points = given.get("points");
        if (!(points instanceof Map<?, ?> map)) {
            problems.add(new Violation("points", "points must be a map from grade to points (was " + points + ")"));
            return;
        }
        for (String grade : target.measure().levels()) {
            if (!map.containsKey(grade)) {
                problems.add(new Violation("points", "points gives no points for the grade '" + grade + "'"));
            }
        }
        levelNumbers(target, "points", map, Double.MAX_VALUE, "grades", problems);
    }

    @Override
    public RuleResult score(RuleInput in) {
        if (!(in.actual() instanceof Value.Level level)) {
            return RuleResult.notScorable("rule grade needs a grade", "定性规则需要等次");
        }
        String actual = level.name();
        Parameter given = in.parameter("points").get(actual);
        List<String> grades = in.target().measure().levels();
        double p = given.isPresent() ? given.number() : 100.0 * grades.indexOf(actual) / (grades.size() - 1);
        return clamped(p, NumberText.format(p) + " = points for the grade " + actual, NumberText.format(p) + " = 等次“"
                + actual + "”对应分值", in);
    }
}
