package io.github.policyplan.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.policyplan.core.Problem;
import io.github.policyplan.model.Goal;
import io.github.policyplan.model.MeasureKind;
import io.github.policyplan.model.Revision;
import io.github.policyplan.model.Target;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** One revision as a line of JSON: every kind written and read back equal, and a bad entry located. */
class RevisionEntryTest {

    private static final LocalDate JULY = LocalDate.of(2023, 7, 1);

    private static Revision of(String id, Revision.Change change) {
        return new Revision(id, change instanceof Revision.Added a ? a.definition().id() : "s1.i1.t1", JULY,
                LocalDate.of(2023, 7, 10), "调整", Optional.of("纪要〔2023〕1号"), change);
    }

    @Test
    void everyKindOfRevisionReadsBackEqual() {
        List<Revision> all = List.of(
                of("g", new Revision.NewGoal(Goal.of(8))),
                of("b", new Revision.NewGoal(Goal.band(3, 5))),
                of("u", new Revision.NewGoal(Goal.unset())),
                of("d", new Revision.NewDue(LocalDate.of(2024, 6, 30))),
                of("w", new Revision.Withdrawn()),
                of("a", new Revision.Added("s1.i1", Target.builder("s1.i1.t9", "新增指标").measure(MeasureKind.COUNT, "家")
                        .goal(3).due(LocalDate.of(2023, 12, 31)).lead("kjj").build())));
        for (Revision r : all) {
            assertThat(RevisionEntry.parse(RevisionEntry.toJson(r), "row")).isEqualTo(r);
        }
        assertThat(RevisionEntry.toJson(all.get(0))).isEqualTo("{\"id\":\"g\",\"target\":\"s1.i1.t1\",\"effective\":"
                + "\"2023-07-01\",\"decided\":\"2023-07-10\",\"reason\":\"调整\",\"reference\":\"纪要〔2023〕1号\","
                + "\"change\":\"goal\",\"goal\":8}");
    }

    /** Issue 12 point 4: the separators and the byte-order mark are escaped, never written raw, and read back. */
    @Test
    void separatorsAndByteOrderMarksAreEscapedAndReadBack() {
        Revision r = new Revision("s", "s1.i1.t1", JULY, LocalDate.of(2023, 7, 10), "\uFEFF调整\u2028说明\u2029",
                Optional.of("纪要\uFEFF〔2023〕1号"), new Revision.NewGoal(Goal.of(8)));
        String json = RevisionEntry.toJson(r);

        assertThat(json).doesNotContain("\u2028").doesNotContain("\u2029").doesNotContain("\uFEFF")
                .contains("\\u2028", "\\u2029", "\\uFEFF");
        assertThat(RevisionEntry.parse(json, "row")).isEqualTo(r);
    }

    @Test
    void aBadEntryIsLocatedByColumnAndKey() {
        RevisionException e = catchThrowableOfType(RevisionException.class, () -> RevisionEntry.parse(
                "{\"id\":\"a\",\"target\":\"t\",\"effective\":\"2023-7-1\",\"decided\":\"2023-07-10\",\"reason\":\"x\","
                        + "\"change\":\"add\",\"item\":\"s1.i1\",\"title\":\"新\",\"kind\":\"counts\",\"goal\":3,"
                        + "\"due\":\"2023-12-31\"}", "row 12"));

        assertThat(e.problems()).extracting(Problem::toString).containsExactly(
                "row 12:1:1: lead: missing required key 'lead' (lead: the id of the lead department)",
                "row 12:1:36: effective: expected a day written in full, such as 2023-06-30, found the text"
                        + " '2023-7-1' (write the kind of value the message names)",
                "row 12:1:132: kind: unknown measure kind 'counts' (did you mean 'count'?)");
    }
}
