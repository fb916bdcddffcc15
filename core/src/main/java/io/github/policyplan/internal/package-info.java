/**
 * Internals of policyplan core, not exported: the located document tree that YAML and JSON are
 * read into, the binding of that tree to model values, and problem collection.
 */
package io.github.policyplan.internal;
