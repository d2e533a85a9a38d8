package io.chaingraph.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Component;

/**
 * Pages of related nodes for many parents at once: one statement for every parent of a
 * request level that asks for the same relationship with the same page arguments.
 */
@Component
public class RelatedNodes {

	private final GraphReads reads;

	RelatedNodes(GraphReads reads) {
		this.reads = reads;
	}

	/**
	 * What a field asks for one parent.
	 *
	 * @param parent label of the parent node
	 * @param type relationship type
	 * @param outgoing whether to follow it from the parent
	 * @param first page size
	 * @param after cursor of the page's predecessor
	 * @param id the parent's id
	 */
	public record Key(NodeLabel parent, RelType type, boolean outgoing, int first, @Nullable String after, String id) {

		Key group() {
			return new Key(this.parent, this.type, this.outgoing, this.first, this.after, "");
		}

	}

	public Map<Key, Map<String, Object>> load(Set<Key> keys) {
		Map<Key, Map<String, Object>> pages = new HashMap<>();
		Map<Key, List<Key>> groups = keys.stream().collect(Collectors.groupingBy(Key::group));
		groups.forEach((group, members) -> pages.putAll(load(group, members)));
		return pages;
	}

	// Segments keep their upstream-to-downstream order, a history its time order (at, in
	// nanoseconds since the epoch, then id); every other relationship pages by id.
	private Map<Key, Map<String, Object>> load(Key group, List<Key> members) {
		NodePages.checkFirst(group.first());
		Cursors.Position after = Cursors.decode(group.after(), "after");
		String pattern = group.outgoing() ? "(p)-[r:`%s`]->(n)" : "(p)<-[r:`%s`]-(n)";
		Map<String, Object> params = new HashMap<>();
		params.put("ids", members.stream().map(Key::id).distinct().toList());
		params.put("limit", group.first() + 1);
		params.put("ak", (after != null) ? after.key() : null);
		params.put("aid", (after != null) ? after.id() : null);
		List<Record> rows = this.reads
			.read("""
					UNWIND $ids AS pid
					MATCH (p:`%s` {id: pid})
					MATCH %s
					WITH pid, r, n, %s AS key ORDER BY key, n.id
					WITH pid, collect({r: r, n: n, key: key}) AS related
					WITH pid, size(related) AS total,
					     [x IN related WHERE $aid IS NULL OR x.key > $ak OR (x.key = $ak AND x.n.id > $aid)][..$limit] AS page
					RETURN pid, total,
					       [x IN page | {props: properties(x.n), labels: labels(x.n), rel: properties(x.r), key: x.key}] AS items
					"""
				.formatted(group.parent().name(), pattern.formatted(group.type().name()),
						(group.type() == RelType.HAS_STATUS_CHANGE)
								? "coalesce(n.at.epochSeconds * 1000000000 + n.at.nanosecond, 0)"
								: "coalesce(n.position, 0)"),
					params);
		Map<String, Map<String, Object>> byParent = new HashMap<>();
		for (Record row : rows) {
			byParent.put(row.get("pid").asString(), connection(group, row.get("items").asList((item) -> item),
					row.get("total").asLong(), after != null));
		}
		Map<Key, Map<String, Object>> result = new HashMap<>();
		for (Key key : members) {
			result.put(key, byParent.getOrDefault(key.id(), connection(group, List.of(), 0, after != null)));
		}
		return result;
	}

	private static Map<String, Object> connection(Key group, List<Value> items, long total, boolean hasPrevious) {
		List<Map<String, Object>> edges = new ArrayList<>();
		for (Value item : items.subList(0, Math.min(group.first(), items.size()))) {
			Map<String, Object> node = GraphReads.node(item.get("props"), item.get("labels"));
			Map<String, Object> edge = new HashMap<>(GraphReads.properties(item.get("rel")));
			edge.put("node", node);
			edge.put("cursor", Cursors.encode(item.get("key").asObject(), (String) node.get("id")));
			edges.add(edge);
		}
		Map<String, Object> connection = new PageConnection();
		connection.put("edges", edges);
		connection.put("pageInfo", NodePages.pageInfo(edges, items.size() > group.first(), hasPrevious));
		connection.put("totalCount", total);
		return connection;
	}

}
