package io.github.policyplan.core;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

/**
 * Where a result came from (来源): the SHA-256 of each input file (plan, revisions, reports, scheme)
 * and the version of the library that computed it. A scorecard or assessment written with
 * {@code toJson(provenance)} carries it under the key {@code provenance}; {@link #check} tells whether a
 * result was computed from a given set of files.
 *
 * <pre>{@code
 * Provenance p = Provenance.of(List.of(Provenance.Input.of("plan", planPath), Provenance.Input.of("reports", csv)));
 * String json = card.toJson(p);
 * Provenance.check(json, List.of(planPath, csv)).matches();        // true
 * }</pre>
 *
 * <p>Immutable and thread-safe; no component is null.
 *
 * @param library the library version, such as {@code 0.2.0}
 * @param inputs  the inputs, in the order given
 */
public record Provenance(String library, List<Input> inputs) {

    private static final JsonFactory JSON = JsonFactory.builder().build();

    /**
     * Copies the inputs.
     *
     * @param library the library version
     * @param inputs  the inputs, in the order given
     */
    public Provenance {
        Objects.requireNonNull(library, "library");
        inputs = List.copyOf(inputs);
    }

    /**
     * One input file.
     *
     * @param role   what it is: {@code plan}, {@code revisions}, {@code reports}, {@code scheme}, …
     * @param name   its file name (without folders)
     * @param sha256 the SHA-256 of its bytes, 64 lower-case hex digits
     */
    public record Input(String role, String name, String sha256) {
        /**
         * Checks the components.
         *
         * @param role   what it is
         * @param name   its file name
         * @param sha256 the SHA-256 of its bytes, 64 lower-case hex digits
         */
        public Input {
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(sha256, "sha256");
            if (!sha256.matches("[0-9a-f]{64}")) {
                throw new IllegalArgumentException("a SHA-256 is 64 lower-case hex digits (was '" + sha256 + "')");
            }
        }

        /**
         * Hashes a file.
         *
         * @param role what it is
         * @param file the file
         * @return the input
         * @throws IOException when the file cannot be read
         */
        public static Input of(String role, Path file) throws IOException {
            return new Input(role, file.getFileName().toString(), Provenance.sha256(Files.readAllBytes(file)));
        }
    }

    /**
     * Returns the provenance of a result computed by this library from some inputs.
     *
     * @param inputs the inputs
     * @return the provenance
     */
    public static Provenance of(List<Input> inputs) {
        return new Provenance(libraryVersion(), inputs);
    }

    /**
     * Returns this library's version.
     *
     * @return such as {@code 0.2.0-SNAPSHOT}
     */
    public static String libraryVersion() {
        try (InputStream in = Provenance.class.getResourceAsStream("version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Returns the SHA-256 of some bytes.
     *
     * @param bytes the bytes
     * @return 64 lower-case hex digits
     */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /**
     * What {@link #check} found.
     *
     * @param matches  true when every input of the result is among the files (by SHA-256)
     * @param missing  the inputs of the result that no file has
     * @param unused   the files that are no input of the result
     * @param library  the library version the result names, if it names one
     * @param sameLibrary true when that is this library's version
     */
    public record Check(boolean matches, List<Input> missing, List<Path> unused, Optional<String> library,
            boolean sameLibrary) {
        /**
         * Copies the lists.
         *
         * @param matches     true when every input of the result is among the files
         * @param missing     the inputs no file has
         * @param unused      the files that are no input
         * @param library     the library version the result names
         * @param sameLibrary true when that is this library's version
         */
        public Check {
            missing = List.copyOf(missing);
            unused = List.copyOf(unused);
            Objects.requireNonNull(library, "library");
        }
    }

    /**
     * Checks whether a result in JSON (a scorecard or an assessment written with its provenance) was
     * computed from a set of files: every input it names has the SHA-256 of one of the files.
     *
     * @param resultJson the result's JSON
     * @param files      the files
     * @return what was found; {@code matches} is false for a result without provenance
     * @throws IOException when a file cannot be read
     */
    public static Check check(String resultJson, Collection<Path> files) throws IOException {
        Map<String, Path> byHash = new LinkedHashMap<>();
        for (Path f : files) {
            byHash.putIfAbsent(sha256(Files.readAllBytes(f)), f);
        }
        Optional<Provenance> p = read(resultJson);
        if (p.isEmpty()) {
            return new Check(false, List.of(), List.copyOf(byHash.values()), Optional.empty(), false);
        }
        List<Input> missing = new ArrayList<>();
        Map<String, Path> unused = new LinkedHashMap<>(byHash);
        for (Input input : p.get().inputs()) {
            if (byHash.containsKey(input.sha256())) {
                unused.remove(input.sha256());
            } else {
                missing.add(input);
            }
        }
        Optional<String> library = Optional.of(p.get().library());
        return new Check(missing.isEmpty(), missing, List.copyOf(unused.values()), library,
                library.map(libraryVersion()::equals).orElse(false));
    }

    /**
     * Reads the provenance a result in JSON carries.
     *
     * @param resultJson the result's JSON
     * @return its provenance, or empty when it has none
     * @throws IOException when the text is not JSON
     */
    public static Optional<Provenance> read(String resultJson) throws IOException {
        try (JsonParser p = JSON.createParser(resultJson)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                if ("provenance".equals(name) && p.currentToken() == JsonToken.START_OBJECT) {
                    return Optional.of(provenance(p));
                }
                p.skipChildren();
            }
            return Optional.empty();
        }
    }

    private static Provenance provenance(JsonParser p) throws IOException {
        String library = "unknown";
        List<Input> inputs = new ArrayList<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            if ("library".equals(name)) {
                library = p.getText();
            } else if ("inputs".equals(name) && p.currentToken() == JsonToken.START_ARRAY) {
                while (p.nextToken() == JsonToken.START_OBJECT) {
                    Map<String, String> fields = new LinkedHashMap<>();
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String key = p.currentName();
                        p.nextToken();
                        fields.put(key, p.getText());
                    }
                    inputs.add(new Input(fields.getOrDefault("role", ""), fields.getOrDefault("name", ""),
                            fields.getOrDefault("sha256", "")));
                }
            } else {
                p.skipChildren();
            }
        }
        return new Provenance(library, inputs);
    }
}
