package io.github.policyplan.internal.read;

/**
 * The limits every reader shares — plans, goal sheets, progress files, schemes — with the same
 * checks on each {@code with…} setting, so that the four readers say a bad setting in the same words.
 *
 * <p>Immutable and thread-safe.
 *
 * @param maxBytes    the largest input accepted, in bytes (characters for text and readers)
 * @param maxDepth    the deepest nesting of maps and lists
 * @param maxNodes    the most values (maps, lists, scalars) in one document
 * @param maxProblems how many problems a read keeps
 * @param strict      whether a warning is a problem
 * @param maxValueChars the most characters one value (in YAML, one line) may hold
 */
public record ReadLimits(long maxBytes, int maxDepth, int maxNodes, int maxProblems, boolean strict,
        int maxValueChars) {

    /** The default limits: 16 MiB, 64 levels, 1,000,000 values, 100 problems. */
    public static final ReadLimits DEFAULTS = new ReadLimits(16L << 20, 64, TreeReader.DEFAULT_MAX_NODES, 100);

    /**
     * Checks the components.
     *
     * @param maxBytes    the largest input accepted, from 1 to {@code Integer.MAX_VALUE - 16}
     * @param maxDepth    the deepest nesting, from 8 to 1000
     * @param maxNodes    the most values in a document, at least 1,000
     * @param maxProblems how many problems a read keeps, at least 1
     * @param strict      whether a warning is a problem
     * @param maxValueChars the most characters one value may hold, at least 100
     */
    public ReadLimits {
        if (maxValueChars < 100) {
            throw new IllegalArgumentException("maxValueChars must be at least 100 (was " + maxValueChars + ")");
        }
        if (maxBytes < 1 || maxBytes > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("maxBytes must be between 1 and " + (Integer.MAX_VALUE - 16)
                    + " (was " + maxBytes + ")");
        }
        if (maxDepth < 8 || maxDepth > 1000) {
            throw new IllegalArgumentException("maxDepth must be between 8 and 1000 (was " + maxDepth + ")");
        }
        if (maxNodes < 1_000) {
            throw new IllegalArgumentException("maxNodes must be at least 1000 (was " + maxNodes + ")");
        }
        if (maxProblems < 1) {
            throw new IllegalArgumentException("maxProblems must be at least 1 (was " + maxProblems + ")");
        }
    }

    /**
     * Makes limits with the default limit on one value's length.
     *
     * @param maxBytes    the largest input accepted
     * @param maxDepth    the deepest nesting
     * @param maxNodes    the most values in a document
     * @param maxProblems how many problems a read keeps
     * @param strict      whether a warning is a problem
     */
    public ReadLimits(long maxBytes, int maxDepth, int maxNodes, int maxProblems, boolean strict) {
        this(maxBytes, maxDepth, maxNodes, maxProblems, strict, TreeReader.DEFAULT_MAX_VALUE_CHARS);
    }

    /**
     * Makes limits that are not strict.
     *
     * @param maxBytes    the largest input accepted
     * @param maxDepth    the deepest nesting
     * @param maxNodes    the most values in a document
     * @param maxProblems how many problems a read keeps
     */
    public ReadLimits(long maxBytes, int maxDepth, int maxNodes, int maxProblems) {
        this(maxBytes, maxDepth, maxNodes, maxProblems, false);
    }

    /**
     * Returns these limits, strict or not.
     *
     * @param strictReads true to make every warning a problem
     * @return the new limits
     */
    public ReadLimits withStrict(boolean strictReads) {
        return new ReadLimits(maxBytes, maxDepth, maxNodes, maxProblems, strictReads, maxValueChars);
    }

    /**
     * Returns these limits with another size limit.
     *
     * @param bytes the largest input accepted
     * @return the new limits
     */
    public ReadLimits withMaxBytes(long bytes) {
        return new ReadLimits(bytes, maxDepth, maxNodes, maxProblems, strict, maxValueChars);
    }

    /**
     * Returns these limits with another nesting limit.
     *
     * @param depth the deepest nesting accepted
     * @return the new limits
     */
    public ReadLimits withMaxDepth(int depth) {
        return new ReadLimits(maxBytes, depth, maxNodes, maxProblems, strict, maxValueChars);
    }

    /**
     * Returns these limits with another limit on values.
     *
     * @param nodes the most values in a document
     * @return the new limits
     */
    public ReadLimits withMaxNodes(int nodes) {
        return new ReadLimits(maxBytes, maxDepth, nodes, maxProblems, strict, maxValueChars);
    }

    /**
     * Returns these limits with another number of problems kept.
     *
     * @param count how many problems to keep
     * @return the new limits
     */
    public ReadLimits withMaxProblems(int count) {
        return new ReadLimits(maxBytes, maxDepth, maxNodes, count, strict, maxValueChars);
    }

    /**
     * Returns these limits with another limit on one value's length.
     *
     * @param chars the most characters one value (in YAML, one line) may hold
     * @return the new limits
     */
    public ReadLimits withMaxValueChars(int chars) {
        return new ReadLimits(maxBytes, maxDepth, maxNodes, maxProblems, strict, chars);
    }

    /**
     * Makes the read pipeline of these limits.
     *
     * @return a new pipeline
     */
    public ReadPipeline pipeline() {
        return new ReadPipeline(maxBytes, maxProblems, new TreeReader((int) maxBytes, maxDepth, maxNodes, maxValueChars)).strict(strict);
    }
}
