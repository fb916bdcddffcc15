package io.github.policyplan.rules;

import io.github.policyplan.core.NumberText;
import io.github.policyplan.model.Goal;
import io.github.policyplan.model.Target;
import io.github.policyplan.model.Value;
import io.github.policyplan.model.Violation;
import java.util.List;
import java.util.Map;

/** {@code milestone}. */
final class Milestone extends BuiltInRule {
    Milestone() {
        super("milestone", "credit");
    }

    @Override
    void checkOwn(Target target, Map<String, Object> given, List<Violation> problems) {
        if (!given.containsKey("credit")) {
            return;
        }
        Object credit = given.get("credit");
        if (!(credit instanceof Map<?, ?> map)) {
            problems.add(new Violation("credit", "credit must be a map from stage to points (was " + credit + ")"));
            return;
        }
        levelNumbers(target, "credit", map, 100, "stages", problems);
    }

    /** The credit of a stage: the plan's, else equal steps up to the goal stage. */
    static double credit(RuleInput in, String stage) {
        Parameter credit = in.parameter("credit").get(stage);
        if (credit.isPresent()) {
            return credit.number();
        }
        List<String> stages = in.target().measure().levels();
        int goal = in.target().goal() instanceof Goal.Level level ? stages.indexOf(level.name()) : stages.size() - 1;
        int index = stages.indexOf(stage);
        return goal <= 0 ? (index >= 0 ? 100 : 0) : Math.min(100, 100.0 * index / goal);
    }

    @Override
    public RuleResult score(RuleInput in) {
        if (!(in.actual() instanceof Value.Level reached) || !(in.expected() instanceof Goal.Level expectedStage)) {
            return RuleResult.notScorable("rule milestone needs a stage reached and a stage expected",
                    "节点规则需要已达到的节点和应达到的节点");
        }
        String actual = reached.name();
        String expected = expectedStage.name();
        double ca = credit(in, actual);
        double ce = credit(in, expected);
        if (ce <= 0) {
            return RuleResult.notScorable("no stage with credit is expected yet (expected " + expected + ")",
                    "尚无应达到的计分节点（应达到：" + expected + "）");
        }
        double raw = ca / ce * 100;
        String core = NumberText.format(raw) + " = " + NumberText.format(ca) + " ÷ " + NumberText.format(ce) + " × 100";
        return clamped(raw, core + " (stage " + actual + " earns " + NumberText.format(ca) + ", stage " + expected
                + " is expected and earns " + NumberText.format(ce) + ")", core + "（已达到" + actual + "计"
                + NumberText.format(ca) + "，应达到" + expected + "计" + NumberText.format(ce) + "）", in);
    }
}
