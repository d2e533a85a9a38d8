package io.chaingraph.importing;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.chaingraph.graph.NodeLabel;
import io.chaingraph.graph.RelType;

/**
 * Writes validated import rows, merging on ids: a node is found by its id space and id, a
 * relationship by its two ends and type, and only what is missing is created.
 */
interface GraphWriter {

	/**
	 * @param rows each with {@code id} and {@code props}
	 */
	void nodes(NodeLabel label, Set<NodeLabel> extra, List<Map<String, Object>> rows);

	/**
	 * @param rows each with {@code s} (start id), {@code e} (end id) and {@code props}
	 */
	void relationships(NodeLabel start, RelType type, NodeLabel end, List<Map<String, Object>> rows);

}
