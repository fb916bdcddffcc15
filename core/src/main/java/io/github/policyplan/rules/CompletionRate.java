package io.github.policyplan.rules;

import io.github.policyplan.core.NumberText;
import io.github.policyplan.model.Target;
import io.github.policyplan.model.Violation;
import java.util.List;
import java.util.Map;

/** {@code completion-rate}. */
final class CompletionRate extends BuiltInRule {
    CompletionRate() {
        super("completion-rate");
    }

    @Override
    void checkOwn(Target target, Map<String, Object> given, List<Violation> problems) {
    }

    @Override
    public RuleResult score(RuleInput in) {
        if (!numeric(in)) {
            return numbersOnly(in, "completion-rate");
        }
        Completion c = Completion.of(in);
        if (!c.isDefined()) {
            return c.none();
        }
        String rate = NumberText.format(c.rate());
        return clamped(c.rate(), rate + " = " + c.english() + " (completion rate)", rate + " = " + c.chinese()
                + "（完成率）", in);
    }
}
