package io.github.policyplan.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.policyplan.model.Goal;
import io.github.policyplan.model.Plan;
import io.github.policyplan.model.Revision;
import io.github.policyplan.model.Target;
import io.github.policyplan.model.MeasureKind;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Revisions (目标调整): read and checked against the plan, and the plan in force at a date as known on a day. */
class RevisionsTest {

    private static final Path EXAMPLES = Path.of("../examples/src/main/resources");
    private static Plan plan;

    @BeforeAll
    static void load() throws IOException {
        Plan published = Plans.read(EXAMPLES.resolve("plans/county-2023.yaml"));
        plan = GoalSheets.read(EXAMPLES.resolve("plans/county-2023-illustrative.yaml"), published).applyTo(published);
    }

    @Test
    void thePlanInForceAtADateHasTheRevisionsEffectiveAndDecidedBy() throws IOException {
        Revisions revisions = Revisions.read(EXAMPLES.resolve("revisions/county-2023.yaml"), plan);

        assertThat(revisions.list()).extracting(Revision::id).containsExactly("r1", "r2");
        assertThat(revisions.planAt(LocalDate.of(2023, 6, 30))).isSameAs(plan);
        Plan q3 = revisions.planAt(LocalDate.of(2023, 9, 30));
        assertThat(q3.target("s1.i1.t1").orElseThrow().goal()).isEqualTo(Goal.of(10));
        assertThat(Revisions.appliedTo(q3)).extracting(Revision::id).containsExactly("r1", "r2");
        Plan knownJuly5 = revisions.planAt(LocalDate.of(2023, 9, 30), LocalDate.of(2023, 7, 5));
        assertThat(knownJuly5.target("s1.i1.t1").orElseThrow().goal()).isEqualTo(Goal.of(12));
        assertThat(Revisions.appliedTo(knownJuly5)).isEmpty();
    }

    @Test
    void targetsAreAddedAndWithdrawn() {
        Target added = Target.builder("s1.i1.t99", "新增指标").measure(MeasureKind.COUNT, "家").goal(3)
                .due(LocalDate.of(2023, 12, 31)).lead("kjj").build();
        Revisions revisions = Revisions.of(plan, List.of(
                new Revision("a", "s1.i1.t99", LocalDate.of(2023, 7, 1), LocalDate.of(2023, 7, 1), "新增",
                        Optional.empty(), new Revision.Added("s1.i1", added)),
                new Revision("w", "s1.i1.t2", LocalDate.of(2023, 8, 1), LocalDate.of(2023, 7, 1), "撤销",
                        Optional.empty(), new Revision.Withdrawn())));

        Plan aug = revisions.planAt(LocalDate.of(2023, 8, 1));
        assertThat(aug.target("s1.i1.t99")).contains(added);
        assertThat(aug.target("s1.i1.t2")).isEmpty();
        assertThat(aug.targets()).hasSize(plan.targets().size());
    }

    @Test
    void aTargetAddedByARevisionIsChangedByALaterOne() {
        Target added = Target.builder("s1.i1.t99", "新增指标").measure(MeasureKind.COUNT, "家").goal(10)
                .due(LocalDate.of(2023, 12, 31)).lead("kjj").build();
        Revisions revisions = Revisions.of(plan, List.of(
                new Revision("lower", "s1.i1.t99", LocalDate.of(2023, 10, 1), LocalDate.of(2023, 9, 20), "下调",
                        Optional.empty(), new Revision.NewGoal(Goal.of(8))),
                new Revision("add", "s1.i1.t99", LocalDate.of(2023, 7, 1), LocalDate.of(2023, 6, 25), "新增",
                        Optional.empty(), new Revision.Added("s1.i1", added))));

        assertThat(revisions.planAt(LocalDate.of(2023, 6, 30)).target("s1.i1.t99")).isEmpty();
        assertThat(revisions.planAt(LocalDate.of(2023, 8, 31)).target("s1.i1.t99").orElseThrow().goal())
                .isEqualTo(Goal.of(10));
        assertThat(revisions.planAt(LocalDate.of(2023, 12, 31)).target("s1.i1.t99").orElseThrow().goal())
                .isEqualTo(Goal.of(8));
        assertThat(revisions.planAt(LocalDate.of(2023, 12, 31), LocalDate.of(2023, 9, 1)).target("s1.i1.t99")
                .orElseThrow().goal()).as("as known before the lowering was decided").isEqualTo(Goal.of(10));
        assertThatThrownBy(() -> Revisions.of(plan, List.of(revisions.list().get(0), new Revision("early",
                "s1.i1.t99", LocalDate.of(2023, 6, 1), LocalDate.of(2023, 6, 1), "提前", Optional.empty(),
                new Revision.NewDue(LocalDate.of(2023, 11, 30))))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("revisions[1].effective: revision early takes effect on 2023-06-01, before"
                        + " revision add adds s1.i1.t99 on 2023-07-01");
    }

    @Test
    void aRevisionsFileLowersAMilestonesGoalToAStageAndRefusesAStageItDoesNotHave() {
        String file = """
                plan: county-2023
                revisions:
                  - id: m1
                    target: s1.i2.t1
                    change: goal
                    goal: %s
                    effective: 2023-07-01
                    decided: 2023-06-25
                    reason: 年内建成改为年内创建
                """;
        Revisions lowered = Revisions.parse(file.formatted("创建中"), "rev.yaml", plan);
        assertThat(lowered.planAt(LocalDate.of(2023, 9, 30)).target("s1.i2.t1").orElseThrow().goal())
                .isEqualTo(Goal.level("创建中"));

        RevisionException e = catchThrowableOfType(RevisionException.class,
                () -> Revisions.parse(file.formatted("竣工"), "rev.yaml", plan));
        assertThat(e.problems()).extracting(Object::toString).singleElement().asString()
                .startsWith("rev.yaml:6:11: revisions[0].goal: revision m1 sets the goal of s1.i2.t1 to 竣工, which the"
                        + " target refuses: ");
    }

    @Test
    void aNewGoalTheTargetRefusesIsAProblemNotACrashLater() {
        Revision stage = new Revision("s", "s1.i1.t1", LocalDate.of(2023, 7, 1), LocalDate.of(2023, 7, 1), "改为节点",
                Optional.empty(), new Revision.NewGoal(Goal.level("开工")));
        assertThatThrownBy(() -> Revisions.of(plan, List.of(stage)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("revisions[0].goal: revision s sets the goal of s1.i1.t1 to 开工, which the target"
                        + " refuses: ");
    }

    @Test
    void aRevisionsFileMayChangeATargetItAddsAndSaysWhenItComesTooEarly() {
        String added = """
                  - id: add
                    target: s1.i1.t99
                    change: add
                    item: s1.i1
                    title: 新增指标
                    kind: count
                    unit: 家
                    goal: 10
                    due: 2023-12-31
                    lead: kjj
                    effective: 2023-07-01
                    decided: 2023-06-25
                    reason: 新增
                """;
        String lowered = """
                  - id: lower
                    target: s1.i1.t99
                    change: goal
                    goal: 8
                    effective: %s
                    decided: 2023-09-20
                    reason: 下调
                """;
        Revisions ok = Revisions.parse("plan: county-2023\nrevisions:\n" + lowered.formatted("2023-10-01") + added,
                "rev.yaml", plan);
        assertThat(ok.planAt(LocalDate.of(2023, 12, 31)).target("s1.i1.t99").orElseThrow().goal())
                .isEqualTo(Goal.of(8));

        RevisionException e = catchThrowableOfType(RevisionException.class, () -> Revisions.parse(
                "plan: county-2023\nrevisions:\n" + lowered.formatted("2023-06-01") + added
                        + added.replace("id: add", "id: add2"), "rev.yaml", plan));
        assertThat(e.problems()).extracting(Object::toString).containsExactly(
                "rev.yaml:7:16: revisions[0].effective: revision lower takes effect on 2023-06-01, before revision"
                        + " add adds s1.i1.t99 on 2023-07-01 (a target added by a revision can be changed from the"
                        + " day it is added; take effect on or after 2023-07-01)",
                "rev.yaml:24:13: revisions[2].target: revision add2 adds target s1.i1.t99, which revision add adds"
                        + " too (give the new target an id of its own)");
    }

    @Test
    void aRevisionThatDoesNotFitThePlanIsALocatedProblemWithAHint() {
        RevisionException e = catchThrowableOfType(RevisionException.class, () -> Revisions.parse("""
                plan: county-2023
                revisions:
                  - id: r1
                    target: s1.i1.t9
                    change: goal
                    goal: 10
                    effective: 2023-07-01
                    decided: 2023-07-10
                    reason: 调整
                  - id: r2
                    target: s1.i1.t1
                    change: goal
                    goal: 10
                    effective: 2022-12-01
                    decided: 2023-07-10
                    reason: 调整
                  - id: r3
                    target: s1.i1.t1
                    change: gaol
                    effective: 2023-07-01
                    decided: 2023-07-10
                    reason: 调整
                """, "rev.yaml", plan));

        assertThat(e.problems()).extracting(Object::toString).containsExactly(
                "rev.yaml:4:13: revisions[0].target: revision r1 names target 's1.i1.t9', which plan county-2023 does"
                        + " not have (did you mean 's1.i1.t1'?)",
                "rev.yaml:14:16: revisions[1].effective: revision r2 takes effect on 2022-12-01, outside the plan period"
                        + " 2023-01-01 to 2025-12-31 (a revision takes effect within the period of the plan it revises)",
                "rev.yaml:19:13: revisions[2].change: unknown change 'gaol' (known: goal, due, add, withdraw,"
                        + " breakdown) (did you mean 'goal'?)");
    }

    @Test
    void aRevisionAfterTheTargetsDueDateIsRefusedInJava() {
        Plan revisedDue = Revisions.of(plan, List.of(new Revision("d", "s1.i1.t1", LocalDate.of(2023, 3, 1),
                LocalDate.of(2023, 3, 1), "提前", Optional.empty(), new Revision.NewDue(LocalDate.of(2023, 6, 30)))))
                .planAt(LocalDate.of(2023, 12, 31));
        assertThatThrownBy(() -> Revisions.of(revisedDue, List.of(new Revision("g", "s1.i1.t1",
                LocalDate.of(2023, 9, 1), LocalDate.of(2023, 9, 1), "晚了", Optional.empty(),
                new Revision.NewGoal(Goal.of(5))))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("revisions[0].effective: revision g takes effect on 2023-09-01, after s1.i1.t1 was"
                        + " due (2023-06-30)");
    }

    @Test
    void theExampleRevisionsFileFitsItsSchema() {
        assertThat(io.github.policyplan.schema.SchemaFiles.validate("revisions.schema.json", io.github.policyplan.schema.SchemaFiles
                .yaml(EXAMPLES.resolve("revisions/county-2023.yaml")))).isEmpty();
        assertThat(io.github.policyplan.schema.SchemaFiles.validate("revisions.schema.json",
                io.github.policyplan.schema.SchemaFiles.yaml("plan: p\nrevisions:\n  - id: r1\n"))).isNotEmpty();
    }
}
