package io.chaingraph.importing;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.chaingraph.graph.NodeLabel;
import io.chaingraph.graph.RelType;
import org.neo4j.graphdb.Direction;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.Transaction;

/**
 * Writes straight into the embedded database's own API: the same merge on ids as
 * {@link CypherGraphWriter}, without a query to plan per statement shape. That matters
 * for the seed, whose eighty small files would otherwise spend seconds compiling Cypher
 * on a cold start, and for bulk loads, where it is several times faster.
 */
@SuppressWarnings("deprecation") // node ids are only kept for the length of one import
final class EmbeddedGraphWriter implements GraphWriter {

	private final GraphDatabaseService graph;

	// Node ids of this import's nodes, so relationships find their ends without an index
	// seek.
	private final Map<NodeLabel, Map<String, Long>> written = new EnumMap<>(NodeLabel.class);

	EmbeddedGraphWriter(GraphDatabaseService graph) {
		this.graph = graph;
	}

	@Override
	public void nodes(NodeLabel label, Set<NodeLabel> extra, List<Map<String, Object>> rows) {
		Label primary = Label.label(label.name());
		Map<String, Long> ids = this.written.computeIfAbsent(label, (key) -> new HashMap<>());
		try (Transaction tx = this.graph.beginTx()) {
			// All lookups before any write: an index seek is far slower once the
			// transaction has
			// pending changes to the same index.
			Node[] found = new Node[rows.size()];
			for (int i = 0; i < found.length; i++) {
				found[i] = tx.findNode(primary, "id", rows.get(i).get("id"));
			}
			for (int i = 0; i < found.length; i++) {
				Map<String, Object> row = rows.get(i);
				String id = (String) row.get("id");
				Node node = found[i];
				if (node == null) {
					node = tx.createNode(primary);
					node.setProperty("id", id);
				}
				for (NodeLabel other : extra) {
					node.addLabel(Label.label(other.name()));
				}
				setAll(node, props(row));
				ids.put(id, node.getId());
			}
			tx.commit();
		}
	}

	@Override
	public void relationships(NodeLabel start, RelType type, NodeLabel end, List<Map<String, Object>> rows) {
		Label startLabel = Label.label(start.name());
		Label endLabel = Label.label(end.name());
		RelationshipType relType = RelationshipType.withName(type.name());
		try (Transaction tx = this.graph.beginTx()) {
			for (Map<String, Object> row : rows) {
				Node a = find(tx, start, startLabel, (String) row.get("s"));
				Node b = find(tx, end, endLabel, (String) row.get("e"));
				if (a == null || b == null) {
					throw new IllegalStateException("%s %s or %s %s vanished during the import".formatted(start,
							row.get("s"), end, row.get("e")));
				}
				Relationship rel = existing(a, relType, b);
				if (rel == null) {
					rel = a.createRelationshipTo(b, relType);
				}
				setAll(rel, props(row));
			}
			tx.commit();
		}
	}

	private Node find(Transaction tx, NodeLabel label, Label neo4jLabel, String id) {
		Long known = this.written.getOrDefault(label, Map.of()).get(id);
		return (known != null) ? tx.getNodeById(known) : tx.findNode(neo4jLabel, "id", id);
	}

	// Looks from whichever end has fewer relationships of the type: hubs have thousands.
	private static Relationship existing(Node a, RelationshipType type, Node b) {
		boolean fromStart = a.getDegree(type, Direction.OUTGOING) <= b.getDegree(type, Direction.INCOMING);
		Node from = fromStart ? a : b;
		Node other = fromStart ? b : a;
		try (var rels = from.getRelationships(fromStart ? Direction.OUTGOING : Direction.INCOMING, type)) {
			for (Relationship rel : rels) {
				if (rel.getOtherNode(from).equals(other)) {
					return rel;
				}
			}
		}
		return null;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> props(Map<String, Object> row) {
		return (Map<String, Object>) row.get("props");
	}

	private static void setAll(org.neo4j.graphdb.Entity entity, Map<String, Object> props) {
		props.forEach((key, value) -> entity.setProperty(key,
				(value instanceof List<?> list) ? list.stream().map(String::valueOf).toArray(String[]::new) : value));
	}

}
