package io.github.policyplan.scoring;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How a node's status follows from its targets (issue 11, point 5): an item whose mean score reads as on
 * track while one of its targets is missed.
 */
class NodeStatusTest {

    private static final LocalDate END = LocalDate.of(2023, 12, 31);

    private static Target count(String id) {
        return Target.builder(id, "目标" + id).measure(MeasureKind.COUNT, "家").goal(100).due(END).lead("kj").build();
    }

    /** Three targets met (100 each) and one missed at 90 of 100: the mean is (3 × 100 + 90) ÷ 4 = 97.5. */
    private static Scorecard card(Scoring scoring) {
        Plan plan = Plan.builder("p", "计划").issuer("县委").period(PlanPeriod.years(2023, 2023))
                .department(Department.of("kj", "县科技局", UnitKind.DEPARTMENT))
                .section(Section.builder("s1", "强科技")
                        .item(Item.of("s1.i1", "平台", count("a"), count("b"), count("c"), count("d"))).build())
                .build();
        ProgressLog log = ProgressLog.of(plan, List.of(Report.of("a", END, 100), Report.of("b", END, 100),
                Report.of("c", END, 120), Report.of("d", END, 90)));
        return scoring.score(plan, log, END);
    }

    @Test
    void byDefaultANodeWithAMissedTargetIsNotOnTrackWhateverItsScore() {
        NodeScore item = card(Scoring.standard()).node("s1.i1");

        assertThat(item.score()).hasValue(97.5);
        assertThat(item.counts().count(Status.MISSED)).isEqualTo(1);
        assertThat(item.status()).isEqualTo(Status.AT_RISK);
        assertThat(item.explanation().inEnglish()).contains("; status at risk (score ÷ 100 = 0.98 read as a pace is"
                + " on track, but 1 target is missed or off track); 4 targets, 3 achieved, 1 missed");
        assertThat(item.explanation().inChinese()).contains("；状态：存在风险（得分率0.98按进度比为正常推进，"
                + "但有1个目标未完成或进度滞后）；共4个目标，已完成3个，未完成1个");
    }

    @Test
    void byScoreTheNodeIsOnTrackAsIn010() {
        Scoring scoring = Scoring.standard().withNodeStatus(NodeStatusRule.BY_SCORE);
        NodeScore item = card(scoring).node("s1.i1");

        assertThat(scoring.nodeStatus()).isEqualTo(NodeStatusRule.BY_SCORE);
        assertThat(item.status()).isEqualTo(Status.ON_TRACK);
        assertThat(item.explanation().inEnglish()).contains("; status on track (score ÷ 100 = 0.98 read as a pace);"
                + " 4 targets, 3 achieved, 1 missed");
    }

    @Test
    void byTheWorstTargetTheNodeIsMissed() {
        Scorecard card = card(Scoring.standard().withNodeStatus(NodeStatusRule.WORST_TARGET));

        assertThat(card.node("s1.i1").status()).isEqualTo(Status.MISSED);
        assertThat(card.root().status()).isEqualTo(Status.MISSED);
    }

    @Test
    void aNodeWhoseTargetsAreAllMetIsAchievedUnderEveryRule() {
        for (NodeStatusRule rule : NodeStatusRule.values()) {
            Scorecard card = card(Scoring.standard().withNodeStatus(rule));
            assertThat(card.node("a").status()).as(rule.name()).isEqualTo(Status.ACHIEVED);
        }
    }
}
