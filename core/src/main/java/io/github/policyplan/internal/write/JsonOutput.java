package io.github.policyplan.internal.write;

import io.github.policyplan.core.NumberText;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.io.NumberOutput;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import io.github.policyplan.model.Goal;
import java.math.BigDecimal;

/** What every JSON and YAML writer of policyplan shares, so that all output is deterministic. */
public final class JsonOutput {

    private JsonOutput() {
    }

    /**
     * Returns a pretty printer with two-space indents, {@code "key": value} and {@code \n} line ends
     * whatever the platform.
     *
     * @return a new printer
     */
    public static PrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        return new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(indenter).withArrayIndenter(indenter);
    }

    /**
     * Writes a number as a person would and exactly: {@code 12}, not {@code 12.0}; {@code 0.000001},
     * not {@code 1.0E-6}; the shortest decimal that reads back as the same double (Jackson's
     * Schubfach writer, so that every JDK writes the same digits); negative zero as {@code -0.0}.
     *
     * @param g     the generator
     * @param value a finite number
     * @throws IOException when writing fails
     */
    public static void number(JsonGenerator g, double value) throws IOException {
        g.writeNumber(text(value));
    }

    /**
     * Writes a goal or expected value the way plan files write it: a number, {@code {low, high}} for a
     * band, the name of a stage or grade, or {@code "*"} when unset.
     *
     * @param g    the generator
     * @param goal the value
     * @throws IOException when writing fails
     */
    public static void goal(JsonGenerator g, Goal goal) throws IOException {
        if (goal instanceof Goal.Amount) {
            number(g, ((Goal.Amount) goal).value());
        } else if (goal instanceof Goal.Band) {
            g.writeStartObject();
            g.writeFieldName("low");
            number(g, ((Goal.Band) goal).low());
            g.writeFieldName("high");
            number(g, ((Goal.Band) goal).high());
            g.writeEndObject();
        } else {
            g.writeString(goal instanceof Goal.Level ? ((Goal.Level) goal).name() : "*");
        }
    }

    /**
     * Returns the text {@link #number} writes.
     *
     * @param value a finite number
     * @return the plain decimal text
     */
    public static String text(double value) {
        return NumberText.exact(value);
    }

    /**
     * Writes a result's provenance as the field {@code provenance}: the library version and each input's
     * role, file name and SHA-256.
     *
     * @param g the generator, inside an object
     * @param p the provenance
     * @throws IOException when writing fails
     */
    public static void provenance(JsonGenerator g, io.github.policyplan.core.Provenance p) throws IOException {
        g.writeObjectFieldStart("provenance");
        g.writeStringField("library", p.library());
        g.writeArrayFieldStart("inputs");
        for (io.github.policyplan.core.Provenance.Input i : p.inputs()) {
            g.writeStartObject();
            g.writeStringField("role", i.role());
            g.writeStringField("name", i.name());
            g.writeStringField("sha256", i.sha256());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }
}
