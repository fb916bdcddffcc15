package io.github.policyplan.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policyplan.model.Commitment;
import io.github.policyplan.model.Item;
import io.github.policyplan.model.MeasureKind;
import io.github.policyplan.model.Plan;
import io.github.policyplan.model.Section;
import io.github.policyplan.model.Target;
import io.github.policyplan.plans.GoalSheet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The county plan models the source speech completely and faithfully: the sections and items the
 * text has, the commitments it states with their leads and verbs, every quote found in the text,
 * and the redacted values unset.
 */
class CountyPlanTest {

    private static Plan plan;
    private static String source;

    @BeforeAll
    static void load() throws IOException {
        plan = ExampleData.plan(null, ExampleData.COUNTY_PLAN);
        String raw = Files.readString(Path.of("src/test/resources/source/000_815698387f3d8958.txt"),
                StandardCharsets.UTF_8);
        // The published text is cut into lines at page breaks, each line starting with a marker such as "5、".
        source = raw.lines().map(line -> line.replaceFirst("^\\d+、", "")).collect(Collectors.joining());
    }

    @Test
    void hasTheThreeSectionsOfTheTextWithTheirTitles() {
        assertThat(plan.sections()).extracting(Section::title).containsExactly(
                "聚力创新赋能促发展,久久为功强科技添动力",
                "聚力扩量提质优存量,千方百计强工业增后劲",
                "聚力区域中心强县域,毫不动摇抓项目夯基础");
        assertThat(plan.sections()).allSatisfy(s -> assertThat(source).contains(s.title()));
    }

    @Test
    void hasTheTwelveItemsOfTheTextFromTheFirstPushToTheLast() {
        assertThat(plan.sections()).extracting(s -> s.items().size()).containsExactly(5, 4, 3);
        assertThat(plan.sections().get(0).items().get(0).title()).isEqualTo("一要在建设科技创新平台上求突破");
        assertThat(plan.sections().get(2).items().get(2).title()).isEqualTo("三要加大项目建设力度");
        assertThat(plan.sections().stream().flatMap(s -> s.items().stream()).map(Item::title))
                .allSatisfy(title -> assertThat(source).contains(title));
    }

    @Test
    void hasEveryMeasurableCommitmentOfTheText() {
        assertThat(plan.targets()).hasSize(47);
        assertThat(plan.sections().get(0).targets()).extracting(Target::title).containsExactly("科技进步对经济增长的贡献率");
        assertThat(count(t -> t.measure().kind())).containsExactlyInAnyOrderEntriesOf(Map.of(
                MeasureKind.COUNT, 21L, MeasureKind.THRESHOLD, 9L, MeasureKind.MILESTONE, 9L, MeasureKind.LEVEL, 2L,
                MeasureKind.SHARE, 2L, MeasureKind.GROWTH_RATE, 1L, MeasureKind.RATE_PER_YEAR, 1L, MeasureKind.RANK, 1L,
                MeasureKind.GRADE, 1L));
    }

    @Test
    void leavesEveryRedactedNumberUnset() {
        assertThat(plan.targets().stream().filter(t -> !t.isGoalSet())).hasSize(37);
        assertThat(plan.targets()).filteredOn(t -> t.measure().kind().isNumeric())
                .allSatisfy(t -> assertThat(t.isGoalSet()).as(t.id()).isFalse());
    }

    @Test
    void quotesTheSourceWordForWordForEveryTarget() {
        assertThat(plan.targets()).allSatisfy(t -> {
            assertThat(t.quote()).as(t.id()).isPresent();
            assertThat(source).as(t.id()).contains(t.quote().get());
        });
    }

    @Test
    void takesTheCommitmentFromTheVerbOfTheText() {
        assertThat(plan.target("s2.i1.t1").orElseThrow().commitment()).as("确保全年规上工业增加值同比增长")
                .isEqualTo(Commitment.MUST);
        assertThat(plan.target("s1.i3.t7").orElseThrow().commitment()).as("争取省级以上产学研科技合作项目")
                .isEqualTo(Commitment.AIM);
        assertThat(count(Target::commitment)).containsExactlyInAnyOrderEntriesOf(Map.of(
                Commitment.STRIVE, 42L, Commitment.MUST, 3L, Commitment.AIM, 2L));
    }

    @Test
    void assignsTheLeadsAndCooperatingDepartmentsTheTextNames() {
        Target tcm = plan.target("s1.i2.t1").orElseThrow();
        assertThat(tcm.lead()).as("县中医药产业局牵头").isEqualTo("zyycyj");
        assertThat(tcm.cooperating()).as("科技、市场监管、工信等部门").containsExactly("kjj", "scjgj", "gxj");
        Target reform = plan.target("s1.i5.t1").orElseThrow();
        assertThat(reform.lead()).as("县科技局牵头").isEqualTo("kjj");
        assertThat(reform.cooperating()).as("县工信局配合").containsExactly("gxj");
        assertThat(count(Target::lead)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "gxj", 22L, "kjj", 13L, "zyycyj", 4L, "fgj", 4L, "nyncj", 2L, "kfw", 2L));
        assertThat(plan.targets()).filteredOn(t -> t.note().orElse("").startsWith("牵头单位据职责推定")).hasSize(32);
    }

    @Test
    void takesTheDeadlinesOfTheText() {
        assertThat(plan.target("s1.i1.t1").orElseThrow().due()).as("到2023年底").hasToString("2023-12-31");
        assertThat(plan.target("s1.i1.t3").orElseThrow().due()).as("到2025年").hasToString("2025-12-31");
        assertThat(plan.target("s3.i1.t2").orElseThrow().due()).as("一季度开门红").hasToString("2023-03-31");
        assertThat(plan.target("s1.i4.t1").orElseThrow().measure().kind()).as("每年").isEqualTo(
                MeasureKind.RATE_PER_YEAR);
    }

    @Test
    void theIllustrativeSheetFillsEveryRedactedGoalAndSaysItIsIllustrative() throws IOException {
        GoalSheet sheet = ExampleData.goalSheet(null, ExampleData.COUNTY_ILLUSTRATIVE, plan);

        assertThat(sheet.illustrative()).isTrue();
        assertThat(sheet.note()).hasValueSatisfying(n -> assertThat(n).contains("示例数值").contains("Illustrative"));
        assertThat(sheet.applyTo(plan).targets()).allSatisfy(t -> assertThat(t.isGoalSet()).as(t.id()).isTrue());
    }

    private static <K> Map<K, Long> count(Function<Target, K> key) {
        return plan.targets().stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting()));
    }
}
