package io.github.policyplan.progress;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policyplan.core.Loaded;
import io.github.policyplan.core.Problem;
import io.github.policyplan.model.Plan;
import io.github.policyplan.plans.Plans;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Bulk reading warns as the one-plan reader warns (issue 12): running totals that fall, a target with no
 * report for two cadences, a field that ends with an ideographic space; the warnings are capped like
 * problems.
 */
class BulkWarningsTest {

    private static final Path CORPUS = Path.of("src/test/resources/corpus");

    static Stream<Path> acceptedCsvFiles() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS.resolve("accepted"))) {
            return files.filter(p -> p.getFileName().toString().matches("progress-.*\\.csv")).sorted().toList()
                    .stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("acceptedCsvFiles")
    void bulkReadingGivesTheWarningsOfTheOnePlanReader(Path file) throws IOException {
        Plan plan = Plans.read(CORPUS.resolve("plan.yaml"));

        List<Problem> one = Progress.reader().load(file, plan).warnings();
        List<Problem> bulk = BulkReader.standard().load(file, List.of(plan)).warnings();

        assertThat(bulk).isEqualTo(one);
    }

    @Test
    void theWarningsOfEveryAcceptedCsvFileAreFoundInBulk() throws IOException {
        Plan plan = Plans.read(CORPUS.resolve("plan.yaml"));
        long warned = 0;
        for (Path file : acceptedCsvFiles().toList()) {
            warned += BulkReader.standard().load(file, List.of(plan)).warnings().size();
        }
        assertThat(warned).isGreaterThanOrEqualTo(3);
    }

    /**
     * Numbers only, each target's in date order (the targets interleaved, not sorted): the laid-out path,
     * whose warnings come from the laid-out reports. A count that falls twice and targets that stop
     * reporting warn as the one-plan reader warns, at the same lines and columns, and the log is the same.
     */
    @Test
    void reportsLaidOutWarnAsTheOnePlanReaderWarns() throws IOException {
        Plan plan = Plans.read(CORPUS.resolve("plan.yaml"));
        String csv = "target,date,value,source,note\n"
                + "s1.i1.t2,2023-01-31,40,,\n"
                + "s1.i1.t1,2023-01-31,5,,\n"
                + "s1.i1.t1,2023-02-28,7,,\n"
                + "s1.i1.t2,2023-02-28,41,,\n"
                + "s1.i1.t1,2023-03-31,6,,\n"
                + "s1.i1.t1,2023-04-30,9,,\n"
                + "s1.i1.t1,2023-05-31,3,,\n";
        Path file = Files.createTempFile("laid-out", ".csv");
        try {
            Files.writeString(file, csv, StandardCharsets.UTF_8);
            Loaded<ProgressLog> one = Progress.reader().load(file, plan);
            Loaded<Map<String, ProgressLog>> bulk = BulkReader.standard().load(file, List.of(plan));

            assertThat(bulk.warnings()).isEqualTo(one.warnings());
            assertThat(bulk.warnings()).extracting(Problem::message).filteredOn(m -> m.contains("falls")).hasSize(2);
            assertThat(bulk.value().get(plan.id()).reports()).isEqualTo(one.value().reports());
        } finally {
            Files.delete(file);
        }
    }

    @Test
    void bulkWarningsAreCappedLikeProblems() throws IOException {
        Plan plan = Plans.read(CORPUS.resolve("plan.yaml"));
        StringBuilder csv = new StringBuilder("target,date,value,source\n");
        for (int i = 0; i < 30; i++) {
            csv.append("s1.i1.t1,2023-0").append(1 + i % 9).append("-0").append(1 + i / 9).append(',')
                    .append(30 - i).append(",县科技局\u3000\n");
        }
        Loaded<Map<String, ProgressLog>> loaded = BulkReader.standard().withMaxProblems(5).load(
                new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)), "many.csv", List.of(plan));

        assertThat(loaded.warnings()).hasSize(5);
        assertThat(loaded.value().get("corpus-2023").reports()).hasSize(30);
    }
}
