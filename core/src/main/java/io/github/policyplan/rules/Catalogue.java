package io.github.policyplan.rules;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The one list of the strategy names a plan may use: scoring rules (评分规则), schedules (时序进度)
 * and roll-ups (汇总方式). Readers check names against it, and scoring finds the strategies by it.
 *
 * <p>Static members only; every set is unmodifiable and sorted.
 */
public final class Catalogue {

    /** The schedule names: {@code linear}, {@code steps}, {@code at-due}, {@code per-year}, {@code constant}. */
    public static final Set<String> SCHEDULES = Collections.unmodifiableSet(new TreeSet<>(Set.of(
            "linear", "steps", "at-due", "per-year", "constant")));

    /** The roll-up names: {@code weighted-mean}, {@code missing-as-zero}, {@code weakest}, {@code points}. */
    public static final Set<String> ROLL_UPS = Collections.unmodifiableSet(new TreeSet<>(Set.of(
            "weighted-mean", "missing-as-zero", "weakest", "points")));

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
