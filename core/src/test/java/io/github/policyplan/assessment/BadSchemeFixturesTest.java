package io.github.policyplan.assessment;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bad assessment scheme under {@code src/test/resources/bad/schemes} — one realistic mistake
 * each, against the small test plan {@code assess/plan.yaml} — is refused with exactly the problems
 * its {@code .expect} file lists, each as {@code line:column: path: message (hint)}, and with no
 * exception but {@link SchemeException}; every fixture has its {@code .expect} and every
 * {@code .expect} its fixture.
 */
class BadSchemeFixturesTest {

    private static final Path DIR = Path.of("src/test/resources/bad/schemes");
    private static final Path PLAN = Path.of("src/test/resources/assess/plan.yaml");

    private static Plan plan;

    @BeforeAll
    static void readPlan() throws IOException {
        plan = Plans.read(PLAN);
    }

    static Stream<Path> fixtures() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            List<Path> list = files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
            assertThat(list).hasSizeGreaterThanOrEqualTo(24);
            return list.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void isRefusedWithExactlyTheExpectedProblems(Path fixture) throws IOException {
        Path expectFile = expectFileOf(fixture);
        assertThat(expectFile).as("every fixture has an .expect file").exists();
        List<String> expected = Files.readAllLines(expectFile, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank()).toList();
        assertThat(expected).as("an .expect file lists at least one problem").isNotEmpty();

        Throwable thrown = catchThrowable(() -> Assessments.read(fixture, plan));

        assertThat(thrown).isInstanceOf(SchemeException.class);
        SchemeException e = (SchemeException) thrown;
        assertThat(e.getMessage()).startsWith("assessment scheme " + fixture);
        assertThat(e.problems()).extracting(Problem::source).containsOnly(fixture.toString());
        assertThat(e.problems()).extracting(p -> p.toString().substring(fixture.toString().length() + 1))
                .containsExactlyElementsOf(expected);
        assertThat(e.totalProblems()).isEqualTo(expected.size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void isRefusedTheSameWayWhenParsedFromText(Path fixture) throws IOException {
        String text = Files.readString(fixture, StandardCharsets.UTF_8);

        Throwable thrown = catchThrowable(() -> Assessments.parse(text, fixture.toString(), plan));

        assertThat(thrown).isInstanceOf(SchemeException.class);
        List<String> expected = Files.readAllLines(expectFileOf(fixture), StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank()).toList();
        assertThat(((SchemeException) thrown).problems())
                .extracting(p -> p.toString().substring(fixture.toString().length() + 1))
                .containsExactlyElementsOf(expected);
    }

    @Test
    void everyExpectFileBelongsToAFixture() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            assertThat(files.filter(p -> p.toString().endsWith(".expect")))
                    .allSatisfy(expect -> assertThat(Path.of(expect.toString().replaceAll("\\.expect$", ".yaml")))
                            .exists());
        }
    }

    private static Path expectFileOf(Path fixture) {
        return Path.of(fixture.toString().replaceAll("\\.yaml$", ".expect"));
    }
}
