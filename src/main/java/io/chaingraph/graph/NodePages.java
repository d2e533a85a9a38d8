package io.chaingraph.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.chaingraph.system.BadRequestException;
import io.chaingraph.system.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;

import org.springframework.stereotype.Component;

/**
 * Nodes of one label by id, and as pages (Relay connections) filtered and ordered, with
 * keyset cursors.
 */
@Component
public class NodePages {

	public static final int MAX_FIRST = 100;

	private final GraphReads reads;

	NodePages(GraphReads reads) {
		this.reads = reads;
	}

	public Map<String, Object> byId(NodeLabel label, String id) {
		List<Record> rows = this.reads.read(
				"MATCH (n:`%s` {id: $id}) RETURN properties(n) AS props, labels(n) AS labels".formatted(label.name()),
				Map.of("id", id));
		if (rows.isEmpty()) {
			throw new NotFoundException("No %s with id '%s'".formatted(label, id));
		}
		return GraphReads.node(rows.get(0).get("props"), rows.get(0).get("labels"));
	}

	/**
	 * A page of nodes; {@code totalCount} is counted only when {@code count} is set.
	 */
	public Map<String, Object> page(NodeLabel label, @Nullable Map<String, Object> where,
			@Nullable List<Map<String, Object>> orderBy, int first, @Nullable String after, boolean count) {
		checkFirst(first);
		Map<String, Object> params = new HashMap<>();
		String conditions = NodeFilter.conditions(label, (where != null) ? where : Map.of(), params);
		Map<String, Object> order = (orderBy != null && !orderBy.isEmpty()) ? orderBy.get(0) : Map.of();
		String field = String.valueOf(order.getOrDefault("field", "id"));
		boolean descending = "DESC".equals(String.valueOf(order.get("direction")));
		String key = sortKey(label, field);
		String keyset = "true";
		Cursors.Position position = Cursors.decode(after, "after");
		if (position != null) {
			params.put("ck", position.key());
			params.put("cid", position.id());
			keyset = "(%1$s %2$s $ck OR (%1$s = $ck AND n.id > $cid))".formatted(key, descending ? "<" : ">");
		}
		params.put("limit", first + 1);
		List<Record> rows = this.reads.read("""
				MATCH (n:`%s`) WHERE %s AND %s
				WITH n, %s AS key ORDER BY key %s, n.id
				LIMIT $limit
				RETURN properties(n) AS props, labels(n) AS labels, key""".formatted(label.name(), conditions, keyset,
				key, descending ? "DESC" : "ASC"), params);
		List<Map<String, Object>> edges = new ArrayList<>();
		for (Record row : rows.subList(0, Math.min(first, rows.size()))) {
			Map<String, Object> node = GraphReads.node(row.get("props"), row.get("labels"));
			edges.add(
					Map.of("cursor", Cursors.encode(row.get("key").asObject(), (String) node.get("id")), "node", node));
		}
		Map<String, Object> connection = new PageConnection();
		connection.put("edges", edges);
		connection.put("pageInfo", pageInfo(edges, rows.size() > first, after != null));
		if (count) {
			params.remove("ck");
			params.remove("cid");
			connection.put("totalCount", this.reads
				.read("MATCH (n:`%s`) WHERE %s RETURN count(n) AS n".formatted(label.name(), conditions), params)
				.get(0)
				.get("n")
				.asLong());
		}
		return connection;
	}

	static Map<String, Object> pageInfo(List<Map<String, Object>> edges, boolean hasNext, boolean hasPrevious) {
		Map<String, Object> info = new HashMap<>();
		info.put("hasNextPage", hasNext);
		info.put("hasPreviousPage", hasPrevious);
		info.put("startCursor", edges.isEmpty() ? null : edges.get(0).get("cursor"));
		info.put("endCursor", edges.isEmpty() ? null : edges.get(edges.size() - 1).get("cursor"));
		return info;
	}

	public static void checkFirst(int first) {
		if (first < 0 || first > MAX_FIRST) {
			throw new BadRequestException(
					"Argument 'first' must be between 0 and %d; got %d".formatted(MAX_FIRST, first));
		}
	}

	// Nulls sort as the smallest value, so that keyset comparisons never meet a null.
	private static String sortKey(NodeLabel label, String field) {
		PropertyKind kind = label.properties().get(field);
		if (kind == null) {
			throw new BadRequestException("'%s' is not an ordering of %s".formatted(field, label));
		}
		String fallback = switch (kind) {
			case INTEGER -> "-9223372036854775807";
			case FLOAT -> "-1.0e308";
			default -> "''";
		};
		return "coalesce(n.`%s`, %s)".formatted(field, fallback);
	}

}
