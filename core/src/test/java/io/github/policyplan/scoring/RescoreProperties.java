package io.github.policyplan.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.policyplan.model.Plan;
import io.github.policyplan.model.Report;
import io.github.policyplan.plans.GoalSheet;
import io.github.policyplan.plans.GoalSheets;
import io.github.policyplan.plans.Plans;
import io.github.policyplan.progress.Progress;
import io.github.policyplan.progress.ProgressLog;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Rescoring after new reports gives exactly the scorecard a full scoring would, byte for byte, on
 * the county plan with its illustrative reports.
 */
class RescoreProperties {

    private static Plan plan;
    private static ProgressLog full;

    @BeforeContainer
    static void load() throws IOException {
        Path dir = Path.of("../examples/src/main/resources");
        Plan published = Plans.read(dir.resolve("plans/county-2023.yaml"));
        plan = GoalSheets.read(dir.resolve("plans/county-2023-illustrative.yaml"), published).applyTo(published);
        full = Progress.read(dir.resolve("progress/county-2023.csv"), plan);
    }

    @Property(tries = 200)
    void rescoringTheChangedTargetsEqualsAFullScore(@ForAll @IntRange(min = 0, max = 3) int quarter,
            @ForAll @IntRange(min = 1, max = 12) int count, @ForAll long seed) {
        LocalDate asOf = Scoring.quarterEnds(2023).get(quarter);
        List<Report> all = full.reports();
        java.util.Random random = new java.util.Random(seed);
        Set<String> changed = new LinkedHashSet<>();
        List<Report> kept = new ArrayList<>();
        List<Report> held = new ArrayList<>();
        for (Report r : all) {
            if (changed.size() < count && random.nextInt(4) == 0 && !changed.contains(r.target())) {
                changed.add(r.target());
            }
        }
        for (Report r : all) {
            (changed.contains(r.target()) && random.nextBoolean() ? held : kept).add(r);
        }
        ProgressLog before = ProgressLog.of(plan, kept);
        ProgressLog after = before.plus(held);
        Scorecard previous = Scoring.standard().score(plan, before, asOf);

        Scorecard rescored = Scoring.standard().rescore(previous, plan, after, changed);

        assertThat(rescored.toJson()).isEqualTo(Scoring.standard().score(plan, after, asOf).toJson());
    }

    @Property(tries = 1)
    void refusesAScorecardOfAnotherPlanOrAnUnknownTarget() {
        Scorecard card = Scoring.standard().score(plan, full, LocalDate.of(2023, 6, 30));

        assertThatThrownBy(() -> Scoring.standard().rescore(card, plan, full, List.of("nope")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("has no target 'nope'");
    }
}
