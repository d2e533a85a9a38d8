package io.chaingraph.path;

import java.util.List;
import java.util.Map;

/**
 * {@code Path}: one way two nodes are connected, told as the nodes and relationships it
 * passes so that a client can draw it without reading the graph again.
 *
 * @param length how many relationships it passes
 * @param nodes the nodes from start to end
 * @param relationships the relationships in order
 */
record Path(int length, List<Map<String, Object>> nodes, List<PathRelationship> relationships) {

}
