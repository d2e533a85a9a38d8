package io.chaingraph.importing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.chaingraph.graph.GlobalIds;
import io.chaingraph.graph.NodeLabel;
import io.chaingraph.graph.RelType;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;

/**
 * Writes through Bolt with {@code UNWIND ... MERGE}, one managed transaction per batch,
 * retried on transient errors: works against any Neo4j server or cluster. Each batch
 * answers, in the same statement, what it created and what it replaced, for the journal
 * {@link #undo()} reads; its journal holds element ids.
 */
final class CypherGraphWriter implements GraphWriter {

	private static final int UNDO_BATCH = 10_000;

	private final Driver driver;

	private final List<String> createdNodes = new ArrayList<>();

	private final List<String> createdRelationships = new ArrayList<>();

	private final List<Map<String, Object>> replacedNodes = new ArrayList<>();

	private final List<Map<String, Object>> replacedRelationships = new ArrayList<>();

	// The labels some batch added to a node that was there before.
	private final Set<NodeLabel> addedLabels = EnumSet.noneOf(NodeLabel.class);

	CypherGraphWriter(Driver driver) {
		this.driver = driver;
	}

	@Override
	public void nodes(NodeLabel label, Set<NodeLabel> extra, List<Map<String, Object>> rows) {
		Record result = run(mergeNodes(label, extra),
				Values.parameters("rows", rows, "extra", extra.stream().map(NodeLabel::name).toList()));
		journal(result, this.createdNodes, this.replacedNodes);
		this.addedLabels.addAll(extra);
	}

	@Override
	public void relationships(NodeLabel start, RelType type, NodeLabel end, List<Map<String, Object>> rows) {
		Record result = run(mergeRelationships(start, type, end), Values.parameters("rows", rows));
		// The journal first: the batch has committed whatever it found.
		journal(result, this.createdRelationships, this.replacedRelationships);
		long written = result.get("rows").asLong();
		if (written < rows.size()) {
			throw new EndMissing("%d of %d %s rows found no %s or %s at their ends: deleted during the import"
				.formatted(rows.size() - written, rows.size(), type, start, end));
		}
	}

	private Record run(String cypher, Value parameters) {
		try (Session session = this.driver.session()) {
			return session.executeWrite((tx) -> tx.run(cypher, parameters).single());
		}
	}

	private static void journal(Record result, List<String> created, List<Map<String, Object>> replaced) {
		created.addAll(result.get("created").asList(Value::asString));
		for (Value item : result.get("replaced").values()) {
			List<String> keys = item.get("keys").asList(Value::asString);
			List<Object> values = item.get("values").asList(Value::asObject);
			Map<String, @Nullable Object> before = new HashMap<>();
			for (int i = 0; i < keys.size(); i++) {
				before.put(keys.get(i), values.get(i));
			}
			replaced.add(Map.of("id", item.get("id").asString(), "before", before, "added",
					item.get("added").asList(Value::asString)));
		}
	}

	@Override
	public void undo() {
		List<Map<String, Object>> relationships = latestFirst(this.replacedRelationships);
		inBatches(relationships,
				"UNWIND $items AS item MATCH ()-[r]->() WHERE elementId(r) = item.id " + "SET r += item.before");
		inBatches(this.createdRelationships, "UNWIND $items AS id MATCH ()-[r]->() WHERE elementId(r) = id DELETE r");
		List<Map<String, Object>> nodes = latestFirst(this.replacedNodes);
		inBatches(nodes, "UNWIND $items AS item MATCH (n) WHERE elementId(n) = item.id SET n += item.before");
		// Labels come from the model's enum, never from the graph's text.
		for (NodeLabel label : this.addedLabels) {
			inBatches(nodes, ("UNWIND $items AS item MATCH (n) WHERE elementId(n) = item.id AND $label IN item.added "
					+ "REMOVE n:`%s`")
				.formatted(label.name()), label.name());
		}
		inBatches(this.createdNodes, "UNWIND $items AS id MATCH (n) WHERE elementId(n) = id DETACH DELETE n");
	}

	private void inBatches(List<?> items, String cypher) {
		inBatches(items, cypher, "");
	}

	private void inBatches(List<?> items, String cypher, String label) {
		try (Session session = this.driver.session()) {
			for (int from = 0; from < items.size(); from += UNDO_BATCH) {
				List<?> chunk = items.subList(from, Math.min(items.size(), from + UNDO_BATCH));
				session
					.executeWrite((tx) -> tx.run(cypher, Values.parameters("items", chunk, "label", label)).consume());
			}
		}
	}

	// A row may change what an earlier row of the import changed: the earliest value is
	// restored last.
	private static <T> List<T> latestFirst(List<T> items) {
		List<T> copy = new ArrayList<>(items);
		Collections.reverse(copy);
		return copy;
	}

	// Labels and types come from the model's enums, never from the file's text. Each
	// statement answers, beside the rows it found, the element ids it created and, for
	// what was there before, the earlier value of each property it changed (null where
	// there was none) and the labels it added.
	static String mergeNodes(NodeLabel label, Set<NodeLabel> extra) {
		StringBuilder cypher = new StringBuilder(
				"""
						UNWIND $rows AS row
						OPTIONAL MATCH (old:`%1$s` {id: row.id})
						WITH row, old,
						  [key IN keys(row.props) WHERE old IS NOT NULL AND NOT coalesce(old[key] = row.props[key], false)] AS keys,
						  [name IN $extra WHERE old IS NOT NULL AND NOT name IN labels(old)] AS added
						WITH row, old, keys, [key IN keys | old[key]] AS values, added
						MERGE (n:`%1$s` {id: row.id})
						SET n += row.props, n:`%2$s`"""
					.formatted(label.name(), GlobalIds.LABEL));
		extra.forEach((other) -> cypher.append(" SET n:`%s`".formatted(other.name())));
		cypher.append("""

				WITH n, old IS NULL AS created, keys, values, added
				RETURN collect(CASE WHEN created THEN elementId(n) END) AS created,
				  collect(CASE WHEN NOT created AND (size(keys) > 0 OR size(added) > 0)
				    THEN {id: elementId(n), keys: keys, values: values, added: added} END) AS replaced,
				  count(*) AS rows""");
		return cypher.toString();
	}

	static String mergeRelationships(NodeLabel start, RelType type, NodeLabel end) {
		return """
				UNWIND $rows AS row
				MATCH (a:`%s` {id: row.s}) MATCH (b:`%s` {id: row.e})
				OPTIONAL MATCH (a)-[old:`%3$s`]->(b)
				WITH a, b, row, old,
				  [key IN keys(row.props) WHERE old IS NOT NULL AND NOT coalesce(old[key] = row.props[key], false)] AS keys
				WITH a, b, row, old, keys, [key IN keys | old[key]] AS values
				MERGE (a)-[r:`%3$s`]->(b)
				SET r += row.props
				WITH r, old IS NULL AS created, keys, values
				RETURN collect(CASE WHEN created THEN elementId(r) END) AS created,
				  collect(CASE WHEN NOT created AND size(keys) > 0
				    THEN {id: elementId(r), keys: keys, values: values, added: []} END) AS replaced,
				  count(*) AS rows"""
			.formatted(start.name(), end.name(), type.name());
	}

}
