package io.github.policyplan.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Targets, checkpoints and baselines share the month ends they hold, and keep every other date as given. */
class DatesTest {

    @Test
    void sharesAMonthEndBetweenTargetsCheckpointsAndBaselines() {
        LocalDate due = Target.builder("t", "x").measure(MeasureKind.COUNT, "家").goal(1)
                .due(LocalDate.of(2023, 12, 31)).lead("kj").build().due();

        assertThat(Checkpoint.of(LocalDate.of(2023, 12, 31), 1).date()).isSameAs(due);
        assertThat(Baseline.of(0, LocalDate.of(2023, 12, 31)).date()).containsSame(due);
        assertThat(Dates.shared(LocalDate.of(2024, 2, 29))).isSameAs(Dates.shared(LocalDate.parse("2024-02-29")));
    }

    @Test
    void keepsAnyOtherDateAsGiven() {
        for (LocalDate d : new LocalDate[] {LocalDate.of(2023, 6, 29), LocalDate.of(2024, 2, 28),
                LocalDate.of(1999, 12, 31), LocalDate.of(2100, 1, 31), LocalDate.MIN, LocalDate.MAX}) {
            assertThat(Dates.shared(d)).isSameAs(d);
        }
        assertThat(new Baseline(1, Optional.empty()).date()).isEmpty();
    }
}
