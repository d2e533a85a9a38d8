/**
 * Bulk import and export of the graph in the neo4j-admin CSV format, the seed dataset and
 * the scale generator.
 */
@NullMarked
package io.chaingraph.importing;

import org.jspecify.annotations.NullMarked;
