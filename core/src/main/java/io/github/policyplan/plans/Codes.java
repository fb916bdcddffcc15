package io.github.policyplan.plans;

import io.github.policyplan.internal.read.Fields;
import io.github.policyplan.internal.read.Node;
import io.github.policyplan.internal.read.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Reads a name from a fixed set, such as a measure's kind or direction or a department's kind. */
final class Codes {

    private Codes() {
    }

    /**
     * Reads the value of a key as one of a set of codes; an unknown one is a problem that lists them.
     *
     * @param f      the map that holds it
     * @param key    the key, present
     * @param values the values, in the order the message lists them
     * @param code   each value's code
     * @param <E>    the values' type
     * @return the value, or empty after a problem
     */
    static <E> Optional<E> read(Fields f, String key, E[] values, Function<E, String> code) {
        Optional<Node> n = f.get(key);
        Optional<String> text = n.isPresent() ? f.text(key, n.get()) : Optional.empty();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        for (E e : values) {
            if (code.apply(e).equals(text.get())) {
                return Optional.of(e);
            }
        }
        List<String> known = list(values, code);
        f.problem(key, "unknown " + key + " '" + Texts.abbreviate(text.get()) + "' (expected one of " + Texts.list(known)
                + ")", Texts.didYouMean(text.get(), known));
        return Optional.empty();
    }

    /**
     * Lists the codes of a set of values.
     *
     * @param values the values
     * @param code   each value's code
     * @param <E>    the values' type
     * @return the codes, in the values' order
     */
    static <E> List<String> list(E[] values, Function<E, String> code) {
        List<String> out = new ArrayList<>(values.length);
        for (E e : values) {
            out.add(code.apply(e));
        }
        return out;
    }
}
