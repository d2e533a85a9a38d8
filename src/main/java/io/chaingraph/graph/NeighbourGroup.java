package io.chaingraph.graph;

import java.util.List;
import java.util.Map;

/**
 * The neighbours a node has through one relationship type in one direction: how many, and
 * the first few.
 *
 * @param relationship the relationship type
 * @param direction OUT when the node is the relationship's start, IN when its end
 * @param totalCount how many neighbours the group holds
 * @param nodes the first of them, as every read serves nodes
 */
record NeighbourGroup(RelType relationship, String direction, int totalCount, List<Map<String, Object>> nodes) {
}
