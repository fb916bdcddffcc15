package io.github.policyplan.plans;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.policyplan.internal.read.Fields;
import io.github.policyplan.internal.read.ReadLimits;
import io.github.policyplan.internal.read.RevisionFields;
import io.github.policyplan.internal.read.TreeReader;
import io.github.policyplan.internal.write.RevisionJson;
import io.github.policyplan.internal.write.Separators;
import io.github.policyplan.model.Revision;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * One revision (目标调整) as a line of JSON, for applications and stores that keep revisions one by one
 * (a journal line, a database row, a message): every kind of change, written and read back equal.
 *
 * <pre>{@code
 * String line = RevisionEntry.toJson(revision);
 * // {"id":"r1","target":"s1.i1.t1","effective":"2023-07-01","decided":"2023-07-10","reason":"…","change":"goal","goal":10}
 * Revision back = RevisionEntry.parse(line, "row 12");                   // equal to revision
 * List<Violation> fit = RevisionChecks.check(plan, back);                // its fit to the plan
 * }</pre>
 *
 * <p>The keys are those of an entry of a revisions file (docs/plan-format.md, "Revisions"), with dates
 * written in full: {@code id, target, effective, decided, reason, reference, change} and the change's own
 * — {@code goal} (a number, {@code {low, high}}, a stage or {@code *}); {@code due}; for a target added
 * {@code item, title, kind, unit, goal, due, lead}; none for a withdrawal. Reading checks the entry, not
 * its fit to a plan: that is {@link RevisionChecks#check} or {@link Revisions#of}. Stateless and
 * thread-safe.
 */
public final class RevisionEntry {

    private static final JsonFactory JSON = JsonFactory.builder().build();

    private RevisionEntry() {
    }

    /**
     * Writes a revision as one line of JSON.
     *
     * @param revision the revision
     * @return the JSON object, compact, without a line end
     * @throws IllegalArgumentException when it adds a target with more than an entry keeps (cooperating
     *                                  departments, a weight, a baseline, a schedule, a rule): such a target
     *                                  belongs in the plan, and writing part of it would read back as another
     */
    public static String toJson(Revision revision) {
        Objects.requireNonNull(revision, "revision");
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            RevisionJson.write(g, revision);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Separators.json(out.toString());
    }

    /**
     * Reads a revision written by {@link #toJson}.
     *
     * @param json   one JSON object
     * @param source the name problems give, such as {@code revisions row 12}
     * @return the revision
     * @throws RevisionException listing every problem, located by line and column and key
     */
    public static Revision parse(String json, String source) {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(source, "source");
        return ReadLimits.DEFAULTS.pipeline().parse(json, source, ReadLimits.DEFAULTS.pipeline().tree(
                TreeReader.Format.JSON, (root, problems) -> Fields.open(root, "", "a revision", RevisionFields.KEYS,
                        problems).flatMap(f -> RevisionFields.revision(f, problems))), RevisionException::new).value();
    }
}
