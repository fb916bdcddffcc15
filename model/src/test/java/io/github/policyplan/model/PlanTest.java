package io.github.policyplan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A plan checks itself as a whole: unique ids, known departments, dates within its period. */
class PlanTest {

    private static Target target(String id, String lead, LocalDate due) {
        return Target.builder(id, "目标" + id).measure(MeasureKind.COUNT, "家").goal(10).due(due).lead(lead).build();
    }

    private static Plan.Builder plan() {
        return Plan.builder("p", "计划").issuer("县委").period(PlanPeriod.years(2023, 2025))
                .department(new Department("kj", "县科技局", UnitKind.DEPARTMENT, List.of("科技")))
                .department(Department.of("zhen", "城关镇", UnitKind.TOWNSHIP));
    }

    @Test
    void indexesTargetsAndDepartments() {
        Target a = target("a", "kj", LocalDate.of(2023, 12, 31));
        Target b = target("b", "zhen", LocalDate.of(2024, 12, 31));
        Plan plan = plan().section(Section.builder("s1", "强科技").target(a).item(Item.of("s1.i1", "平台", b)).build())
                .build();

        assertThat(plan.targets()).containsExactly(a, b);
        assertThat(plan.target("b")).contains(b);
        assertThat(plan.target("zz")).isEmpty();
        assertThat(plan.department("zhen").orElseThrow().kind()).isEqualTo(UnitKind.TOWNSHIP);
        assertThat(plan.targetsLedBy("kj")).containsExactly(a);
        assertThat(plan.sections().get(0).allTargets()).containsExactly(a, b);
        assertThat(plan).isEqualTo(plan().section(Section.builder("s1", "强科技").target(a)
                .item(Item.of("s1.i1", "平台", b)).build()).build());
        assertThat(plan.toString()).isEqualTo("Plan[id=p, title=计划, 1 sections, 2 targets]");
    }

    @Test
    void reportsEveryPlanWideProblemWithItsPath() {
        Target a = target("a", "kj", LocalDate.of(2023, 12, 31));
        Target dup = target("a", "kjj", LocalDate.of(2026, 12, 31));
        InvalidPlanException e = catchThrowableOfType(InvalidPlanException.class, () -> plan()
                .department(new Department("gx", "县工信局", UnitKind.DEPARTMENT, List.of("科技")))
                .section(Section.builder("s1", "强科技").item(Item.of("s1", "平台", a, dup)).build()).build());

        assertThat(e.violations()).extracting(Violation::toString).containsExactly(
                "departments[2].aliases[0]: alias '科技' already names department 'kj'",
                "sections[0].items[0].id: duplicate id 's1' (first used at sections[0])",
                "sections[0].items[0].targets[1].id: duplicate id 'a' (first used at sections[0].items[0].targets[0])",
                "sections[0].items[0].targets[1].lead: unknown department 'kjj'",
                "sections[0].items[0].targets[1].due: due date 2026-12-31 is outside the plan period 2023-01-01 to"
                        + " 2025-12-31");
    }

    @Test
    void refusesAPeriodThatEndsBeforeItStarts() {
        InvalidPlanException e = catchThrowableOfType(InvalidPlanException.class,
                () -> new PlanPeriod(LocalDate.of(2024, 1, 1), LocalDate.of(2023, 1, 1)));

        assertThat(e.getMessage()).isEqualTo("end: period ends (2023-01-01) before it starts (2024-01-01)");
    }

    @Test
    void namesWhatABuilderStillNeeds() {
        assertThat(catchThrowableOfType(IllegalStateException.class, () -> Plan.builder("p", "t").build()))
                .hasMessage("plan p: issuer not set");
    }
}
