package io.chaingraph.importing;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;

import io.chaingraph.graph.GlobalIds;
import io.chaingraph.graph.NodeLabel;
import io.chaingraph.graph.RelType;
import org.neo4j.graphdb.Direction;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Entity;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.NotFoundException;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.Transaction;
import org.jspecify.annotations.Nullable;

/**
 * Writes straight into the embedded database's own API: the same merge on ids as
 * {@link CypherGraphWriter}, without a query to plan per statement shape. That matters
 * for the seed, whose eighty small files would otherwise spend seconds compiling Cypher
 * on a cold start, and for bulk loads, where it is several times faster. Its journal
 * holds internal ids, valid for the length of one import.
 */
@SuppressWarnings("deprecation") // node ids are only kept for the length of one import
final class EmbeddedGraphWriter implements GraphWriter {

	private static final Label GLOBAL = Label.label(GlobalIds.LABEL);

	private static final int UNDO_BATCH = 10_000;

	private final GraphDatabaseService graph;

	// Node ids of this import's nodes, so relationships find their ends without an index
	// seek.
	private final Map<NodeLabel, Map<String, Long>> written = new EnumMap<>(NodeLabel.class);

	// The journal of committed batches, for undo().
	private final List<Long> createdNodes = new ArrayList<>();

	private final List<Long> createdRelationships = new ArrayList<>();

	private final List<Replaced> replacedNodes = new ArrayList<>();

	private final List<Replaced> replacedRelationships = new ArrayList<>();

	/**
	 * What a batch replaced on a node or relationship that was there before it.
	 *
	 * @param values the earlier value of each property the batch changed, {@code null}
	 * where it had none
	 * @param labels the labels the batch added
	 */
	private record Replaced(long id, Map<String, @Nullable Object> values, List<String> labels) {

	}

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
			List<Long> created = new ArrayList<>();
			List<Replaced> replaced = new ArrayList<>();
			for (int i = 0; i < found.length; i++) {
				Map<String, Object> row = rows.get(i);
				String id = (String) row.get("id");
				Node node = found[i];
				List<String> added = new ArrayList<>();
				if (node == null) {
					node = tx.createNode(primary, GLOBAL);
					node.setProperty("id", id);
					created.add(node.getId());
				}
				for (NodeLabel other : extra) {
					Label otherLabel = Label.label(other.name());
					if (found[i] != null && !node.hasLabel(otherLabel)) {
						added.add(other.name());
					}
					node.addLabel(otherLabel);
				}
				Map<String, @Nullable Object> before = setAll(node, props(row), found[i] != null);
				if (!before.isEmpty() || !added.isEmpty()) {
					replaced.add(new Replaced(node.getId(), before, added));
				}
				ids.put(id, node.getId());
			}
			tx.commit();
			this.createdNodes.addAll(created);
			this.replacedNodes.addAll(replaced);
		}
	}

	@Override
	public void relationships(NodeLabel start, RelType type, NodeLabel end, List<Map<String, Object>> rows) {
		Label startLabel = Label.label(start.name());
		Label endLabel = Label.label(end.name());
		RelationshipType relType = RelationshipType.withName(type.name());
		try (Transaction tx = this.graph.beginTx()) {
			List<Long> created = new ArrayList<>();
			List<Replaced> replaced = new ArrayList<>();
			for (Map<String, Object> row : rows) {
				Node a = find(tx, start, startLabel, (String) row.get("s"));
				Node b = find(tx, end, endLabel, (String) row.get("e"));
				if (a == null || b == null) {
					throw new EndMissing("%s %s or %s %s was deleted during the import".formatted(start, row.get("s"),
							end, row.get("e")));
				}
				Relationship rel = existing(a, relType, b);
				boolean existed = rel != null;
				if (rel == null) {
					rel = a.createRelationshipTo(b, relType);
					created.add(rel.getId());
				}
				Map<String, @Nullable Object> before = setAll(rel, props(row), existed);
				if (!before.isEmpty()) {
					replaced.add(new Replaced(rel.getId(), before, List.of()));
				}
			}
			tx.commit();
			this.createdRelationships.addAll(created);
			this.replacedRelationships.addAll(replaced);
		}
	}

	@Override
	public void undo() {
		inBatches(latestFirst(this.replacedRelationships),
				(tx, replaced) -> restore(tx.getRelationshipById(replaced.id()), replaced));
		inBatches(this.createdRelationships, (tx, id) -> tx.getRelationshipById(id).delete());
		inBatches(latestFirst(this.replacedNodes), (tx, replaced) -> {
			Node node = tx.getNodeById(replaced.id());
			restore(node, replaced);
			replaced.labels().forEach((label) -> node.removeLabel(Label.label(label)));
		});
		inBatches(this.createdNodes, (tx, id) -> {
			Node node = tx.getNodeById(id);
			// Relationships another writer gave the node since go with it.
			try (var rels = node.getRelationships()) {
				rels.forEach(Relationship::delete);
			}
			node.delete();
		});
	}

	// A row may change what an earlier row of the import changed: the earliest value
	// is restored last.
	private static <T> List<T> latestFirst(List<T> items) {
		List<T> copy = new ArrayList<>(items);
		java.util.Collections.reverse(copy);
		return copy;
	}

	private <T> void inBatches(List<T> items, BiConsumer<Transaction, T> undo) {
		for (int from = 0; from < items.size(); from += UNDO_BATCH) {
			try (Transaction tx = this.graph.beginTx()) {
				for (T item : items.subList(from, Math.min(items.size(), from + UNDO_BATCH))) {
					try {
						undo.accept(tx, item);
					}
					catch (NotFoundException ex) {
						// Deleted by another writer since: nothing to take back.
					}
				}
				tx.commit();
			}
		}
	}

	private static void restore(Entity entity, Replaced replaced) {
		replaced.values().forEach((key, value) -> {
			if (value == null) {
				entity.removeProperty(key);
			}
			else {
				entity.setProperty(key, value);
			}
		});
	}

	private Node find(Transaction tx, NodeLabel label, Label neo4jLabel, String id) {
		Long known = this.written.getOrDefault(label, Map.of()).get(id);
		if (known == null) {
			return tx.findNode(neo4jLabel, "id", id);
		}
		try {
			return tx.getNodeById(known);
		}
		catch (NotFoundException ex) {
			return null;
		}
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

	/**
	 * Sets the properties; returns, for an entity that was there before, the earlier
	 * value of each property that changed.
	 */
	private static Map<String, @Nullable Object> setAll(Entity entity, Map<String, Object> props, boolean existed) {
		Map<String, @Nullable Object> before = new HashMap<>();
		props.forEach((key, given) -> {
			Object value = (given instanceof List<?> list) ? list.stream().map(String::valueOf).toArray(String[]::new)
					: given;
			if (existed) {
				Object old = entity.getProperty(key, null);
				if (!Objects.deepEquals(old, value)) {
					before.put(key, old);
				}
			}
			entity.setProperty(key, value);
		});
		return before;
	}

}
