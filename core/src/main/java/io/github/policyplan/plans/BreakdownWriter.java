package io.github.policyplan.plans;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.policyplan.model.Allotment;
import io.github.policyplan.model.Breakdown;
import io.github.policyplan.model.BreakdownSettings;
import io.github.policyplan.model.Checkpoint;
import io.github.policyplan.model.CountsToward;
import java.io.IOException;
import java.util.Optional;

/** Writes a plan's breakdowns and breakdown settings, in the form {@link BreakdownBinder} reads. */
final class BreakdownWriter {

    private BreakdownWriter() {
    }

    /** Writes {@code breakdown-settings:} unless they are the defaults. */
    static void settings(JsonGenerator g, BreakdownSettings s) throws IOException {
        if (s.equals(BreakdownSettings.DEFAULTS)) {
            return;
        }
        g.writeObjectFieldStart("breakdown-settings");
        g.writeBooleanField("carry-forward", s.carryForward());
        g.writeStringField("score", s.scoreFromUnits() ? "units" : "own");
        g.writeFieldName("warn-above");
        PlanWriter.number(g, s.warnAbove());
        g.writeEndObject();
    }

    /** Writes a target's {@code breakdown:}, if it has one: a map with {@code units}. */
    static void breakdown(JsonGenerator g, Optional<Breakdown> breakdown) throws IOException {
        if (breakdown.isEmpty()) {
            return;
        }
        Breakdown b = breakdown.get();
        g.writeObjectFieldStart("breakdown");
        if (b.combine().isPresent()) {
            g.writeStringField("combine", b.combine().get().code());
        }
        if (b.underIntended()) {
            g.writeStringField("under-allocation", "intended");
        }
        g.writeArrayFieldStart("units");
        for (Allotment a : b.units()) {
            g.writeStartObject();
            g.writeStringField("unit", a.unit());
            if (a.goal().isPresent()) {
                g.writeFieldName("goal");
                PlanWriter.goal(g, a.goal().get());
            }
            if (a.share().isPresent()) {
                g.writeFieldName("share");
                PlanWriter.number(g, a.share().getAsDouble());
            }
            PlanWriter.weight(g, a.weight());
            if (a.due().isPresent()) {
                g.writeStringField("due", a.due().get().toString());
            }
            if (!a.checkpoints().isEmpty()) {
                g.writeArrayFieldStart("checkpoints");
                for (Checkpoint c : a.checkpoints()) {
                    g.writeStartObject();
                    g.writeStringField("date", c.date().toString());
                    g.writeFieldName("value");
                    PlanWriter.goal(g, c.expected());
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** Writes a target's {@code counts-toward: {plan, target}}, with {@code combine} and {@code weight} when given. */
    static void countsToward(JsonGenerator g, CountsToward c) throws IOException {
        g.writeObjectFieldStart("counts-toward");
        g.writeStringField("plan", c.plan());
        g.writeStringField("target", c.target());
        if (c.combine().isPresent()) {
            g.writeStringField("combine", c.combine().get().code());
        }
        PlanWriter.weight(g, c.weight());
        g.writeEndObject();
    }
}
