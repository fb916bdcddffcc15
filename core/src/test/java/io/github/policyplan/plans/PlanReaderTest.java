package io.github.policyplan.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.policyplan.model.Baseline;
import io.github.policyplan.model.Commitment;
import io.github.policyplan.model.Direction;
import io.github.policyplan.model.Goal;
import io.github.policyplan.model.MeasureKind;
import io.github.policyplan.model.Plan;
import io.github.policyplan.model.Strategy;
import io.github.policyplan.model.Target;
import io.github.policyplan.model.UnitKind;
import io.github.policyplan.rules.RuleResult;
import io.github.policyplan.scoring.Scoring;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading plans: what a valid file becomes, the defaults, the input forms and the limits. */
class PlanReaderTest {

    static final Path SMALL = Path.of("src/test/resources/plans/small.yaml");

    @Test
    void readsEveryFieldOfAValidPlan() throws IOException {
        Plan plan = Plans.read(SMALL);

        assertThat(plan.id()).isEqualTo("small-2023");
        assertThat(plan.issuer()).isEqualTo("县委");
        assertThat(plan.period().start()).isEqualTo(LocalDate.of(2023, 1, 1));
        assertThat(plan.period().end()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(plan.source().orElseThrow().location()).contains("docs/speech.txt");
        assertThat(plan.departments()).extracting(d -> d.id()).containsExactly("kj", "gx", "zhen1");
        assertThat(plan.department("zhen1").orElseThrow().kind()).isEqualTo(UnitKind.TOWNSHIP);
        assertThat(plan.department("kj").orElseThrow().kind()).isEqualTo(UnitKind.DEPARTMENT);
        assertThat(plan.targets()).hasSize(9);

        Target headline = plan.target("s1.t1").orElseThrow();
        assertThat(headline.measure().kind()).isEqualTo(MeasureKind.SHARE);
        assertThat(headline.measure().unit()).isEqualTo("%");
        assertThat(headline.baseline()).contains(Baseline.of(55, LocalDate.of(2022, 12, 31)));

        Target hte = plan.target("s1.i1.t1").orElseThrow();
        assertThat(hte.goal()).isEqualTo(Goal.unset());
        assertThat(hte.isGoalSet()).isFalse();
        assertThat(hte.commitment()).isEqualTo(Commitment.STRIVE);
        assertThat(hte.lead()).as("the alias 科技 resolves to the id").isEqualTo("kj");
        assertThat(hte.cooperating()).containsExactly("gx", "zhen1");
        assertThat(hte.checkpoints()).singleElement().satisfies(c -> {
            assertThat(c.date()).isEqualTo(LocalDate.of(2023, 6, 30));
            assertThat(c.expected()).isEqualTo(Goal.of(4));
        });
        assertThat(hte.rule()).contains(new Strategy("completion-rate", Map.of("cap", 120.0)));
        assertThat(hte.gloss()).contains("National high-tech enterprises certified");
        assertThat(hte.quote()).contains("力争到2023年底认定国家高新技术企业*家");

        Target energy = plan.target("energy").orElseThrow();
        assertThat(energy.measure().direction()).isEqualTo(Direction.LOWER_IS_BETTER);
        assertThat(energy.weight()).isEqualTo(2.0);
        assertThat(energy.commitment()).isEqualTo(Commitment.MUST);

        assertThat(plan.target("s1.i1.t3").orElseThrow().goal()).isEqualTo(Goal.level("建成"));
        assertThat(plan.target("s1.i1.t3").orElseThrow().due()).isEqualTo(LocalDate.of(2024, 6, 30));
        assertThat(plan.target("s1.i1.t4").orElseThrow().due()).isEqualTo(LocalDate.of(2023, 3, 31));
        assertThat(plan.target("s1.i1.t5").orElseThrow().goal()).isEqualTo(Goal.band(2, 3));
        assertThat(plan.target("industry.t3").orElseThrow().measure().direction())
                .as("a rank is lower-is-better by default").isEqualTo(Direction.LOWER_IS_BETTER);
        assertThat(plan.sections().get(1).weight()).isEqualTo(2.0);
        assertThat(plan.sections().get(1).items().get(0).weight()).isEqualTo(0.5);
    }

    @Test
    void givesSectionsItemsAndTargetsIdsByPositionWhenTheFileHasNone() throws IOException {
        Plan plan = Plans.read(SMALL);

        assertThat(plan.sections()).extracting(s -> s.id()).containsExactly("s1", "s2");
        assertThat(plan.sections().get(0).items()).extracting(i -> i.id()).containsExactly("s1.i1");
        assertThat(plan.targets()).extracting(Target::id).containsExactly("s1.t1", "s1.i1.t1", "energy",
                "s1.i1.t3", "s1.i1.t4", "s1.i1.t5", "industry.t1", "industry.t2", "industry.t3");
    }

    @Test
    void readsTheSamePlanFromAPathAReaderAndAString() throws IOException {
        String text = Files.readString(SMALL);

        Plan fromPath = Plans.read(SMALL);
        Plan fromReader = Plans.read(new StringReader(text), "small.yaml");
        Plan fromString = Plans.parse(text, "small.yaml");

        assertThat(fromReader).isEqualTo(fromPath);
        assertThat(fromString).isEqualTo(fromPath);
    }

    @Test
    void readsJsonByTheFileExtension() throws IOException {
        Plan plan = Plans.read(SMALL);
        String json = Plans.toJson(plan);

        assertThat(Plans.parse(json, "small.json")).isEqualTo(plan);
        assertThat(Plans.reader().parse(json, "no-extension", PlanFormat.JSON)).isEqualTo(plan);
    }

    @Test
    void skipsAByteOrderMark(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bom.yaml");
        byte[] body = Files.readAllBytes(SMALL);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        Files.write(file, withBom);

        assertThat(Plans.read(file)).isEqualTo(Plans.read(SMALL));
    }

    @Test
    void reportsEveryProblemOfAFileAtOnceInDocumentOrder() {
        String text = String.join("\n",
                "id: p",
                "title: t",
                "issuer: i",
                "period: 2023",
                "departments:",
                "  - {id: kj, name: 科技局}",
                "sections:",
                "  - title: s",
                "    itmes: []",
                "    targets:",
                "      - {title: a, kind: count, goal: 1, due: 2023, lead: kx}",
                "      - {title: b, kind: count, goal: 1, due: 2024, lead: kj}",
                "");

        PlanException e = catchThrowableOfType(PlanException.class, () -> Plans.parse(text, "p.yaml"));

        assertThat(e.problems()).extracting(Object::toString).containsExactly(
                "p.yaml:9:5: sections[0].itmes: unknown key 'itmes' in a section (did you mean 'items'?)",
                "p.yaml:11:59: sections[0].targets[0].lead: unknown department 'kx' (did you mean 'kj'?)",
                "p.yaml:12:47: sections[0].targets[1].due: due date 2024-12-31 is outside the plan period 2023-01-01"
                        + " to 2023-12-31 (use a date within the plan period, or correct the year)");
        assertThat(e.getMessage()).startsWith("plan p.yaml has 3 problems:\np.yaml:9:5:");
    }

    @Test
    void keepsAtMostTheConfiguredNumberOfProblemsButCountsThemAll() {
        StringBuilder text = new StringBuilder("id: p\ntitle: t\nissuer: i\nperiod: 2023\ndepartments: []\nsections:\n");
        for (int i = 0; i < 30; i++) {
            text.append("  - {title: s, wrong").append(i).append(": 1}\n");
        }

        PlanException e = catchThrowableOfType(PlanException.class,
                () -> Plans.reader().withMaxProblems(5).parse(text.toString(), "many.yaml"));

        assertThat(e.problems()).hasSize(5);
        assertThat(e.totalProblems()).isEqualTo(30);
    }

    @Test
    void refusesAnInputLargerThanTheLimitBeforeParsingIt() {
        String huge = "id: p\nnote: '" + "x".repeat(2_000) + "'\n";

        PlanException e = catchThrowableOfType(PlanException.class,
                () -> Plans.reader().withMaxBytes(1_000).parse(huge, "huge.yaml"));

        assertThat(e.problems()).extracting(Object::toString).containsExactly(
                "huge.yaml:1:1: the input is larger than the limit of 1000 characters (split the input, or raise the"
                        + " limit with withMaxBytes)");
    }

    @Test
    void refusesAFileLargerThanTheLimitByItsSize(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("big.yaml");
        Files.writeString(file, "# " + "x".repeat(5_000), StandardCharsets.UTF_8);

        PlanException e = catchThrowableOfType(PlanException.class,
                () -> Plans.reader().withMaxBytes(4_096).read(file));

        assertThat(e.problems()).singleElement().asString()
                .endsWith(":1:1: the file is 5002 bytes, larger than the limit of 4096 bytes (split the file, or raise"
                        + " the limit with withMaxBytes)");
    }

    @Test
    void refusesASecondDocument() {
        String text = "id: a\n---\nid: b\n";

        PlanException e = catchThrowableOfType(PlanException.class, () -> Plans.parse(text, "two.yaml"));

        assertThat(e.problems()).extracting(Object::toString).containsExactly(
                "two.yaml:3:1: the file holds more than one document; it must hold exactly one (remove the second"
                        + " '---' and what follows it)");
    }

    @Test
    void refusesATabIndentedFileWithAHint() {
        String text = "id: a\ntitle: t\nperiod:\n\tstart: 2023\n";

        PlanException e = catchThrowableOfType(PlanException.class, () -> Plans.parse(text, "tab.yaml"));

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.message()).startsWith("YAML syntax error:");
            assertThat(p.hint()).contains("indent with spaces, not tabs");
        });
    }

    @Test
    void acceptsApplicationRuleNamesOnlyWhenTheReaderIsToldOfThem() throws IOException {
        String text = Files.readString(SMALL).replace("rule: milestone", "rule: county-special");

        assertThatThrownBy(() -> Plans.parse(text, "small.yaml")).isInstanceOf(PlanException.class)
                .hasMessageContaining("unknown scoring rule 'county-special'");
        Scoring scoring = Scoring.standard().withRule("county-special",
                in -> RuleResult.scored(100, "always 100", "恒为100分"));
        Plan plan = Plans.reader().withRules(scoring.rules()).parse(text, "small.yaml");

        assertThat(plan.target("s1.i1.t3").orElseThrow().rule()).contains(Strategy.named("county-special"));
        assertThat(Plans.reader().withRules(scoring.rules()).ruleNames())
                .containsAll(PlanReader.BUILT_IN_RULES).contains("county-special");
    }

    @Test
    void acceptsAPeriodWrittenAsOneYearAndASingleCooperatingDepartmentWithoutAList() {
        String text = String.join("\n",
                "id: p", "title: t", "issuer: i", "period: 2024",
                "departments: [{id: a, name: A}, {id: b, name: B}]",
                "sections: [{title: s, targets: [{title: x, kind: count, goal: 1, due: 2024-Q3, lead: a,"
                        + " cooperating: b}]}]", "");

        Plan plan = Plans.parse(text, "p.yaml");

        assertThat(plan.period().start()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(plan.targets().get(0).cooperating()).containsExactly("b");
        assertThat(plan.targets().get(0).due()).isEqualTo(LocalDate.of(2024, 9, 30));
    }

    @Test
    void refusesAnUnpublishedValueInAGoalSheetButNotInAPlan() throws IOException {
        Plan plan = Plans.read(SMALL);

        assertThat(plan.target("s1.i1.t1").orElseThrow().goal()).isEqualTo(Goal.unset());
        GoalSheetException e = catchThrowableOfType(GoalSheetException.class, () -> GoalSheets.parse(
                "plan: small-2023\nillustrative: true\ngoals:\n  s1.i1.t1: '*'\n", "sheet.yaml", plan));
        assertThat(e.problems()).extracting(Object::toString).containsExactly(
                "sheet.yaml:4:13: goals.s1.i1.t1: '*' (unpublished) is not allowed here; write the value");
    }

    @Test
    void namesTheMissingValueWhenAKeyIsPresentButEmpty() {
        String text = "id: p\ntitle:\nissuer: i\nperiod: 2023\ndepartments: []\nsections: []\n";

        PlanException e = catchThrowableOfType(PlanException.class, () -> Plans.parse(text, "p.yaml"));

        assertThat(e.problems()).extracting(Object::toString)
                .containsExactly("p.yaml:2:7: title: 'title' is empty (give the plan its title)");
    }

    @Test
    void readsAnEmptyPlanWithNoSections() {
        Plan plan = Plans.parse("id: p\ntitle: t\nissuer: i\nperiod: 2023\ndepartments: []\nsections: []\n",
                "p.yaml");

        assertThat(plan.sections()).isEmpty();
        assertThat(plan.targets()).isEmpty();
        assertThat(plan.source()).isEqualTo(Optional.empty());
        assertThat(List.copyOf(plan.departments())).isEmpty();
    }
}
