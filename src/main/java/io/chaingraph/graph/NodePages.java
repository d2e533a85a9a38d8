package io.chaingraph.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.chaingraph.system.error.BadRequestException;
import io.chaingraph.system.graphql.QueryLimits;
import io.chaingraph.system.error.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Result;
import org.neo4j.graphdb.Transaction;

import org.springframework.stereotype.Component;

/**
 * Nodes of one label by id, and as pages (Relay connections) filtered and ordered, with
 * keyset cursors.
 */
@Component
public class NodePages {

	public static final int MAX_FIRST = QueryLimits.LARGEST_PAGE;

	private static final String COUNT_RETURN = " RETURN count(n) AS n";

	/**
	 * The page size of a connection asked for with neither {@code first} nor
	 * {@code last}.
	 */
	public static final int DEFAULT_SIZE = QueryLimits.DEFAULT_PAGE;

	private final GraphReads reads;

	NodePages(GraphReads reads) {
		this.reads = reads;
	}

	public Map<String, Object> byId(NodeLabel label, String id) {
		return this.reads
			.inEmbeddedTransaction(
					(tx) -> Optional.ofNullable(tx.findNode(Label.label(label.name()), "id", id)).map(CoreValues::node))
			.orElseGet(() -> Optional.ofNullable(overBolt(label, id)))
			.orElseThrow(() -> new NotFoundException(GraphErrors.NO_NODE_OF_LABEL, label, id));
	}

	private @Nullable Map<String, Object> overBolt(NodeLabel label, String id) {
		List<Record> rows = this.reads.read(
				"MATCH (n:`%s` {id: $id}) RETURN properties(n) AS props, labels(n) AS labels".formatted(label.name()),
				Map.of("id", id));
		return rows.isEmpty() ? null : GraphReads.node(rows.get(0).get("props"), rows.get(0).get("labels"));
	}

	/**
	 * A page of nodes; {@code totalCount} is counted only when {@code count} is set. With
	 * the embedded database, the statements run in one transaction of its own and the
	 * nodes come back as entities, made into maps once, without Bolt's values between.
	 */
	Map<String, Object> page(NodeLabel label, @Nullable Map<String, Object> where,
			@Nullable List<Map<String, Object>> orderBy, PageRequest page, boolean count) {
		Statements statements = statements(label, where, orderBy, page);
		Optional<Map<String, Object>> embedded = this.reads.inEmbeddedTransaction(statements.texts(count), (tx) -> {
			List<Map<String, Object>> edges = new ArrayList<>();
			try (Result result = tx.execute(statements.page("n"), statements.params())) {
				result.accept((row) -> {
					Map<String, Object> node = CoreValues.node((Node) row.get("n"));
					edges.add(edge(row.get("key"), node));
					return true;
				});
			}
			return connection(page, edges, count ? statements.count(tx) : null);
		});
		if (embedded.isPresent()) {
			return embedded.get();
		}
		List<Map<String, Object>> edges = new ArrayList<>();
		for (Record row : this.reads.read(statements.page("properties(n) AS props, labels(n) AS labels"),
				statements.params())) {
			edges.add(edge(row.get("key").asObject(), GraphReads.node(row.get("props"), row.get("labels"))));
		}
		return connection(page, edges,
				count ? this.reads.read(statements.count(), statements.countParams()).get(0).get("n").asLong() : null);
	}

	/**
	 * The statements of a page: the page's nodes in the order the page reads them (one
	 * more than its size, backwards from the end for {@code last}), each row what
	 * {@link #page(String)} is given and the sort {@code key}; and their count.
	 */
	record Statements(String pattern, Map<String, Object> params, String count, Map<String, Object> countParams) {

		String page(String returned) {
			return this.pattern.formatted(returned + ", key");
		}

		/**
		 * The page as one column, {@code item}, an expression of {@code n} and
		 * {@code key}: for a {@code COLLECT} subquery.
		 */
		String collected(String item) {
			return this.pattern.formatted(item);
		}

		/**
		 * The count's pattern, without its {@code RETURN}: for a {@code COUNT} subquery.
		 */
		String counted() {
			return this.count.substring(0, this.count.length() - COUNT_RETURN.length());
		}

		/**
		 * The texts the embedded read runs, for their first run's time limit.
		 */
		List<String> texts(boolean counted) {
			return counted ? List.of(page("n"), this.count) : List.of(page("n"));
		}

		long count(Transaction tx) {
			try (Result result = tx.execute(this.count, this.countParams)) {
				return (Long) result.next().get("n");
			}
		}

	}

	static Statements statements(NodeLabel label, @Nullable Map<String, Object> where,
			@Nullable List<Map<String, Object>> orderBy, PageRequest page) {
		Map<String, Object> params = new HashMap<>();
		String conditions = NodeFilter.conditions(label, (where != null) ? where : Map.of(), params);
		Map<String, Object> order = (orderBy != null && !orderBy.isEmpty()) ? orderBy.get(0) : Map.of();
		String field = String.valueOf(order.getOrDefault("field", "id"));
		boolean descending = "DESC".equals(String.valueOf(order.get("direction")));
		// From the end, the statement reads the order backwards, and the page is turned
		// round.
		boolean backwards = page.fromEnd();
		params.put("limit", page.size() + 1);
		String statement;
		if (field.equals("id")) {
			// Every node has an id, unique in its label: ordered by the id alone, the
			// planner reads the id index in order and stops at the page's end, where a
			// sort key it cannot see into made it sort every match first (26 ms for 20
			// private enterprises at scale 100).
			statement = """
					MATCH (n:`%s`) WHERE n.id IS NOT NULL AND %s AND %s
					WITH n, n.id AS key ORDER BY n.id %s
					LIMIT $limit
					RETURN %%s""".formatted(label.name(), conditions, idKeyset(descending, page, params),
					(descending != backwards) ? "DESC" : "ASC");
		}
		else {
			String key = sortKey(label, field);
			statement = """
					MATCH (n:`%s`) WHERE %s AND %s
					WITH n, %s AS key ORDER BY key %s, n.id %s
					LIMIT $limit
					RETURN %%s""".formatted(label.name(), conditions, keyset(key, descending, page, params), key,
					(descending != backwards) ? "DESC" : "ASC", backwards ? "DESC" : "ASC");
		}
		String counting = "MATCH (n:`%s`) WHERE %s".formatted(label.name(), conditions) + COUNT_RETURN;
		return new Statements(statement, params, counting, new HashMap<>(params));
	}

	private static Map<String, Object> edge(Object key, Map<String, Object> node) {
		return Map.of("cursor", Cursors.encode(key, (String) node.get("id")), "node", node);
	}

	private static Map<String, Object> connection(PageRequest page, List<Map<String, Object>> read,
			@Nullable Long total) {
		boolean more = read.size() > page.size();
		List<Map<String, Object>> edges = read;
		if (page.fromEnd()) {
			edges = new ArrayList<>(read.subList(0, Math.min(page.size(), read.size())));
			Collections.reverse(edges);
		}
		else if (more) {
			edges = read.subList(0, page.size());
		}
		Map<String, Object> connection = new PageConnection();
		connection.put("edges", edges);
		connection.put("pageInfo", page.pageInfo(edges, more));
		if (total != null) {
			connection.put("totalCount", total);
		}
		return connection;
	}

	// Strictly after the one cursor and before the other, in the page's order: by key
	// (descending or not), then by id.
	private static String keyset(String key, boolean descending, PageRequest page, Map<String, Object> params) {
		String keyset = "true";
		Cursors.Position after = page.afterPosition();
		if (after != null) {
			params.put("ak", after.key());
			params.put("aid", after.id());
			keyset = "(%1$s %2$s $ak OR (%1$s = $ak AND n.id > $aid))".formatted(key, descending ? "<" : ">");
		}
		Cursors.Position before = page.beforePosition();
		if (before != null) {
			params.put("bk", before.key());
			params.put("bid", before.id());
			keyset += " AND (%1$s %2$s $bk OR (%1$s = $bk AND n.id < $bid))".formatted(key, descending ? ">" : "<");
		}
		return keyset;
	}

	private static String idKeyset(boolean descending, PageRequest page, Map<String, Object> params) {
		String keyset = "true";
		Cursors.Position after = page.afterPosition();
		if (after != null) {
			params.put("aid", after.id());
			keyset = "n.id %s $aid".formatted(descending ? "<" : ">");
		}
		Cursors.Position before = page.beforePosition();
		if (before != null) {
			params.put("bid", before.id());
			keyset += " AND n.id %s $bid".formatted(descending ? ">" : "<");
		}
		return keyset;
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
		checkSize("first", first);
	}

	static void checkSize(String argument, int size) {
		if (size < 0 || size > MAX_FIRST) {
			throw new BadRequestException(GraphErrors.PAGE_SIZE, argument, MAX_FIRST, size);
		}
	}

	// Nulls sort as the smallest value, so that keyset comparisons never meet a null.
	private static String sortKey(NodeLabel label, String field) {
		PropertyKind kind = label.properties().get(field);
		if (kind == null) {
			throw new BadRequestException(GraphErrors.NOT_AN_ORDERING, field, label);
		}
		String fallback = switch (kind) {
			case INTEGER -> "-9223372036854775807";
			case FLOAT -> "-1.0e308";
			default -> "''";
		};
		return "coalesce(n.`%s`, %s)".formatted(field, fallback);
	}

}
