package io.github.policyplan.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Named.named;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.networknt.schema.Error;
import io.github.policyplan.core.InputException;
import io.github.policyplan.model.Plan;
import io.github.policyplan.plans.Plans;
import io.github.policyplan.schema.SchemaFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The JSON Schema of assessment schemes, {@code scheme.schema.json}, accepts what the scheme reader
 * accepts and refuses what it refuses for a reason of shape: every valid scheme validates, the bad schemes
 * refused for their shape are refused, and, one form at a time, the schema and the reader agree. What needs
 * the plan (units, targets, patterns, the period) or relates items of a list to each other (duplicate ids,
 * falling grade minimums, only the last grade without a minimum) only the reader refuses; those cases are
 * listed apart.
 */
class SchemeSchemaTest {

    private static final String SCHEMA = "scheme.schema.json";
    private static final Path RESOURCES = Path.of("src/test/resources");
    private static final Path EXAMPLES = Path.of("../examples/src/main/resources");

    @ParameterizedTest(name = "{0}")
    @MethodSource("validSchemes")
    void acceptsEveryValidScheme(Path scheme, Path plan) throws IOException {
        assertThat(Assessments.read(scheme, Plans.read(plan)).scheme().pools()).isNotEmpty();
        assertThat(SchemaFiles.validate(SCHEMA, SchemaFiles.yaml(scheme))).isEmpty();
    }

    static Stream<Arguments> validSchemes() {
        return Stream.of(
                arguments(RESOURCES.resolve("assess/valid-scheme.yaml"), RESOURCES.resolve("assess/plan.yaml")),
                arguments(RESOURCES.resolve("corpus/accepted/scheme-date-in-chinese.yaml"),
                        RESOURCES.resolve("corpus/units-plan.yaml")),
                arguments(EXAMPLES.resolve("assess/investment-2023.yaml"), EXAMPLES.resolve("plans/investment-2023.yaml")),
                arguments(EXAMPLES.resolve("assess/county-2023-annual.yaml"), EXAMPLES.resolve("plans/county-2023.yaml")));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"bad/schemes/03-unknown-top-level-key.yaml", "bad/schemes/05-missing-pools.yaml",
            "bad/schemes/07-credit-lead-above-one.yaml",
            "bad/schemes/11-peer-pattern-without-unit.yaml", "bad/schemes/14-unknown-peer-method.yaml",
            "bad/schemes/15-rank-points-without-points.yaml", "bad/schemes/18-adjustment-kind-misspelt.yaml",
            "bad/schemes/19-adjustment-date-slashes.yaml", "bad/schemes/22-veto-kind-unknown.yaml",
            "bad/schemes/23-awards-ties-unknown.yaml", "bad/schemes/24-annual-three-weights.yaml",
            "bad/schemes/25-adjustment-points-zero.yaml", "bad/schemes/27-quota-above-one.yaml",
            "bad/schemes/28-ranking-decimals-seven.yaml", "bad/schemes/31-reporting-penalty-zero.yaml",
            "bad/schemes/32-reporting-per-misspelt.yaml", "bad/schemes/33-reporting-no-penalty-negative-cap.yaml",
            "bad/schemes/34-reporting-points-with-unit.yaml", "corpus/schemes/adjustment-negative-points.yaml",
            "corpus/schemes/cap-penalty-written-negative.yaml", "corpus/schemes/cooperating-share-as-percent-number.yaml",
            "corpus/schemes/decimals-in-words.yaml", "corpus/schemes/key-typo-wieght.yaml",
            "corpus/schemes/list-not-map.yaml", "corpus/schemes/number-with-unit-in-cap.yaml",
            "corpus/schemes/number-with-unit-in-min.yaml", "corpus/schemes/number-with-unit-in-points.yaml",
            "corpus/schemes/quota-as-percent-number.yaml", "corpus/schemes/ref-adjustment-kind-in-chinese.yaml",
            "corpus/schemes/ref-peer-pattern-typo.yaml", "corpus/schemes/ref-pool-kind-typo.yaml",
            "corpus/schemes/ref-ties-capitalised.yaml", "corpus/schemes/scalar-not-map.yaml",
            "corpus/schemes/veto-without-reason.yaml", "corpus/schemes/fullwidth-brackets-in-units.yaml"})
    void refusesTheBadSchemesTheReaderRefusesForTheirShape(String file) {
        assertThat(SchemaFiles.validate(SCHEMA, SchemaFiles.yaml(RESOURCES.resolve(file)))).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    void agreesWithTheReader(String yaml, boolean accepted) throws IOException {
        Plan plan = Plans.read(RESOURCES.resolve("assess/plan.yaml"));
        Throwable thrown = catchThrowable(() -> Assessments.parse(yaml, "scheme.yaml", plan));
        List<Error> errors = SchemaFiles.validate(SCHEMA, SchemaFiles.yaml(yaml));

        if (!accepted) {
            assertThat(thrown).as("what the reader throws").isInstanceOf(InputException.class);
        }
        assertThat(thrown == null).as("the reader accepts it (threw %s)", thrown).isEqualTo(accepted);
        assertThat(errors.isEmpty()).as("the schema accepts it (errors: %s)", errors).isEqualTo(accepted);
    }

    static Stream<Arguments> forms() {
        return Stream.of(
                accepted("the least a scheme holds", ""),
                acceptedFile("a pool of units named one by one",
                        "id: c\ntitle: 考核\nplan: assess-test-2023\npools: [{id: d, name: 县直部门, units: [商务局, 县工信局]}]\n"),
                acceptedFile("a pool of one unit, not in a list",
                        "id: c\ntitle: 考核\nplan: assess-test-2023\npools: [{id: d, units: gxj}]\n"),
                acceptedFile("a pool with a kind and units left empty",
                        "id: c\ntitle: 考核\nplan: assess-test-2023\npools: [{id: t, kind: township, units: }]\n"),
                acceptedFile("a scheme id written as a number",
                        "id: 2023\ntitle: 考核\nplan: assess-test-2023\npools: [{id: t, kind: township}]\n"),
                accepted("credit split 70/30", "credit: {lead: 0.7, cooperating: 0.3, split: true}"),
                accepted("credit left empty", "credit:"),
                accepted("an assignment", "assignments: [{unit: 城关, targets: [cgz.funds, xjz.funds]}]"),
                accepted("an assignment without targets", "assignments: [{unit: cgz}]"),
                accepted("a peer metric by pattern", "peers: [{id: f, targets: '{unit}.funds', points: [60, 57], step: 3}]"),
                accepted("a peer metric by map, linear", "peers: [{id: p, targets: {城关: cgz.projects, xjz: xjz.projects},"
                        + " by: value, method: linear, floor: 70, weight: 0.5}]"),
                accepted("a proportional peer metric without points",
                        "peers: [{id: f, targets: '{unit}.funds', method: proportional}]"),
                accepted("a peer metric of weight 0 (left out)",
                        "peers: [{id: f, targets: '{unit}.funds', points: [60], weight: 0}]"),
                accepted("grades with a quota", "grades: [{name: 优秀, min: 90, quota: 0.3}, {name: 良好, min: 80},"
                        + " {name: 不合格}]"),
                accepted("one grade", "grades: [{name: 合格}]"),
                accepted("an adjustment", "adjustments: [{unit: cgz, kind: bonus, points: 2, category: 上级表彰,"
                        + " reason: 表彰, evidence: 县〔2023〕12号, date: 2023-11-20}]"),
                accepted("an adjustment dated the Chinese way",
                        "adjustments: [{unit: cgz, kind: penalty, points: 0.5, reason: 迟报, date: 2023年12月28日}]"),
                accepted("an adjustment dated by a year written as a number",
                        "adjustments: [{unit: cgz, kind: penalty, points: 0.5, reason: 迟报, date: 2023}]"),
                accepted("an adjustment dated by a quarter in lower case",
                        "adjustments: [{unit: cgz, kind: penalty, points: 0.5, reason: 迟报, date: 2023-q4}]"),
                accepted("caps", "caps: {bonus: 3, penalty: 0, categories: {上级表彰: 2, 报送: 1}}"),
                accepted("a veto of the default kind", "vetoes: [{unit: 马坪镇, reason: 违规, date: 2023-Q4}]"),
                accepted("a veto of the top grade",
                        "vetoes: [{unit: gxj, kind: veto-top-grade, reason: 通报, date: 2023年四季度}]"),
                accepted("awards", "awards: {flags: [冠军旗, 亚军旗, 季军旗], ties: dense, redList: 2, blackList: 0}"),
                accepted("one flag, not in a list", "awards: {flags: 冠军旗}"),
                accepted("a list size written 2.0", "awards: {redList: 2.0}"),
                accepted("annual year-end", "annual: year-end"),
                accepted("annual weights", "annual: {weights: [0, 0, 0.5, 0.5]}"),
                accepted("annual left empty", "annual:"),
                accepted("ranking", "ranking: {decimals: 0, margin: 0, quotaTies: up}"),
                accepted("a penalty for missing reports", "reporting: {penalty: 1}"),
                accepted("a penalty for missing reports in full",
                        "reporting: {penalty: 0.5, per: missing-report, cap: 5, category: 报送}"),
                accepted("a penalty for missing reports without a cap", "reporting: {penalty: 1, cap: }"),
                accepted("reporting left empty", "reporting:"),

                refusedFile("no pools", "id: c\ntitle: 考核\nplan: assess-test-2023\n"),
                refusedFile("no pool at all", "id: c\ntitle: 考核\nplan: assess-test-2023\npools: []\n"),
                refusedFile("no id", "title: 考核\nplan: assess-test-2023\npools: [{id: t, kind: township}]\n"),
                refusedFile("a pool without kind or units",
                        "id: c\ntitle: 考核\nplan: assess-test-2023\npools: [{id: t, name: 乡镇}]\n"),
                refusedFile("a pool with both left empty",
                        "id: c\ntitle: 考核\nplan: assess-test-2023\npools: [{id: t, kind: , units: }]\n"),
                refusedFile("a pool of kind village",
                        "id: c\ntitle: 考核\nplan: assess-test-2023\npools: [{id: t, kind: village}]\n"),
                refusedFile("a pool without an id", "id: c\ntitle: 考核\nplan: assess-test-2023\npools: [{kind: township}]\n"),
                refusedFile("a list, not a map", "- id: c\n"),
                refused("an unknown key", "weights: [1, 2]"),
                refused("a lead's share of 0", "credit: {lead: 0}"),
                refused("a lead's share of 1.5", "credit: {lead: 1.5}"),
                refused("a cooperating share of 30", "credit: {cooperating: 30}"),
                refused("split written 1", "credit: {split: 1}"),
                // bad/schemes/08 writes split: yes, text to the reader and to YAML 1.2 editors; the YAML 1.1
                // parser these tests validate with reads it as true, so the same mistake is tried quoted.
                refused("split written 'yes'", "credit: {split: 'yes'}"),
                refused("an assignment without a unit", "assignments: [{targets: [cgz.funds]}]"),
                refused("a peer pattern without {unit}", "peers: [{id: f, targets: 'cgz.funds', points: [60]}]"),
                refused("peer targets as a list", "peers: [{id: f, targets: [cgz.funds], points: [60]}]"),
                refused("rank points without points", "peers: [{id: f, targets: '{unit}.funds'}]"),
                refused("rank points with no points", "peers: [{id: f, targets: '{unit}.funds', points: []}]"),
                refused("an unknown method", "peers: [{id: f, targets: '{unit}.funds', method: average}]"),
                refused("an unknown by", "peers: [{id: f, targets: '{unit}.funds', points: [60], by: score}]"),
                refused("a negative step", "peers: [{id: f, targets: '{unit}.funds', points: [60], step: -3}]"),
                refused("no grade at all", "grades: []"),
                refused("a grade without a name", "grades: [{min: 90}, {name: 不合格}]"),
                refused("a quota of 30", "grades: [{name: 优秀, min: 90, quota: 30}, {name: 不合格}]"),
                refused("a quota of 0", "grades: [{name: 优秀, min: 90, quota: 0}, {name: 不合格}]"),
                refused("an adjustment of kind 加分",
                        "adjustments: [{unit: cgz, kind: 加分, points: 2, reason: 表彰, date: 2023-11-20}]"),
                refused("an adjustment of 0 points",
                        "adjustments: [{unit: cgz, kind: bonus, points: 0, reason: 表彰, date: 2023-11-20}]"),
                refused("an adjustment without a reason",
                        "adjustments: [{unit: cgz, kind: bonus, points: 2, date: 2023-11-20}]"),
                refused("an adjustment without a kind",
                        "adjustments: [{unit: cgz, points: 2, reason: 表彰, date: 2023-11-20}]"),
                refused("an adjustment without a date", "adjustments: [{unit: cgz, kind: bonus, points: 2, reason: 表彰}]"),
                refused("an adjustment dated with slashes",
                        "adjustments: [{unit: cgz, kind: bonus, points: 2, reason: 表彰, date: 2023/11/20}]"),
                refused("an adjustment dated 2023年下半年",
                        "adjustments: [{unit: cgz, kind: bonus, points: 2, reason: 表彰, date: 2023年下半年}]"),
                refused("a negative category cap", "caps: {categories: {上级表彰: -2}}"),
                refused("category caps as a list", "caps: {categories: [上级表彰]}"),
                refused("a veto of an unknown kind", "vetoes: [{unit: cgz, kind: 否决, reason: 违规, date: 2023-Q4}]"),
                refused("ties Standard", "awards: {ties: Standard}"),
                refused("a red list of 1.5", "awards: {redList: 1.5}"),
                refused("a negative black list", "awards: {blackList: -1}"),
                refused("three annual weights", "annual: {weights: [0.3, 0.3, 0.4]}"),
                refused("four annual weights of 0", "annual: {weights: [0, 0, 0, 0]}"),
                refused("a negative annual weight", "annual: {weights: [-1, 1, 1, 1]}"),
                refused("annual without weights", "annual: {}"),
                refused("annual quarterly", "annual: quarterly"),
                refused("seven decimals", "ranking: {decimals: 7}"),
                refused("1.5 decimals", "ranking: {decimals: 1.5}"),
                refused("a negative margin", "ranking: {margin: -0.5}"),
                refused("quota ties sideways", "ranking: {quotaTies: sideways}"),
                refused("reporting without a penalty", "reporting: {cap: 5}"),
                refused("a penalty of 0 per missing report", "reporting: {penalty: 0}"),
                refused("a penalty written 1分", "reporting: {penalty: 1分}"),
                refused("reporting per missing target", "reporting: {penalty: 1, per: missing-target}"),
                refused("a negative reporting cap", "reporting: {penalty: 1, cap: -5}"),
                refused("reporting as a number", "reporting: 1"),
                refused("an unknown reporting key", "reporting: {penalty: 1, points: 2}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("onlyTheReader")
    void onlyTheReaderRefusesWhatNeedsThePlanOrRelatesItemsToEachOther(String yaml) throws IOException {
        Plan plan = Plans.read(RESOURCES.resolve("assess/plan.yaml"));

        assertThat(catchThrowable(() -> Assessments.parse(yaml, "scheme.yaml", plan)))
                .isInstanceOf(InputException.class);
        assertThat(SchemaFiles.validate(SCHEMA, SchemaFiles.yaml(yaml))).isEmpty();
    }

    static Stream<Arguments> onlyTheReader() {
        return Stream.of(
                arguments(named("the id of another plan",
                        "id: c\ntitle: 考核\nplan: county-2023\npools: [{id: t, kind: township}]\n")),
                arguments(named("a unit the plan lacks",
                        "id: c\ntitle: 考核\nplan: assess-test-2023\npools: [{id: d, units: [县教育局]}]\n")),
                arguments(named("a unit in two pools", "id: c\ntitle: 考核\nplan: assess-test-2023\n"
                        + "pools: [{id: t, kind: township}, {id: d, units: [cgz]}]\n")),
                arguments(named("two pools with one id", "id: c\ntitle: 考核\nplan: assess-test-2023\n"
                        + "pools: [{id: t, kind: township}, {id: t, kind: department}]\n")),
                only("a target the plan lacks", "assignments: [{unit: cgz, targets: [cgz.visitors]}]"),
                only("a pattern that matches no target", "peers: [{id: f, targets: '{unit}.visitors', points: [60]}]"),
                only("an adjustment dated outside the period",
                        "adjustments: [{unit: cgz, kind: bonus, points: 2, reason: 表彰, date: 2024-01-10}]"),
                only("a day that does not exist",
                        "adjustments: [{unit: cgz, kind: bonus, points: 2, reason: 表彰, date: 2023-02-30}]"),
                only("the last grade with a minimum", "grades: [{name: 优秀, min: 90}, {name: 合格, min: 60}]"),
                only("a middle grade without a minimum", "grades: [{name: 优秀, min: 90}, {name: 良好}, {name: 不合格}]"),
                only("grade minimums that do not fall", "grades: [{name: 良好, min: 80}, {name: 优秀, min: 90},"
                        + " {name: 不合格}]"),
                only("one grade name twice", "grades: [{name: 优秀, min: 90}, {name: 优秀}]"),
                only("one peer id twice", "peers: [{id: f, targets: '{unit}.funds', points: [60]},"
                        + " {id: f, targets: '{unit}.projects', points: [60]}]"));
    }

    private static String scheme(String extra) {
        return "id: c\ntitle: 考核\nplan: assess-test-2023\npools: [{id: t, kind: township}]\n" + extra + "\n";
    }

    private static Arguments accepted(String name, String extra) {
        return arguments(named(name, scheme(extra)), true);
    }

    private static Arguments refused(String name, String extra) {
        return arguments(named(name, scheme(extra)), false);
    }

    private static Arguments acceptedFile(String name, String yaml) {
        return arguments(named(name, yaml), true);
    }

    private static Arguments refusedFile(String name, String yaml) {
        return arguments(named(name, yaml), false);
    }

    private static Arguments only(String name, String extra) {
        return arguments(named(name, scheme(extra)));
    }
}
