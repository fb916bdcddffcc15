/**
 * Writing internals, not exported: JSON output with numbers written exactly
 * ({@link io.github.policyplan.internal.write.JsonOutput}) and files replaced atomically
 * ({@link io.github.policyplan.internal.write.AtomicFiles}).
 *
 * <p><b>Layering.</b> Uses {@code core}, {@code model} and Jackson; knows no exported package but
 * {@code core}.
 */
package io.github.policyplan.internal.write;
