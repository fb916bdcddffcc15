package io.github.policyplan.internal.read;

import io.github.policyplan.core.InputException;
import io.github.policyplan.core.Loaded;
import io.github.policyplan.core.Problem;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The one way an input is read, for plans, goal sheets, progress files and schemes alike: its text
 * (from a file, a reader or a string, within a size limit) → a located tree (YAML or JSON; CSV has
 * its own tokenizer, given as a {@link TextBinder}) → bound by the caller's binder → a complete value,
 * or one exception with every problem found on the way. Nothing is ever half-read.
 *
 * <p>It knows no exported package but {@code core}: the caller passes the binder and the exception
 * to throw as functions. Immutable and thread-safe; each read has a {@link Problems} of its own.
 *
 * <pre>{@code
 * ReadPipeline pipeline = new ReadPipeline(maxChars, maxProblems, new TreeReader(maxChars, maxDepth));
 * Plan plan = pipeline.parse(text, "county.yaml",
 *         pipeline.tree(TreeReader.Format.YAML, (root, problems) -> new PlanBinder(problems, …).bind(root)),
 *         (source, problems, total) -> new PlanException("plan", source, problems, total)).value();
 * }</pre>
 */
public final class ReadPipeline {

    /**
     * Binds a document's text, reporting every problem.
     *
     * @param <T> what the text is read as
     */
    @FunctionalInterface
    public interface TextBinder<T> {
        /**
         * Binds the text.
         *
         * @param text     the document, within the size limit and without a byte-order mark
         * @param problems where problems go
         * @return the value, or empty when a problem was reported
         */
        Optional<T> bind(String text, Problems problems);
    }

    /**
     * Binds a document's located tree, reporting every problem.
     *
     * @param <T> what the tree is read as
     */
    @FunctionalInterface
    public interface TreeBinder<T> {
        /**
         * Binds the tree.
         *
         * @param root     the document's root
         * @param problems where problems go
         * @return the value, or empty when a problem was reported
         */
        Optional<T> bind(Node root, Problems problems);
    }

    /** Makes the exception a read with problems throws: a plan's, a progress file's. */
    @FunctionalInterface
    public interface Refusal {
        /**
         * Makes the exception.
         *
         * @param source   the source name
         * @param problems the problems kept, in document order; not empty
         * @param total    how many problems there were, kept or not
         * @return the exception to throw
         */
        InputException refuse(String source, List<Problem> problems, int total);
    }

    private final long maxChars;
    private final int maxProblems;
    private final TreeReader trees;
    private final boolean strict;

    /**
     * Creates a pipeline.
     *
     * @param maxChars    the largest input accepted: bytes for files, characters for readers and strings
     * @param maxProblems how many problems a read keeps
     * @param trees       reads YAML and JSON, with its limits
     */
    public ReadPipeline(long maxChars, int maxProblems, TreeReader trees) {
        this(maxChars, maxProblems, trees, false);
    }

    private ReadPipeline(long maxChars, int maxProblems, TreeReader trees, boolean strict) {
        this.maxChars = maxChars;
        this.maxProblems = maxProblems;
        this.trees = trees;
        this.strict = strict;
    }

    /**
     * Returns this pipeline, strict or not: a strict read refuses an input with warnings, each a problem.
     *
     * @param strictReads true to make warnings problems
     * @return the pipeline
     */
    public ReadPipeline strict(boolean strictReads) {
        return strictReads == strict ? this : new ReadPipeline(maxChars, maxProblems, trees, strictReads);
    }

    /**
     * Tells whether warnings are problems.
     *
     * @return true in strict mode
     */
    public boolean isStrict() {
        return strict;
    }

    /**
     * Makes a text binder that reads the text into a located tree, then binds the tree.
     *
     * @param format YAML or JSON
     * @param binder binds the tree
     * @param <T>    what the tree is read as
     * @return the text binder
     */
    public <T> TextBinder<T> tree(TreeReader.Format format, TreeBinder<T> binder) {
        return tree(format, binder, false);
    }

    /**
     * Makes a text binder that reads the text into a located tree, then binds the tree; a text in
     * another format than its name gives (CSV saved as {@code .txt}, YAML as {@code .json}) is refused,
     * naming its format.
     *
     * @param format YAML or JSON
     * @param binder binds the tree
     * @param csv    whether the reader takes CSV files too, to say so in the hint
     * @param <T>    what the tree is read as
     * @return the text binder
     */
    public <T> TextBinder<T> tree(TreeReader.Format format, TreeBinder<T> binder, boolean csv) {
        return (text, problems) -> !FormatSniff.fits(text, format, csv, problems) ? Optional.empty()
                : trees.read(text, format, problems).flatMap(root -> {
            TreeWarnings.spaces(root, problems);
            return binder.bind(root, problems);
        });
    }

    /**
     * Reads a file: strict UTF-8, a byte-order mark skipped.
     *
     * @param path    the file; its name is the source problems report
     * @param binder  binds its text
     * @param refusal the exception thrown when there is any problem
     * @param <T>     what the file is read as
     * @return the value, with notes on the forms accepted that are not canonical, and warnings
     * @throws InputException (from {@code refusal}) when the file has any problem
     * @throws IOException    when the file cannot be read
     */
    public <T> Loaded<T> read(Path path, TextBinder<T> binder, Refusal refusal) throws IOException {
        Problems problems = new Problems(path.toString(), maxProblems, strict);
        return finish(TextInput.read(path, maxChars, problems), binder, problems, refusal);
    }

    /**
     * Reads the text of a reader.
     *
     * @param reader  the text; not closed
     * @param source  the name problems report
     * @param binder  binds the text
     * @param refusal the exception thrown when there is any problem
     * @param <T>     what the text is read as
     * @return the value, with notes on the forms accepted that are not canonical, and warnings
     * @throws InputException (from {@code refusal}) when the text has any problem
     * @throws IOException    when the reader fails
     */
    public <T> Loaded<T> read(Reader reader, String source, TextBinder<T> binder, Refusal refusal)
            throws IOException {
        Problems problems = new Problems(source, maxProblems, strict);
        return finish(TextInput.read(reader, maxChars, problems), binder, problems, refusal);
    }

    /**
     * Reads a string.
     *
     * @param text    the document
     * @param source  the name problems report
     * @param binder  binds the text
     * @param refusal the exception thrown when there is any problem
     * @param <T>     what the text is read as
     * @return the value, with notes on the forms accepted that are not canonical, and warnings
     * @throws InputException (from {@code refusal}) when the text has any problem
     */
    public <T> Loaded<T> parse(String text, String source, TextBinder<T> binder, Refusal refusal) {
        Problems problems = new Problems(source, maxProblems, strict);
        return finish(TextInput.check(text, maxChars, problems), binder, problems, refusal);
    }

    private static <T> Loaded<T> finish(Optional<String> text, TextBinder<T> binder, Problems problems,
            Refusal refusal) {
        Optional<T> value = text.filter(t -> Invisibles.check(t, problems)).flatMap(t -> binder.bind(t, problems));
        text.ifPresent(t -> StraySeparators.warn(t, problems));
        if (problems.isEmpty() && value.isPresent()) {
            return new Loaded<>(value.get(), problems.notes(), problems.warnings());
        }
        if (problems.isEmpty()) {
            throw new IllegalStateException("reading failed without a problem: " + problems.source());
        }
        throw refusal.refuse(problems.source(), problems.sorted(), problems.total()).withWarnings(problems.warnings());
    }
}
