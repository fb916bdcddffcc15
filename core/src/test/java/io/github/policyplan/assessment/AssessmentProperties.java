package io.github.policyplan.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policyplan.assessment.AssessmentScheme.Adjustment;
import io.github.policyplan.assessment.AssessmentScheme.AdjustmentKind;
import io.github.policyplan.assessment.AssessmentScheme.Annual;
import io.github.policyplan.assessment.AssessmentScheme.Caps;
import io.github.policyplan.assessment.AssessmentScheme.Credit;
import io.github.policyplan.assessment.AssessmentScheme.Pool;
import io.github.policyplan.assessment.AssessmentScheme.Ranking;
import io.github.policyplan.model.Department;
import io.github.policyplan.model.Item;
import io.github.policyplan.model.MeasureKind;
import io.github.policyplan.model.Plan;
import io.github.policyplan.model.PlanPeriod;
import io.github.policyplan.model.Report;
import io.github.policyplan.model.Section;
import io.github.policyplan.model.Target;
import io.github.policyplan.model.UnitKind;
import io.github.policyplan.progress.ProgressLog;
import io.github.policyplan.scoring.Scoring;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/**
 * The laws of assessment on generated pools: a bonus never lowers a unit's rank; renaming units
 * changes nothing; the order of units in the scheme and the plan changes nothing.
 */
class AssessmentProperties {

    /** Each unit's reported value (0–130 against a goal of 100; NaN for no report) and an optional bonus. */
    @Provide
    Arbitrary<List<Double>> values() {
        return Arbitraries.oneOf(Arbitraries.doubles().between(0, 130).ofScale(1), Arbitraries.just(Double.NaN))
                .list().ofMinSize(2).ofMaxSize(9);
    }

    static Plan plan(List<String> units, List<Double> values, UnaryOperator<String> name) {
        Plan.Builder b = Plan.builder("p", "招商").issuer("县委").period(PlanPeriod.years(2023, 2023));
        List<Target> targets = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            String u = units.get(i);
            b.department(Department.of(name.apply(u), "单位" + u, UnitKind.TOWNSHIP));
            Target.Builder t = Target.builder(name.apply(u) + ".x", u).measure(MeasureKind.COUNT, "亿元").goal(100)
                    .due(AssessmentTest.END).lead(name.apply(u));
            if (i > 0) {
                t.cooperating(name.apply(units.get(i - 1)));
            }
            targets.add(t.build());
        }
        return b.section(Section.builder("s1", "招商").item(new Item("s1.i1", "乡镇", 1, targets, Optional.empty()))
                .build()).build();
    }

    static ProgressLog log(Plan plan, List<String> units, List<Double> values, UnaryOperator<String> name) {
        List<Report> reports = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            if (!Double.isNaN(values.get(i))) {
                reports.add(Report.of(name.apply(units.get(i)) + ".x", AssessmentTest.END, values.get(i)));
            }
        }
        return ProgressLog.of(plan, reports);
    }

    static AssessmentResult assess(List<String> units, List<Double> values, List<Adjustment> adjustments,
            UnaryOperator<String> name, List<String> poolOrder) {
        Plan plan = plan(units, values, name);
        List<String> pool = new ArrayList<>();
        poolOrder.forEach(u -> pool.add(name.apply(u)));
        AssessmentScheme scheme = new AssessmentScheme("s", "考核", "p", List.of(new Pool("towns", "乡镇", pool)),
                Credit.DEFAULT, List.of(), List.of(), AssessmentTest.GRADES, adjustments, Caps.NONE, List.of(),
                AssessmentTest.FLAGS, Annual.YEAR_END, Ranking.DEFAULT);
        return new Assessment(scheme, plan, Scoring.standard()).assess(log(plan, units, values, name),
                AssessmentPeriod.year(2023));
    }

    static List<String> units(int n) {
        List<String> units = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            units.add("u" + i);
        }
        return units;
    }

    @Property(tries = 300)
    void aBonusNeverLowersAUnitsRank(@ForAll("values") List<Double> values, @ForAll @IntRange(min = 0, max = 8) int who,
            @ForAll @DoubleRange(min = 0.01, max = 20) double points) {
        List<String> units = units(values.size());
        String unit = units.get(who % units.size());
        Adjustment bonus = new Adjustment(unit, AdjustmentKind.BONUS, points, "表彰", "bonus", Optional.empty(),
                AssessmentTest.END);

        UnitResult before = assess(units, values, List.of(), u -> u, units).unit(unit);
        UnitResult after = assess(units, values, List.of(bonus), u -> u, units).unit(unit);

        if (before.rank() > 0) {
            assertThat(after.rank()).isLessThanOrEqualTo(before.rank());
            assertThat(after.score().getAsDouble()).isGreaterThan(before.score().getAsDouble());
        } else {
            assertThat(after.rank()).isZero();
        }
    }

    @Property(tries = 300)
    void renamingUnitsChangesNothing(@ForAll("values") List<Double> values) {
        List<String> units = units(values.size());
        UnaryOperator<String> rename = u -> "乡镇" + (char) ('甲' + Integer.parseInt(u.substring(1)));

        AssessmentResult plain = assess(units, values, List.of(), u -> u, units);
        AssessmentResult renamed = assess(units, values, List.of(), rename, units);

        for (String u : units) {
            assertSameResult(renamed.unit(rename.apply(u)), plain.unit(u));
        }
    }

    @Property(tries = 300)
    void theOrderOfUnitsInTheSchemeChangesNothing(@ForAll("values") List<Double> values, @ForAll long seed) {
        List<String> units = units(values.size());
        List<String> shuffled = new ArrayList<>(units);
        Collections.shuffle(shuffled, new Random(seed));

        AssessmentResult a = assess(units, values, List.of(), u -> u, units);
        AssessmentResult b = assess(units, values, List.of(), u -> u, shuffled);

        assertThat(b.toJson()).isEqualTo(a.toJson());
    }

    private static void assertSameResult(UnitResult actual, UnitResult expected) {
        assertThat(actual.rank()).isEqualTo(expected.rank());
        assertThat(actual.score()).isEqualTo(expected.score());
        assertThat(actual.grade()).isEqualTo(expected.grade());
        assertThat(actual.flag()).isEqualTo(expected.flag());
        assertThat(actual.base()).isEqualTo(expected.base());
        assertThat(Map.of("n", actual.contributions().size())).isEqualTo(Map.of("n", expected.contributions().size()));
    }
}
