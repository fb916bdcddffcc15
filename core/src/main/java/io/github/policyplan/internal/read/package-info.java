/**
 * Reading internals, not exported: text input with its limits and encodings, the located document
 * tree that YAML and JSON are read into ({@link io.github.policyplan.internal.read.TreeReader},
 * {@link io.github.policyplan.internal.read.Node}), typed field access with located problems
 * ({@link io.github.policyplan.internal.read.Fields}, {@link io.github.policyplan.internal.read.Problems}),
 * document paths, hints ("did you mean"), the one date reader
 * ({@link io.github.policyplan.internal.read.DateReader}), model constructors run with their violations
 * located ({@link io.github.policyplan.internal.read.Violations}), and the one read pipeline every reader
 * goes through ({@link io.github.policyplan.internal.read.ReadPipeline}: text, tree, the caller's binder,
 * then a complete value or the caller's exception with every problem).
 *
 * <p><b>Layering.</b> Uses {@code core}, {@code model}, Jackson, SnakeYAML and Commons Lang; knows
 * no exported package but {@code core}: it serves the readers of plans, progress and schemes and
 * knows none of them.
 */
package io.github.policyplan.internal.read;
