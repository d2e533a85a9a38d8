/**
 * Path finding: how two named nodes are connected, as the shortest paths the graph holds
 * between them.
 */
@NullMarked
package io.chaingraph.path;

import org.jspecify.annotations.NullMarked;
