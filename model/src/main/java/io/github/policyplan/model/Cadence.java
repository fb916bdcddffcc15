package io.github.policyplan.model;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * How often a target's progress is reported (报送周期), by the names plans use: {@code monthly},
 * {@code quarterly} (the default) or {@code yearly}; plans may also write 按月, 按季 or 按年. The set is closed and held here, in the model, as
 * {@link ScheduleKind} is; a plan names its default ({@code cadence:}) and a target may name its own.
 *
 * <p>A report is made after the period it covers has ended, so on any date the latest report due is
 * the one of the period before the current one: {@link #lastReportDue} is the last day of that period.
 * A target's latest report dated before it is <em>stale</em>: one whole period late is allowed, more is
 * not. Quarterly, for example: on 2024-12-31 (the last day of the fourth quarter, whose report is not
 * yet due) and on every day from 2024-10-01, the report as of 2024-09-30 is due, so a latest report as of
 * 2024-06-30 is stale and one as of 2024-09-30 is not; on 2024-09-30 the report as of 2024-06-30 is
 * the one due, and it is not stale. Monthly, on 2024-03-15, the report as of 2024-02-29 is due; yearly, on
 * any day of 2024, the report as of 2023-12-31. {@link Plan#reportDue} adds what a target's dates change.
 *
 * <pre>{@code
 * Cadence.QUARTERLY.lastReportDue(LocalDate.of(2024, 12, 31));                                   // 2024-09-30
 * Cadence.QUARTERLY.isStale(LocalDate.of(2024, 6, 30), LocalDate.of(2024, 12, 31));              // true
 * Cadence.byCode("quarterly");                                                                   // QUARTERLY
 * }</pre>
 */
public enum Cadence {
    /** {@code monthly} (按月报送): a report as of the end of each month. */
    MONTHLY("monthly", "按月", 1),
    /** {@code quarterly} (按季报送; the default): a report as of the end of each quarter. */
    QUARTERLY("quarterly", "按季", 3),
    /** {@code yearly} (按年报送): a report as of the end of each year. */
    YEARLY("yearly", "按年", 12);

    /** The cadence of a target when neither it nor its plan names one. */
    public static final Cadence DEFAULT = QUARTERLY;

    private static final Set<String> CODES = Collections.unmodifiableSet(new TreeSet<>(
            Arrays.stream(values()).map(Cadence::code).toList()));

    private final String code;
    private final String chinese;
    private final int months;

    Cadence(String code, String chinese, int months) {
        this.code = code;
        this.chinese = chinese;
        this.months = months;
    }

    /**
     * Returns the Chinese name, which plans may also write.
     *
     * @return such as {@code 按季}
     */
    public String chinese() {
        return chinese;
    }

    /**
     * Returns the name plans use.
     *
     * @return the code, such as {@code quarterly}
     */
    public String code() {
        return code;
    }

    /**
     * Returns the names of every cadence.
     *
     * @return an unmodifiable set in name order
     */
    public static Set<String> codes() {
        return CODES;
    }

    /**
     * Finds a cadence by the name plans use.
     *
     * @param code the name, such as {@code monthly}, or the Chinese name, such as {@code 按月}
     * @return the cadence, or empty when none has that name
     */
    public static Optional<Cadence> byCode(String code) {
        for (Cadence c : values()) {
            if (c.code.equals(code) || c.chinese.equals(code)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the first day of the period (month, quarter or calendar year) a date falls in.
     *
     * @param date the date
     * @return such as 2024-10-01 for 2024-12-31, quarterly
     */
    public LocalDate periodStart(LocalDate date) {
        int month = (date.getMonthValue() - 1) / months * months + 1;
        return LocalDate.of(date.getYear(), month, 1);
    }

    /**
     * Returns the last day of the period a date falls in.
     *
     * @param date the date
     * @return such as 2024-12-31 for 2024-11-15, quarterly
     */
    public LocalDate periodEnd(LocalDate date) {
        return periodStart(date).plusMonths(months).minusDays(1);
    }

    /**
     * Returns the as-of date of the latest report due on a date: the last day of the period before the
     * one the date falls in.
     *
     * @param asOf the date
     * @return such as 2024-09-30 for any day from 2024-10-01 to 2024-12-31, quarterly
     */
    public LocalDate lastReportDue(LocalDate asOf) {
        return periodStart(asOf).minusDays(1);
    }

    /**
     * Tells whether a latest report as of {@code reported} is stale on {@code asOf}: dated before
     * {@link #lastReportDue(LocalDate) the report due} then. (Take a target's due date and start into
     * account with {@link Plan#reportDue}.)
     *
     * @param reported the as-of date of the latest report on or before {@code asOf}
     * @param asOf     the date judged
     * @return true when the report is older than this cadence allows
     */
    public boolean isStale(LocalDate reported, LocalDate asOf) {
        return reported.isBefore(lastReportDue(asOf));
    }
}
