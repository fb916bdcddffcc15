/**
 * What every part of policyplan shares: the root exception {@link io.github.policyplan.core.PolicyPlanException},
 * {@link io.github.policyplan.core.InputException} for input with problems, and
 * {@link io.github.policyplan.core.Problem}, one located problem in an input file.
 */
package io.github.policyplan.core;
