package io.github.policyplan.report;

import java.util.Objects;

/**
 * When a target gets a supervision notice (三色督办) and of which colour. The defaults:
 * <ul>
 *   <li><b>blue</b> when the due date is 30 days away or less and the goal is not met
 *       ({@link #withNearDueDays});</li>
 *   <li><b>yellow</b> ({@link #withMiddle orange} for offices that say so) when behind the schedule:
 *       the status is off track ({@link #withAtRiskBehind at risk} too, if asked);</li>
 *   <li><b>red</b> when the due date has passed and the goal is not met (missed);</li>
 *   <li>a target with a colour in consecutive periods moves up one colour for each further period
 *       ({@link #withEscalateAfter}), blue → yellow → red;</li>
 *   <li>the department answers within 15 days for blue, 10 for yellow and 5 for red
 *       ({@link #withHandlingDays}).</li>
 * </ul>
 *
 * <pre>{@code
 * SupervisionRules rules = SupervisionRules.standard().withNearDueDays(45).withMiddle(Colour.ORANGE);
 * Supervision s = Supervision.of(scored, rules);
 * }</pre>
 *
 * <p>Immutable and thread-safe; {@code with…} methods return a new instance.
 */
public final class SupervisionRules {

    private static final SupervisionRules STANDARD = new SupervisionRules(30, 1, false, Colour.YELLOW, 15, 10, 5);

    private final int nearDueDays;
    private final int escalateAfter;
    private final boolean atRiskBehind;
    private final Colour middle;
    private final int blueDays;
    private final int middleDays;
    private final int redDays;

    private SupervisionRules(int nearDueDays, int escalateAfter, boolean atRiskBehind, Colour middle, int blueDays,
            int middleDays, int redDays) {
        this.nearDueDays = nearDueDays;
        this.escalateAfter = escalateAfter;
        this.atRiskBehind = atRiskBehind;
        this.middle = middle;
        this.blueDays = blueDays;
        this.middleDays = middleDays;
        this.redDays = redDays;
    }

    /**
     * Returns the standard rules described above.
     *
     * @return the rules
     */
    public static SupervisionRules standard() {
        return STANDARD;
    }

    /**
     * Returns these rules with another window before the due date for blue.
     *
     * @param days 0 or more: a target due within this many days of the date reported, and not met, is blue
     * @return new rules
     * @throws IllegalArgumentException when negative
     */
    public SupervisionRules withNearDueDays(int days) {
        if (days < 0) {
            throw new IllegalArgumentException("nearDueDays must be 0 or more (was " + days + ")");
        }
        return new SupervisionRules(days, escalateAfter, atRiskBehind, middle, blueDays, middleDays, redDays);
    }

    /**
     * Returns these rules with another pace of escalation.
     *
     * @param periods 1 or more: a target moves up one colour for each this many consecutive periods it has
     *                had a colour before the current one
     * @return new rules
     * @throws IllegalArgumentException when below 1
     */
    public SupervisionRules withEscalateAfter(int periods) {
        if (periods < 1) {
            throw new IllegalArgumentException("escalateAfter must be 1 or more (was " + periods + ")");
        }
        return new SupervisionRules(nearDueDays, periods, atRiskBehind, middle, blueDays, middleDays, redDays);
    }

    /**
     * Returns these rules with targets at risk counted as behind the schedule, or not.
     *
     * @param value true to give targets at risk the middle colour too
     * @return new rules
     */
    public SupervisionRules withAtRiskBehind(boolean value) {
        return new SupervisionRules(nearDueDays, escalateAfter, value, middle, blueDays, middleDays, redDays);
    }

    /**
     * Returns these rules with another middle colour.
     *
     * @param colour {@link Colour#YELLOW} or {@link Colour#ORANGE}
     * @return new rules
     * @throws IllegalArgumentException for blue or red
     */
    public SupervisionRules withMiddle(Colour colour) {
        Objects.requireNonNull(colour, "colour");
        if (colour != Colour.YELLOW && colour != Colour.ORANGE) {
            throw new IllegalArgumentException("the middle colour is yellow or orange (was " + colour.english() + ")");
        }
        return new SupervisionRules(nearDueDays, escalateAfter, atRiskBehind, colour, blueDays, middleDays, redDays);
    }

    /**
     * Returns these rules with other times to answer a notice.
     *
     * @param blue   days for a blue notice, 1 or more
     * @param middle days for a yellow or orange notice, 1 or more
     * @param red    days for a red notice, 1 or more
     * @return new rules
     * @throws IllegalArgumentException when any is below 1
     */
    public SupervisionRules withHandlingDays(int blue, int middle, int red) {
        if (blue < 1 || middle < 1 || red < 1) {
            throw new IllegalArgumentException("handling days must be 1 or more (was " + blue + ", " + middle + ", "
                    + red + ")");
        }
        return new SupervisionRules(nearDueDays, escalateAfter, atRiskBehind, this.middle, blue, middle, red);
    }

    /**
     * Returns the window before the due date for blue.
     *
     * @return days
     */
    public int nearDueDays() {
        return nearDueDays;
    }

    /**
     * Returns how many consecutive earlier periods with a colour move a target up one colour.
     *
     * @return periods
     */
    public int escalateAfter() {
        return escalateAfter;
    }

    /**
     * Tells whether targets at risk count as behind the schedule.
     *
     * @return false unless set
     */
    public boolean atRiskBehind() {
        return atRiskBehind;
    }

    /**
     * Returns the middle colour.
     *
     * @return yellow unless set
     */
    public Colour middle() {
        return middle;
    }

    /**
     * Returns the days a department has to answer a notice of a colour.
     *
     * @param colour the colour
     * @return days
     */
    public int handlingDays(Colour colour) {
        return colour == Colour.BLUE ? blueDays : colour == Colour.RED ? redDays : middleDays;
    }

    /** The colour one step up: blue → middle → red. */
    Colour up(Colour c) {
        return c == Colour.BLUE ? middle : Colour.RED;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof SupervisionRules)) {
            return false;
        }
        SupervisionRules r = (SupervisionRules) o;
        return r.nearDueDays == nearDueDays && r.escalateAfter == escalateAfter && r.atRiskBehind == atRiskBehind
                && r.middle == middle && r.blueDays == blueDays && r.middleDays == middleDays && r.redDays == redDays;
    }

    @Override
    public int hashCode() {
        return Objects.hash(nearDueDays, escalateAfter, atRiskBehind, middle, blueDays, middleDays, redDays);
    }

    @Override
    public String toString() {
        return "SupervisionRules[blue within " + nearDueDays + " days of the due date, middle " + middle.english()
                + (atRiskBehind ? " (at risk counts)" : "") + ", up one colour every " + escalateAfter
                + " period(s) behind, answer in " + blueDays + "/" + middleDays + "/" + redDays + " days]";
    }
}
