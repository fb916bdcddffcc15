/**
 * Scoring: from a plan and the progress reported against it, a {@link io.github.policyplan.scoring.Scorecard}
 * at any date that a person can trust and check by hand.
 *
 * <p>{@link io.github.policyplan.scoring.Scoring} is the entry point. For each target it finds the
 * latest report on or before the date, the value expected by then from the target's schedule
 * (时间过半、任务过半 by default), scores the one against the other with the target's
 * {@link io.github.policyplan.rules.Rule rule}, gives a {@link io.github.policyplan.scoring.Status status}
 * and a {@link io.github.policyplan.scoring.Forecast forecast}, and rolls scores up the tree. Every
 * number carries an {@link io.github.policyplan.core.Explanation explanation} in English and Chinese
 * that reproduces it from its inputs.
 *
 * <pre>{@code
 * Scorecard card = Scoring.standard().score(plan, log, LocalDate.of(2023, 6, 30));
 * card.root().score();                                   // OptionalDouble: empty when nothing is scored
 * card.node("s1.i1.t1").explanation().inChinese();
 * String json = card.toJson();                           // byte-identical for the same inputs
 * }</pre>
 *
 * <p><b>Layering.</b> Uses {@code core}, {@code rules}, {@code plans}, {@code progress}, {@code model} and the writing internals; never {@code assessment}.
 */
package io.github.policyplan.scoring;

