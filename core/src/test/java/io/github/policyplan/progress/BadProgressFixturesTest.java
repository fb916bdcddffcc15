package io.github.policyplan.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.policyplan.core.Problem;
import io.github.policyplan.model.Plan;
import io.github.policyplan.plans.Plans;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bad progress file under {@code src/test/resources/bad/progress} (CSV, YAML and JSON, read
 * against {@code plans/small.yaml}) is refused with exactly the problems its {@code .expect} file
 * lists, each as {@code line:column: path: message (hint)}, and with no exception but
 * {@link ProgressException}. One fixture per mistake; each mistake of a report has a CSV and a YAML
 * fixture.
 */
class BadProgressFixturesTest {

    private static final Path DIR = Path.of("src/test/resources/bad/progress");

    private static Plan plan;

    @BeforeAll
    static void readPlan() throws IOException {
        plan = Plans.read(ProgressFixtures.SMALL);
    }

    static Stream<Path> fixtures() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            List<Path> list = files.filter(p -> !p.toString().endsWith(".expect")).sorted().toList();
            assertThat(list).hasSizeGreaterThanOrEqualTo(45);
            return list.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void isRefusedWithExactlyTheExpectedProblems(Path fixture) throws IOException {
        Path expectFile = Path.of(fixture.toString().replaceAll("\\.(csv|yaml|json)$", ".expect"));
        List<String> expected = Files.readAllLines(expectFile, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank()).toList();

        Throwable thrown = catchThrowable(() -> Progress.read(fixture, plan));

        assertThat(thrown).isInstanceOf(ProgressException.class);
        ProgressException e = (ProgressException) thrown;
        assertThat(e.getMessage()).startsWith("progress file " + fixture + " has " + expected.size() + " problem");
        assertThat(e.problems()).extracting(Problem::source).containsOnly(fixture.toString());
        assertThat(e.problems()).extracting(p -> p.toString().substring(fixture.toString().length() + 1))
                .containsExactlyElementsOf(expected);
        assertThat(e.totalProblems()).isEqualTo(expected.size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void hasItsExpectFile(Path fixture) {
        assertThat(Path.of(fixture.toString().replaceAll("\\.(csv|yaml|json)$", ".expect"))).isRegularFile();
    }
}
