package io.github.policyplan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DerivationTest {

    private static Target target(String id, MeasureKind kind, String unit) {
        return Target.builder(id, id).measure(kind, unit).goal(10).due(LocalDate.of(2023, 12, 31)).lead("kj").build();
    }

    private static Plan.Builder plan(Target... targets) {
        return Plan.builder("p", "计划").issuer("县委").period(PlanPeriod.years(2023, 2023))
                .department(Department.of("kj", "县科技局", UnitKind.DEPARTMENT))
                .section(Section.builder("s1", "强科技").item(Item.of("s1.i1", "平台", targets)).build());
    }

    @Test
    void computesASumARatioAndAShare() {
        assertThat(Derivation.sum("a", "b", "c").apply(new double[] {1, 2, 3.5})).isEqualTo(6.5);
        assertThat(Derivation.ratio("a", "b").apply(new double[] {3, 4})).isEqualTo(0.75);
        assertThat(Derivation.share("a", "b").apply(new double[] {4.2, 200})).isEqualTo(2.1);
        assertThat(Derivation.share("a", "b").apply(new double[] {4.2, 0})).isNaN();
    }

    @Test
    void refusesASumOfOneARatioOfThreeAndATargetNamedTwice() {
        assertThat(catchThrowableOfType(InvalidPlanException.class, () -> Derivation.sum("a")).violations())
                .extracting(Violation::message).containsExactly("a sum needs two or more targets (was 1)");
        assertThat(catchThrowableOfType(InvalidPlanException.class,
                () -> new Derivation(Derivation.Kind.RATIO, List.of("a", "b", "c"))).violations()).extracting(Violation::path).containsExactly("ratio");
        assertThat(catchThrowableOfType(InvalidPlanException.class, () -> Derivation.sum("a", "a")).violations())
                .extracting(Violation::path).containsExactly("sum[1]");
    }

    @Test
    void aPlanBuiltInJavaRefusesACycleAndAMilestoneInput() {
        Target a = target("a", MeasureKind.COUNT, "家");
        Target b = target("b", MeasureKind.COUNT, "家");
        Target m = Target.builder("m", "m").measure(Measure.milestone(Measure.DEFAULT_STAGES)).goal(Goal.level("已完成"))
                .due(LocalDate.of(2023, 12, 31)).lead("kj").build();

        InvalidPlanException e = catchThrowableOfType(InvalidPlanException.class, () -> plan(a, b, m)
                .derive("a", Derivation.sum("b", "m")).derive("b", Derivation.sum("a", "m")).build());

        assertThat(e.violations()).extracting(Violation::path, Violation::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("sections[0].items[0].targets[0].derived.sum[1]",
                        "target 'm' is a milestone: only numbers can be derived from"),
                org.assertj.core.groups.Tuple.tuple("sections[0].items[0].targets[1].derived.sum[1]",
                        "target 'm' is a milestone: only numbers can be derived from"),
                org.assertj.core.groups.Tuple.tuple("sections[0].items[0].targets[0].derived",
                        "derived targets form a cycle: a → b → a"));
    }

    @Test
    void aPlanKeepsItsDerivationsInTargetOrderAndComparesThem() {
        Target a = target("a", MeasureKind.COUNT, "家");
        Target b = target("b", MeasureKind.COUNT, "家");
        Target c = target("c", MeasureKind.COUNT, "家");
        Target d = target("d", MeasureKind.COUNT, "家");

        Plan plan = plan(a, b, c, d).derive("d", Derivation.sum("a", "b")).derive("c", Derivation.sum("a", "b"))
                .build();

        assertThat(plan.derivations().keySet()).containsExactly("c", "d");
        assertThat(plan).isNotEqualTo(plan(a, b, c, d).build());
        assertThat(plan.withSections(plan.sections())).isEqualTo(plan);
    }
}
