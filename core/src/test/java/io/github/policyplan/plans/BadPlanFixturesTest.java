package io.github.policyplan.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.policyplan.core.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bad plan under {@code src/test/resources/bad/plans} is refused with exactly the problems
 * its {@code .expect} file lists, each as {@code line:column: path: message (hint)}, and with no
 * exception but {@link PlanException}. One fixture per mistake.
 */
class BadPlanFixturesTest {

    private static final Path DIR = Path.of("src/test/resources/bad/plans");

    static Stream<Path> fixtures() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            List<Path> list = files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
            assertThat(list).hasSizeGreaterThanOrEqualTo(22);
            return list.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void isRefusedWithExactlyTheExpectedProblems(Path fixture) throws IOException {
        Path expectFile = Path.of(fixture.toString().replaceAll("\\.yaml$", ".expect"));
        List<String> expected = Files.readAllLines(expectFile, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank()).toList();

        Throwable thrown = catchThrowable(() -> Plans.read(fixture));

        assertThat(thrown).isInstanceOf(PlanException.class);
        PlanException e = (PlanException) thrown;
        assertThat(e.problems()).extracting(Problem::source).containsOnly(fixture.toString());
        assertThat(e.problems()).extracting(p -> p.toString().substring(fixture.toString().length() + 1))
                .containsExactlyElementsOf(expected);
        assertThat(e.totalProblems()).isEqualTo(expected.size());
    }
}
