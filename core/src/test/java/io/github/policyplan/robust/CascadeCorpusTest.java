package io.github.policyplan.robust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.policyplan.core.Problem;
import io.github.policyplan.plans.PlanException;
import io.github.policyplan.plans.PlanSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Sets of plans whose {@code counts-toward} links are wrong — an unknown plan, an unknown target, units that
 * do not convert, plans counting toward each other, a growth rate without a stated combine — each refused
 * by {@link PlanSet#read(List)} with located problems and nothing else.
 *
 * <p>Each case is a folder under {@code src/test/resources/corpus/cascades} holding the plans read together
 * (in name order); beside it, {@code <case>.expect} lists the problems exactly, one a line, as
 * {@code file:line:column: path: message (hint)} with the file named within the folder.
 */
class CascadeCorpusTest {

    private static final Path CASES = Path.of("src/test/resources/corpus/cascades");

    static Stream<Path> cases() throws IOException {
        try (Stream<Path> files = Files.list(CASES)) {
            return files.filter(Files::isDirectory).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aBadSetIsRefusedWithExactlyTheProblemsItsExpectFileLists(Path folder) throws IOException {
        List<Path> plans;
        try (Stream<Path> files = Files.list(folder)) {
            plans = files.sorted().toList();
        }
        List<String> expected = Files.readAllLines(CASES.resolve(folder.getFileName() + ".expect"),
                StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
        try {
            PlanSet.read(plans);
            fail(folder + " loads: it is no bad set");
        } catch (PlanException e) {
            assertThat(e.problems()).allSatisfy(p -> {
                assertThat(plans.stream().map(Path::toString)).contains(p.source());
                assertThat(p.hint()).as("the hint of %s", p).hasValueSatisfying(h -> assertThat(h).isNotBlank());
            });
            List<String> actual = e.problems().stream().map(Problem::toString)
                    .map(s -> s.substring(folder.toString().length() + 1)).toList();
            assertThat(actual).as("the problems of %s", folder).containsExactlyElementsOf(expected);
            assertThat(e.totalProblems()).isEqualTo(expected.size());
        }
    }
}
