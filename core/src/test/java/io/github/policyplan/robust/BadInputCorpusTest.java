package io.github.policyplan.robust;

import static org.assertj.core.api.Assertions.assertThat;
import io.github.policyplan.assessment.SchemeException;
import static org.assertj.core.api.Assertions.fail;

import io.github.policyplan.assessment.Assessments;
import io.github.policyplan.core.InputException;
import io.github.policyplan.core.Loaded;
import io.github.policyplan.core.Problem;
import io.github.policyplan.model.Plan;
import io.github.policyplan.plans.PlanException;
import io.github.policyplan.plans.Plans;
import io.github.policyplan.progress.Progress;
import io.github.policyplan.progress.ProgressException;
import io.github.policyplan.progress.ProgressLog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The library holds on bad input: a corpus of files with the mistakes an official typing plans,
 * progress reports and assessment schemes in a county office makes — typos in keys and names, wrong
 * indentation, tabs, full-width characters, numbers with units, dates written other ways, wrong
 * encodings, empty and hostile files, CSV exported the wrong way — each refused with located
 * problems and nothing else.
 *
 * <p>The corpus lies under {@code src/test/resources/corpus}: plans in {@code plans/} (read with
 * {@link Plans#read(Path)}), progress files in {@code progress/} (read with
 * {@link Progress#read(Path, Plan)} against {@code corpus/plan.yaml}) and assessment schemes in
 * {@code schemes/} (read with {@link Assessments#read(Path, Plan)} against
 * {@code corpus/units-plan.yaml}). Beside each bad file, {@code <name>.expect} lists its problems
 * exactly, one a line, as {@code line:column: path: message (hint)} without the file name. For every
 * bad file the test asserts that the read throws the library's own {@link InputException} and
 * nothing else (no {@link RuntimeException} of the JDK, no {@link StackOverflowError} or
 * {@link OutOfMemoryError}); that it returns no value; that the problems are exactly the expected
 * ones; and that every problem names the file, has a line and column from 1 and a hint saying what to
 * do.
 *
 * <p>Files under {@code accepted/} hold forms the readers accept with a note — a full-width colon
 * after a key, {@code 8%} (in a plan or a progress file), {@code 2023年底}, a byte-order mark, Windows line ends — and
 * {@code <name>.notes} lists the notes exactly; {@code <name>.warnings}, where there is one, lists the
 * warnings exactly (input that is legal but almost surely wrong), and a strict read must refuse the file
 * with exactly those as its problems. {@code plan-*} files are read with
 * {@link io.github.policyplan.plans.PlanReader#load(Path)}, {@code progress-*} files with
 * {@link io.github.policyplan.progress.ProgressReader#load(Path, Plan)} and {@code scheme-*} files with
 * {@link io.github.policyplan.assessment.SchemeReader#load(Path, Plan)}.
 */
class BadInputCorpusTest {

    private static final Path CORPUS = Path.of("src/test/resources/corpus");

    /** The kinds of bad file, each a folder of the corpus. */
    private static final List<String> KINDS = List.of("plans", "progress", "schemes");

    /**
     * Fixtures with at least one problem that has no hint today; the hint check skips them. This
     * list must shrink to empty: when the reader gives a fixture's problems their hints, update its
     * {@code .expect} file and remove it from here ({@link #everyFixtureListedAsMissingHintsStillLacksOne}
     * fails until then).
     */
    private static final Set<String> MISSING_HINTS = Set.of();

    /** Accepted spellings of one plan: each must read as the same plan. */
    private static final List<String> SAME_PLAN = List.of("plan-bom.yaml", "plan-crlf.yaml",
            "plan-fullwidth-colon.yaml", "plan-fullwidth-percent-goal.yaml", "plan-percent-goal.yaml",
            "plan-quarter-in-chinese.yaml", "plan-year-end-in-chinese.yaml");

    private static Plan plan;
    private static Plan unitsPlan;

    @BeforeAll
    static void readThePlansTheCorpusIsCheckedAgainst() throws IOException {
        plan = Plans.read(CORPUS.resolve("plan.yaml"));
        unitsPlan = Plans.read(CORPUS.resolve("units-plan.yaml"));
    }

    static Stream<Path> badFiles() throws IOException {
        List<Path> all = new ArrayList<>();
        for (String kind : KINDS) {
            all.addAll(filesIn(CORPUS.resolve(kind), ".expect"));
        }
        return all.stream();
    }

    static Stream<Path> acceptedFiles() throws IOException {
        return filesIn(CORPUS.resolve("accepted"), ".notes").stream();
    }

    private static List<Path> filesIn(Path dir, String sidecar) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> !p.getFileName().toString().endsWith(sidecar)
                    && !p.getFileName().toString().endsWith(".warnings")).sorted().toList();
        }
    }

    @Test
    void theCorpusHoldsAtLeastAHundredBadFilesOfEveryKind() throws IOException {
        List<Path> files = badFiles().toList();

        assertThat(files).hasSizeGreaterThanOrEqualTo(100);
        for (String kind : KINDS) {
            assertThat(files).as("bad %s", kind).anyMatch(p -> p.getParent().getFileName().toString().equals(kind));
        }
    }

    @Test
    void everyExpectAndNotesFileBelongsToAFixture() throws IOException {
        for (String kind : List.of("plans", "progress", "schemes", "accepted")) {
            String sidecar = kind.equals("accepted") ? ".notes" : ".expect";
            List<Path> fixtures = filesIn(CORPUS.resolve(kind), sidecar);
            try (Stream<Path> files = Files.list(CORPUS.resolve(kind))) {
                files.filter(p -> p.getFileName().toString().endsWith(sidecar)).forEach(s ->
                        assertThat(fixtures).as("the fixture of %s", s).anyMatch(f -> sidecar(f, sidecar).equals(s)));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void aBadFileIsRefusedWithExactlyTheProblemsItsExpectFileLists(Path file) throws IOException {
        List<String> expected = lines(sidecar(file, ".expect"));
        String kind = file.getParent().getFileName().toString();

        Object value = null;
        Throwable thrown = null;
        try {
            value = read(kind, file);
        } catch (Throwable t) {     // StackOverflowError and OutOfMemoryError too: the library must hold
            thrown = t;
        }

        if (thrown != null && !(thrown instanceof InputException)) {
            fail(file + " threw " + thrown + ", not the library's InputException", thrown);
        }
        assertThat(value).as("what %s loaded: a bad file must load nothing", file).isNull();
        assertThat(thrown).as("the exception %s threw", file)
                .isInstanceOf(switch (kind) {
                    case "progress" -> ProgressException.class;
                    case "schemes" -> SchemeException.class;
                    default -> PlanException.class;
                });
        InputException e = (InputException) thrown;
        assertThat(e.problems()).as("the problems of %s", file).allSatisfy(p -> {
            assertThat(p.source()).as("the file %s names", p).isEqualTo(file.toString());
            assertThat(p.line()).as("the line of %s", p).isGreaterThanOrEqualTo(1);
            assertThat(p.column()).as("the column of %s", p).isGreaterThanOrEqualTo(1);
        });
        assertThat(relative(e.problems(), file)).as("the problems of %s", file).containsExactlyElementsOf(expected);
        assertThat(e.totalProblems()).isEqualTo(expected.size());
        if (!MISSING_HINTS.contains(name(file))) {
            assertThat(e.problems()).as("the problems of %s", file).allSatisfy(p ->
                    assertThat(p.hint()).as("the hint of %s (say what to do)", p).hasValueSatisfying(h ->
                            assertThat(h).isNotBlank()));
        }
    }

    @Test
    void everyFixtureListedAsMissingHintsStillLacksOne() throws IOException {
        for (String listed : MISSING_HINTS) {
            Path file = CORPUS.resolve(listed);
            assertThat(file).as("a fixture listed in MISSING_HINTS").isRegularFile();
            String kind = file.getParent().getFileName().toString();
            try {
                read(kind, file);
                fail(listed + " loads: it is no bad file");
            } catch (InputException e) {
                assertThat(e.problems()).as("%s is listed in MISSING_HINTS: once every problem has its hint,"
                        + " remove it from the list", listed).anyMatch(p -> p.hint().isEmpty());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("acceptedFiles")
    void anAcceptedFileLoadsWithExactlyTheNotesItsNotesFileLists(Path file) throws IOException {
        List<String> expected = lines(sidecar(file, ".notes"));

        Path warningsFile = sidecar(file, ".warnings");
        List<String> expectedWarnings = Files.exists(warningsFile) ? lines(warningsFile) : List.of();

        Loaded<?> loaded = null;
        try {
            loaded = load(file, false);
        } catch (Throwable t) {
            fail(file + " is refused: " + t, t);
        }
        List<Problem> notes = loaded.notes();

        assertThat(notes).allSatisfy(n -> {
            assertThat(n.source()).isEqualTo(file.toString());
            assertThat(n.line()).isGreaterThanOrEqualTo(1);
            assertThat(n.column()).isGreaterThanOrEqualTo(1);
        });
        assertThat(relative(notes, file)).as("the notes of %s", file).containsExactlyElementsOf(expected);
        assertThat(relative(loaded.warnings(), file)).as("the warnings of %s", file)
                .containsExactlyElementsOf(expectedWarnings);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("acceptedFiles")
    void aStrictReadRefusesAnAcceptedFileWithWarningsWithExactlyThoseAsProblems(Path file) throws IOException {
        Path warningsFile = sidecar(file, ".warnings");
        if (!Files.exists(warningsFile)) {
            assertThat(load(file, true).warnings()).isEmpty();
            return;
        }
        try {
            load(file, true);
            fail(file + " loads in strict mode despite its warnings");
        } catch (InputException e) {
            assertThat(relative(e.problems(), file)).as("the problems of %s, read strictly", file)
                    .containsExactlyElementsOf(lines(warningsFile));
        }
    }

    /** Loads an accepted file by the prefix of its name: plan-, progress-, scheme-. */
    private static Loaded<?> load(Path file, boolean strict) throws IOException {
        String name = file.getFileName().toString();
        if (name.startsWith("progress-")) {
            Loaded<ProgressLog> loaded = Progress.reader().withStrict(strict).load(file, plan);
            assertThat(loaded.value().reports()).isNotEmpty();
            return loaded;
        }
        if (name.startsWith("scheme-")) {
            Loaded<io.github.policyplan.assessment.Assessment> loaded = Assessments.reader().withStrict(strict)
                    .load(file, unitsPlan);
            assertThat(loaded.value().scheme().adjustments()).isNotEmpty();
            return loaded;
        }
        Loaded<Plan> loaded = Plans.reader().withStrict(strict).load(file);
        assertThat(loaded.value().targets()).isNotEmpty();
        return loaded;
    }

    @Test
    void theAcceptedSpellingsOfOnePlanAllReadAsTheSamePlan() throws IOException {
        Plan first = Plans.read(CORPUS.resolve("accepted").resolve(SAME_PLAN.get(0)));

        for (String name : SAME_PLAN.subList(1, SAME_PLAN.size())) {
            assertThat(Plans.read(CORPUS.resolve("accepted").resolve(name))).as(name).isEqualTo(first);
        }
    }

    @Test
    void aProgressFileSavedWithAByteOrderMarkOrWindowsLineEndsReadsLikeAnyOther() throws IOException {
        ProgressLog bom = Progress.read(CORPUS.resolve("accepted/progress-bom.csv"), plan);
        ProgressLog crlf = Progress.read(CORPUS.resolve("accepted/progress-crlf.csv"), plan);

        assertThat(Progress.toCsv(bom)).isEqualTo(Progress.toCsv(crlf));
    }

    private static Object read(String kind, Path file) throws IOException {
        switch (kind) {
            case "plans":
                return Plans.read(file);
            case "progress":
                return Progress.read(file, plan);
            case "schemes":
                return Assessments.read(file, unitsPlan);
            default:
                throw new IllegalArgumentException("no reader for " + kind);
        }
    }

    /** The fixture's name as MISSING_HINTS lists it: {@code plans/only-comments.yaml}. */
    private static String name(Path file) {
        return CORPUS.relativize(file).toString().replace('\\', '/');
    }

    private static Path sidecar(Path file, String extension) {
        return file.resolveSibling(file.getFileName().toString().replaceAll("\\.[a-z]+$", "") + extension);
    }

    private static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
    }

    /** The problems as the sidecar files list them: without the file name. */
    private static List<String> relative(List<Problem> problems, Path file) {
        return problems.stream().map(p -> p.toString().substring(file.toString().length() + 1)).toList();
    }
}
