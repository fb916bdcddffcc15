package io.github.policyplan.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.policyplan.core.Problem;
import io.github.policyplan.model.Plan;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bulk reader, given one plan and a file in the progress CSV format, reads what the one-plan
 * reader reads: the same log of the example county progress, and for every bad CSV fixture the same
 * problems at the same lines, columns and paths — but for the few whose problem is the header, which
 * the bulk reader maps by name, or a file for another plan, which it reports row by row.
 */
class BulkReaderSameAsOnePlanTest {

    private static final Path BAD = Path.of("src/test/resources/bad/progress");
    /** Fixtures where the bulk reader says it otherwise, by design (see the class description). */
    private static final Set<String> OTHERWISE = Set.of("csv-10-unknown-column.csv", "csv-11-columns-out-of-order.csv",
            "csv-12-no-header.csv", "csv-19-empty.csv", "csv-20-extra-header-column.csv", "csv-21-short-header.csv",
            "csv-24-for-another-plan.csv");

    @Test
    void readsTheExampleCountyProgressAsTheOnePlanReaderDoes() throws IOException {
        Plan plan = ProgressFixtures.filledCounty();
        ProgressLog one = Progress.read(ProgressFixtures.COUNTY_PROGRESS, plan);
        Map<String, ProgressLog> bulk = BulkReader.standard().read(ProgressFixtures.COUNTY_PROGRESS, List.of(plan));
        assertThat(bulk).containsOnlyKeys(plan.id());
        assertThat(bulk.get(plan.id())).isEqualTo(one);
        assertThat(bulk.get(plan.id()).reports()).containsExactlyElementsOf(one.reports());
    }

    static Stream<Path> csvFixtures() throws IOException {
        try (Stream<Path> files = Files.list(BAD)) {
            return files.filter(p -> p.toString().endsWith(".csv")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("csvFixtures")
    void findsTheSameProblemsInEveryBadFixture(Path fixture) throws IOException {
        Plan plan = ProgressFixtures.small();
        byte[] bytes = Files.readAllBytes(fixture);
        ProgressException one = catchThrowableOfType(ProgressException.class,
                () -> Progress.reader().load(fixture, plan));
        ProgressException bulk = catchThrowableOfType(ProgressException.class,
                () -> BulkReader.standard().load(new ByteArrayInputStream(bytes), fixture.toString(), List.of(plan)));
        if (!OTHERWISE.contains(fixture.getFileName().toString())) {
            assertThat(bulk).as("bulk reader refuses " + fixture).isNotNull();
            assertThat(show(bulk.problems())).containsExactlyElementsOf(show(one.problems()));
            assertThat(bulk.totalProblems()).isEqualTo(one.totalProblems());
        }
    }

    private static List<String> show(List<Problem> problems) {
        return problems.stream().map(Problem::toString).toList();
    }
}
