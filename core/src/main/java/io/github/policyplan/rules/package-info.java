/**
 * Scoring rules (评分规则) and the catalogue of strategy names: the {@link io.github.policyplan.rules.Rule}
 * interface with its built-ins, its input {@link io.github.policyplan.rules.RuleInput} and result
 * {@link io.github.policyplan.rules.RuleResult}, typed access to its parameters
 * ({@link io.github.policyplan.rules.Parameter}), the score formulas the built-ins share
 * ({@link io.github.policyplan.rules.Scores}), the one weighted mean
 * ({@link io.github.policyplan.rules.WeightedMean}), and {@link io.github.policyplan.rules.Catalogue}, the
 * one list of rule, schedule and roll-up names a plan may use.
 *
 * <p>Reading a plan needs these names and each rule's parameter checks, but no scoring engine: that is
 * why they live here, below {@code plans}.
 *
 * <pre>{@code
 * Rule halfPoints = in -> RuleResult.scored(in.actualNumber() >= in.expectedNumber() ? 100 : 50, "…", "…");
 * Scoring scoring = Scoring.standard().withRule("half-points", halfPoints);
 * Plan plan = Plans.reader().withRules(scoring.rules()).read(path);
 * }</pre>
 *
 * <p><b>Layering.</b> Uses only {@code core} and {@code model}.
 */
package io.github.policyplan.rules;
