package io.github.policyplan.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import io.github.policyplan.assessment.AssessmentScheme.AdjustmentKind;
import io.github.policyplan.assessment.AssessmentScheme.Credit;
import io.github.policyplan.assessment.AssessmentScheme.GradeBand;
import io.github.policyplan.assessment.AssessmentScheme.PeerMethod;
import io.github.policyplan.assessment.AssessmentScheme.Pool;
import io.github.policyplan.assessment.AssessmentScheme.VetoKind;
import io.github.policyplan.model.Department;
import io.github.policyplan.model.Plan;
import io.github.policyplan.model.UnitKind;
import io.github.policyplan.plans.GoalSheet;
import io.github.policyplan.plans.GoalSheets;
import io.github.policyplan.plans.Plans;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Reading assessment schemes: every key of {@code assess/valid-scheme.yaml} lands in its field of
 * {@link AssessmentScheme} (pools by kind and by list, credit, assignments, peer metrics by pattern
 * and by map, grades and quota, adjustments, caps, vetoes, awards, annual weights, ranking); the
 * optional sections take their documented defaults; a unit may be written by its id, an alias or
 * its full name; and the two example schemes load against their plans.
 */
class SchemeReaderTest {

    private static final Path PLAN = Path.of("src/test/resources/assess/plan.yaml");
    private static final Path VALID = Path.of("src/test/resources/assess/valid-scheme.yaml");
    private static final Path EXAMPLES = Path.of("../examples/src/main/resources");

    private static Plan plan;
    private static AssessmentScheme scheme;

    @BeforeAll
    static void read() throws IOException {
        plan = Plans.read(PLAN);
        scheme = Assessments.read(VALID, plan).scheme();
    }

    @Test
    void namesTheSchemeAndThePlanItAssesses() {
        assertThat(scheme.id()).isEqualTo("assess-test-contest");
        assertThat(scheme.title()).isEqualTo("2023年度招商引资争先夺旗考核（测试）");
        assertThat(scheme.planId()).isEqualTo("assess-test-2023").isEqualTo(plan.id());
    }

    @Test
    void fillsOnePoolByUnitKindAndAnotherFromItsListOfUnits() {
        assertThat(scheme.pools()).extracting(Pool::id, Pool::name, Pool::units).containsExactly(
                tuple("townships", "乡镇", List.of("cgz", "xjz", "mpz")),
                tuple("departments", "县直部门", List.of("shwj", "gxj")));
    }

    @Test
    void readsTheCreditOfLeadAndCooperatingUnitsWithItsSplit() {
        assertThat(scheme.credit()).isEqualTo(new Credit(0.7, 0.3, true));
    }

    @Test
    void readsAnAssignmentWithItsUnitResolvedToTheUnitsId() {
        assertThat(scheme.assignments()).singleElement().satisfies(a -> {
            assertThat(a.unit()).isEqualTo("shwj");
            assertThat(a.targets()).containsExactly("cgz.funds", "xjz.funds");
        });
    }

    @Test
    void expandsAPeerPatternToTheMatchingTargetOfEveryPooledUnit() {
        AssessmentScheme.PeerMetric funds = scheme.peers().get(0);

        assertThat(funds.id()).isEqualTo("funds-rank");
        assertThat(funds.name()).isEqualTo("引进到位资金完成率排名");
        assertThat(funds.targets()).containsOnly(entry("cgz", "cgz.funds"), entry("xjz", "xjz.funds"),
                entry("mpz", "mpz.funds"), entry("shwj", "shwj.funds"), entry("gxj", "gxj.funds"));
        assertThat(funds.byValue()).as("by: completion").isFalse();
        assertThat(funds.method()).isEqualTo(PeerMethod.RANK_POINTS);
        assertThat(funds.points()).containsExactly(100.0, 97.0, 94.0);
        assertThat(funds.step()).isEqualTo(3);
        assertThat(funds.floor()).isEqualTo(60);
        assertThat(funds.weight()).isEqualTo(2);
    }

    @Test
    void readsAPeerMapWhoseUnitsAreWrittenByAliasIdAndFullName() {
        AssessmentScheme.PeerMetric projects = scheme.peers().get(1);

        assertThat(scheme.peers()).hasSize(2);
        assertThat(projects.id()).isEqualTo("projects-value");
        assertThat(projects.name()).isEqualTo("新签约项目数比较");
        assertThat(projects.targets()).containsOnly(entry("cgz", "cgz.projects"), entry("xjz", "xjz.projects"),
                entry("mpz", "mpz.projects"));
        assertThat(projects.byValue()).as("by: value").isTrue();
        assertThat(projects.method()).isEqualTo(PeerMethod.LINEAR);
        assertThat(projects.points()).isEmpty();
        assertThat(projects.step()).isZero();
        assertThat(projects.floor()).isEqualTo(70);
        assertThat(projects.weight()).isEqualTo(0.5);
    }

    @Test
    void readsTheGradeBandsBestFirstWithTheQuotaOfTheTopGrade() {
        assertThat(scheme.grades()).containsExactly(
                new GradeBand("优秀", Optional.of(90.0), Optional.of(0.3)),
                new GradeBand("良好", Optional.of(80.0), Optional.empty()),
                new GradeBand("合格", Optional.of(60.0), Optional.empty()),
                new GradeBand("不合格", Optional.empty(), Optional.empty()));
    }

    @Test
    void readsABonusWithItsEvidenceAndAPenaltyWhoseCategoryDefaultsToItsKind() {
        assertThat(scheme.adjustments()).containsExactly(
                new AssessmentScheme.Adjustment("cgz", AdjustmentKind.BONUS, 2, "上级表彰", "招商项目获省级表彰",
                        Optional.of("县招商办〔2023〕12号"), LocalDate.of(2023, 11, 20)),
                new AssessmentScheme.Adjustment("xjz", AdjustmentKind.PENALTY, 0.5, "penalty", "四季度数据迟报",
                        Optional.empty(), LocalDate.of(2023, 12, 28)));
    }

    @Test
    void readsTheCapsOnBonusPenaltyAndEachCategory() {
        assertThat(scheme.caps().bonus()).contains(3.0);
        assertThat(scheme.caps().penalty()).contains(5.0);
        assertThat(scheme.caps().categories()).containsOnly(entry("上级表彰", 2.0), entry("报送", 1.0));
    }

    @Test
    void readsBothKindsOfVetoAndTakesAQuarterAsItsLastDay() {
        assertThat(scheme.vetoes()).containsExactly(
                new AssessmentScheme.Veto("mpz", VetoKind.VETO, "违规承诺优惠政策", LocalDate.of(2023, 9, 2)),
                new AssessmentScheme.Veto("gxj", VetoKind.VETO_TOP_GRADE, "园区安全生产事故被通报",
                        LocalDate.of(2023, 12, 31)));
    }

    @Test
    void readsTheFlagsTheirTieRuleAndTheSizesOfTheRedAndBlackLists() {
        assertThat(scheme.awards()).isEqualTo(new AssessmentScheme.Awards(List.of("冠军旗", "亚军旗", "季军旗"),
                AssessmentScheme.FlagTies.DENSE, 2, 1));
    }

    @Test
    void readsTheQuarterWeightsOfTheAnnualAssessment() {
        assertThat(scheme.annual().quarterWeights()).containsExactly(0.1, 0.2, 0.3, 0.4);
    }

    @Test
    void readsEveryRankingKey() {
        assertThat(scheme.ranking()).isEqualTo(new AssessmentScheme.Ranking(1, 0.25,
                AssessmentScheme.QuotaTies.UP));
    }

    @Test
    void givesTheOptionalSectionsTheirDefaultsWhenLeftOut() {
        String text = """
                id: minimal
                title: 最简考核方案
                plan: assess-test-2023
                pools:
                  - {id: townships, kind: township}
                """;

        AssessmentScheme minimal = Assessments.parse(text, "minimal.yaml", plan).scheme();

        assertThat(minimal.pools()).singleElement().satisfies(p -> assertThat(p.name()).as("name defaults to id")
                .isEqualTo("townships"));
        assertThat(minimal.credit()).isEqualTo(Credit.DEFAULT);
        assertThat(minimal.assignments()).isEmpty();
        assertThat(minimal.peers()).isEmpty();
        assertThat(minimal.grades()).extracting(GradeBand::name, GradeBand::min).containsExactly(
                tuple("优秀", Optional.of(90.0)), tuple("良好", Optional.of(80.0)), tuple("合格", Optional.of(60.0)),
                tuple("不合格", Optional.empty()));
        assertThat(minimal.grades()).allSatisfy(g -> assertThat(g.quota()).isEmpty());
        assertThat(minimal.adjustments()).isEmpty();
        assertThat(minimal.caps()).isEqualTo(AssessmentScheme.Caps.NONE);
        assertThat(minimal.vetoes()).isEmpty();
        assertThat(minimal.awards()).isEqualTo(new AssessmentScheme.Awards(List.of(),
                AssessmentScheme.FlagTies.STANDARD, 0, 0));
        assertThat(minimal.annual()).isEqualTo(AssessmentScheme.Annual.YEAR_END);
        assertThat(minimal.ranking()).isEqualTo(AssessmentScheme.Ranking.DEFAULT);
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "shwj, shwj",
        "商务局, shwj",
        "商务, shwj",
        "县商务局, shwj",
        "gxj, gxj",
        "工信, gxj",
        "县工信局, gxj"
    })
    void takesAUnitWrittenByItsIdAnAliasOrItsFullName(String written, String id) {
        String text = """
                id: units
                title: 单位写法
                plan: assess-test-2023
                pools:
                  - {id: departments, units: [%1$s]}
                assignments:
                  - {unit: %1$s, targets: [cgz.funds]}
                peers:
                  - {id: p, targets: {%1$s: %2$s.projects}, method: linear}
                adjustments:
                  - {unit: %1$s, kind: bonus, points: 1, reason: 表彰, date: 2023-06-30}
                vetoes:
                  - {unit: %1$s, kind: veto-top-grade, reason: 通报, date: 2023-07-01}
                """.formatted(written, id);

        AssessmentScheme s = Assessments.parse(text, "units.yaml", plan).scheme();

        assertThat(s.pools().get(0).units()).containsExactly(id);
        assertThat(s.assignments()).extracting(AssessmentScheme.Assignment::unit).containsExactly(id);
        assertThat(s.peers().get(0).targets()).containsOnlyKeys(id);
        assertThat(s.adjustments()).extracting(AssessmentScheme.Adjustment::unit).containsExactly(id);
        assertThat(s.vetoes()).extracting(AssessmentScheme.Veto::unit).containsExactly(id);
    }

    @Test
    void loadsTheInvestmentContestExampleAgainstItsPlan() throws IOException {
        Plan investment = Plans.read(EXAMPLES.resolve("plans/investment-2023.yaml"));

        Assessment a = Assessments.read(EXAMPLES.resolve("assess/investment-2023.yaml"), investment);

        AssessmentScheme s = a.scheme();
        assertThat(a.plan()).isSameAs(investment);
        assertThat(s.id()).isEqualTo("investment-2023-contest");
        assertThat(s.planId()).isEqualTo("investment-2023");
        assertThat(s.pools()).extracting(Pool::id).containsExactly("townships", "departments");
        assertThat(s.pools().get(0).units()).isEqualTo(idsOfKind(investment, UnitKind.TOWNSHIP)).hasSize(11);
        assertThat(s.pools().get(1).units()).isEqualTo(idsOfKind(investment, UnitKind.DEPARTMENT)).hasSize(8);
        assertThat(s.peers()).singleElement().satisfies(m -> {
            assertThat(m.targets()).hasSize(19).containsEntry("cgz", "cgz.funds").containsEntry("kfw", "kfw.funds");
            assertThat(m.method()).isEqualTo(PeerMethod.RANK_POINTS);
        });
        assertThat(s.adjustments()).extracting(AssessmentScheme.Adjustment::unit)
                .containsExactly("cgz", "cgz", "llz", "xjz", "shwj");
        assertThat(s.vetoes()).extracting(AssessmentScheme.Veto::unit, AssessmentScheme.Veto::kind)
                .containsExactly(tuple("qsx", VetoKind.VETO), tuple("kfw", VetoKind.VETO_TOP_GRADE));
        assertThat(s.awards().flags()).containsExactly("冠军旗", "亚军旗", "季军旗");
        assertThat(s.annual().quarterWeights()).containsExactly(0.2, 0.2, 0.2, 0.4);
    }

    @Test
    void loadsTheCountyAnnualExampleAgainstTheCountyPlanWithItsIllustrativeGoals() throws IOException {
        Plan published = Plans.read(EXAMPLES.resolve("plans/county-2023.yaml"));
        Plan county = GoalSheets.read(EXAMPLES.resolve("plans/county-2023-illustrative.yaml"), published)
                .applyTo(published);

        AssessmentScheme s = Assessments.read(EXAMPLES.resolve("assess/county-2023-annual.yaml"), county).scheme();

        assertThat(s.id()).isEqualTo("county-2023-annual");
        assertThat(s.planId()).isEqualTo("county-2023").isEqualTo(county.id());
        assertThat(s.pools()).singleElement().satisfies(p -> {
            assertThat(p.id()).isEqualTo("departments");
            assertThat(p.units()).isNotEmpty().isEqualTo(idsOfKind(county, UnitKind.DEPARTMENT));
        });
        assertThat(s.adjustments()).extracting(AssessmentScheme.Adjustment::kind)
                .containsExactly(AdjustmentKind.BONUS, AdjustmentKind.PENALTY);
        assertThat(s.awards().flags()).isEmpty();
        assertThat(s.annual()).isEqualTo(AssessmentScheme.Annual.YEAR_END);
        assertThat(s.ranking().quotaTies()).isEqualTo(AssessmentScheme.QuotaTies.UP);
    }

    private static List<String> idsOfKind(Plan p, UnitKind kind) {
        return p.departments().stream().filter(d -> d.kind() == kind).map(Department::id).toList();
    }
}
