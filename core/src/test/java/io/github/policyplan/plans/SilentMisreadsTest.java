package io.github.policyplan.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.policyplan.core.Loaded;
import io.github.policyplan.model.Plan;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Input that used to load as something else than was meant is refused, or loads exactly as written. */
class SilentMisreadsTest {

    @Test
    void aFullWidthColonAfterAKeyIsRepairedButTheTextOfABlockScalarIsNeverChanged() throws IOException {
        Loaded<Plan> loaded = Plans.reader().load(
                Path.of("src/test/resources/corpus/accepted/plan-fullwidth-colon-with-block-quote.yaml"));

        assertThat(loaded.value().title()).isEqualTo("2023年全县科技工作要点");
        assertThat(loaded.value().targets().get(0).quote()).contains("GDP：增长8%\nnote：高新技术企业\n");
    }

    @Test
    void aGoalSheetRefusesAPercentageOnATargetWhoseUnitIsNotPercent() throws IOException {
        Plan plan = Plans.read(PlanReaderTest.SMALL);

        GoalSheetException e = catchThrowableOfType(GoalSheetException.class, () -> GoalSheets.parse(String.join("\n",
                "plan: small-2023",
                "illustrative: false",
                "goals:",
                "  s1.i1.t1: 8%",
                ""), "sheet.yaml", plan));

        assertThat(e.problems()).extracting(Object::toString).containsExactly("sheet.yaml:4:13: goals.s1.i1.t1: found"
                + " the percentage '8%', but the unit of this target is 家, not % (write the value in 家, without %)");
    }
}
