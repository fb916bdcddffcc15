package io.github.policyplan.internal.read;

import io.github.policyplan.model.Checks;
import io.github.policyplan.model.Plan;
import io.github.policyplan.model.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A name that a file uses and its plan does not have: the one wording of the message, with the nearest
 * known name as the hint, for every reader that looks names up in a plan.
 *
 * @param message what is wrong, such as {@code unknown target 's1.i1.t9' in plan county}
 * @param hint    the nearest known name, when one is close enough
 */
public record Unknown(String message, Optional<String> hint) {

    /**
     * Checks the parts.
     *
     * @param message what is wrong
     * @param hint    the nearest known name, when one is close enough
     */
    public Unknown {
    }

    /**
     * A target id that the plan does not have.
     *
     * @param id   the id as written (abbreviated in the message)
     * @param plan the plan
     * @return {@code unknown target 'ID' in plan PLAN}, with the nearest target id as the hint
     */
    public static Unknown target(String id, Plan plan) {
        return target(id, plan, true);
    }

    /**
     * A target id that the plan does not have, with the nearest id worked out only when asked: past the
     * problem cap nobody sees it, and a file of 10,000 unknown ids must not compare each with every target.
     *
     * @param id      the id as written (abbreviated in the message)
     * @param plan    the plan
     * @param suggest whether to look for the nearest id
     * @return {@code unknown target 'ID' in plan PLAN}, with the nearest target id as the hint when asked
     */
    public static Unknown target(String id, Plan plan, boolean suggest) {
        if (!suggest) {
            return new Unknown(Checks.unknownTarget(Texts.abbreviate(id), plan.id()), Optional.empty());
        }
        List<String> ids = new ArrayList<>(plan.targets().size());
        for (Target t : plan.targets()) {
            ids.add(t.id());
        }
        return new Unknown(Checks.unknownTarget(Texts.abbreviate(id), plan.id()), Texts.didYouMean(id, ids));
    }
}
