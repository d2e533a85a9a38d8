/**
 * The graph vocabulary shared by every concept package: labels and relationship types.
 */
@NullMarked
package io.chaingraph.graph;

import org.jspecify.annotations.NullMarked;
