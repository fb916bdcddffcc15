package io.github.policyplan.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The roll-ups a plan, section or item may use (汇总方式), by the names plans use. The set is closed and
 * held here, in the model, so that a plan built in Java that names an unknown roll-up fails when it is
 * built, as a plan file that names one fails when it is read; the scoring engine decides how each rolls
 * up. Every roll-up takes one parameter, {@value #MIN_COVERAGE} (a number from 0 to 1, default 0): below
 * that share of its weight with a score, a node has no score.
 *
 * <pre>{@code
 * RollUpKind.of(new Strategy("weakest", Map.of("minCoverage", 0.8)));   // WEAKEST
 * RollUpKind.of(Strategy.named("weighted_mean"));                      // IllegalArgumentException: known names
 * }</pre>
 */
public enum RollUpKind {
    /** {@code weighted-mean} (the default): the weighted mean of the children that have a score. */
    WEIGHTED_MEAN("weighted-mean"),
    /** {@code missing-as-zero}: the weighted mean of all children, a child without a score counting 0. */
    MISSING_AS_ZERO("missing-as-zero"),
    /** {@code weakest}: the lowest score of a child. */
    WEAKEST("weakest"),
    /** {@code points}: Σ weight × score ÷ 100, the weights being points allotted (分值). */
    POINTS("points");

    /** The one parameter of every roll-up. */
    public static final String MIN_COVERAGE = "minCoverage";

    private static final KindNames<RollUpKind> NAMES = new KindNames<>("roll-up", values(), RollUpKind::code);

    private final String code;

    RollUpKind(String code) {
        this.code = code;
    }

    /**
     * Returns the name plans use.
     *
     * @return the code, such as {@code weighted-mean}
     */
    public String code() {
        return code;
    }

    /**
     * Returns the names of every roll-up.
     *
     * @return an unmodifiable set in name order
     */
    public static Set<String> codes() {
        return NAMES.codes();
    }

    /**
     * Finds a roll-up by the name plans use.
     *
     * @param code the name, such as {@code weakest}
     * @return the roll-up, or empty when no roll-up has that name
     */
    public static Optional<RollUpKind> byCode(String code) {
        return NAMES.byCode(code);
    }

    /**
     * Returns the roll-up a strategy names.
     *
     * @param strategy a plan's, section's or item's aggregation
     * @return the roll-up
     * @throws IllegalArgumentException when the name is unknown (the message lists the known names) or a
     *                                  parameter is wrong
     */
    public static RollUpKind of(Strategy strategy) {
        return NAMES.of(strategy, check(strategy));
    }

    /**
     * Checks a strategy given as an aggregation: a known name and, at most, {@value #MIN_COVERAGE} from 0 to 1.
     *
     * @param strategy the strategy
     * @return the problems, at the path {@code ""} or of the parameter; empty when all is well
     */
    public static List<Violation> check(Strategy strategy) {
        Optional<Violation> unknown = NAMES.unknown(strategy);
        if (unknown.isPresent()) {
            return List.of(unknown.get());
        }
        List<Violation> problems = new ArrayList<>();
        for (Map.Entry<String, Object> e : strategy.parameters().entrySet()) {
            if (!e.getKey().equals(MIN_COVERAGE)) {
                problems.add(new Violation(e.getKey(), "unknown parameter '" + e.getKey() + "' of roll-up "
                        + strategy.name() + " (known: " + MIN_COVERAGE + ")"));
            } else if (!(e.getValue() instanceof Double d && d >= 0 && d <= 1)) {
                problems.add(new Violation(e.getKey(), MIN_COVERAGE + " must be a number from 0 to 1 (was "
                        + e.getValue() + ")"));
            }
        }
        return problems;
    }
}
