package io.github.policyplan.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The checks a plan as a whole must pass that a reader also makes, with the words of each: the
 * {@link Plan} constructor makes them, and a reader that finds the same mistake earlier, with a file,
 * line and column, says it in the same words by calling the same method. Each check returns the
 * message when it fails, or empty; each message method returns the message alone.
 *
 * <p>Stateless and thread-safe. Within the model an instance also collects the violations a
 * constructor finds, and throws them all at once.
 */
public final class Checks {

    /** Ids: a letter or digit, then letters, digits, '.', '_' or '-'. */
    static final Pattern ID = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]*");

    /** Made at the first violation: most checks find none. */
    private List<Violation> violations;

    Checks() {
    }

    /**
     * Says that a department id is used twice.
     *
     * @param id the id, as the message should echo it
     * @return {@code duplicate department id 'kj'}
     */
    public static String duplicateDepartmentId(String id) {
        return "duplicate department id '" + id + "'";
    }

    /**
     * Gives an alias (or a department's own id) to a department, unless it names another already.
     *
     * @param owners       each name given so far to the id of the department it names; the alias is added
     *                     when it is free
     * @param alias        the alias
     * @param departmentId the id of the department it is an alias of
     * @return {@code alias 'x' already names department 'y'} when another department has the name; empty
     *         when it is free, or is the department's own id
     */
    public static Optional<String> claimAlias(Map<String, String> owners, String alias, String departmentId) {
        String owner = owners.putIfAbsent(alias, departmentId);
        if (owner == null || (owner.equals(departmentId) && alias.equals(departmentId))) {
            return Optional.empty();
        }
        return Optional.of("alias '" + alias + "' already names department '" + owner + "'");
    }

    /**
     * Says that the id of a section, item or target is used twice.
     *
     * @param id        the id, as the message should echo it
     * @param firstPath where it is first used, such as {@code sections[0].id}
     * @return {@code duplicate id 's1' (first used at sections[0])}
     */
    public static String duplicateId(String id, String firstPath) {
        return "duplicate id '" + id + "' (first used at " + firstPath + ")";
    }

    /**
     * Says that a file or a plan names a target the plan does not have.
     *
     * @param id     the id, as the message should echo it
     * @param planId the plan's id
     * @return {@code unknown target 's1.i1.t9' in plan county-2023}
     */
    public static String unknownTarget(String id, String planId) {
        return "unknown target '" + id + "' in plan " + planId;
    }

    /**
     * Says that a weight is not above zero.
     *
     * @param written the weight, as the message should echo it
     * @return {@code weight must be a number > 0 (was 0)}
     */
    public static String weightNotPositive(String written) {
        return "weight must be a number > 0 (was " + written + ")";
    }

    /**
     * Says that a target names a department the plan does not have.
     *
     * @param name the name, as the message should echo it
     * @return {@code unknown department 'kjj'}
     */
    public static String unknownDepartment(String name) {
        return "unknown department '" + name + "'";
    }

    /**
     * Checks that a date lies within the plan period.
     *
     * @param what   what the date is, for the message: {@code due date}, {@code date}
     * @param date   the date
     * @param period the plan period
     * @return {@code due date 2026-12-31 is outside the plan period 2023-01-01 to 2025-12-31}, or empty
     */
    public static Optional<String> withinPeriod(String what, LocalDate date, PlanPeriod period) {
        if (period.contains(date)) {
            return Optional.empty();
        }
        return Optional.of(what + " " + date + " is outside the plan period " + period.start() + " to "
                + period.end());
    }

    /**
     * Checks that a checkpoint does not come before the plan period starts (it may come after it ends:
     * the due date that follows it may not).
     *
     * @param date   the checkpoint's date
     * @param period the plan period
     * @return {@code checkpoint 2022-06-30 is before the plan period starts (2023-01-01)}, or empty
     */
    public static Optional<String> checkpointInPeriod(LocalDate date, PlanPeriod period) {
        if (!date.isBefore(period.start())) {
            return Optional.empty();
        }
        return Optional.of("checkpoint " + date + " is before the plan period starts (" + period.start() + ")");
    }

    void add(String path, String message) {
        add(new Violation(path, message));
    }

    private void add(Violation violation) {
        if (violations == null) {
            violations = new ArrayList<>();
        }
        violations.add(violation);
    }

    void add(String path, Optional<String> message) {
        message.ifPresent(m -> add(path, m));
    }

    void add(String path, String message, String hint) {
        add(new Violation(path, message, Optional.of(hint)));
    }

    void addAll(String parent, Collection<Violation> nested) {
        for (Violation v : nested) {
            add(v.under(parent));
        }
    }

    void id(String path, String id) {
        if (!isId(id)) {
            add(path, "id must start with a letter or digit and contain only letters, digits, '.', '_' or '-' (was '"
                    + id + "')");
        }
    }

    /**
     * Tells whether a text is an id, as {@link #ID} says: ASCII ids (nearly all) are checked character by
     * character, without a regex, since a national data set has half a million of them; others by the regex.
     */
    static boolean isId(String id) {
        int n = id.length();
        if (n == 0) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = id.charAt(i);
            boolean alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
            if (!alnum && (i == 0 || (c != '.' && c != '_' && c != '-'))) {
                return c >= 0x80 && ID.matcher(id).matches();
            }
        }
        return true;
    }

    void notBlank(String path, String value) {
        if (value.isBlank()) {
            add(path, "must not be blank");
        }
    }

    void weight(String path, double weight) {
        if (!(weight > 0)) {
            add(path, weightNotPositive(Numbers.format(weight)));
        } else if (weight < 1e-9 || weight > 1e9) {
            add(path, "weight must be between 0.000000001 and 1000000000 (was " + Numbers.echo(weight) + ")");
        }
    }

    void finite(String path, double value) {
        if (!Double.isFinite(value)) {
            add(path, "must be a finite number (was " + value + ")");
        }
    }

    List<Violation> violations() {
        return violations == null ? List.of() : List.copyOf(violations);
    }

    void throwIfAny() {
        if (violations != null) {
            throw new InvalidPlanException(violations);
        }
    }

    static <T> List<T> copy(List<T> list, String name) {
        Objects.requireNonNull(list, name);
        if (list instanceof ColumnTargets) {
            return list; // unmodifiable, without nulls, its targets made when asked for
        }
        for (T element : list) {
            Objects.requireNonNull(element, () -> name + " must not contain null");
        }
        return List.copyOf(list);
    }
}
