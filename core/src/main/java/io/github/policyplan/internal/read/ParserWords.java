package io.github.policyplan.internal.read;

import java.util.Optional;

/**
 * Says in our words what the parsers say in theirs, so that no parser internal reaches a user: a JSON
 * comment ("Feature 'ALLOW_COMMENTS' not enabled for parser"), {@code NaN} ("enable
 * JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS"), and a key, text or number beyond the parser's limits
 * ("StreamReadConstraints.getMaxStringLength()"), and a key that is a list or a map (a SnakeYAML event
 * object). Stateless.
 */
final class ParserWords {

    private ParserWords() {
    }

    /**
     * Translates a parser's message.
     *
     * @param message the parser's message, first line
     * @param json    true for JSON, false for YAML
     * @return our message and its hint, or empty when the message needs no translation
     */
    static Optional<String[]> translate(String message, boolean json) {
        if (message.contains("ALLOW_COMMENTS") || message.contains("ALLOW_YAML_COMMENTS")) {
            return Optional.of(new String[] {"JSON has no comments", "remove the comment; a file that needs"
                    + " comments can be written as YAML, where they start with #"});
        }
        if (message.contains("ALLOW_NON_NUMERIC_NUMBERS")) {
            String token = between(message, "Non-standard token '", "'").orElse("NaN");
            return Optional.of(new String[] {"'" + Texts.abbreviate(token) + "' is not a number JSON allows",
                "write a decimal number"});
        }
        if (message.contains("ALLOW_SINGLE_QUOTES") || message.contains("(code 39)")) {
            return Optional.of(new String[] {"JSON quotes text with \", not '", "write \"text\""});
        }
        if (message.contains("ALLOW_UNQUOTED_FIELD_NAMES")) {
            return Optional.of(new String[] {"a JSON key must be quoted", "write \"key\": value"});
        }
        if (message.startsWith("Expected a field name")) {
            String what = message.contains("SequenceStart") ? "a list" : message.contains("MappingStart") ? "a map"
                    : "not a single name";
            return Optional.of(new String[] {"a key here is " + what + "; a key is one name, such as s1.i1.t1",
                "write the key as one name before its colon; if the brackets belong to the name, quote it: '[…]'"});
        }
        if (message.contains("StreamReadConstraints") || message.contains("exceeds the maximum")) {
            String what = message.startsWith("Number") ? "a number" : message.startsWith("Name") ? "a key"
                    : message.contains("nesting depth") ? "the nesting" : "a text";
            return Optional.of(new String[] {what + " here is longer than the reader accepts",
                "shorten it; a plan needs no key or number of more than a few dozen characters"});
        }
        return Optional.empty();
    }

    private static Optional<String> between(String text, String start, String end) {
        int from = text.indexOf(start);
        if (from < 0) {
            return Optional.empty();
        }
        from += start.length();
        int to = text.indexOf(end, from);
        return to < 0 ? Optional.empty() : Optional.of(text.substring(from, to));
    }
}
