/**
 * The policyplan domain model: a {@link io.github.policyplan.model.Plan} is a tree of
 * {@link io.github.policyplan.model.Section sections} (一、二、三…), each with
 * {@link io.github.policyplan.model.Item items} (一要…求突破) and measurable
 * {@link io.github.policyplan.model.Target targets} (目标 / 指标).
 *
 * <p>Every type here is immutable and thread-safe, validates itself when it is
 * constructed and never accepts {@code null}: optional values are {@link java.util.Optional}.
 * A constructor that finds a problem throws {@link io.github.policyplan.model.InvalidPlanException}
 * listing every problem it found, each with the path of the offending field.
 *
 * <h2>Numbers</h2>
 * Values (goals, baselines, checkpoints, weights) are held as {@code double}. They are
 * measurements with a few significant digits, not money: a {@code double} holds every value a
 * plan writes exactly as it reads back (the shortest decimal text round-trips), equality of
 * records compares them bit for bit ({@link java.lang.Double#compare}), and nothing in the
 * model rounds.
 */
package io.github.policyplan.model;
