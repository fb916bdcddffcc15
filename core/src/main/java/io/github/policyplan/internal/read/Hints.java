package io.github.policyplan.internal.read;

import java.util.List;
import java.util.Optional;

/**
 * What to do about a problem whose reader gave no more specific fix, by the kind of problem, so that
 * every problem reported says what to do.
 */
final class Hints {

    private record Rule(String contains, String hint) {
    }

    /** Checked in order; the first whose text the message contains gives the hint. */
    private static final List<Rule> RULES = List.of(
            new Rule("YAML syntax error", "check the indentation and punctuation here and on the line before; quote"
                    + " text that holds ': ' or starts with a special character"),
            new Rule("JSON syntax error", "check the commas, quotes and brackets around here"),
            new Rule("malformed date", "write the date as " + DateReader.FORMS),
            new Rule("is outside the plan period", "use a date within the plan period, or correct the year"),
            new Rule("before the plan period starts", "use a date within the plan period, or correct the year"),
            new Rule("expected a number", "write a number in digits, such as 12.5"),
            new Rule("found a list", "write a single value, not a list"),
            new Rule("expected a list", "write each entry as a list item starting with '- '"),
            new Rule("(a map of keys)", "write keys and values, one per line, such as id: …"),
            new Rule("has no content", "write the document's keys, or remove the file"),
            new Rule("duplicate ", "give each its own name"),
            new Rule("period ends", "swap the start and the end"),
            new Rule("is not one of the", "use one of the names listed"),
            new Rule("checkpoints must be in date order", "put the checkpoints in date order"),
            new Rule("needs at least two", "list at least two names"),
            new Rule("must be ≥ 0", "write a number of 0 or more"),
            new Rule("must be above 0", "write a number above 0"),
            new Rule("must be a number", "write a number in the range given"),
            new Rule("must be between", "write a number in the range given"),
            new Rule("is for plan", "correct the plan: line to the id of the plan it belongs to"),
            new Rule("expected true or false", "write true or false"),
            new Rule("expected a stage", "write one of the stages listed"),
            new Rule("expected a grade", "write one of the grades listed"),
            new Rule("unknown ", "check the spelling against the names the file and its plan use"),
            new Rule("expected ", "write the kind of value the message names"));

    private Hints() {
    }

    static Optional<String> fallback(String message) {
        for (Rule r : RULES) {
            if (message.contains(r.contains())) {
                return Optional.of(r.hint());
            }
        }
        return Optional.empty();
    }
}
