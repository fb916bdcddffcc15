package io.github.policyplan.internal.read;

import io.github.policyplan.core.Problem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Collects the problems of one input, up to a limit, and counts those past it.
 * Not thread-safe: one instance serves one read.
 */
public final class Problems {

    private final String source;
    private final int limit;
    private final List<Problem> kept = new ArrayList<>();
    private final List<Problem> notes = new ArrayList<>();
    private final List<Problem> warnings = new ArrayList<>();
    /** Whether a warning is a problem: the strict mode of the readers. */
    private final boolean strict;
    private int total;

    /**
     * Creates a collector.
     *
     * @param source the source name every problem names
     * @param limit  how many problems to keep
     */
    public Problems(String source, int limit) {
        this(source, limit, false);
    }

    /**
     * Creates a collector.
     *
     * @param source the source name every problem names
     * @param limit  how many problems (and warnings) to keep
     * @param strict true to make every warning a problem
     */
    public Problems(String source, int limit, boolean strict) {
        this.source = source;
        this.limit = limit;
        this.strict = strict;
    }

    /**
     * Tells whether as many problems as are kept have been found: past it, a reader need not work out
     * hints (did-you-mean suggestions) nobody will see.
     *
     * @return true once the limit is reached
     */
    public boolean full() {
        return total >= limit;
    }

    /**
     * Counts a problem found once the cap is reached ({@link #full()}), without its message: past the cap
     * only the total shows it, so a reader need not build a message, path or hint nobody will see.
     *
     * @throws IllegalStateException before the cap is reached, when the problem would have been kept
     */
    public void countPastCap() {
        if (!full()) {
            throw new IllegalStateException("the problem would be kept: add it with its message");
        }
        total++;
    }

    /**
     * Tells whether as many warnings as are kept have been found (in strict mode, as many problems): past
     * it, a reader need not build the messages of warnings nobody will see.
     *
     * @return true once the limit is reached
     */
    public boolean warningsFull() {
        return strict ? full() : warnings.size() >= limit;
    }

    /**
     * Returns the source name.
     *
     * @return the source
     */
    public String source() {
        return source;
    }

    /**
     * Adds a problem.
     *
     * @param line    the line, from 1
     * @param column  the column, from 1
     * @param path    the path in the document
     * @param message what is wrong
     * @param hint    the likely fix, if any; when none is given, a fix by the kind of problem ({@link Hints})
     */
    public void add(int line, int column, String path, String message, Optional<String> hint) {
        total++;
        if (kept.size() < limit) {
            kept.add(new Problem(source, Math.max(1, line), Math.max(1, column), shortPath(path),
                    shortMessage(message), (hint.isPresent() ? hint : Hints.fallback(message))
                            .map(Problems::shortMessage)));
        }
    }

    /**
     * Adds a problem at a node.
     *
     * @param node    where
     * @param path    the path in the document
     * @param message what is wrong
     */
    public void add(Node node, String path, String message) {
        add(node.line(), node.column(), path, message, Optional.empty());
    }

    /**
     * Adds a problem with a hint at a node.
     *
     * @param node    where
     * @param path    the path in the document
     * @param message what is wrong
     * @param hint    the likely fix, if any
     */
    public void add(Node node, String path, String message, Optional<String> hint) {
        add(node.line(), node.column(), path, message, hint);
    }

    /**
     * Records a note: a form the reader accepted although it is not the canonical one (a full-width
     * colon, {@code 8%}, {@code 2023年底}), and how it read it.
     *
     * @param node    where
     * @param path    the path in the document
     * @param message what was read, and as what
     */
    public void note(Node node, String path, String message) {
        note(node.line(), node.column(), path, message);
    }

    /**
     * Records a note at a line and column.
     *
     * @param line    the line
     * @param column  the column
     * @param path    the path
     * @param message what was read, and as what
     */
    public void note(int line, int column, String path, String message) {
        note(line, column, path, message, Optional.empty());
    }

    /**
     * Records a note with a hint: a warning, such as a correction of a report that does not exist.
     *
     * @param line    the line
     * @param column  the column
     * @param path    the path
     * @param message what was read, and as what
     * @param hint    what to do about it, if anything
     */
    public void note(int line, int column, String path, String message, Optional<String> hint) {
        if (notes.size() < limit) {
            notes.add(new Problem(source, Math.max(1, line), Math.max(1, column), shortPath(path),
                    shortMessage(message), hint.map(Problems::shortMessage)));
        }
    }

    /**
     * Records a warning: input that is legal but almost surely wrong (a name with a trailing space,
     * running totals that fall). A warning is returned with the value read, never thrown, unless the
     * read is strict: then it is a problem like any other.
     *
     * @param line    the line
     * @param column  the column
     * @param path    the path
     * @param message what looks wrong
     * @param hint    what to check or change
     */
    public void warn(int line, int column, String path, String message, Optional<String> hint) {
        if (strict) {
            add(line, column, path, message, hint);
        } else if (warnings.size() < limit) {
            warnings.add(new Problem(source, Math.max(1, line), Math.max(1, column), shortPath(path),
                    shortMessage(message), hint.map(Problems::shortMessage)));
        }
    }

    /**
     * Records a warning at a node, as {@link #warn(int, int, String, String, Optional)}.
     *
     * @param node    where
     * @param path    the path
     * @param message what looks wrong
     * @param hint    what to check or change
     */
    public void warn(Node node, String path, String message, Optional<String> hint) {
        warn(node.line(), node.column(), path, message, hint);
    }

    /** A message or hint as a problem shows it: invisible characters escaped and named, shortened. */
    private static String shortMessage(String message) {
        return Texts.shortMessage(Visible.of(message));
    }

    private static String shortPath(String path) {
        return Texts.shortPath(Visible.path(path));
    }

    /**
     * Returns the warnings, in document order.
     *
     * @return the warnings
     */
    public List<Problem> warnings() {
        List<Problem> list = new ArrayList<>(warnings);
        list.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
        return list;
    }

    /**
     * Returns the notes, in document order.
     *
     * @return the notes
     */
    public List<Problem> notes() {
        List<Problem> list = new ArrayList<>(notes);
        list.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
        return list;
    }

    /**
     * Tells whether no problem was found.
     *
     * @return true when there is none
     */
    public boolean isEmpty() {
        return total == 0;
    }

    /**
     * Returns how many problems were found, kept or not.
     *
     * @return the total
     */
    public int total() {
        return total;
    }

    /**
     * Returns the kept problems in document order (line, then column, then the order found).
     *
     * @return the problems
     */
    public List<Problem> sorted() {
        List<Problem> list = new ArrayList<>(kept);
        list.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
        return list;
    }
}
