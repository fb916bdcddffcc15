package io.github.policyplan.plans;

import io.github.policyplan.internal.read.Fields;
import io.github.policyplan.internal.read.Node;
import io.github.policyplan.internal.read.Problems;
import io.github.policyplan.internal.read.Texts;
import io.github.policyplan.internal.read.Violations;
import io.github.policyplan.model.Combine;
import io.github.policyplan.model.CountsToward;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Binds a target's {@code counts-toward: {plan: city-2023, target: s1.i2.t3}} (with {@code combine} and
 * {@code weight} when the higher target's measure needs them). Whether the plan and target exist, their
 * units and cycles are for the set of plans loaded together to check ({@link PlanSet}). Stateless.
 */
final class CountsTowardBinder {

    static final Set<String> KEYS = Fields.keys("plan", "target", "combine", "weight");

    private CountsTowardBinder() {
    }

    /** Reads a target's link to a higher plan's target, when it has one; empty (and the target failed) on a problem. */
    static Optional<CountsToward> bind(Fields target, Problems problems) {
        Optional<Node> n = target.get("counts-toward");
        if (n.isEmpty()) {
            return Optional.empty();
        }
        Optional<Fields> opened = target.open(n.get(), "counts-toward", -1, "a counts-toward link", KEYS);
        if (opened.isEmpty()) {
            target.fail();
            return Optional.empty();
        }
        Fields f = opened.get();
        Optional<String> plan = f.requiredText("plan", "name the higher plan by its id: counts-toward: {plan: city-2023,"
                + " target: s1.i2.t3}");
        Optional<String> id = f.requiredText("target", "name the higher plan's target by its id: counts-toward: {plan:"
                + " city-2023, target: s1.i2.t3}");
        Optional<Combine> combine = Optional.empty();
        Optional<String> code = f.optionalText("combine");
        if (code.isPresent()) {
            combine = Combine.of(code.get());
            if (combine.isEmpty()) {
                List<String> codes = Arrays.stream(Combine.values()).map(Combine::code).toList();
                f.problem("combine", "unknown way to combine '" + Texts.abbreviate(code.get()) + "'",
                        Optional.of(Texts.didYouMean(code.get(), codes).orElse("one of " + Texts.list(codes))));
                f.fail();
            }
        }
        double weight = f.optionalNumber("weight").orElse(1.0);
        if (f.failed() || plan.isEmpty() || id.isEmpty()) {
            target.fail();
            return Optional.empty();
        }
        Optional<Combine> method = combine;
        Optional<CountsToward> link = Violations.construct(f.node(), f::path, () -> new CountsToward(plan.get(),
                id.get(), method, weight), problems);
        if (link.isEmpty()) {
            target.fail();
        }
        return link;
    }
}
