/**
 * JMH benchmarks of policyplan at scale, each measured beside a floor in the same run: plan loading
 * against Jackson's YAML tree, scoring against a hand-written loop over primitive arrays, incremental
 * rescoring against a full score, assessment against the scoring it rests on.
 *
 * <pre>
 * mvn -q -DskipTests -Pbench verify                                  # the whole suite (~15 minutes)
 * mvn -q -DskipTests -Pbench verify -Dbench.args="PlanLoad"          # one benchmark class
 * mvn -q -DskipTests -Pbench verify -Dbench.args="-f 1 -wi 2 -i 3 -prof gc Score"
 * </pre>
 *
 * <p>{@link io.github.policyplan.examples.bench.Bench} runs JMH with the options given and then prints
 * every result as a ratio to its floor. See {@code docs/benchmarks.md}.
 */
package io.github.policyplan.examples.bench;
