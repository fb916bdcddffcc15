/**
 * Runnable example programs. Each uses only the public API of {@code policyplan-core} and reads the
 * example data bundled under {@code plans/}: the 2023 county speech modelled as a plan.
 */
package io.github.policyplan.examples;
