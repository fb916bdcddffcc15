/**
 * The command-line tool {@code policyplan} for the people who run systems built on policyplan: validate
 * plans, goal sheets, progress files and assessment schemes; score a plan; assess units; write reports
 * (HTML, CSV, Markdown, JSON). Built as one executable jar, {@code examples/target/policyplan-cli.jar}.
 *
 * <pre>
 * java -jar examples/target/policyplan-cli.jar score --plan plan.yaml --progress progress.csv --as-of 2023-06-30
 * </pre>
 *
 * <p>Exit status 0 when all went well, 1 when an input has problems (each printed as
 * {@code file:line:column: path: message}), 2 when the command line is wrong. Uses only the public API.
 */
package io.github.policyplan.examples.cli;
