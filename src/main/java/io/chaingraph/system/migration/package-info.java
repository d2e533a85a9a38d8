/**
 * Schema migrations: the versioned Cypher files (constraints, indexes, full-text) applied
 * in order at start, once per store, before anything reads.
 */
@NullMarked
package io.chaingraph.system.migration;

import org.jspecify.annotations.NullMarked;
