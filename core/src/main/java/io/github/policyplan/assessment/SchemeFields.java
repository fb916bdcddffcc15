package io.github.policyplan.assessment;

import io.github.policyplan.internal.read.Fields;
import io.github.policyplan.internal.read.Node;
import io.github.policyplan.internal.read.Texts;
import java.util.List;
import java.util.Optional;

/** The kinds of value a scheme's fields hold: a choice among names, a share, a count, a switch. */
final class SchemeFields {

    private SchemeFields() {
    }

    /**
     * Reads one of a few names.
     *
     * @param f       the map
     * @param key     the key
     * @param choices the names allowed, in the order the message lists them
     * @return the name, or empty when absent or after a problem
     */
    static Optional<String> choice(Fields f, String key, List<String> choices) {
        Optional<String> text = f.get(key).flatMap(n -> f.text(key, n));
        if (text.isPresent() && !choices.contains(text.get())) {
            f.problem(key, "unknown " + key + " '" + Texts.abbreviate(text.get()) + "' (expected "
                    + String.join(", ", choices) + ")", Texts.didYouMean(text.get(), choices));
            return Optional.empty();
        }
        return text;
    }

    /**
     * Reads a share, from 0 to 1.
     *
     * @param f        the map
     * @param key      the key
     * @param fallback the value when absent or after a problem
     * @return the share
     */
    static double share(Fields f, String key, double fallback) {
        Optional<Double> v = f.optionalFraction(key);
        if (v.isPresent() && (v.get() < 0 || v.get() > 1)) {
            f.problem(key, key + " is a share from 0 to 1 (was " + Texts.number(v.get()) + ")", Optional.of(
                    "write 0.3 for 30%"));
            return fallback;
        }
        return v.orElse(fallback);
    }

    /**
     * Reads a number of 0 or more.
     *
     * @param f        the map
     * @param key      the key
     * @param fallback the value when absent or after a problem
     * @return the number
     */
    static double nonNegative(Fields f, String key, double fallback) {
        Optional<Double> v = f.optionalNumber(key);
        if (v.isPresent() && v.get() < 0) {
            f.problem(key, key + " must be ≥ 0 (was " + Texts.number(v.get()) + ")", Optional.empty());
            return fallback;
        }
        return v.orElse(fallback);
    }

    /**
     * Reads a number of units: a whole number of 0 or more.
     *
     * @param f   the map
     * @param key the key
     * @return the number; 0 when absent or after a problem
     */
    static int whole(Fields f, String key) {
        double v = nonNegative(f, key, 0);
        if (v != Math.rint(v)) {
            f.problem(key, key + " is a number of units, a whole number (was " + Texts.number(v) + ")",
                    Optional.empty());
            return 0;
        }
        return (int) v;
    }

    /**
     * Reads true or false.
     *
     * @param f        the map
     * @param key      the key
     * @param fallback the value when absent or after a problem
     * @return the value
     */
    static boolean bool(Fields f, String key, boolean fallback) {
        Optional<Node> n = f.get(key);
        if (n.isEmpty()) {
            return fallback;
        }
        if (n.get() instanceof Node.ScalarNode s && s.type() == Node.ScalarType.BOOLEAN) {
            return Boolean.parseBoolean(s.text());
        }
        f.problem(key, "expected true or false, found " + n.get().describe(), Optional.empty());
        return fallback;
    }
}
