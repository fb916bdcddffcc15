/**
 * What every part of policyplan shares: the root exception {@link io.github.policyplan.core.PolicyPlanException},
 * {@link io.github.policyplan.core.InputException} for input with problems,
 * {@link io.github.policyplan.core.Problem}, one located problem in an input file, and the words of a
 * number: {@link io.github.policyplan.core.Explanation} (Chinese and English) and
 * {@link io.github.policyplan.core.NumberText}, the way explanations write numbers.
 *
 * <p><b>Layering.</b> The bottom of the library: this package uses only the JDK, Jackson core and {@code model}; every other package may use it.
 */
package io.github.policyplan.core;
