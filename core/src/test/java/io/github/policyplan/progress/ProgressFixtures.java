package io.github.policyplan.progress;

import io.github.policyplan.model.Plan;
import io.github.policyplan.plans.GoalSheet;
import io.github.policyplan.plans.GoalSheets;
import io.github.policyplan.plans.Plans;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** Files and plans the progress tests share. */
final class ProgressFixtures {

    /** A small plan with one target of every measure kind. */
    static final Path SMALL = Path.of("src/test/resources/plans/small.yaml");
    /** The county plan of the examples, its redacted goals unset. */
    static final Path COUNTY = Path.of("../examples/src/main/resources/plans/county-2023.yaml");
    /** Illustrative goals for the county plan. */
    static final Path COUNTY_SHEET = Path.of("../examples/src/main/resources/plans/county-2023-illustrative.yaml");
    /** Illustrative quarterly progress on the county plan, 2023. */
    static final Path COUNTY_PROGRESS = Path.of("../examples/src/main/resources/progress/county-2023.csv");

    private ProgressFixtures() {
    }

    static Plan small() {
        try {
            return Plans.read(SMALL);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns the county plan with its illustrative goals filled in. */
    static Plan filledCounty() throws IOException {
        Plan published = Plans.read(COUNTY);
        return GoalSheets.read(COUNTY_SHEET, published).applyTo(published);
    }
}
