package io.github.policyplan.scoring;

import io.github.policyplan.rules.RuleResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.policyplan.model.Department;
import io.github.policyplan.model.Goal;
import io.github.policyplan.model.Item;
import io.github.policyplan.model.Measure;
import io.github.policyplan.model.MeasureKind;
import io.github.policyplan.model.Plan;
import io.github.policyplan.model.PlanPeriod;
import io.github.policyplan.model.Report;
import io.github.policyplan.model.Section;
import io.github.policyplan.model.Strategy;
import io.github.policyplan.model.Target;
import io.github.policyplan.model.UnitKind;
import io.github.policyplan.progress.ProgressLog;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The engine on a small plan: target scores, statuses, roll-up, explanations and checks on rules. */
class ScoringTest {

    private static final LocalDate END = LocalDate.of(2023, 12, 31);
    private static final LocalDate JUNE = LocalDate.of(2023, 6, 30);

    private static Target count(String id, double goal) {
        return Target.builder(id, "目标" + id).measure(MeasureKind.COUNT, "家").goal(goal).due(END).lead("kj").build();
    }

    private static Plan plan(Target... targets) {
        return Plan.builder("p", "计划").issuer("县委").period(PlanPeriod.years(2023, 2023))
                .department(Department.of("kj", "县科技局", UnitKind.DEPARTMENT))
                .section(Section.builder("s1", "强科技").item(Item.of("s1.i1", "平台", targets)).build()).build();
    }

    private static ProgressLog log(Plan plan, Report... reports) {
        return ProgressLog.of(plan, List.of(reports));
    }

    @Test
    void scoresACountAgainstItsLinearScheduleAndExplainsIt() {
        Plan plan = plan(count("a", 365));
        Scorecard card = Scoring.standard().score(plan, log(plan, Report.of("a", JUNE, 160)), JUNE);

        NodeScore a = card.node("a");

        assertThat(a.score().orElseThrow()).isCloseTo(88.398, within(0.001));
        assertThat(a.status()).isEqualTo(Status.AT_RISK);
        assertThat(a.target().orElseThrow().expected()).contains(Goal.of(181));
        assertThat(a.explanation().inEnglish()).isEqualTo("score 88.4 = 160 ÷ 181 × 100 (completion rate); expected 181 ="
                + " 0 + (365 − 0) × 181/365 (linear from 2022-12-31 to 2023-12-31); actual 160 家 reported 2023-06-30;"
                + " status at risk (pace 0.88; on track from 0.95, at risk from 0.85)");
        assertThat(a.explanation().inChinese()).isEqualTo("得分 88.4 = 完成值160 ÷ 时序目标181 × 100（完成率）；时序目标 181 ="
                + " 0 + (365 − 0) × 181/365（自2022-12-31至2023-12-31线性推进，时间过半、任务过半）；完成值 160 家（2023-06-30报送）；"
                + "状态：存在风险（进度比 0.88；≥0.95为正常，≥0.85为存在风险）");
    }

    @Test
    void givesEachStatusItsDue() {
        Target onTrack = count("on", 365);
        Target offTrack = count("off", 365);
        Target early = count("early", 100);
        Target unset = count("unset", 10).toBuilder().unsetGoal().build();
        Target noData = count("none", 10);
        Plan plan = plan(onTrack, offTrack, early, unset, noData);
        ProgressLog log = log(plan, Report.of("on", JUNE, 175), Report.of("off", JUNE, 100),
                Report.of("early", JUNE, 100), Report.of("unset", JUNE, 3));

        Scorecard card = Scoring.standard().score(plan, log, JUNE);

        assertThat(card.node("on").status()).isEqualTo(Status.ON_TRACK);
        assertThat(card.node("off").status()).isEqualTo(Status.OFF_TRACK);
        assertThat(card.node("early").status()).as("a count reached early is done").isEqualTo(Status.ACHIEVED);
        assertThat(card.node("early").score()).hasValue(100);
        assertThat(card.node("unset").status()).isEqualTo(Status.UNSET);
        assertThat(card.node("unset").score()).isEmpty();
        assertThat(card.node("unset").explanation().inChinese()).isEqualTo("不计分：目标值未公布（*）");
        assertThat(card.node("none").status()).isEqualTo(Status.NO_DATA);
        assertThat(card.node("s1.i1").counts().count(Status.UNSET)).isEqualTo(1);
        assertThat(card.node("s1.i1").counts().total()).isEqualTo(5);
    }

    @Test
    void missesATargetNotMetByItsDueDate() {
        Plan plan = plan(count("a", 100));
        Scorecard card = Scoring.standard().score(plan, log(plan, Report.of("a", END, 90)), END);

        assertThat(card.node("a").status()).isEqualTo(Status.MISSED);
        assertThat(card.node("a").score()).hasValue(90);
        assertThat(card.node("a").explanation().inEnglish()).contains("status missed (due 2023-12-31, the goal 100 is not met)");
    }

    @Test
    void rollsUpAWeightedMeanOverTheChildrenWithAScoreAndReportsCoverage() {
        Target a = count("a", 365);
        Target b = count("b", 365).toBuilder().weight(3).build();
        Target c = count("c", 365);
        Plan plan = plan(a, b, c);
        ProgressLog log = log(plan, Report.of("a", JUNE, 181), Report.of("b", JUNE, 90.5));

        NodeScore item = Scoring.standard().score(plan, log, JUNE).node("s1.i1");

        assertThat(item.score().orElseThrow()).isCloseTo((100 * 1 + 50 * 3) / 4.0, within(1e-9));
        assertThat(item.coverage()).isEqualTo(0.8);
        assertThat(item.explanation().inEnglish()).startsWith("score 62.5 = (100 × 1 + 50 × 3) ÷ 4 (weighted mean of the 2"
                + " of 3 children with a score; coverage 80%; no score: c (no data))");
    }

    @Test
    void honoursTheRollUpANodeNames() {
        Target a = count("a", 365);
        Target b = count("b", 365);
        Plan base = plan(a, b);
        Plan weakest = base.withSections(List.of(new Section("s1", "强科技", 1, List.of(),
                List.of(new Item("s1.i1", "平台", 1, List.of(a, b), java.util.Optional.of(Strategy.named("weakest")))),
                java.util.Optional.empty())));
        ProgressLog log = log(base, Report.of("a", JUNE, 181), Report.of("b", JUNE, 90.5));

        assertThat(Scoring.standard().score(weakest, log, JUNE).node("s1.i1").score()).hasValue(50);
        assertThat(Scoring.standard().score(base, log, JUNE).node("s1.i1").score()).hasValue(75);
    }

    @Test
    void scoresAMilestoneByItsStagesAndAGradeAtItsDueDate() {
        Target m = Target.builder("m", "建成工程").measure(Measure.milestone(List.of("前期", "开工", "建成")))
                .goal(Goal.level("建成")).due(END).lead("kj")
                .checkpoint(new io.github.policyplan.model.Checkpoint(JUNE, Goal.level("开工"))).build();
        Plan plan = plan(m);

        Scorecard card = Scoring.standard().score(plan, log(plan, Report.level("m", JUNE, "前期")), JUNE);

        assertThat(card.node("m").score().orElseThrow()).isZero();
        assertThat(card.node("m").status()).isEqualTo(Status.OFF_TRACK);
        assertThat(card.node("m").target().orElseThrow().schedule()).isEqualTo("steps");
    }

    @Test
    void namesRuleAndTargetWhenARuleReturnsAnInvalidScore() {
        Plan plan = plan(count("a", 365).toBuilder().rule("greedy").build());
        Scoring scoring = Scoring.standard().withRule("greedy", in -> RuleResult.scored(130, "130", "130"));

        assertThatThrownBy(() -> scoring.score(plan, log(plan, Report.of("a", JUNE, 1)), JUNE))
                .isInstanceOf(ScoringException.class)
                .hasMessage("scoring rule 'greedy' failed on target a: the rule returned the score 130.0, outside 0 to 100")
                .satisfies(e -> {
                    assertThat(((ScoringException) e).rule()).isEqualTo("greedy");
                    assertThat(((ScoringException) e).target()).isEqualTo("a");
                });
        Scoring throwing = Scoring.standard().withRule("greedy", in -> {
            throw new IllegalStateException("boom");
        });
        assertThatThrownBy(() -> throwing.score(plan, log(plan, Report.of("a", JUNE, 1)), JUNE))
                .isInstanceOf(ScoringException.class).hasMessageContaining("greedy").hasMessageContaining("boom");
    }

    @Test
    void aPlanBuiltInJavaNamingAnUnknownRuleFailsBeforeAnyTargetIsScored() {
        java.util.concurrent.atomic.AtomicInteger applied = new java.util.concurrent.atomic.AtomicInteger();
        Scoring scoring = Scoring.standard().withRule("counted", in -> {
            applied.incrementAndGet();
            return RuleResult.scored(50, "50", "50");
        });
        Plan plan = plan(count("a", 365).toBuilder().rule("counted").build(),
                count("b", 365).toBuilder().rule("half-points").build());
        ProgressLog log = log(plan, Report.of("a", JUNE, 100), Report.of("b", JUNE, 100));

        assertThatThrownBy(() -> scoring.score(plan, log, JUNE))
                .isInstanceOf(ScoringException.class)
                .hasMessage("scoring rule 'half-points' failed on target b: no rule of that name is registered (known:"
                        + " bands, completion-rate, counted, deduction, grade, linear, milestone, red-flag, within-band)");
        assertThat(applied).hasValue(0);
    }

    @Test
    void aPlanDefaultRuleTheEngineDoesNotKnowFailsAtTheStartOfScoring() {
        Target a = count("a", 365);
        Plan plan = Plan.builder("p", "计划").issuer("县委").period(PlanPeriod.years(2023, 2023))
                .department(Department.of("kj", "县科技局", UnitKind.DEPARTMENT)).rule(Strategy.named("lenient"))
                .section(Section.builder("s1", "强科技").item(Item.of("s1.i1", "平台", a)).build()).build();

        assertThatThrownBy(() -> Scoring.standard().score(plan, log(plan), JUNE))
                .isInstanceOf(ScoringException.class).hasMessage("scoring rule 'lenient' failed on target a: no rule of"
                        + " that name is registered (known: bands, completion-rate, deduction, grade, linear, milestone,"
                        + " red-flag, within-band)");
    }

    @Test
    void aParameterOfTheWrongTypeNamesRuleTargetAndParameter() {
        Plan plan = plan(count("a", 365).toBuilder().rule(new Strategy("completion-rate", java.util.Map.of("cap",
                "high"))).build());

        assertThatThrownBy(() -> Scoring.standard().score(plan, log(plan, Report.of("a", JUNE, 1)), JUNE))
                .isInstanceOf(ScoringException.class)
                .hasMessage("scoring rule 'completion-rate' failed on target a: parameter cap must be a number (was high)");
    }

    @Test
    void refusesToReplaceABuiltInRule() {
        assertThatThrownBy(() -> Scoring.standard().withRule("linear", in -> null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void scoresASeriesOfQuarterEndsAndWritesTheSameJsonEveryTime() {
        Plan plan = plan(count("a", 365), count("b", 100));
        ProgressLog log = log(plan, Report.of("a", LocalDate.of(2023, 3, 31), 80), Report.of("a", JUNE, 170),
                Report.of("b", JUNE, 30), Report.of("a", LocalDate.of(2023, 9, 30), 280));

        List<Scorecard> cards = Scoring.standard().series(plan, log, Scoring.quarterEnds(2023));

        assertThat(cards).extracting(Scorecard::asOf).containsExactlyElementsOf(Scoring.quarterEnds(2023));
        assertThat(cards.get(2).node("a").target().orElseThrow().forecast()).hasValueSatisfying(f -> {
            assertThat(f.reports()).isEqualTo(3);
            assertThat(f.likelihood()).isEqualTo(Likelihood.ON_TRACK);
        });
        assertThat(cards.get(2).toJson()).isEqualTo(Scoring.standard().score(plan, log, LocalDate.of(2023, 9, 30))
                .toJson());
    }

    @Test
    void namesTheBaselineAScoreStartsFromWithItsDate() {
        // 8 teams at the end of 2022, 12 due at the end of 2023: expected at 30 June 8 + 4 × 181/365 = 9.98;
        // linear score (9 − 8) ÷ (9.98 − 8) × 100 = 50.5
        Target teams = Target.builder("t", "团队").measure(MeasureKind.COUNT, "个")
                .baseline(8, LocalDate.of(2022, 12, 31)).goal(12).due(END).lead("kj").build();
        Plan plan = plan(teams);
        NodeScore t = Scoring.standard().score(plan, log(plan, Report.of("t", JUNE, 9)), JUNE).node("t");

        assertThat(t.score().orElseThrow()).isCloseTo(100 * 1 / (4 * 181.0 / 365), within(1e-9));
        assertThat(t.target().orElseThrow().baseline()).contains(io.github.policyplan.model.Baseline.of(8,
                LocalDate.of(2022, 12, 31)));
        assertThat(t.explanation().inEnglish()).contains("; baseline 8 (2022-12-31); actual 9 个");
        assertThat(t.explanation().inChinese()).contains("；基数8（2022-12-31）；完成值 9 个");
    }
}
