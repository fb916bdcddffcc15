package io.github.policyplan.model;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a target measures: its kind, unit, direction and, for milestones and grades, the ordered
 * levels (stages from first to last, grades from lowest to highest).
 *
 * <p>Immutable and thread-safe; no component is null.
 *
 * @param kind      the shape of the measure
 * @param unit      the unit, such as {@code 家}, {@code 亿元} or {@code %}; may be empty (milestones, grades, ranks)
 * @param direction which way the measure improves
 * @param levels    for {@link MeasureKind#MILESTONE} the stages in order, for {@link MeasureKind#GRADE} the grades
 *                  from lowest to highest; empty for numeric kinds
 */
public record Measure(MeasureKind kind, String unit, Direction direction, List<String> levels) {

    /** The stages of a milestone that names none: not done, done. */
    public static final List<String> DEFAULT_STAGES = List.of("未完成", "已完成");

    /**
     * Checks the components; throws {@link InvalidPlanException} listing every problem.
     *
     * @param kind      the shape of the measure
     * @param unit      the unit, such as {@code 家}, {@code 亿元} or {@code %}; may be empty (milestones, grades, ranks)
     * @param direction which way the measure improves
     * @param levels    for {@link MeasureKind#MILESTONE} the stages in order, for {@link MeasureKind#GRADE} the grades from lowest to highest; empty for numeric kinds
     */
    public Measure {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(direction, "direction");
        levels = Checks.copy(levels, "levels");
        Checks checks = new Checks();
        String levelsName = kind == MeasureKind.GRADE ? "grades" : "stages";
        if (kind.isNumeric()) {
            if (!levels.isEmpty()) {
                checks.add("", "a " + kind.code() + " measure has no stages or grades (was " + levels + ")");
            }
        } else {
            if (levels.size() < 2) {
                checks.add(levelsName, "a " + kind.code() + " measure needs at least two " + levelsName
                        + " (was " + levels + ")");
            }
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < levels.size(); i++) {
                String level = levels.get(i);
                if (level.isBlank()) {
                    checks.add(Paths.index(levelsName, i), "must not be blank");
                } else if (!level.equals(level.strip())) {
                    checks.add(Paths.index(levelsName, i), "'" + level + "' begins or ends with a blank");
                } else if (level.strip().equals("*")) {
                    checks.add(Paths.index(levelsName, i), "'*' stands for an unpublished value; it cannot name a "
                            + levelsName.substring(0, levelsName.length() - 1));
                } else if (!seen.add(level)) {
                    checks.add(Paths.index(levelsName, i), "duplicate " + levelsName.substring(0, levelsName.length() - 1)
                            + " name '" + level + "'");
                }
            }
            if (direction != Direction.HIGHER_IS_BETTER) {
                checks.add("direction", "a " + kind.code() + " measure always improves upwards through its "
                        + levelsName + " (was " + direction.code() + ")");
            }
        }
        checks.throwIfAny();
    }

    /**
     * Returns a numeric measure with the kind's default direction.
     *
     * @param kind a numeric kind
     * @param unit the unit, may be empty
     * @return the measure
     */
    public static Measure of(MeasureKind kind, String unit) {
        Measure recent = RECENT[kind.ordinal()];
        if (recent != null && recent.unit.equals(unit)) {
            return recent;
        }
        Measure made = new Measure(kind, unit, kind.defaultDirection(), List.of());
        RECENT[kind.ordinal()] = made;
        return made;
    }

    /**
     * The last measure {@link #of} made of each kind, returned again for the same unit: a plan repeats a few
     * units hundreds of thousands of times. Racy but safe: a measure is immutable, its fields final.
     */
    private static final Measure[] RECENT = new Measure[MeasureKind.values().length];

    /**
     * Returns a milestone measure with the given stages, first to last.
     *
     * @param stages at least two distinct stage names
     * @return the measure
     */
    public static Measure milestone(List<String> stages) {
        return new Measure(MeasureKind.MILESTONE, "", Direction.HIGHER_IS_BETTER, stages);
    }

    /**
     * Returns a qualitative measure with the given grades, lowest to highest.
     *
     * @param grades at least two distinct grade names
     * @return the measure
     */
    public static Measure grade(List<String> grades) {
        return new Measure(MeasureKind.GRADE, "", Direction.HIGHER_IS_BETTER, grades);
    }

    /**
     * Returns this measure with another direction.
     *
     * @param newDirection the direction
     * @return the measure
     */
    public Measure withDirection(Direction newDirection) {
        return new Measure(kind, unit, newDirection, levels);
    }

    /**
     * Returns the position of a level among the stages or grades.
     *
     * @param level a stage or grade name
     * @return its index from 0, or -1 when it is not one of them
     */
    public int levelIndex(String level) {
        return levels.indexOf(level);
    }
}
