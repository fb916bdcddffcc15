package io.github.policyplan.internal.write;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.policyplan.model.Allotment;
import io.github.policyplan.model.Breakdown;
import io.github.policyplan.model.Combine;
import io.github.policyplan.model.Revision;
import io.github.policyplan.model.Target;
import java.io.IOException;
import java.util.Optional;

/**
 * Writes one revision entry as stores and {@code plans.RevisionEntry} keep it: the keys that
 * {@code internal.read.RevisionFields} reads. A target added is written with the keys an entry has for
 * it (title, measure kind and unit, goal, due date, lead); one with more than those is refused rather
 * than written in part. Stateless.
 */
public final class RevisionJson {

    private RevisionJson() {
    }

    /**
     * Writes a revision as a JSON object.
     *
     * @param g the generator
     * @param r the revision
     * @throws IOException              when the generator fails
     * @throws IllegalArgumentException when it adds a target the entry cannot hold whole
     */
    public static void write(JsonGenerator g, Revision r) throws IOException {
        if (r.change() instanceof Revision.Added added) {
            fits(r, added.definition());
        }
        if (r.change() instanceof Revision.NewBreakdown nb) {
            fits(r, nb.breakdown());
        }
        g.writeStartObject();
        g.writeStringField("id", r.id());
        g.writeStringField("target", r.target());
        g.writeStringField("effective", r.effective().toString());
        g.writeStringField("decided", r.decided().toString());
        g.writeStringField("reason", r.reason());
        optional(g, "reference", r.reference());
        g.writeStringField("change", r.change().kind());
        if (r.change() instanceof Revision.NewGoal goal) {
            g.writeFieldName("goal");
            JsonOutput.goal(g, goal.goal());
        } else if (r.change() instanceof Revision.NewDue due) {
            g.writeStringField("due", due.due().toString());
        } else if (r.change() instanceof Revision.Added added) {
            Target t = added.definition();
            g.writeStringField("item", added.item());
            g.writeStringField("title", t.title());
            g.writeStringField("kind", t.measure().kind().code());
            optional(g, "unit", Optional.of(t.measure().unit()).filter(u -> !u.isEmpty()));
            g.writeFieldName("goal");
            JsonOutput.goal(g, t.goal());
            g.writeStringField("due", t.due().toString());
            g.writeStringField("lead", t.lead());
        } else if (r.change() instanceof Revision.NewBreakdown nb) {
            breakdown(g, nb.breakdown());
        }
        g.writeEndObject();
    }

    /** Refuses a target added with more than an entry keeps: what was written would read back as another target. */
    private static void fits(Revision r, Target t) {
        Target kept = Target.builder(t.id(), t.title()).measure(t.measure().kind(), t.measure().unit()).goal(t.goal())
                .due(t.due()).lead(t.lead()).build();
        if (!kept.equals(t)) {
            throw new IllegalArgumentException("revision " + r.id() + " adds target " + t.id() + " with more than a"
                    + " revision entry keeps (title, kind, unit, goal, due, lead); define a target with cooperating"
                    + " departments, a weight, a baseline, a schedule or a rule in the plan");
        }
    }

    private static void breakdown(JsonGenerator g, Breakdown b) throws IOException {
        g.writeArrayFieldStart("units");
        for (Allotment a : b.units()) {
            g.writeStartObject();
            g.writeStringField("unit", a.unit());
            if (a.goal().isPresent()) {
                g.writeFieldName("goal");
                JsonOutput.goal(g, a.goal().get());
            }
            if (a.share().isPresent()) {
                g.writeFieldName("share");
                JsonOutput.number(g, a.share().getAsDouble());
            }
            if (a.weight() != 1) {
                g.writeFieldName("weight");
                JsonOutput.number(g, a.weight());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        optional(g, "combine", b.combine().map(Combine::code));
        optional(g, "under-allocation", Optional.of("intended").filter(x -> b.underIntended()));
    }

    /** Refuses a unit's part with its own checkpoints or due date, which an entry does not keep. */
    private static void fits(Revision r, Breakdown b) {
        for (Allotment a : b.units()) {
            if (!a.checkpoints().isEmpty() || a.due().isPresent()) {
                throw new IllegalArgumentException("revision " + r.id() + " gives unit " + a.unit() + " of "
                        + r.target() + " its own checkpoints or due date, which a revision entry does not keep;"
                        + " give them in the plan's breakdown");
            }
        }
    }

    private static void optional(JsonGenerator g, String key, Optional<String> text) throws IOException {
        if (text.isPresent()) {
            g.writeStringField(key, text.get());
        }
    }
}
