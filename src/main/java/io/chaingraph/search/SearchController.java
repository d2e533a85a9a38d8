package io.chaingraph.search;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.chaingraph.graph.GraphReads;
import io.chaingraph.graph.NodeLabel;
import io.chaingraph.graph.NodePages;
import io.chaingraph.system.error.BadRequestException;
import io.chaingraph.system.database.CypherQueries;
import io.chaingraph.text.FullText;
import io.chaingraph.system.graphql.TextValues;
import io.chaingraph.text.NameMatch;
import io.chaingraph.text.TextLinker;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code Query.search}.
 */
@Controller
class SearchController {

	static final int MAX_TEXT = 500;

	private static final Map<String, NodeLabel> TYPES = Map.ofEntries(Map.entry("CHAIN", NodeLabel.Chain),
			Map.entry("SEGMENT", NodeLabel.Segment), Map.entry("ENTERPRISE", NodeLabel.Enterprise),
			Map.entry("UNIVERSITY", NodeLabel.University), Map.entry("INSTITUTE", NodeLabel.Institute),
			Map.entry("CONSORTIUM", NodeLabel.Consortium), Map.entry("EXPERT", NodeLabel.Expert),
			Map.entry("TECHNOLOGY", NodeLabel.Technology), Map.entry("CHALLENGE", NodeLabel.Challenge),
			Map.entry("PARTY_ORGANIZATION", NodeLabel.PartyOrganization), Map.entry("DEPARTMENT", NodeLabel.Department),
			Map.entry("CITY", NodeLabel.City), Map.entry("PUBLICATION", NodeLabel.Publication),
			Map.entry("ACHIEVEMENT", NodeLabel.Achievement), Map.entry("TEAM", NodeLabel.Team),
			Map.entry("REPORTED_FIGURE", NodeLabel.ReportedFigure));

	private final GraphReads reads;

	private final TextLinker linker;

	private final CypherQueries queries;

	SearchController(GraphReads reads, TextLinker linker, CypherQueries queries) {
		this.reads = reads;
		this.linker = linker;
		this.queries = queries;
	}

	/**
	 * Four tiers, each above the next whatever Lucene's scores: the text is a whole name,
	 * alias or English name (also a part of one, or through a character variant), scored
	 * 3 to 4; a name starts with it, 2 to 3; the full-text index, 1 to 2 (relative to its
	 * best hit); a name one character off it, below 1. Names come from the same
	 * vocabulary that expertsFor links text to.
	 */
	@QueryMapping
	List<SearchHit> search(@Argument String text, @Argument @Nullable List<String> types, @Argument int first) {
		NodePages.checkFirst(first);
		String query = luceneQuery(text);
		List<String> labels = (types != null) ? types.stream().map((type) -> TYPES.get(type).name()).toList() : null;
		List<NameMatch> named = this.linker.names(text, first)
			.stream()
			.filter((match) -> labels == null || labels.contains(match.label()))
			.toList();
		Map<String, Object> params = new HashMap<>();
		params.put("q", query);
		params.put("labels", labels);
		params.put("limit", first + named.size());
		// The type filter runs after each index's limit, so a narrow filter needs a
		// deeper look.
		params.put("candidates", (labels == null) ? first * 5L + 20 : first * 50L + 500);
		List<Record> rows = this.reads.read("""
				CALL () {
				  CALL db.index.fulltext.queryNodes('entity_text', $q, {limit: $candidates}) YIELD node, score
				  RETURN node, score
				  UNION ALL
				  CALL db.index.fulltext.queryNodes('publication_text', $q, {limit: $candidates}) YIELD node, score
				  RETURN node, score
				}
				WITH node, score
				WHERE $labels IS NULL OR any(label IN labels(node) WHERE label IN $labels)
				RETURN properties(node) AS props, labels(node) AS labels, score
				ORDER BY score DESC, node.id
				LIMIT $limit""", params);
		Map<NodeLabel, String> typeOf = TYPES.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey));
		Map<String, SearchHit> hits = new LinkedHashMap<>();
		Map<String, Record> namedNodes = namedNodes(named);
		for (NameMatch match : named) {
			Record row = namedNodes.get(match.id());
			if (row != null) {
				hit(hits, typeOf, row, TextLinker.rank(match.tier()) + match.closeness());
			}
		}
		double best = rows.stream().mapToDouble((row) -> row.get("score").asDouble()).max().orElse(1);
		for (Record row : rows) {
			hit(hits, typeOf, row, 1 + row.get("score").asDouble() / best);
		}
		if (hits.size() < first) {
			List<NameMatch> near = this.linker.nearNames(text, first)
				.stream()
				.filter((match) -> labels == null || labels.contains(match.label()))
				.filter((match) -> !hits.containsKey(match.id()))
				.toList();
			Map<String, Record> nearNodes = namedNodes(near);
			for (NameMatch match : near) {
				Record row = nearNodes.get(match.id());
				if (row != null) {
					hit(hits, typeOf, row, match.closeness());
				}
			}
		}
		return hits.values().stream().limit(first).toList();
	}

	private static void hit(Map<String, SearchHit> hits, Map<NodeLabel, String> typeOf, Record row, double score) {
		Map<String, Object> node = GraphReads.node(row.get("props"), row.get("labels"));
		String type = row.get("labels")
			.asList(Value::asString)
			.stream()
			.map((label) -> NodeLabel.find(label).map(typeOf::get).orElse(null))
			.filter((found) -> found != null)
			.findFirst()
			.orElse(null);
		if (type != null) {
			hits.putIfAbsent((String) node.get("id"), new SearchHit(node, type, score));
		}
	}

	private Map<String, Record> namedNodes(List<NameMatch> matches) {
		if (matches.isEmpty()) {
			return Map.of();
		}
		Map<String, Record> nodes = new HashMap<>();
		for (Record row : this.reads.read(this.queries.get("text-named-nodes"),
				Map.of("ids", matches.stream().map(NameMatch::id).toList()))) {
			nodes.put(row.get("id").asString(), row);
		}
		return nodes;
	}

	/**
	 * The user's words as a Lucene query that means only those words: every special
	 * character and operator is escaped, so no text can change the query's meaning or
	 * fail to parse.
	 */
	static String luceneQuery(String text) {
		String trimmed = text.strip();
		if (trimmed.isEmpty()) {
			throw new BadRequestException(SearchErrors.EMPTY_TEXT);
		}
		if (trimmed.length() > MAX_TEXT) {
			throw new BadRequestException(SearchErrors.TEXT_TOO_LONG, MAX_TEXT);
		}
		TextValues.check(TextValues.argument("text"), trimmed, 0);
		return FullText.query(trimmed, MAX_TEXT);
	}

}
