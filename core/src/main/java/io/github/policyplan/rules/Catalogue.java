package io.github.policyplan.rules;

import io.github.policyplan.model.RollUpKind;
import io.github.policyplan.model.ScheduleKind;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The one list of the strategy names a plan may use: scoring rules (评分规则), schedules (时序进度)
 * and roll-ups (汇总方式). Readers check names against it, and scoring finds the strategies by it.
 *
 * <p>Schedules and roll-ups are closed sets whose types are the model's {@link ScheduleKind} and
 * {@link RollUpKind}: the model holds them, so that a plan built in Java with an unknown name fails when
 * it is built (the model depends on nothing, so it cannot ask this class), and the names here are taken
 * from them. Scoring rules are open: these are the built-in ones, and an engine may know more.
 *
 * <p>Static members only; every set is unmodifiable and sorted.
 */
public final class Catalogue {

    /**
     * The schedule names, those of {@link ScheduleKind}: {@code at-due}, {@code constant}, {@code linear},
     * {@code per-year}, {@code steps}.
     */
    public static final Set<String> SCHEDULES = ScheduleKind.codes();

    /**
     * The roll-up names, those of {@link RollUpKind}: {@code missing-as-zero}, {@code points},
     * {@code weakest}, {@code weighted-mean}.
     */
    public static final Set<String> ROLL_UPS = RollUpKind.codes();

    /** The built-in scoring rule names, those of {@link Rule#builtIns()}. */
    public static final Set<String> RULES = Collections.unmodifiableSet(new TreeSet<>(Rule.builtIns().keySet()));

    private Catalogue() {
    }

    /**
     * Returns the built-in scoring rules by name.
     *
     * @return an unmodifiable map sorted by name
     */
    public static Map<String, Rule> rules() {
        return Rule.builtIns();
    }
}
