package io.github.policyplan.model;

import java.util.Objects;
import java.util.Optional;

/**
 * The document a plan models: a speech, a work plan.
 *
 * <p>Immutable and thread-safe; no component is null.
 *
 * @param title    the document's title
 * @param location where to find it: a file, an address, a document number; if given
 */
public record SourceReference(String title, Optional<String> location) {

    /**
     * Checks the components.
     *
     * @param title    the document's title
     * @param location where to find it: a file, an address, a document number; if given
     */
    public SourceReference {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(location, "location");
        if (title.isBlank()) {
            throw new IllegalArgumentException("a source title must not be blank");
        }
    }
}
