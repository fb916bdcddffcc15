package io.github.policyplan.store;

import static io.github.policyplan.store.StoreFixtures.version;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.policyplan.core.Problem;
import io.github.policyplan.model.Plan;
import io.github.policyplan.model.Report;
import io.github.policyplan.model.ReportVersion;
import io.github.policyplan.model.Revision;
import io.github.policyplan.model.Value;
import io.github.policyplan.progress.ProgressLog;
import io.github.policyplan.progress.ReportConflictException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalTest {

    private final Plan plan = StoreFixtures.plan();

    @TempDir
    Path dir;

    private Path filled() throws IOException {
        Path path = dir.resolve("small.jsonl");
        try (Journal journal = Journal.open(path, plan)) {
            journal.add(List.of(version("s1.i1.t1", "2023-06-30", 6, "2023-07-01T10:00"),
                    version("energy", "2023-06-30", 0.61, "2023-07-01T10:00")));
            journal.add(List.of(new ReportVersion(Report.level("s1.i1.t3", LocalDate.of(2023, 6, 30), "开工"),
                    java.util.Optional.empty())));
            journal.correct(version("s1.i1.t1", "2023-06-30", 7, "2023-07-03T09:30"));
            journal.revise(StoreFixtures.lowerGoal());
            journal.revise(StoreFixtures.laterDue());
            journal.revise(StoreFixtures.withdrawn());
            journal.revise(StoreFixtures.added());
        }
        return path;
    }

    /** Issue 12 point 4: the separators and the byte-order mark are escaped in the journal, and read back. */
    @Test
    void separatorsAndByteOrderMarksAreEscapedAndReadBackAsWritten() throws IOException {
        Path path = dir.resolve("separators.jsonl");
        String text = "\uFEFF县\u2028科技\u2029局\uFEFF";
        Report report = new Report("s1.i1.t1", LocalDate.of(2023, 6, 30), Value.of(6), Optional.of(text),
                Optional.of(text + " note"), Optional.of(text));
        try (Journal journal = Journal.open(path, plan)) {
            journal.add(List.of(new ReportVersion(report, Optional.empty())));
        }
        assertThat(Files.readString(path, StandardCharsets.UTF_8)).doesNotContain("\u2028").doesNotContain("\u2029")
                .doesNotContain("\uFEFF").contains("\\u2028");
        try (Journal journal = Journal.open(path, plan)) {
            assertThat(journal.progress().latest("s1.i1.t1", LocalDate.of(2023, 6, 30))).contains(report);
        }
    }

    @Test
    void whatWasAppendedIsThereAfterReopening() throws IOException {
        Path path = filled();
        try (Journal journal = Journal.open(path, plan)) {
            assertThat(journal.notes()).isEmpty();
            ProgressLog log = journal.progress();
            assertThat(log.latest("s1.i1.t1", LocalDate.of(2023, 6, 30)).orElseThrow().value()).isEqualTo(Value.of(7));
            assertThat(log.latest("energy", LocalDate.of(2023, 6, 30)).orElseThrow().value()).isEqualTo(Value.of(0.61));
            assertThat(log.latest("s1.i1.t3", LocalDate.of(2023, 6, 30)).orElseThrow().value())
                    .isEqualTo(Value.level("开工"));
            assertThat(journal.revisions().list()).containsExactlyInAnyOrderElementsOf(StoreFixtures.everyKind());
            assertThat(journal.revisions().planAt(LocalDate.of(2023, 9, 30)).target("s1.i1.t9"))
                    .contains(((Revision.Added) StoreFixtures.added().change()).definition());
            assertThat(log.versions("s1.i1.t1", LocalDate.of(2023, 6, 30))).containsExactly(
                    version("s1.i1.t1", "2023-06-30", 6, "2023-07-01T10:00"),
                    version("s1.i1.t1", "2023-06-30", 7, "2023-07-03T09:30"));
            assertThat(log.asKnownOn(LocalDate.of(2023, 7, 2)).latest("s1.i1.t1", LocalDate.of(2023, 6, 30))
                    .orElseThrow().value()).isEqualTo(Value.of(6));
        }
        List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(8);
        assertThat(lines.get(7)).isEqualTo("{\"kind\":\"revision\",\"revision\":{\"id\":\"r4\",\"target\":"
                + "\"s1.i1.t9\",\"effective\":\"2023-08-01\",\"decided\":\"2023-07-28\",\"reason\":\"新增科技招商任务\","
                + "\"reference\":\"县委〔2023〕15号\",\"change\":\"add\",\"item\":\"s1.i1\",\"title\":\"引进科技型企业\","
                + "\"kind\":\"count\",\"unit\":\"家\",\"goal\":5,\"due\":\"2023-12-31\","
                + "\"lead\":\"kj\"}}");
        assertThat(lines.get(0)).isEqualTo("{\"journal\":\"policyplan\",\"version\":1,\"plan\":\"small-2023\"}");
        assertThat(lines.get(3)).isEqualTo("{\"kind\":\"correction\",\"report\":{\"target\":\"s1.i1.t1\",\"date\":"
                + "\"2023-06-30\",\"value\":7,\"source\":\"县科技局\",\"recorded\":\"2023-07-03T09:30\"}}");
    }

    @Test
    void aLineCutShortAtAnyByteIsFoundLocatedLeftOutAndCut() throws IOException {
        Path path = filled();
        byte[] whole = Files.readAllBytes(path);
        int lastLineStart = lastLineStart(whole);
        for (int c = lastLineStart + 1; c < whole.length; c++) {
            int cut = c;
            Path torn = dir.resolve("torn-" + cut + ".jsonl");
            Files.write(torn, Arrays.copyOf(whole, cut));
            try (Journal journal = Journal.open(torn, plan)) {
                assertThat(journal.notes()).as("cut at byte %d", cut).singleElement().satisfies(p -> {
                    assertThat(p.line()).isEqualTo(8);
                    assertThat(p.toString()).startsWith("torn-" + cut + ".jsonl:8:1: the last line was cut short ("
                            + (cut - lastLineStart) + (cut - lastLineStart == 1 ? " byte" : " bytes"));
                    assertThat(p.hint()).contains("nothing acknowledged is lost; append the entry again if its writer"
                            + " did not see it succeed");
                });
                assertThat(journal.revisions().list()).containsExactly(StoreFixtures.lowerGoal(), StoreFixtures.laterDue(),
                        StoreFixtures.withdrawn());
                assertThat(journal.progress().latest("s1.i1.t1", LocalDate.of(2023, 6, 30)).orElseThrow().value())
                        .isEqualTo(Value.of(7));
                journal.revise(StoreFixtures.added());
            }
            assertThat(Files.readAllBytes(torn)).as("cut at byte %d, then appended again", cut).isEqualTo(whole);
            try (Journal again = Journal.open(torn, plan)) {
                assertThat(again.notes()).isEmpty();
            }
        }
    }

    private static int lastLineStart(byte[] bytes) {
        int i = bytes.length - 2;
        while (bytes[i] != '\n') {
            i--;
        }
        return i + 1;
    }

    @Test
    void linesThatDoNotReadAreLocatedByLineAndNothingIsLoaded() throws IOException {
        Path path = filled();
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(path, StandardCharsets.UTF_8));
        lines.set(1, lines.get(1).replace("\"value\":6", "\"value\":true"));
        lines.set(2, "{\"kind\":\"reports\",\"reports\":[{\"target\":\"s1.i1.t9\",\"date\":\"2023-06-30\",\"value\":1}]}");
        lines.set(4, "{\"kind\":\"revision\",\"revis");
        lines.add(5, "not json at all");
        Files.write(path, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        byte[] before = Files.readAllBytes(path);
        assertThatThrownBy(() -> Journal.open(path, plan)).isInstanceOfSatisfying(StoreException.class, e -> {
            assertThat(e.problems()).extracting(Problem::line).containsExactly(2, 3, 5, 6);
            assertThat(e.problems().get(0).toString()).isEqualTo("small.jsonl:2:79: reports[0].value: expected a"
                    + " number, or a stage or grade, found the boolean true (write a number in digits, such as 12.5)");
            assertThat(e.problems().get(1).toString()).isEqualTo("small.jsonl:3:1: reports[0].target: unknown target"
                    + " 's1.i1.t9' in plan small-2023 (did you mean 's1.i1.t1'?)");
            assertThat(e.problems().get(2).toString()).startsWith("small.jsonl:5:");
            assertThat(e.problems().get(3).toString()).startsWith("small.jsonl:6:1: ");
            assertThat(e.getMessage()).startsWith("journal small.jsonl has 4 problems:");
        });
        assertThat(Files.readAllBytes(path)).isEqualTo(before);
    }

    @Test
    void aJournalOfAnotherPlanIsRefused() throws IOException {
        Path path = dir.resolve("other.jsonl");
        Files.writeString(path, "{\"journal\":\"policyplan\",\"version\":1,\"plan\":\"county-2023\"}\n");
        assertThatThrownBy(() -> Journal.open(path, plan)).isInstanceOfSatisfying(StoreException.class, e ->
                assertThat(e.problems()).singleElement().hasToString("other.jsonl:1:1: plan: this journal is for plan"
                        + " 'county-2023', not 'small-2023' (open the journal with the plan it was written for)"));
    }

    @Test
    void aTargetAddedByARevisionIsChangedByALaterOneAndKeptOnReopening() throws IOException {
        Path path = filled();
        Revision lowered = new Revision("r10", "s1.i1.t9", LocalDate.of(2023, 10, 1), LocalDate.of(2023, 9, 20), "下调",
                Optional.empty(), new Revision.NewGoal(io.github.policyplan.model.Goal.of(2)));
        try (Journal journal = Journal.open(path, plan)) {
            journal.revise(lowered);
        }
        try (Journal reopened = Journal.open(path, plan)) {
            assertThat(reopened.revisions().list()).contains(lowered);
            assertThat(reopened.revisions().planAt(LocalDate.of(2023, 12, 31)).target("s1.i1.t9").orElseThrow()
                    .goal()).isEqualTo(io.github.policyplan.model.Goal.of(2));
        }
    }

    @Test
    void aConflictOrAReportThatDoesNotFitWritesNothing() throws IOException {
        Path path = filled();
        long size = Files.size(path);
        try (Journal journal = Journal.open(path, plan)) {
            assertThatThrownBy(() -> journal.add(List.of(version("s1.t1", "2023-03-31", 56, "2023-04-02"),
                    version("s1.i1.t1", "2023-06-30", 9, "2023-07-05")))).isInstanceOf(ReportConflictException.class)
                    .hasMessageContaining("conflicting reports for s1.i1.t1 as of 2023-06-30: 7 and 9");
            assertThatThrownBy(() -> journal.add(List.of(version("s1.t1", "2023-03-31", 56, "2023-04-02"),
                    version("s1.i1.t1", "2026-06-30", 9, "2026-07-05"))))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("1 problem for plan small-2023, nothing written:\nreports[1].date: ");
            assertThatThrownBy(() -> journal.revise(new Revision("r9", "s1.i1.t7", LocalDate.of(2027, 1, 1),
                    LocalDate.of(2023, 7, 10), "调整", Optional.empty(), new Revision.Withdrawn())))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("2 problems for plan small-2023, nothing written:\nrevision.effective: ")
                    .hasMessageContaining("\nrevision.target: ");
            Revision tooRich = new Revision("r8", "s1.i1.t8", LocalDate.of(2023, 8, 1), LocalDate.of(2023, 7, 28), "新增",
                    Optional.empty(), new Revision.Added("s1.i1", ((Revision.Added) StoreFixtures.added().change())
                            .definition().toBuilder().id("s1.i1.t8").cooperating("gx").build()));
            assertThatThrownBy(() -> journal.revise(tooRich)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("revision r8 adds target s1.i1.t8 with more than a revision entry keeps (title, kind,"
                            + " unit, goal, due, lead); define a target with cooperating departments, a weight, a"
                            + " baseline, a schedule or a rule in the plan");
            assertThatThrownBy(() -> journal.revise(new Revision("r7", "s1.t1", LocalDate.of(2023, 8, 1),
                    LocalDate.of(2023, 7, 28), "新增", Optional.empty(), new Revision.Added("s1.i7",
                            ((Revision.Added) StoreFixtures.added().change()).definition().toBuilder().id("s1.t1")
                                    .build())))).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("revision.target: revision r7 adds target s1.t1, which the plan already has")
                    .hasMessageContaining("revision.item: revision r7 adds a target to item 's1.i7', which the plan"
                            + " does not have");
            assertThatThrownBy(() -> journal.revise(StoreFixtures.lowerGoal()))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("the store already has a revision r1");
            assertThatThrownBy(() -> journal.correct(version("energy", "2023-06-30", 0.6, "2023-06-29")))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(journal.progress().latest("s1.t1", LocalDate.of(2023, 3, 31))).isEmpty();
        }
        assertThat(Files.size(path)).isEqualTo(size);
    }

    @Test
    void aReportSaidTwiceIsKeptOnce() throws IOException {
        Path path = filled();
        try (Journal journal = Journal.open(path, plan)) {
            journal.add(List.of(version("energy", "2023-06-30", 0.61, "2023-07-02")));
            assertThat(journal.progress().series("energy")).hasSize(1);
        }
        try (Journal journal = Journal.open(path, plan)) {
            assertThat(journal.progress().series("energy")).hasSize(1);
        }
    }

    @Test
    void aJournalHasOneWriterAtATime() throws IOException {
        Path path = dir.resolve("one.jsonl");
        try (Journal journal = Journal.open(path, plan)) {
            assertThat(journal.path()).isEqualTo(path);
            assertThatThrownBy(() -> Journal.open(path, plan)).isInstanceOf(IOException.class)
                    .hasMessageContaining("is open in another writer");
        }
        try (Journal again = Journal.open(path, plan)) {
            assertThat(again.progress().isEmpty()).isTrue();
        }
    }
}
