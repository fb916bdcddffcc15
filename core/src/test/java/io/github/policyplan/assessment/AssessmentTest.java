package io.github.policyplan.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.policyplan.assessment.AssessmentScheme.Adjustment;
import io.github.policyplan.assessment.AssessmentScheme.AdjustmentKind;
import io.github.policyplan.assessment.AssessmentScheme.Annual;
import io.github.policyplan.assessment.AssessmentScheme.Awards;
import io.github.policyplan.assessment.AssessmentScheme.Caps;
import io.github.policyplan.assessment.AssessmentScheme.Credit;
import io.github.policyplan.assessment.AssessmentScheme.FlagTies;
import io.github.policyplan.assessment.AssessmentScheme.GradeBand;
import io.github.policyplan.assessment.AssessmentScheme.PeerMethod;
import io.github.policyplan.assessment.AssessmentScheme.PeerMetric;
import io.github.policyplan.assessment.AssessmentScheme.Pool;
import io.github.policyplan.assessment.AssessmentScheme.QuotaTies;
import io.github.policyplan.assessment.AssessmentScheme.Ranking;
import io.github.policyplan.assessment.AssessmentScheme.Veto;
import io.github.policyplan.assessment.AssessmentScheme.VetoKind;
import io.github.policyplan.assessment.AssessmentScheme.VetoedRanking;
import io.github.policyplan.core.Explanation;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A complete assessment computed by hand, then each mechanism on its own: ties, quotas, vetoes,
 * caps, rank points, flags, lists, annual weighting and what-if.
 *
 * <p>Four townships A, B, C, D each lead one count target of 100 due at the end of 2023; A also
 * cooperates on B's. At year end they report 100, 80, 80 and 50, so their targets score 100, 80,
 * 80 and 50 (completion rate), and A's base is (100 × 1 + 80 × 0.3) ÷ 1.3 = 95.38.
 */
class AssessmentTest {

    static final LocalDate END = LocalDate.of(2023, 12, 31);
    static final List<GradeBand> GRADES = List.of(
            new GradeBand("优秀", Optional.of(90.0), Optional.of(0.25)),
            new GradeBand("良好", Optional.of(80.0), Optional.empty()),
            new GradeBand("合格", Optional.of(60.0), Optional.empty()),
            new GradeBand("不合格", Optional.empty(), Optional.empty()));
    static final Awards FLAGS = new Awards(List.of("冠军旗", "亚军旗", "季军旗"), FlagTies.STANDARD, 1, 1);

    static Plan plan() {
        Plan.Builder b = Plan.builder("p", "招商").issuer("县委").period(PlanPeriod.years(2023, 2023));
        List<Target> targets = new ArrayList<>();
        for (String u : List.of("a", "b", "c", "d")) {
            b.department(Department.of(u, u.toUpperCase(java.util.Locale.ROOT) + "镇", UnitKind.TOWNSHIP));
            Target.Builder t = Target.builder(u + ".x", u + "引资").measure(MeasureKind.COUNT, "亿元").goal(100)
                    .due(END).lead(u);
            if (u.equals("b")) {
                t.cooperating("a");
            }
            targets.add(t.build());
        }
        return b.section(Section.builder("s1", "招商").item(new Item("s1.i1", "乡镇", 1, targets, Optional.empty()))
                .build()).build();
    }

    static ProgressLog log(Plan plan, double a, double b, double c, double d) {
        return ProgressLog.of(plan, List.of(Report.of("a.x", END, a), Report.of("b.x", END, b),
                Report.of("c.x", END, c), Report.of("d.x", END, d)));
    }

    static AssessmentScheme scheme(List<Adjustment> adjustments, Caps caps, List<Veto> vetoes, Awards awards,
            List<PeerMetric> peers, Ranking ranking) {
        return new AssessmentScheme("s", "考核", "p", List.of(new Pool("towns", "乡镇", List.of("a", "b", "c", "d"))),
                Credit.DEFAULT, List.of(), peers, GRADES, adjustments, caps, vetoes, awards, Annual.YEAR_END, ranking);
    }

    static AssessmentResult assess(AssessmentScheme scheme, ProgressLog log) {
        return new Assessment(scheme, plan(), Scoring.standard()).assess(log, AssessmentPeriod.year(2023));
    }

    @Test
    void computesACompleteAssessmentThatMatchesTheHandCalculation() {
        AssessmentScheme scheme = scheme(
                List.of(new Adjustment("a", AdjustmentKind.BONUS, 3, "表彰", "获省级表彰", Optional.of("省〔2023〕1号"),
                        LocalDate.of(2023, 11, 1)),
                        new Adjustment("d", AdjustmentKind.PENALTY, 1, "报送", "迟报", Optional.empty(),
                                LocalDate.of(2023, 7, 1))),
                new Caps(Optional.of(5.0), Optional.empty(), Map.of("表彰", 2.0)), List.of(), FLAGS, List.of(),
                Ranking.DEFAULT);

        AssessmentResult r = assess(scheme, log(plan(), 100, 80, 80, 50));
        PoolResult towns = r.pool("towns");

        assertThat(towns.ranking()).extracting(UnitResult::unit).containsExactly("a", "b", "c", "d");
        UnitResult a = towns.unit("a");
        assertThat(a.base().getAsDouble()).isCloseTo((100 + 80 * 0.3) / 1.3, within(1e-9));
        assertThat(a.adjustments()).singleElement().satisfies(x -> {
            assertThat(x.counted()).isEqualTo(2);
            assertThat(x.note()).isEqualTo("category 表彰 capped at 2");
        });
        assertThat(a.score().getAsDouble()).isCloseTo((100 + 80 * 0.3) / 1.3 + 2, within(1e-9));
        assertThat(towns.unit("d").score()).hasValue(49);
        assertThat(towns.ranking()).extracting(UnitResult::rank).containsExactly(1, 2, 2, 4);
        assertThat(towns.ranking()).extracting(u -> u.grade().orElseThrow())
                .containsExactly("优秀", "良好", "良好", "不合格");
        assertThat(towns.ranking()).extracting(u -> u.flag().orElse("—"))
                .as("ranks 1, 2, 2, 4: the tied pair share 亚军旗 and no one is third")
                .containsExactly("冠军旗", "亚军旗", "亚军旗", "—");
        assertThat(towns.redList()).containsExactly("a");
        assertThat(towns.blackList()).containsExactly("d");
        assertThat(a.explanation().inChinese()).isEqualTo("冠军旗：得分97.38，乡镇4个单位中排第1名，等次优秀；基础分 95.38 = "
                + "(100 × 1 + 80 × 0.3) ÷ 1.3（2个目标加权平均）；加2分：获省级表彰（申报3分，封顶）；红榜：牵头目标全部完成，排第1名");
        assertThat(a.explanation().inEnglish()).endsWith("; red list: met every target it leads, rank 1");
        assertThat(towns.unit("b").notes()).containsExactly(
                Explanation.of("tied at rank 2 with C镇: under the tie rule each receives 亚军旗, and 季军旗 is not awarded",
                        "与C镇并列第2名，按并列规则同授亚军旗，不再授季军旗"),
                Explanation.of("B镇 and C镇 have the same score, 80", "B镇与C镇得分相同（80分）"));
        assertThat(towns.unit("c").explanation().inChinese()).contains("与B镇并列第2名，按并列规则同授亚军旗，不再授季军旗")
                .doesNotContain("差距0");
    }

    @Test
    void aUnitsWordsAreWrittenWhenAskedForAndAreTheSameEveryTime() {
        AssessmentScheme scheme = scheme(List.of(), Caps.NONE, List.of(), FLAGS, List.of(), Ranking.DEFAULT);
        ProgressLog log = log(plan(), 100, 80, 80, 50);
        UnitResult a = assess(scheme, log).pool("towns").unit("a");
        UnitResult again = assess(scheme, log).pool("towns").unit("a");

        assertThat(a.explanation()).isSameAs(a.explanation());
        assertThat(a.explanation().inEnglish()).isEqualTo("冠军旗: score 95.38, rank 1 of 4 in 乡镇, grade 优秀; base"
                + " 95.38 = (100 × 1 + 80 × 0.3) ÷ 1.3 (weighted mean of 2 targets); red list: met every target it"
                + " leads, rank 1");
        assertThat(again).isEqualTo(a).hasSameHashCodeAs(a).hasToString(a.toString());
        UnitResult written = new UnitResult(a.unit(), a.name(), a.base(), a.contributions(), a.adjustments(),
                a.score(), a.rank(), a.grade(), a.flag(), a.vetoes(), a.notes(), a.explanation());
        assertThat(written).isEqualTo(a).hasSameHashCodeAs(a).hasToString(a.toString());
        assertThat(a.toString()).startsWith("UnitResult[unit=a, name=A镇, base=OptionalDouble[95.3846")
                .endsWith(", explanation=" + a.explanation() + "]");
    }

    @Test
    void theTargetsBehindAUnitAreFoundWhereverTheySitInThePlan() {
        // Headline targets of two sections and targets of their items: a's own peer target (s2.h) counts
        // through the metric only, its assigned target (s2.i1.y, led by b) with the target's weight.
        Plan.Builder b = Plan.builder("p", "招商").issuer("县委").period(PlanPeriod.years(2023, 2023));
        for (String u : List.of("a", "b")) {
            b.department(Department.of(u, u.toUpperCase(java.util.Locale.ROOT) + "镇", UnitKind.TOWNSHIP));
        }
        java.util.function.BiFunction<String, String, Target> target = (id, lead) -> Target.builder(id, id)
                .measure(MeasureKind.COUNT, "亿元").goal(100).due(END).lead(lead)
                .cooperating(lead.equals("a") ? "b" : "a").build();
        Plan plan = b.section(Section.builder("s1", "一").target(target.apply("s1.h", "b"))
                        .item(new Item("s1.i1", "甲", 1, List.of(target.apply("s1.i1.x", "a")), Optional.empty()))
                        .build())
                .section(Section.builder("s2", "二").target(target.apply("s2.h", "a"))
                        .item(new Item("s2.i1", "乙", 1, List.of(target.apply("s2.i1.x", "a"),
                                target.apply("s2.i1.y", "b")), Optional.empty()))
                        .build())
                .build();
        ProgressLog log = ProgressLog.of(plan, List.of(Report.of("s1.h", END, 10), Report.of("s1.i1.x", END, 20),
                Report.of("s2.h", END, 30), Report.of("s2.i1.x", END, 40), Report.of("s2.i1.y", END, 50)));
        AssessmentScheme scheme = new AssessmentScheme("s", "考核", "p",
                List.of(new Pool("towns", "乡镇", List.of("a", "b"))),
                Credit.DEFAULT, List.of(new AssessmentScheme.Assignment("a", List.of("s2.i1.y"))),
                List.of(new PeerMetric("m", "比较", Map.of("a", "s2.h", "b", "s1.h"), false, PeerMethod.PROPORTIONAL,
                        List.of(), 0, 0, 1)),
                GRADES, List.of(), Caps.NONE, List.of(), FLAGS, Annual.YEAR_END, Ranking.DEFAULT);

        PoolResult towns = new Assessment(scheme, plan, Scoring.standard()).assess(log, AssessmentPeriod.year(2023))
                .pool("towns");

        assertThat(towns.unit("a").contributions()).extracting(c -> c.id() + " " + c.role().english() + " "
                + c.weight() + " " + c.score().orElse(-1)).containsExactly("s1.h cooperating 0.3 10.0",
                        "s1.i1.x lead 1.0 20.0", "s2.i1.x lead 1.0 40.0", "s2.i1.y assigned 1.0 50.0",
                        "m peer 1.0 100.0");
        assertThat(towns.unit("b").contributions()).extracting(c -> c.id() + " " + c.role().english())
                .containsExactly("s1.i1.x cooperating", "s2.h cooperating", "s2.i1.x cooperating", "s2.i1.y lead",
                        "m peer");
        assertThat(towns.unit("b").base().getAsDouble())
                .isCloseTo((20 * 0.3 + 30 * 0.3 + 40 * 0.3 + 50 + 100.0 / 3) / 2.9, within(1e-9));
    }

    @Test
    void denseTiesGiveTheNextFlagToTheNextUnit() {
        AssessmentScheme scheme = scheme(List.of(), Caps.NONE, List.of(),
                new Awards(List.of("冠军旗", "亚军旗", "季军旗"), FlagTies.DENSE, 0, 0), List.of(), Ranking.DEFAULT);

        PoolResult towns = assess(scheme, log(plan(), 100, 80, 80, 50)).pool("towns");

        assertThat(towns.ranking()).extracting(u -> u.flag().orElse("—"))
                .containsExactly("冠军旗", "亚军旗", "亚军旗", "季军旗");
    }

    @Test
    void aVetoedUnitRanksAfterEveryUnitNotVetoedGradesLowestAndPassesTheFlagOn() {
        AssessmentScheme scheme = scheme(List.of(), Caps.NONE, List.of(new Veto("b", VetoKind.VETO, "安全事故",
                LocalDate.of(2023, 5, 1))), FLAGS, List.of(), Ranking.DEFAULT);

        PoolResult towns = assess(scheme, log(plan(), 100, 80, 80, 50)).pool("towns");

        assertThat(towns.ranking()).extracting(UnitResult::unit).containsExactly("a", "c", "d", "b");
        assertThat(towns.ranking()).extracting(UnitResult::rank).containsExactly(1, 2, 3, 4);
        assertThat(towns.unit("b").grade()).contains("不合格");
        assertThat(towns.unit("b").flag()).isEmpty();
        assertThat(towns.unit("c").flag()).contains("亚军旗");
        assertThat(towns.unit("d").flag()).as("D is last of the units not vetoed, so on the 黑榜 and without a flag")
                .isEmpty();
        assertThat(towns.blackList()).containsExactly("d");
        assertThat(towns.unit("d").explanation().inChinese()).startsWith("得分50，乡镇4个单位中排第3名")
                .contains("黑榜：有目标未完成或进度滞后，4个单位中排第3名；列入黑榜，不授季军旗（奖惩互斥）");
        assertThat(towns.unit("b").notes()).contains(
                Explanation.of("veto: ranked after every unit not vetoed", "一票否决：排在未被否决的单位之后"),
                Explanation.of("veto: graded 不合格 and no award (安全事故)", "一票否决：等次定为不合格，不得评奖（安全事故）"));
        assertThat(towns.unit("b").notes()).as("80 after 50 is not a gap to compare")
                .noneMatch(n -> n.inEnglish().contains("differ") || n.inEnglish().contains("same score"));
    }

    @Test
    void theWinnerIsFirstWhenTheVetoedUnitScoredHighest() {
        // A scores 95.38 but is vetoed; B and C tie on 80 for first; D has 50.
        AssessmentScheme scheme = scheme(List.of(), Caps.NONE, List.of(new Veto("a", VetoKind.VETO, "安全事故",
                LocalDate.of(2023, 5, 1))), FLAGS, List.of(), Ranking.DEFAULT);

        PoolResult towns = assess(scheme, log(plan(), 100, 80, 80, 50)).pool("towns");

        assertThat(towns.ranking()).extracting(UnitResult::unit).containsExactly("b", "c", "d", "a");
        assertThat(towns.ranking()).extracting(UnitResult::rank).containsExactly(1, 1, 3, 4);
        assertThat(towns.ranking()).extracting(u -> u.flag().orElse("—"))
                .as("B and C share 冠军旗, so 亚军旗 is not given; D, last of the units not vetoed, is on the 黑榜")
                .containsExactly("冠军旗", "冠军旗", "—", "—");
        assertThat(towns.blackList()).as("the vetoed A holds no place on the list").containsExactly("d");
        assertThat(towns.unit("b").explanation().inChinese()).startsWith("冠军旗：得分80，乡镇4个单位中排第1名")
                .contains("与C镇并列第1名，按并列规则同授冠军旗，不再授亚军旗");
        assertThat(towns.unit("a").explanation().inChinese()).startsWith("得分95.38，乡镇4个单位中排第4名，等次不合格");
    }

    @Test
    void aVetoedUnitCanBeLeftOutOfTheRankingAndTheBlackListThenTakesTheLastPlaceRanked() {
        AssessmentScheme scheme = scheme(List.of(), Caps.NONE, List.of(new Veto("a", VetoKind.VETO, "安全事故",
                LocalDate.of(2023, 5, 1))), FLAGS, List.of(), new Ranking(2, 0.5, QuotaTies.DOWN,
                        VetoedRanking.UNRANKED));

        PoolResult towns = assess(scheme, log(plan(), 100, 80, 80, 50)).pool("towns");

        assertThat(towns.ranking()).extracting(UnitResult::unit).containsExactly("b", "c", "d", "a");
        assertThat(towns.ranking()).extracting(UnitResult::rank).containsExactly(1, 1, 3, 0);
        UnitResult a = towns.unit("a");
        assertThat(a.grade()).contains("不合格");
        assertThat(a.explanation().inChinese()).startsWith("得分95.38，一票否决，不参加乡镇排名，等次不合格").contains("一票否决：不参加排名");
        assertThat(a.explanation().inEnglish()).startsWith("score 95.38, not ranked in 乡镇 (veto), grade 不合格");
        assertThat(towns.unit("b").explanation().inChinese()).startsWith("冠军旗：得分80，乡镇3个单位中排第1名");
        assertThat(towns.blackList()).as("D is last of the three ranked and missed its target").containsExactly("d");
        UnitResult d = towns.unit("d");
        assertThat(d.flag()).as("an award and the black list exclude each other by default").isEmpty();
        assertThat(d.notes()).contains(Explanation.of("on the black list, so no 季军旗: an award and the black list"
                + " exclude each other", "列入黑榜，不授季军旗（奖惩互斥）"));
    }

    @Test
    void aSchemeMayLetAUnitHoldAFlagAndBeOnTheBlackList() {
        AssessmentScheme scheme = scheme(List.of(), Caps.NONE, List.of(new Veto("a", VetoKind.VETO, "安全事故",
                LocalDate.of(2023, 5, 1))), new Awards(List.of("冠军旗", "亚军旗", "季军旗"), FlagTies.STANDARD, 1, 1,
                false), List.of(), new Ranking(2, 0.5, QuotaTies.DOWN, VetoedRanking.UNRANKED));

        UnitResult d = assess(scheme, log(plan(), 100, 80, 80, 50)).pool("towns").unit("d");

        assertThat(d.flag()).contains("季军旗");
        assertThat(d.explanation().inChinese()).startsWith("季军旗：").contains("黑榜：有目标未完成或进度滞后");
    }

    @Test
    void quarterWeightsMustAddUpToOneUnlessTheSchemeSaysToRescale() {
        assertThatThrownBy(() -> new Annual(List.of(0.2, 0.2, 0.2, 0.2)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("add up to 0.8");
        assertThat(new Annual(List.of(0.2, 0.2, 0.2, 0.2), true).quarterWeights()).hasSize(4);
        assertThat(new Annual(List.of(0.1, 0.2, 0.3, 0.4)).rescale()).isFalse();
    }

    @Test
    void aVetoOfTheTopGradeCapsTheGradeOnly() {
        AssessmentScheme scheme = scheme(List.of(), Caps.NONE, List.of(new Veto("a", VetoKind.VETO_TOP_GRADE,
                "信访", LocalDate.of(2023, 5, 1))), FLAGS, List.of(), Ranking.DEFAULT);

        UnitResult a = assess(scheme, log(plan(), 100, 80, 80, 50)).unit("a");

        assertThat(a.grade()).contains("良好");
        assertThat(a.flag()).contains("冠军旗");
    }

    @Test
    void aQuotaMovesUnitsBeyondItDownAndTiesMoveTogetherOrStayTogether() {
        // A, B and C all reach 100; the quota of 优秀 is 25% of 4 units: 1.
        ProgressLog log = log(plan(), 100, 100, 100, 95);
        AssessmentScheme down = scheme(List.of(), Caps.NONE, List.of(), FLAGS, List.of(),
                new Ranking(2, 0.5, QuotaTies.DOWN));
        AssessmentScheme up = scheme(List.of(), Caps.NONE, List.of(), FLAGS, List.of(),
                new Ranking(2, 0.5, QuotaTies.UP));

        PoolResult strict = assess(down, log).pool("towns");
        PoolResult generous = assess(up, log).pool("towns");

        assertThat(strict.ranking()).extracting(u -> u.grade().orElseThrow())
                .as("B and C tie with A at the limit, so all three move down").containsOnly("良好");
        assertThat(strict.unit("b").notes()).contains(Explanation.of("quota: 优秀 is limited to 25% of 4 units (1); moved down to 良好",
                "名额限制：优秀限4个单位的25%（1个），调整为良好"));
        assertThat(generous.ranking()).extracting(u -> u.grade().orElseThrow())
                .containsExactly("优秀", "优秀", "优秀", "良好");
    }

    @Test
    void capsLimitBonusPerCategoryAndPerKindInTheOrderWritten() {
        List<Adjustment> entries = List.of(
                new Adjustment("c", AdjustmentKind.BONUS, 1.5, "表彰", "一", Optional.empty(), LocalDate.of(2023, 3, 1)),
                new Adjustment("c", AdjustmentKind.BONUS, 1.5, "表彰", "二", Optional.empty(), LocalDate.of(2023, 4, 1)),
                new Adjustment("c", AdjustmentKind.BONUS, 2, "项目", "三", Optional.empty(), LocalDate.of(2023, 5, 1)),
                new Adjustment("c", AdjustmentKind.PENALTY, 4, "督查", "四", Optional.empty(), LocalDate.of(2023, 6, 1)));
        AssessmentScheme scheme = scheme(entries, new Caps(Optional.of(3.0), Optional.of(2.0), Map.of("表彰", 2.0)),
                List.of(), FLAGS, List.of(), Ranking.DEFAULT);

        UnitResult c = assess(scheme, log(plan(), 100, 80, 80, 50)).unit("c");

        assertThat(c.adjustments()).extracting(AppliedAdjustment::counted).containsExactly(1.5, 0.5, 1.0, 2.0);
        assertThat(c.score()).hasValue(80 + 3 - 2);
    }

    @Test
    void countsAdjustmentsAndVetoesOnlyInTheirPeriod() {
        AssessmentScheme scheme = scheme(List.of(new Adjustment("d", AdjustmentKind.BONUS, 2, "x", "Q2 bonus",
                Optional.empty(), LocalDate.of(2023, 5, 1))), Caps.NONE, List.of(new Veto("d", VetoKind.VETO, "Q3",
                LocalDate.of(2023, 8, 1))), FLAGS, List.of(), Ranking.DEFAULT);
        Assessment a = new Assessment(scheme, plan(), Scoring.standard());
        LocalDate march = LocalDate.of(2023, 3, 31);
        ProgressLog log = ProgressLog.of(plan(), List.of(Report.of("a.x", march, 30), Report.of("b.x", march, 20),
                Report.of("c.x", march, 20), Report.of("d.x", march, 10)));

        assertThat(a.assess(log, AssessmentPeriod.quarter(2023, 2)).unit("d").adjustments()).hasSize(1);
        assertThat(a.assess(log, AssessmentPeriod.quarter(2023, 2)).unit("d").vetoes()).isEmpty();
        assertThat(a.assess(log, AssessmentPeriod.quarter(2023, 3)).unit("d").adjustments()).isEmpty();
        assertThat(a.assess(log, AssessmentPeriod.quarter(2023, 3)).unit("d").vetoes()).hasSize(1);
        assertThat(a.assess(log, AssessmentPeriod.year(2023)).unit("d").adjustments()).hasSize(1);
    }

    @Test
    void scoresAPeerMetricByRankPointsProportionallyOrLinearly() {
        Map<String, String> targets = Map.of("a", "a.x", "b", "b.x", "c", "c.x", "d", "d.x");
        ProgressLog log = log(plan(), 100, 80, 80, 50);
        PeerMetric points = new PeerMetric("m", "引资排名", targets, false, PeerMethod.RANK_POINTS,
                List.of(60.0, 57.0), 3, 40, 1);
        PeerMetric proportional = new PeerMetric("m", "引资排名", targets, true, PeerMethod.PROPORTIONAL, List.of(), 0, 0,
                1);
        PeerMetric linear = new PeerMetric("m", "引资排名", targets, true, PeerMethod.LINEAR, List.of(), 0, 60, 1);

        PoolResult byPoints = assess(scheme(List.of(), Caps.NONE, List.of(), FLAGS, List.of(points), Ranking.DEFAULT),
                log).pool("towns");
        PoolResult byShare = assess(scheme(List.of(), Caps.NONE, List.of(), FLAGS, List.of(proportional),
                Ranking.DEFAULT), log).pool("towns");
        PoolResult byLine = assess(scheme(List.of(), Caps.NONE, List.of(), FLAGS, List.of(linear), Ranking.DEFAULT),
                log).pool("towns");

        assertThat(byPoints.unit("d").contributions()).filteredOn(c -> c.role() == Role.PEER).singleElement()
                .satisfies(c -> assertThat(c.score()).hasValue(57 - 3 * 2));
        assertThat(byPoints.unit("b").contributions()).filteredOn(c -> c.role() == Role.PEER)
                .extracting(c -> c.score().getAsDouble()).containsExactly(57.0);
        assertThat(byPoints.unit("a").base().getAsDouble()).as("A: peer 60, cooperating on b.x 80 × 0.3")
                .isCloseTo((60 + 80 * 0.3) / 1.3, within(1e-9));
        assertThat(byShare.unit("d").base()).hasValue(50);
        assertThat(byLine.unit("d").base()).hasValue(60);
        assertThat(byLine.unit("b").base().getAsDouble()).isCloseTo(100 - 40 * 20.0 / 50, within(1e-9));
    }

    @Test
    void aHugeWeightTimesAHugePeerScoreStillGivesAFiniteMean() {
        // Proportional to the best of two negative values: -1 against -1e-300 scores 1e302, and a weight of
        // 1.2e7 times that overflows; the mean of one term is that term (found by the generated inputs).
        Plan plan = plan();
        // Running totals below 0, which ProgressLog.of refuses as the readers do; plus takes reports unchecked
        // (its Javadoc says so), and the assessment's arithmetic must hold for any log it is given.
        ProgressLog log = ProgressLog.empty(plan).plus(List.of(Report.of("a.x", END, 100), Report.of("b.x", END,
                -1e-300), Report.of("c.x", END, 80), Report.of("d.x", END, -1)));
        PeerMetric share = new PeerMetric("m", "引资排名", Map.of("b", "b.x", "d", "d.x"), true,
                PeerMethod.PROPORTIONAL, List.of(), 0, 0, 1.23456785e7);
        AssessmentResult result = assess(scheme(List.of(), Caps.NONE, List.of(), FLAGS, List.of(share),
                Ranking.DEFAULT), log);
        assertThat(result.pool("towns").unit("d").base().getAsDouble()).isFinite().isGreaterThan(1e300);
        assertThat(result.toJson()).contains("\"unit\": \"d\"");
    }

    @Test
    void weighsTheQuartersForTheAnnualAssessment() {
        Plan plan = plan();
        ProgressLog log = ProgressLog.of(plan, List.of(Report.of("d.x", LocalDate.of(2023, 3, 31), 24.657534246575342),
                Report.of("d.x", LocalDate.of(2023, 6, 30), 24.794520547945204), Report.of("d.x", END, 50)));
        AssessmentScheme weighted = new AssessmentScheme("s", "考核", "p", List.of(new Pool("towns", "乡镇",
                List.of("d"))), Credit.DEFAULT, List.of(), List.of(), GRADES, List.of(), Caps.NONE, List.of(), FLAGS,
                new Annual(List.of(0.25, 0.25, 0.25, 0.25)), Ranking.DEFAULT);

        UnitResult d = new Assessment(weighted, plan, Scoring.standard()).assess(log, AssessmentPeriod.year(2023))
                .unit("d");

        // Q1 24.66 of 24.66 expected → 100; Q2 24.79 of 49.59 → 50; Q3 the Q2 report of 74.79 → 33.15; Q4 50.
        assertThat(d.base().getAsDouble()).isCloseTo((100 + 50 + 24.794520547945204 / (100.0 * 273 / 365) * 100 + 50)
                / 4, within(1e-6));
        assertThat(d.explanation().inEnglish()).contains("(weighted quarters)");
    }

    @Test
    void tellsAUnitWhatItTakesToMoveUp() {
        AssessmentScheme scheme = scheme(List.of(), Caps.NONE, List.of(), FLAGS, List.of(), Ranking.DEFAULT);

        UnitWhatIf w = assess(scheme, log(plan(), 100, 80, 80, 50)).whatIf("d");

        assertThat(w.nextRank()).hasValueSatisfying(g -> {
            assertThat(g.gain()).isEqualTo(30);
            assertThat(g.what()).isEqualTo("rank 2");
        });
        assertThat(w.nextGrade()).hasValueSatisfying(g -> assertThat(g.gain()).isEqualTo(10));
        assertThat(w.levers()).singleElement().satisfies(l -> assertThat(l.maxGain()).isEqualTo(50));
        assertThat(w.soonest()).containsExactly("d.x");
        assertThat(w.explanation().inChinese()).startsWith("D镇得分50（第4名）；再得30分可追平");
    }
}
