package io.github.policyplan.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.policyplan.core.Loaded;
import io.github.policyplan.model.Goal;
import io.github.policyplan.model.Plan;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The common, unambiguous forms people type that the reader accepts with a note — a full-width colon
 * after a key, {@code 8%}, {@code 2023年底} — and the ambiguous ones it refuses with the fix.
 */
class LenientFormsTest {

    private static final String HEAD = "id: p\ntitle: t\nissuer: i\nperiod: 2023\ndepartments: [{id: a, name: A}]\n"
            + "sections:\n  - title: s\n    targets:\n      - title: x\n        kind: growth-rate\n        lead: a\n";

    @Test
    void readsAFullWidthColonAfterAKeyWithANote() {
        Loaded<Plan> loaded = Plans.reader().load(HEAD + "        goal：8\n        due: 2023\n", "p.yaml");

        assertThat(loaded.value().targets().get(0).goal()).isEqualTo(Goal.of(8));
        assertThat(loaded.notes()).extracting(Object::toString).containsExactly(
                "p.yaml:12:13: read the full-width colon '：' after the key 'goal' as ':'");
    }

    @Test
    void leavesAFullWidthColonInsideChineseTextAlone() {
        Plan plan = Plans.parse(HEAD + "        goal: 8\n        due: 2023\n        note: 说明：示例\n", "p.yaml");

        assertThat(plan.targets().get(0).note()).contains("说明：示例");
    }

    @Test
    void readsAPercentageAsItsNumberWithANote() {
        Loaded<Plan> loaded = Plans.reader().load(HEAD + "        goal: 8.5%\n        due: 2023\n", "p.yaml");

        assertThat(loaded.value().targets().get(0).goal()).isEqualTo(Goal.of(8.5));
        assertThat(loaded.notes()).extracting(Object::toString).containsExactly(
                "p.yaml:12:15: sections[0].targets[0].goal: read '8.5%' as the number 8.5 (the unit % is the measure's)");
    }

    @ParameterizedTest(name = "{0} is read as {1}")
    @CsvSource({"2023年底, 2023-12-31", "2023年末, 2023-12-31", "2023年6月, 2023-06-30", "2023年一季度, 2023-03-31",
        "2023年第三季度, 2023-09-30", "2023年6月15日, 2023-06-15"})
    void readsAChineseDateWithANote(String written, LocalDate date) {
        Loaded<Plan> loaded = Plans.reader().load(HEAD + "        goal: 8\n        due: " + written + "\n", "p.yaml");

        assertThat(loaded.value().targets().get(0).due()).isEqualTo(date);
        assertThat(loaded.notes()).singleElement().asString().contains("read '" + written + "' as ");
    }

    @Test
    void refusesNumbersWithUnitsOrThousandsSeparatorsAndSaysHowToWriteThem() {
        PlanException withUnit = catchThrowableOfType(PlanException.class,
                () -> Plans.parse(HEAD + "        goal: 12亿元\n        due: 2023\n", "p.yaml"));
        PlanException withCommas = catchThrowableOfType(PlanException.class,
                () -> Plans.parse(HEAD + "        goal: 1,200\n        due: 2023\n", "p.yaml"));

        assertThat(withUnit.problems()).singleElement().satisfies(p -> assertThat(p.hint())
                .contains("write the number in %, the target's unit"));
        assertThat(withCommas.problems()).singleElement().satisfies(p -> assertThat(p.hint())
                .contains("write it without thousands separators: 1200"));
    }

    @Test
    void givesNoNotesForACanonicalFile() {
        assertThat(Plans.reader().load(HEAD + "        goal: 8\n        due: 2023\n", "p.yaml").notes()).isEmpty();
    }
}
