package io.github.policyplan.rollup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.policyplan.model.Plan;
import io.github.policyplan.progress.Progress;
import io.github.policyplan.progress.ProgressLog;
import io.github.policyplan.scoring.NodeScore;
import io.github.policyplan.scoring.Scorecard;
import io.github.policyplan.scoring.Scoring;
import io.github.policyplan.scoring.UnitShares;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Each unit's share appears in the scorecard under its parent (issue 14, point 4): the roll-up's scorecard
 * carries, on each broken-down target, its units' shares scored like targets, the roll-up and its coverage,
 * in {@link NodeScore#shares()} and in its JSON; the parent's own score is untouched.
 */
class SharesInScorecardTest {

    private static final LocalDate Q2 = LocalDate.of(2023, 6, 30);

    private static RolledUp rollUp(Plan plan) {
        ProgressLog log = Progress.parse(BreakdownFixtures.REPORTS, "reports.csv", plan);
        return RollUp.standard().score(plan, log, Q2);
    }

    @Test
    void eachBrokenDownTargetCarriesItsUnitsSharesTheRollUpAndItsCoverage() {
        RolledUp r = rollUp(BreakdownFixtures.plan());

        UnitShares funds = r.scorecard().node("funds").shares().orElseThrow();

        assertThat(funds.units()).extracting(NodeScore::id).containsExactly("funds.cgz", "funds.xjz", "funds.mpz");
        assertThat(funds.units()).extracting(NodeScore::title).containsExactly("城关镇", "新集镇", "马坪镇");
        assertThat(funds.units()).containsExactlyElementsOf(r.shares().orElseThrow().node("funds").children());
        assertThat(funds.reported()).isEqualTo(2); // 马坪镇's report of 2023-03-31 is not the second quarter's
        assertThat(funds.coverage().inChinese()).isEqualTo("3个乡镇中2个已报送");
        assertThat(funds.coverage().inEnglish()).isEqualTo("2 of 3 townships reported");
        assertThat(funds.rollUp()).isEqualTo(r.target("funds").explanation());
        assertThat(funds.rollUp().inChinese()).startsWith("合计 7.5亿元 = 城关镇 4.5亿元 + 新集镇 3亿元；3个乡镇中2个已报送");
        assertThat(funds.unit("cgz")).contains(funds.units().get(0));
        // 城关镇: 4.5 against 8 × 181/365 = 3.97 expected, 113.43 capped at 100
        assertThat(funds.units().get(0).score()).hasValue(100);
        assertThat(funds.units().get(0).explanation().inChinese()).startsWith("得分 100 = 完成值4.5 ÷ 时序目标3.97 × 100");
        assertThat(r.scorecard().node("rate").shares()).isPresent();
        assertThat(r.scorecard().node("plain").shares()).as("not broken down").isEmpty();
        assertThat(r.scorecard().node("s1").shares()).as("a section").isEmpty();
    }

    @Test
    void theParentsScoreStaysItsOwnNotTheMeanOfItsUnits() {
        RolledUp r = rollUp(BreakdownFixtures.plan());
        Scorecard plain = Scoring.standard().score(BreakdownFixtures.plan(), r.log(), Q2);

        for (NodeScore t : plain.targets()) {
            NodeScore withShares = r.scorecard().node(t.id());
            assertThat(withShares.score()).isEqualTo(t.score());
            assertThat(withShares.status()).isEqualTo(t.status());
            assertThat(withShares.explanation()).isEqualTo(t.explanation());
        }
        assertThat(r.scorecard()).isNotEqualTo(plain).as("the shares are part of what the scorecard shows");
        assertThat(r.scorecard().withShares(Map.of())).isEqualTo(plain);
    }

    @Test
    void theJsonCarriesABreakdownUnderEachBrokenDownTarget() throws Exception {
        RolledUp r = rollUp(BreakdownFixtures.plan());

        JsonNode root = new ObjectMapper().readTree(r.scorecard().toJson());
        JsonNode targets = root.get("root").get("children").get(0).get("children");
        JsonNode funds = targets.get(0);
        JsonNode breakdown = funds.get("breakdown");

        assertThat(funds.get("id").asText()).isEqualTo("funds");
        assertThat(breakdown.get("reported").asInt()).isEqualTo(2);
        assertThat(breakdown.get("units").asInt()).isEqualTo(3);
        assertThat(breakdown.get("coverage").get("zh").asText()).isEqualTo("3个乡镇中2个已报送");
        assertThat(breakdown.get("rollUp").get("en").asText()).startsWith("total 7.5亿元 = 城关镇 4.5亿元 + 新集镇 3亿元; 2 of 3");
        JsonNode cgz = breakdown.get("shares").get(0);
        assertThat(cgz.get("id").asText()).isEqualTo("funds.cgz");
        assertThat(cgz.get("title").asText()).isEqualTo("城关镇");
        assertThat(cgz.get("kind").asText()).isEqualTo("target");
        assertThat(cgz.get("goal").asDouble()).isEqualTo(8);
        assertThat(cgz.get("actual").asDouble()).isEqualTo(4.5);
        assertThat(cgz.get("score").asDouble()).isEqualTo(100);
        assertThat(cgz.get("status").asText()).isEqualTo("on-track");
        assertThat(targets.get(4).has("breakdown")).as("plain").isFalse();
        assertThat(r.scorecard().toJson()).isEqualTo(rollUp(BreakdownFixtures.plan()).scorecard().toJson());
    }

    @Test
    void sharesAttachOnlyToTargetsOfThePlan() {
        RolledUp r = rollUp(BreakdownFixtures.plan());
        UnitShares funds = r.scorecard().node("funds").shares().orElseThrow();

        assertThatThrownBy(() -> r.scorecard().withShares(Map.of("s1", funds)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no target 's1'");
        assertThatThrownBy(() -> new UnitShares(funds.rollUp(), funds.coverage(), 4, funds.units()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
