package io.chaingraph.chain;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * {@code ChainMapBottleneck}: a technology holding a chain or segment back, with how
 * badly when the graph records it.
 *
 * @param technology the technology node
 * @param severity 1 to 5; null when the relationship carries none
 */
record ChainMapBottleneck(Map<String, Object> technology, @Nullable Integer severity) {

}
