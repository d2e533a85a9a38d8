package io.chaingraph.importing;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.chaingraph.graph.NodeLabel;
import io.chaingraph.graph.RelType;

/**
 * Writes validated import rows, merging on ids: a node is found by its id space and id, a
 * relationship by its two ends and type, and only what is missing is created. Each call
 * is one transaction. A writer keeps a journal of what its committed calls created and of
 * the values and labels they replaced, so that an import that fails part-way can be taken
 * back ({@link #undo()}) instead of staying half-written.
 */
interface GraphWriter {

	/**
	 * @param rows each with {@code id} and {@code props}
	 */
	void nodes(NodeLabel label, Set<NodeLabel> extra, List<Map<String, Object>> rows);

	/**
	 * @param rows each with {@code s} (start id), {@code e} (end id) and {@code props}
	 * @throws EndMissing when a start or end node is no longer in the graph
	 */
	void relationships(NodeLabel start, RelType type, NodeLabel end, List<Map<String, Object>> rows);

	/**
	 * Takes back every committed call of this writer: restores the properties and labels
	 * it replaced on nodes and relationships that were there before, latest first, then
	 * deletes the relationships and nodes it created. What another writer deleted
	 * meanwhile is skipped. Runs in transactions of a bounded size.
	 */
	void undo();

	/**
	 * A relationship row whose start or end node has gone since the import was checked:
	 * another writer deleted it.
	 */
	final class EndMissing extends RuntimeException {

		EndMissing(String message) {
			super(message);
		}

	}

}
