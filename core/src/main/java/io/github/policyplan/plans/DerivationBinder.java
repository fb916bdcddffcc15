package io.github.policyplan.plans;

import io.github.policyplan.internal.read.Fields;
import io.github.policyplan.internal.read.Node;
import io.github.policyplan.internal.read.Problems;
import io.github.policyplan.internal.read.Violations;
import io.github.policyplan.model.Derivation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Binds a target's {@code derived:} key ({@code {sum: [a, b]}}, {@code {ratio: [a, b]}} or {@code {share:
 * [a, b]}}) and keeps the plan's derivations by target id. Which targets the inputs are, their units and
 * cycles are the plan's to check, when it is built, at the same paths. Not thread-safe: one instance
 * serves one load.
 */
final class DerivationBinder {

    private final Problems problems;
    private final Map<String, Derivation> derivations = new LinkedHashMap<>();

    DerivationBinder(Problems problems) {
        this.problems = problems;
    }

    /** Reads a target's derivation, when it has one, and keeps it under the target's id once that is known. */
    void bind(Fields target, Optional<String> targetId) {
        Optional<Node> n = target.get("derived");
        if (n.isEmpty()) {
            return;
        }
        Optional<Fields> opened = target.open(n.get(), "derived", -1, "a derivation", Derivation.Kind.codes());
        if (opened.isEmpty()) {
            target.fail();
            return;
        }
        Fields f = opened.get();
        List<Derivation.Kind> kinds = new ArrayList<>();
        for (String code : Derivation.Kind.codes()) {
            if (f.has(code)) {
                kinds.add(Derivation.Kind.byCode(code).orElseThrow());
            }
        }
        if (kinds.size() != 1) {
            problems.add(f.node(), f.path(), "a derivation is one of sum, ratio or share (was " + (kinds.isEmpty()
                    ? "none" : kinds.size() + " of them") + ")", Optional.of("write derived: {sum: [a, b]},"
                    + " {ratio: [numerator, denominator]} or {share: [numerator, denominator]}"));
            target.fail();
            return;
        }
        Derivation.Kind kind = kinds.get(0);
        Optional<List<Node.ScalarNode>> nodes = f.textList(kind.code());
        if (nodes.isEmpty()) {
            target.fail();
            return;
        }
        List<String> inputs = new ArrayList<>();
        for (Node.ScalarNode s : nodes.get()) {
            inputs.add(s.text());
        }
        Optional<Derivation> d = Violations.construct(f.node(), f::path, () -> new Derivation(kind, inputs), problems);
        if (d.isEmpty()) {
            target.fail();
        } else if (targetId.isPresent()) {
            derivations.put(targetId.get(), d.get());
        }
    }

    /** The derivations read, by target id, in the order of the file. */
    Map<String, Derivation> all() {
        return Collections.unmodifiableMap(derivations);
    }
}
