package io.github.policyplan.plans;

import io.github.policyplan.internal.read.Fields;
import io.github.policyplan.internal.read.Node;
import io.github.policyplan.internal.read.PercentText;
import io.github.policyplan.internal.read.Problems;
import io.github.policyplan.internal.read.Texts;
import io.github.policyplan.model.Measure;
import io.github.policyplan.model.MeasureKind;
import java.util.Optional;

/**
 * What numbers a measure can take, for plans and goal sheets alike, so that a value outside them is
 * refused, never loaded: a percentage ({@code 8%}) only on a measure in %, a share in % only from 0 to
 * 100. Stateless.
 */
final class ValueDomain {

    private ValueDomain() {
    }

    /** Tells whether a scalar is text holding a number with a percent sign: 8%, 5.5％. */
    static boolean isPercentText(Node.ScalarNode s) {
        return s.type() == Node.ScalarType.STRING && PercentText.number(s.text()).isPresent();
    }

    /**
     * Tells whether a percentage fits the measure: only a measure in % takes one; on any other a
     * problem says so (the map is failed).
     *
     * @param f        the map that holds it
     * @param key      its key
     * @param s        the scalar, a percentage
     * @param measure  the target's measure
     * @param problems where the problem goes
     * @return true when the unit is %
     */
    static boolean percentFits(Fields f, String key, Node.ScalarNode s, Measure measure, Problems problems) {
        String unit = measure.unit();
        if (PercentText.isPercent(unit)) {
            return true;
        }
        String written = "'" + Texts.abbreviate(s.text().strip()) + "'";
        String number = PercentText.number(s.text()).orElseThrow();
        if (unit.isBlank()) {
            problems.add(s, f.path(key), "found the percentage " + written + ", but this target has no unit",
                    Optional.of(PercentText.withoutSign(number) + ", or give the target unit: %"));
        } else {
            problems.add(s, f.path(key), "found the percentage " + written + ", but the unit of this target is "
                    + unit + ", not %", Optional.of("write the value in " + unit + ", without %"));
        }
        f.fail();
        return false;
    }

    /**
     * Checks a number against the measure's domain: a share in % lies from 0 to 100.
     *
     * @param f        the map that holds it
     * @param key      its key
     * @param at       where it is written
     * @param value    the number, when it could be read
     * @param measure  the target's measure
     * @param problems where the problem goes
     * @return the number, or empty when it was not read or lies outside the domain (a problem is reported)
     */
    static Optional<Double> within(Fields f, String key, Node at, Optional<Double> value, Measure measure,
            Problems problems) {
        if (value.isEmpty() || measure.kind() != MeasureKind.SHARE || !PercentText.isPercent(measure.unit())) {
            return value;
        }
        double d = value.get();
        if (d >= 0 && d <= 100) {
            return value;
        }
        problems.add(at, f.path(key), "a share in % lies from 0 to 100 (was " + Texts.number(d) + ")",
                Optional.of("write the share as a percentage of the whole, such as 35; a figure that can pass 100"
                        + " is no share: give it kind level"));
        f.fail();
        return Optional.empty();
    }
}
