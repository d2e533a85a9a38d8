/**
 * The service jar's command line: runs a verb instead of the server. The verbs belong to
 * their concepts (import and export to importing, keys to security), which register them
 * ({@link io.chaingraph.cli.Verbs}); this package only finds and runs them.
 */
@NullMarked
package io.chaingraph.cli;

import org.jspecify.annotations.NullMarked;
