package io.github.policyplan.model;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The schedules a target may follow (时序进度), by the names plans use. The set is closed and held
 * here, in the model, so that a target built in Java that names an unknown schedule fails when it is
 * built, as a plan file that names one fails when it is read; the scoring engine decides what each
 * schedule expects by a date. A schedule takes no parameters.
 *
 * <pre>{@code
 * ScheduleKind.of(Strategy.named("at-due"));      // AT_DUE
 * ScheduleKind.of(Strategy.named("at_due"));      // IllegalArgumentException listing the known names
 * }</pre>
 */
public enum ScheduleKind {
    /** {@code linear}: a straight line from the start to the goal at the due date, through any checkpoints. */
    LINEAR("linear"),
    /** {@code steps}: the latest checkpoint's value, the goal from the due date. */
    STEPS("steps"),
    /** {@code at-due}: nothing before the due date, the goal from it. */
    AT_DUE("at-due"),
    /** {@code per-year}: the goal again each calendar year, linear within the year. */
    PER_YEAR("per-year"),
    /** {@code constant}: the goal itself at every date. */
    CONSTANT("constant");

    private static final KindNames<ScheduleKind> NAMES = new KindNames<>("schedule", values(), ScheduleKind::code);

    private final String code;

    ScheduleKind(String code) {
        this.code = code;
    }

    /**
     * Returns the name plans use.
     *
     * @return the code, such as {@code at-due}
     */
    public String code() {
        return code;
    }

    /**
     * Returns the names of every schedule.
     *
     * @return an unmodifiable set in name order
     */
    public static Set<String> codes() {
        return NAMES.codes();
    }

    /**
     * Finds a schedule by the name plans use.
     *
     * @param code the name, such as {@code linear}
     * @return the schedule, or empty when no schedule has that name
     */
    public static Optional<ScheduleKind> byCode(String code) {
        return NAMES.byCode(code);
    }

    /**
     * Returns the schedule a strategy names.
     *
     * @param strategy a target's schedule
     * @return the schedule
     * @throws IllegalArgumentException when the name is unknown (the message lists the known names) or
     *                                  the strategy has parameters
     */
    public static ScheduleKind of(Strategy strategy) {
        return NAMES.of(strategy, check(strategy));
    }

    /**
     * Checks a strategy given as a target's schedule: a known name, no parameters.
     *
     * @param strategy the strategy
     * @return the problems, each at the path {@code ""}; empty when all is well
     */
    public static List<Violation> check(Strategy strategy) {
        Optional<Violation> unknown = NAMES.unknown(strategy);
        if (unknown.isPresent()) {
            return List.of(unknown.get());
        }
        if (!strategy.parameters().isEmpty()) {
            return List.of(new Violation("", "schedule " + strategy.name() + " takes no parameters (was "
                    + String.join(", ", strategy.parameters().keySet()) + ")"));
        }
        return List.of();
    }
}
