package io.chaingraph.graph;

import java.util.LinkedHashMap;

/**
 * A Relay connection as a map of {@code edges}, {@code pageInfo} and {@code totalCount}.
 * Spring for GraphQL adapts what a connection field returns unless the class's name ends
 * in {@code Connection}; this one is already built, with its own keyset cursors and
 * total.
 */
final class PageConnection extends LinkedHashMap<String, Object> {

}
