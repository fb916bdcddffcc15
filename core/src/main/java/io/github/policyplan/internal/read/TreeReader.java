package io.github.policyplan.internal.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.github.policyplan.core.Problem;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads YAML or JSON text into a located {@link Node} tree with Jackson's streaming parser. It
 * refuses what a plan file never needs and an attacker might use: YAML tags (type construction),
 * anchors and aliases (alias-expansion bombs), nesting deeper than a limit, more than one
 * document, and duplicate keys. Nothing here builds Java objects from type names.
 */
public final class TreeReader {

    /** The formats a tree can be read from. */
    public enum Format {
        /** YAML 1.1, as SnakeYAML reads it. */
        YAML,
        /** JSON. */
        JSON
    }

    private final int maxDepth;
    private final int maxNodes;
    private final int maxValueChars;
    private final YAMLFactory yamlFactory;
    private final JsonFactory jsonFactory;

    /** The default limit on the number of values in one document. */
    public static final int DEFAULT_MAX_NODES = 1_000_000;

    /** The default limit on one value's length, in characters: far above any real title or note. */
    public static final int DEFAULT_MAX_VALUE_CHARS = 100_000;

    /**
     * Creates a reader with the default limit on values.
     *
     * @param maxChars the largest document, in characters
     * @param maxDepth the deepest nesting of maps and lists
     */
    public TreeReader(int maxChars, int maxDepth) {
        this(maxChars, maxDepth, DEFAULT_MAX_NODES);
    }

    /**
     * Creates a reader.
     *
     * @param maxChars the largest document, in characters
     * @param maxDepth the deepest nesting of maps and lists
     * @param maxNodes the most values (maps, lists, scalars) one document may hold
     */
    public TreeReader(int maxChars, int maxDepth, int maxNodes) {
        this(maxChars, maxDepth, maxNodes, DEFAULT_MAX_VALUE_CHARS);
    }

    /**
     * Creates a reader with a limit on one value's length, checked before the parser sees the text.
     *
     * @param maxChars      the largest document, in characters
     * @param maxDepth      the deepest nesting of maps and lists
     * @param maxNodes      the most values (maps, lists, scalars) one document may hold
     * @param maxValueChars the most characters one value (in YAML, one line) may hold
     */
    public TreeReader(int maxChars, int maxDepth, int maxNodes, int maxValueChars) {
        this.maxDepth = maxDepth;
        this.maxValueChars = maxValueChars;
        this.maxNodes = maxNodes;
        LoaderOptions loader = new LoaderOptions();
        loader.setCodePointLimit(Math.max(maxChars, 1) + 1);
        loader.setMaxAliasesForCollections(0);
        loader.setAllowRecursiveKeys(false);
        loader.setNestingDepthLimit(maxDepth + 1);
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxNestingDepth(maxDepth + 2)
                .maxStringLength(maxChars + 1)
                // Keys as long as values: ValueLength refuses longer ones before the parser, located.
                .maxNameLength(Math.max(maxValueChars, 1) + 1)
                .build();
        this.yamlFactory = YAMLFactory.builder()
                .loaderOptions(loader)
                .streamReadConstraints(constraints)
                .enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS)
                .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL)
                .build();
        this.jsonFactory = JsonFactory.builder().streamReadConstraints(constraints).build();
    }

    /**
     * Reads a document.
     *
     * @param text     the document
     * @param format   YAML or JSON
     * @param problems where syntax problems go
     * @return the root node, or empty when the text could not be read (the problems say why)
     */
    public Optional<Node> read(String text, Format format, Problems problems) {
        if (text.isBlank()) {
            problems.add(1, 1, "", "the file is empty", Optional.empty());
            return Optional.empty();
        }
        if (!ValueLength.check(text, format == Format.JSON, maxValueChars, problems)) {
            return Optional.empty();
        }
        if (format == Format.YAML && text.indexOf('：') >= 0) {
            // Only a file that does not parse as written gets its full-width colons after keys read as ':',
            // so that valid text (a block scalar holding "plan：…") is never changed.
            Problems trial = new Problems(problems.source(), 1);
            Optional<Node> asWritten = parse(text, format, trial);
            if (asWritten.isPresent()) {
                return asWritten;
            }
            if (!trial.sorted().get(0).message().startsWith("YAML syntax error")) {
                return parse(text, format, problems);
            }
            return parse(fullWidthColons(text, problems), format, problems);
        }
        return parse(text, format, problems);
    }

    private Optional<Node> parse(String input, Format format, Problems problems) {
        try (JsonParser parser = format == Format.YAML ? yamlFactory.createParser(input)
                : jsonFactory.createParser(input)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                problems.add(1, 1, "", "the file has no content (only comments or a document marker)",
                        Optional.empty());
                return Optional.empty();
            }
            Node root;
            try {
                root = readValue(parser, 1, problems, new Reading());
            } catch (Unreadable e) {
                return Optional.empty();
            }
            JsonToken after = parser.nextToken();
            if (after != null) {
                JsonLocation at = parser.currentTokenLocation();
                problems.add(line(at), column(at), "",
                        "the file holds more than one document; it must hold exactly one",
                        Optional.of(format == Format.YAML ? "remove the second '---' and what follows it"
                                : "remove what follows the closing brace"));
                return Optional.empty();
            }
            return Optional.of(root);
        } catch (TooDeep e) {
            return Optional.empty();
        } catch (JsonProcessingException e) {
            syntax(e, format, problems, input);
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            problems.add(1, 1, "", "the file cannot be read: " + Texts.abbreviate(String.valueOf(e.getMessage())),
                    Optional.empty());
            return Optional.empty();
        }
    }

    /** A key of ASCII letters followed by a full-width colon, at the start of a line or of a list entry. */
    private static final java.util.regex.Pattern FULL_WIDTH_KEY = java.util.regex.Pattern.compile(
            "^(\\s*(?:-\\s+)?)([A-Za-z_][A-Za-z0-9_]*)[ \\t]*：");

    /** A key whose value is a block scalar ({@code quote: |}, {@code note：>-}), at the start of a line or list entry. */
    private static final java.util.regex.Pattern BLOCK_KEY = java.util.regex.Pattern.compile(
            "^(\\s*(?:-\\s+)?)[^\\s#'\"][^#]*?[ \\t]*(?::[ \\t]+|：[ \\t]*)[|>][-+0-9]*[ \\t]*(#.*)?$");

    /** How many spaces a line starts with. */
    private static int indent(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /**
     * Reads a full-width colon after a key ({@code title：科技}, common when typing with a Chinese input
     * method) as a YAML colon, with a note. Only keys of ASCII letters at the start of a line are touched,
     * never the text of a block scalar, so text that holds a full-width colon is never changed.
     */
    static String fullWidthColons(String text, Problems problems) {
        if (text.indexOf('：') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        int line = 1;
        int block = -1;
        for (String l : text.split("\n", -1)) {
            int indent = indent(l);
            if (block >= 0 && (l.isBlank() || indent > block)) {
                // Text of a block scalar (quote: |) is never changed: it may hold 'GDP：增长8%'.
                out.append(l).append('\n');
                line++;
                continue;
            }
            block = -1;
            java.util.regex.Matcher m = FULL_WIDTH_KEY.matcher(l);
            java.util.regex.Matcher b = BLOCK_KEY.matcher(l);
            if (b.find()) {
                block = b.end(1);
            }
            if (m.find()) {
                int colon = m.end() - 1;
                boolean spaced = colon + 1 >= l.length() || Character.isWhitespace(l.charAt(colon + 1));
                problems.note(line, colon + 1, "", "read the full-width colon '：' after the key '" + m.group(2)
                        + "' as ':'");
                l = l.substring(0, colon) + (spaced ? ":" : ": ") + l.substring(colon + 1);
            }
            out.append(l).append('\n');
            line++;
        }
        out.setLength(out.length() - 1);
        return out.toString();
    }

    /**
     * Reads the value at the parser's current token.
     *
     * @throws Unreadable after reporting a problem with the value (its children, if any, are not read)
     */
    private Node readValue(JsonParser p, int depth, Problems problems, Reading reading) throws IOException {
        JsonLocation at = p.currentTokenLocation();
        if (++reading.values > maxNodes) {
            problems.add(line(at), column(at), pathOf(p), "the document holds more than " + maxNodes + " values",
                    Optional.of("split it, or raise the limit with withMaxNodes"));
            throw new TooDeep();
        }
        int line = line(at);
        int column = column(at);
        if (p instanceof YAMLParser y && !plainYaml(y, line, column, problems)) {
            throw new Unreadable();
        }
        JsonToken token = p.currentToken();
        if ((token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) && depth > maxDepth) {
            problems.add(line, column, pathOf(p), "the document is nested deeper than " + maxDepth + " levels",
                    Optional.of("a plan needs fewer than ten; check the brackets and indentation"));
            throw new TooDeep();
        }
        return switch (token) {
            case START_OBJECT -> readMap(p, line, column, depth, problems, reading);
            case START_ARRAY -> readList(p, line, column, depth, problems, reading);
            case VALUE_NULL -> new Node.ScalarNode(line, column, "", Node.ScalarType.NULL);
            case VALUE_STRING -> scalar(p, line, column, Node.ScalarType.STRING, reading);
            case VALUE_NUMBER_INT -> scalar(p, line, column, Node.ScalarType.INTEGER, reading);
            case VALUE_NUMBER_FLOAT -> scalar(p, line, column, Node.ScalarType.DECIMAL, reading);
            case VALUE_TRUE, VALUE_FALSE -> scalar(p, line, column, Node.ScalarType.BOOLEAN, reading);
            default -> {
                problems.add(line, column, pathOf(p), "unexpected content (" + token + ")", Optional.empty());
                throw new Unreadable();
            }
        };
    }

    private static Node scalar(JsonParser p, int line, int column, Node.ScalarType type, Reading reading)
            throws IOException {
        return new Node.ScalarNode(line, column, reading.value(p.getText()), type);
    }

    /** Tells whether a YAML value is free of aliases, tags and anchors, reporting the first it has. */
    private static boolean plainYaml(YAMLParser y, int line, int column, Problems problems) throws IOException {
        if (y.isCurrentAlias()) {
            problems.add(line, column, pathOf(y), "YAML aliases (*" + Texts.abbreviate(y.getText())
                    + ") are not allowed", Optional.of("write the value out in full; if you meant"
                    + " the unpublished value, quote it: '*'"));
            return false;
        }
        String tag = y.getTypeId();
        if (tag != null) {
            problems.add(line, column, pathOf(y), "YAML tags (" + Texts.abbreviate(tag)
                    + ") are not allowed", Optional.of("remove the tag"));
            return false;
        }
        if (y.getObjectId() != null) {
            problems.add(line, column, pathOf(y), "YAML anchors (&" + Texts.abbreviate(y.getObjectId())
                    + ") are not allowed", Optional.of("remove the anchor"));
            return false;
        }
        return true;
    }

    /** Reads a map, every entry even after a problem; throws {@link Unreadable} when any had one. */
    private Node readMap(JsonParser p, int line, int column, int depth, Problems problems, Reading reading)
            throws IOException {
        Node.MapNode.Builder entries = new Node.MapNode.Builder();
        boolean ok = true;
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
            JsonLocation keyAt = p.currentTokenLocation();
            String key = reading.key(p.currentName());
            p.nextToken();
            Node value;
            try {
                value = readValue(p, depth + 1, problems, reading);
            } catch (Unreadable e) {
                ok = false;
                skipChildren(p);
                continue;
            }
            int first = entries.add(key, line(keyAt), column(keyAt), value);
            if (first >= 0) {
                problems.add(line(keyAt), column(keyAt), pathOf(p), "duplicate key '" + Texts.abbreviate(key)
                        + "' (first at line " + first + ")", Optional.of("remove one of them"));
                ok = false;
            }
        }
        if (t != JsonToken.END_OBJECT) {
            problems.add(line, column, pathOf(p), "malformed map", Optional.empty());
            throw new Unreadable();
        }
        if (!ok) {
            throw new Unreadable();
        }
        return entries.build(line, column);
    }

    /** Skips the rest of a map or list whose value had a problem. */
    private static void skipChildren(JsonParser p) throws IOException {
        if (p.currentToken() == JsonToken.START_OBJECT || p.currentToken() == JsonToken.START_ARRAY) {
            p.skipChildren();
        }
    }

    /** Reads a list, every item even after a problem; throws {@link Unreadable} when any had one. */
    private Node readList(JsonParser p, int line, int column, int depth, Problems problems, Reading reading)
            throws IOException {
        List<Node> items = new ArrayList<>();
        boolean ok = true;
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY && t != null) {
            try {
                items.add(readValue(p, depth + 1, problems, reading));
            } catch (Unreadable e) {
                ok = false;
                skipChildren(p);
            }
        }
        if (t == null) {
            problems.add(line, column, pathOf(p), "malformed list", Optional.empty());
            throw new Unreadable();
        }
        if (!ok) {
            throw new Unreadable();
        }
        return new Node.ListNode(line, column, items);
    }

    private static void syntax(JsonProcessingException e, Format format, Problems problems, String input) {
        JsonLocation at = e.getLocation();
        int line = at == null ? 1 : line(at);
        int column = at == null ? 1 : column(at);
        String message = e.getOriginalMessage();
        Throwable cause = e.getCause();
        if (cause instanceof org.yaml.snakeyaml.error.MarkedYAMLException m) {
            if (m.getProblemMark() != null) {
                line = m.getProblemMark().getLine() + 1;
                column = m.getProblemMark().getColumn() + 1;
            }
            message = m.getProblem() == null ? m.getMessage() : m.getProblem();
            if (m.getContext() != null) {
                message = m.getContext() + ": " + message;
            }
        }
        message = firstLine(message);
        Optional<String[]> ours = ParserWords.translate(message, format == Format.JSON);
        if (ours.isPresent()) {
            if (message.startsWith("Expected a field name")) {
                column = keyColumn(input, line, column);
            } else if (message.contains("ALLOW_NON_NUMERIC_NUMBERS")) {
                column = tokenStart(input, line, column, ours.get()[0]);
            }
            problems.add(line, column, "", ours.get()[0], Optional.of(ours.get()[1]));
            return;
        }
        if (Invisibles.byteOrderMarkNear(input, line, problems)) {
            return;
        }
        Optional<Problem> space = format == Format.YAML ? SpaceSlips.near(input, line) : Optional.empty();
        if (space.isPresent()) {
            problems.add(space.get().line(), space.get().column(), "", space.get().message(), space.get().hint());
            return;
        }
        Optional<String> hint = Optional.empty();
        if (format == Format.YAML && message.contains("alias")) {
            hint = Optional.of("a bare * starts a YAML alias; write an unpublished value as '*' (quoted)");
        } else if (format == Format.YAML && message.contains("\\t")) {
            Optional<Problem> afterKey = TabSlips.afterKey(input, line);
            if (afterKey.isPresent()) {
                problems.add(afterKey.get().line(), afterKey.get().column(), "", afterKey.get().message(),
                        afterKey.get().hint());
                return;
            }
            message = message.replace("(Do not use \\t(TAB) for indentation)", "").trim();
            hint = Optional.of("indent with spaces, not tabs");
        }
        problems.add(line, column, "", (format == Format.YAML ? "YAML" : "JSON") + " syntax error: " + message, hint);
    }

    /** The column of a key that is a list or map: the parser places it after its opening bracket. */
    private static int keyColumn(String input, int line, int column) {
        int at = lineStart(input, line);
        int before = at + column - 2;
        return at >= 0 && before >= at && before < input.length() && (input.charAt(before) == '['
                || input.charAt(before) == '{') ? column - 1 : column;
    }

    /** The column where a token the parser places at its end ({@code NaN}, quoted in our message) starts. */
    private static int tokenStart(String input, int line, int column, String message) {
        int open = message.indexOf('\'');
        int close = message.indexOf('\'', open + 1);
        int at = lineStart(input, line);
        if (open < 0 || close < 0 || at < 0) {
            return column;
        }
        String token = message.substring(open + 1, close);
        int from = at + column - 1 - token.length();
        return from >= at && input.startsWith(token, from) ? column - token.length() : column;
    }

    /** The offset where a line starts, or -1. */
    private static int lineStart(String input, int line) {
        int at = 0;
        for (int l = 1; l < line && at >= 0; l++) {
            at = input.indexOf('\n', at);
            at = at < 0 ? -1 : at + 1;
        }
        return at;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable input";
        }
        int nl = message.indexOf('\n');
        return (nl < 0 ? message : message.substring(0, nl)).trim();
    }

    private static int line(JsonLocation at) {
        return Math.max(1, at.getLineNr());
    }

    private static int column(JsonLocation at) {
        return Math.max(1, at.getColumnNr());
    }

    /** The path of the current value; a map or list that starts here already has its own context. */
    private static String pathOf(JsonParser p) {
        JsonToken t = p.currentToken();
        boolean opened = t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY;
        return DocumentPath.of(opened ? p.getParsingContext().getParent() : p.getParsingContext());
    }

    /** What one read keeps besides the parser: how many values so far, and shared instances of texts. */
    private static final class Reading {
        /** Slots for recent short values: a power of two, small enough to stay in the processor's cache. */
        private static final int RECENT = 4096;
        /** The longest value shared: names, codes, dates and numbers, not titles or notes. */
        private static final int SHORT = 24;

        int values;
        /** The same few keys (id, title, due…) start most lines of a plan: the tree keeps one instance of each. */
        private final Map<String, String> keys = new HashMap<>();
        /**
         * The last short value read of each hash slot, and its hash. Department ids, units, kinds, rule names,
         * dates and weights recur target after target: the tree keeps one instance of each, which the binder
         * then reads from a few places in memory instead of from all over the parser's garbage. Unlike a map
         * this never grows with the values a plan holds once (ids, amounts), and a value that recurs keeps its
         * slot nearly always.
         */
        private final String[] recent = new String[RECENT];
        private final int[] recentHashes = new int[RECENT];

        String key(String key) {
            String first = keys.putIfAbsent(key, key);
            return first == null ? key : first;
        }

        String value(String text) {
            if (text.length() > SHORT) {
                return text;
            }
            int hash = text.hashCode();
            int slot = (hash ^ hash >>> 16) & (RECENT - 1);
            if (recentHashes[slot] == hash && text.equals(recent[slot])) {
                return recent[slot];
            }
            recent[slot] = text;
            recentHashes[slot] = hash;
            return text;
        }
    }

    /**
     * Thrown by the readers of a value after they report a problem with it, so that the map or list that
     * holds it is not built; reading goes on with the next value, to find every problem. Without a stack
     * trace: it is how a bad value is read, not a failure of the reader.
     */
    private static final class Unreadable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unreadable() {
            super(null, null, false, false);
        }
    }

    /** Ends a read at once: the input is too deep, or too large, to go on with. */
    private static final class TooDeep extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooDeep() {
            super(null, null, false, false);
        }
    }
}
