package io.github.policyplan.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.policyplan.core.Problem;
import io.github.policyplan.model.Allotment;
import io.github.policyplan.model.Breakdown;
import io.github.policyplan.model.Plan;
import io.github.policyplan.model.Revision;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A breakdown changed by revision (分解调整): read, checked against the plan, in force from its date, written back. */
class RevisionBreakdownTest {

    private static final Path EXAMPLES = Path.of("../examples/src/main/resources");
    private static Plan plan;

    @BeforeAll
    static void load() throws IOException {
        plan = Plans.read(EXAMPLES.resolve("plans/investment-2023-units.yaml"));
    }

    private static String file(String units) {
        return """
                plan: investment-2023
                revisions:
                  - id: b1
                    target: projects
                    change: breakdown
                    units:
                """ + units + """
                    effective: 2023-07-01
                    decided: 2023-06-25
                    reason: 城关镇任务部分调整至新集镇
                    reference: 县招商办〔2023〕5号
                """;
    }

    @Test
    void aNewBreakdownIsInForceFromItsDateAndNamedInTheRevision() {
        Revisions revisions = Revisions.parse(file("""
                      - {unit: cgz, goal: 60}
                      - {unit: xjz, goal: 40}
                """), "revisions.yaml", plan);

        Breakdown before = revisions.planAt(LocalDate.of(2023, 6, 30)).breakdown("projects").orElseThrow();
        Breakdown after = revisions.planAt(LocalDate.of(2023, 9, 30)).breakdown("projects").orElseThrow();

        assertThat(before).isEqualTo(plan.breakdown("projects").orElseThrow());
        assertThat(after.units()).containsExactly(Allotment.of("cgz", 60), Allotment.of("xjz", 40));
        assertThat(revisions.planAt(LocalDate.of(2023, 9, 30), LocalDate.of(2023, 6, 1)).breakdown("projects"))
                .contains(before);
        Revision b1 = revisions.list().get(0);
        assertThat(Revisions.describe(b1).inChinese()).startsWith("分解调整为cgz 60、xjz 40；2023-06-25决定，2023-07-01起执行");
        assertThat(RevisionEntry.parse(RevisionEntry.toJson(b1), "row")).isEqualTo(b1);
        assertThat(io.github.policyplan.scoring.Scoring.standard().score(revisions,
                io.github.policyplan.progress.ProgressLog.of(plan, List.of(io.github.policyplan.model.Report.of("projects",
                        LocalDate.of(2023, 9, 30), 50))), LocalDate.of(2023, 9, 30)).node("projects")
                .explanation().inChinese()).contains("按目标调整b1（分解调整为cgz 60、xjz 40；");
        assertThat(RevisionEntry.toJson(b1)).contains("\"change\":\"breakdown\",\"units\":[{\"unit\":\"cgz\",\"goal\":60},"
                + "{\"unit\":\"xjz\",\"goal\":40}]");
    }

    @Test
    void aGoalRaisedAboveWhatTheUnitsWereGivenNeedsTheBreakdownChangedTheSameDay() {
        String raised = """
                plan: investment-2023
                revisions:
                  - id: g1
                    target: projects
                    change: goal
                    goal: 200
                    effective: 2023-07-01
                    decided: 2023-06-25
                    reason: 任务上调
                """;
        RevisionException e = catchThrowableOfType(RevisionException.class,
                () -> Revisions.parse(raised, "revisions.yaml", plan));
        assertThat(e.problems()).extracting(Problem::toString).singleElement().asString()
                .startsWith("revisions.yaml:6:11: revisions[0].goal: revision g1 changes the goal of projects, and then"
                        + " its breakdown does not fit: ")
                .contains("allocation ratio 0.57 (under-allocated)")
                .endsWith("or change the breakdown by a revision taking effect the same day)");

        Revisions both = Revisions.parse(raised + file("""
                      - {unit: cgz, goal: 120}
                      - {unit: xjz, goal: 80}
                """).replace("plan: investment-2023\nrevisions:\n", ""), "revisions.yaml", plan);
        Plan q3 = both.planAt(LocalDate.of(2023, 9, 30));
        assertThat(q3.target("projects").orElseThrow().goal()).isEqualTo(io.github.policyplan.model.Goal.of(200));
        assertThat(q3.breakdown("projects").orElseThrow().units())
                .containsExactly(Allotment.of("cgz", 120), Allotment.of("xjz", 80));
    }

    @Test
    void aBreakdownThatDoesNotFitThePlanIsLocatedAtItsUnit() {
        RevisionException e = catchThrowableOfType(RevisionException.class, () -> Revisions.parse(file("""
                      - {unit: cgz, goal: 60}
                      - {unit: xjzz, goal: 40}
                """), "revisions.yaml", plan));

        assertThat(e.problems()).extracting(Problem::toString).singleElement().asString()
                .startsWith("revisions.yaml:8:9: revisions[0].units[1].unit: revision b1 breaks down projects: unknown"
                        + " unit 'xjzz': not one of the plan's departments");
    }

    @Test
    void aTargetTheRevisionBreaksDownMustBeBrokenDownInThePlan() {
        Revision r = new Revision("b2", "funds", LocalDate.of(2023, 7, 1), LocalDate.of(2023, 6, 25), "调整",
                Optional.empty(), new Revision.NewBreakdown(new Breakdown("funds", List.of(Allotment.of("cgz", 1)),
                        Optional.empty(), true)));

        assertThat(RevisionChecks.check(plan, r)).extracting(v -> v.path() + ": " + v.message()).contains(
                "target: revision b2 changes the breakdown of funds, which the plan does not break down");
    }
}
