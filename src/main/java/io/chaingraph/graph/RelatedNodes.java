package io.chaingraph.graph;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.graphdb.Direction;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.ResourceIterable;
import org.neo4j.graphdb.Transaction;

import org.springframework.stereotype.Component;

/**
 * Pages of related nodes for many parents at once. With the embedded database, a request
 * level's whole batch is read in one transaction of its own API: each parent through the
 * id index, its relationships of the one type and direction, and only the page's nodes in
 * full, as the maps GraphQL serves. It is the same work a statement does, without
 * planning one, nor turning rows into Bolt's values and those into maps. With a server,
 * one statement for every parent of a level that asks for the same relationship with the
 * same page arguments.
 * <p>
 * Nodes whose concept gives them an order ({@link ConceptRules.Order}: segments by
 * position, a history by time, in nanoseconds since the epoch) are listed in it; all
 * others, and ties, page by id.
 */
@Component
public class RelatedNodes {

	private static final Comparator<Candidate> ORDER = Comparator.comparingLong(Candidate::key)
		.thenComparing(Candidate::id);

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
	 * @param page the page arguments
	 * @param id the parent's id
	 */
	public record Key(NodeLabel parent, RelType type, boolean outgoing, PageRequest page, String id) {

		Key group() {
			return new Key(this.parent, this.type, this.outgoing, this.page, "");
		}

	}

	public Map<Key, Map<String, Object>> load(Set<Key> keys) {
		Map<Key, List<Key>> groups = keys.stream().collect(Collectors.groupingBy(Key::group));
		Optional<Map<Key, Map<String, Object>>> embedded = this.reads.inEmbeddedTransaction((tx) -> {
			Map<Key, Map<String, Object>> pages = new HashMap<>();
			groups.forEach((group, members) -> pages.putAll(load(tx, group, members)));
			return pages;
		});
		if (embedded.isPresent()) {
			return embedded.get();
		}
		Map<Key, Map<String, Object>> pages = new HashMap<>();
		groups.forEach((group, members) -> pages.putAll(load(group, members)));
		return pages;
	}

	private Map<Key, Map<String, Object>> load(Transaction tx, Key group, List<Key> members) {
		Label label = Label.label(group.parent().name());
		RelationshipType type = RelationshipType.withName(group.type().name());
		Direction direction = group.outgoing() ? Direction.OUTGOING : Direction.INCOMING;
		Window window = Window.of(group.page());
		Optional<ConceptRules.Order> order = order(group);
		Map<String, Map<String, Object>> byParent = new HashMap<>();
		Map<Key, Map<String, Object>> result = new HashMap<>();
		for (Key key : members) {
			Map<String, Object> connection = byParent.computeIfAbsent(key.id(), (id) -> {
				Node parent = tx.findNode(label, "id", id);
				return (parent != null) ? connection(group, parent, type, direction, window, order)
						: connection(group.page(), List.of(), 0);
			});
			result.put(key, connection);
		}
		return result;
	}

	private static Map<String, Object> connection(Key group, Node parent, RelationshipType type, Direction direction,
			Window window, Optional<ConceptRules.Order> order) {
		Related related = related(parent, type, direction, group.page(), window, order);
		List<Map<String, Object>> edges = new ArrayList<>();
		for (Candidate candidate : related.page()) {
			Map<String, Object> edge = CoreValues.properties(candidate.relationship());
			edge.put("node", CoreValues.node(candidate.node()));
			edge.put("cursor", candidate.cursor());
			edges.add(edge);
		}
		return connection(group.page(), edges, related.more(), related.total());
	}

	/**
	 * A page of the nodes related to {@code parent}, read through the embedded database's
	 * own API in the caller's transaction.
	 */
	static Related related(Node parent, RelType relType, boolean outgoing, PageRequest page) {
		return related(parent, RelationshipType.withName(relType.name()),
				outgoing ? Direction.OUTGOING : Direction.INCOMING, page, Window.of(page), order(relType, outgoing));
	}

	private static Related related(Node parent, RelationshipType type, Direction direction, PageRequest page,
			Window window, Optional<ConceptRules.Order> order) {
		List<Candidate> candidates = new ArrayList<>();
		long total = 0;
		try (ResourceIterable<Relationship> relationships = parent.getRelationships(direction, type)) {
			for (Relationship relationship : relationships) {
				total++;
				Node node = relationship.getOtherNode(parent);
				Candidate candidate = new Candidate(key(node, order), (String) node.getProperty("id"), relationship,
						node);
				if (window.contains(candidate)) {
					candidates.add(candidate);
				}
			}
		}
		candidates.sort(ORDER);
		return new Related(page.page(candidates), candidates.size() > page.size(), total);
	}

	/**
	 * A page of related nodes with what its page info needs.
	 *
	 * @param page the page's candidates in order
	 * @param more whether the window holds more than the page
	 * @param total how many nodes the relationship reaches, whatever the page
	 */
	record Related(List<Candidate> page, boolean more, long total) {

	}

	// The order of the nodes the relationship reaches, from their concepts' rules; none
	// lists them by id alone.
	private static Optional<ConceptRules.Order> order(Key group) {
		return order(group.type(), group.outgoing());
	}

	private static Optional<ConceptRules.Order> order(RelType type, boolean outgoing) {
		return Concepts.order(outgoing ? type.to() : type.from());
	}

	/**
	 * The sort key of a related node {@code n} in a statement, as {@link #key} reads it
	 * from the entity.
	 */
	static String sortKey(RelType type, boolean outgoing, String n) {
		return order(type,
				outgoing)
			.map((order) -> Concepts.byTime(order)
					? "coalesce(%1$s.`%2$s`.epochSeconds * 1000000000 + %1$s.`%2$s`.nanosecond, 0)".formatted(n,
							order.property())
					: "coalesce(%s.`%s`, 0)".formatted(n, order.property()))
			.orElse("0");
	}

	// As the statement's sort key.
	private static long key(Node node, Optional<ConceptRules.Order> order) {
		if (order.isEmpty()) {
			return 0;
		}
		Object value = node.getProperty(order.get().property(), null);
		if (value instanceof ZonedDateTime at) {
			return at.toEpochSecond() * 1_000_000_000L + at.getNano();
		}
		return (value instanceof Number number) ? number.longValue() : 0;
	}

	private Map<Key, Map<String, Object>> load(Key group, List<Key> members) {
		PageRequest page = group.page();
		Cursors.Position after = page.afterPosition();
		Cursors.Position before = page.beforePosition();
		String pattern = group.outgoing() ? "(p)-[r:`%s`]->(n)" : "(p)<-[r:`%s`]-(n)";
		Map<String, Object> params = new HashMap<>();
		params.put("ids", members.stream().map(Key::id).distinct().toList());
		params.put("limit", page.size() + 1);
		params.put("fromEnd", page.fromEnd());
		params.put("ak", (after != null) ? after.key() : null);
		params.put("aid", (after != null) ? after.id() : null);
		params.put("bk", (before != null) ? before.key() : null);
		params.put("bid", (before != null) ? before.id() : null);
		List<Record> rows = this.reads
			.read("""
					UNWIND $ids AS pid
					MATCH (p:`%s` {id: pid})
					MATCH %s
					WITH pid, r, n, %s AS key ORDER BY key, n.id
					WITH pid, collect({r: r, n: n, key: key}) AS related
					WITH pid, size(related) AS total,
					     [x IN related WHERE ($aid IS NULL OR x.key > $ak OR (x.key = $ak AND x.n.id > $aid))
					       AND ($bid IS NULL OR x.key < $bk OR (x.key = $bk AND x.n.id < $bid))] AS window
					WITH pid, total, size(window) AS size,
					     CASE WHEN $fromEnd THEN window[-$limit..] ELSE window[..$limit] END AS page
					RETURN pid, total, size,
					       [x IN page | {props: properties(x.n), labels: labels(x.n), rel: properties(x.r), key: x.key}] AS items
					"""
				.formatted(group.parent().name(), pattern.formatted(group.type().name()),
						sortKey(group.type(), group.outgoing(), "n")),
					params);
		Map<String, Map<String, Object>> byParent = new HashMap<>();
		for (Record row : rows) {
			List<Value> items = row.get("items").asList((item) -> item);
			byParent.put(row.get("pid").asString(), connection(page, items, row.get("total").asLong()));
		}
		Map<Key, Map<String, Object>> result = new HashMap<>();
		for (Key key : members) {
			result.put(key, byParent.getOrDefault(key.id(), connection(page, List.of(), 0)));
		}
		return result;
	}

	private static Map<String, Object> connection(PageRequest page, List<Value> items, long total) {
		List<Map<String, Object>> edges = new ArrayList<>();
		for (Value item : page.page(items)) {
			Map<String, Object> node = GraphReads.node(item.get("props"), item.get("labels"));
			Map<String, Object> edge = new HashMap<>(GraphReads.properties(item.get("rel")));
			edge.put("node", node);
			edge.put("cursor", Cursors.encode(item.get("key").asObject(), (String) node.get("id")));
			edges.add(edge);
		}
		return connection(page, edges, items.size() > page.size(), total);
	}

	private static Map<String, Object> connection(PageRequest page, List<Map<String, Object>> edges, boolean more,
			long total) {
		Map<String, Object> connection = new PageConnection();
		connection.put("edges", edges);
		connection.put("pageInfo", page.pageInfo(edges, more));
		connection.put("totalCount", total);
		return connection;
	}

	/**
	 * A related node before it is read in full: its sort key, its id, and the
	 * relationship that reached it.
	 */
	record Candidate(long key, String id, Relationship relationship, Node node) {

		String cursor() {
			return Cursors.encode(this.key, this.id);
		}

	}

	/**
	 * The keyset bounds of a page: candidates strictly between the two cursors, in the
	 * order of the sort key and then the id. A cursor whose key is not a number (from
	 * another field's ordering) lets nothing through, as the statement's comparison with
	 * it does.
	 */
	private record Window(Cursors.@Nullable Position after, Cursors.@Nullable Position before) {

		static Window of(PageRequest page) {
			return new Window(page.afterPosition(), page.beforePosition());
		}

		boolean contains(Candidate candidate) {
			return (this.after == null || comparable(this.after) && compare(candidate, this.after) > 0)
					&& (this.before == null || comparable(this.before) && compare(candidate, this.before) < 0);
		}

		private static boolean comparable(Cursors.Position position) {
			return position.key() instanceof Number;
		}

		private static int compare(Candidate candidate, Cursors.Position position) {
			Number key = (Number) position.key();
			int byKey = (key instanceof Double || key instanceof Float)
					? Double.compare(candidate.key(), key.doubleValue())
					: Long.compare(candidate.key(), key.longValue());
			return (byKey != 0) ? byKey : candidate.id().compareTo(position.id());
		}

	}

}
