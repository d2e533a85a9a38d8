package io.chaingraph.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import io.chaingraph.challenge.TeamProposals;
import io.chaingraph.expert.ExpertRanking;
import io.chaingraph.graph.RelType;
import io.chaingraph.system.database.CypherQueries;
import io.chaingraph.text.FullText;
import tools.jackson.databind.JsonNode;

import org.springframework.context.ApplicationContext;

/**
 * The eight named questions, with arguments picked from whatever graph is loaded (the
 * busiest bottleneck technology of a chain, the challenge with most targets that has a
 * team), so the same workload runs on the seed and on every generated scale.
 *
 * <p>
 * What the raw side does, per query: expertsFor and teamsFor call the service's own
 * ranking and team search in-process, which run the same statements of
 * {@code cypher/queries/} in the embedded database's transactions and do the same
 * scoring, PageRank and team search in Java, but skip HTTP, JSON and GraphQL; the other
 * queries run one hand-written or file-held Cypher statement in an embedded transaction
 * ({@link RawCypher}) and only count the answer.
 */
final class Workload {

	static final String EXPERTS_FOR = """
			query expertsFor($chain: ID, $technology: ID, $query: String, $academicianOnly: Boolean) {
			  expertsFor(chain: $chain, technology: $technology, query: $query, academicianOnly: $academicianOnly, first: 10) {
			    matches {
			      score
			      expert { id name academician }
			      components { name score weight }
			      evidence { component nodes { id name } relationships { type from to } }
			    }
			  }
			}""";

	static final String TEAMS_FOR = """
			query teamsFor($challenge: ID!) {
			  teamsFor(challenge: $challenge, first: 3) {
			    communicationCost
			    method
			    members { role expert { id name } }
			    coverage { technology { id } coveredBy bestLevel }
			    ties { from to tie via }
			  }
			}""";

	static final String CHAIN_MAP = """
			query chainMap($chain: ID!) {
			  chainMap(chain: $chain) {
			    chain { id name }
			    segments {
			      position enterpriseCount gap
			      segment { id name }
			      enterprises { chainLeader enterprise { id name } }
			      bottlenecks { severity technology { id name } }
			    }
			    gaps { segment { id } }
			    consortia { id name }
			    bottlenecks { severity technology { id name } }
			  }
			}""";

	static final String SEARCH = """
			query search($text: String!) {
			  search(text: $text, first: 20) { type score node { id name nameEn } }
			}""";

	static final String NESTED = """
			query nested {
			  chains(first: 50) {
			    edges { node { id name
			      leaders(first: 4) { edges { node { id name
			        experts(first: 3) { edges { node { id name title } } }
			      } } }
			    } }
			  }
			}""";

	// The side-by-side run's other queries (PeerBench; the nested list is NESTED), on the
	// typed schema: a related node's own fields need no fragment.
	static final String WIDE = """
			query wide {
			  enterprises(first: 100) {
			    edges { node { id name
			      experts(first: 10) { edges { node { id name
			        expertise(first: 10) { edges { node { id name } } }
			      } } }
			    } }
			  }
			}""";

	static final String BY_ID = """
			query byId($id: ID!) {
			  expert(id: $id) {
			    id name title
			    expertise(first: 20) { edges { node { id name } } }
			  }
			}""";

	/**
	 * The filtered page, with its variable of the type the schema gives
	 * {@code EnterpriseWhere.ownership}: a String, or an enum whose values are the same
	 * text.
	 */
	static String filtered(String ownershipType) {
		return """
				query filtered($ownership: %s!) {
				  enterprises(first: 20, where: {ownership: $ownership}, orderBy: [{field: id}]) {
				    edges { node { id name city chainLeader } }
				  }
				}""".formatted(ownershipType);
	}

	static final String CONNECTION = """
			query connection($from: ID!, $to: ID!) {
			  connection(from: $from, to: $to, maxHops: 4, first: 3) {
			    length
			    nodes { id name }
			    relationships { type from to }
			  }
			}""";

	// The cheapest answer that still goes through GraphQL, HTTP and the database: what
	// cold start waits for, so that it times the start and not a slow query.
	static final String FIRST_ANSWER = "{ chains(first: 1) { edges { node { id } } } }";

	/**
	 * The least a request costs over HTTP: the transport, the servlet, the document
	 * cache's look-up and an execution with no field to fetch. What a named query costs
	 * above it and above its raw side is what the service adds.
	 */
	static final String ASK = """
			query ask($question: String!) {
			  ask(question: $question) {
			    status
			    result { expertsFor { matches { expert { id } score } } }
			  }
			}""";

	/** The question in words; its raw side is the ranking it asks for. */
	static final String ASK_NAME = "ask";

	static final String FLOOR = "query floor { __typename }";

	/**
	 * The name of the floor in the report.
	 */
	static final String FLOOR_NAME = "HTTP floor";

	static final String STATISTICS = """
			query statistics {
			  statistics { pilotChains keyChains consortia enterprises institutes universities experts academicians technologies }
			}""";

	// The same statement as the nested GraphQL query's three levels, in one: roots by id,
	// each level paged by id as the service pages it. The pages are as large as the
	// default query complexity limit (5,000) lets 50 roots have.
	private static final String NESTED_CYPHER = """
			MATCH (c:Chain) WITH c ORDER BY c.id LIMIT 50
			RETURN c.id AS id, c.name AS name, COLLECT {
			  MATCH (c)<-[:LEADS]-(e:Enterprise) WITH e ORDER BY e.id LIMIT 4
			  RETURN e {.id, .name, experts: COLLECT {
			    MATCH (e)<-[:AFFILIATED_WITH]-(x:Expert) WITH x ORDER BY x.id LIMIT 3 RETURN x {.id, .name, .title}
			  }}
			} AS leaders""";

	private static final String SEARCH_CYPHER = """
			CALL () {
			  CALL db.index.fulltext.queryNodes('entity_text', $q, {limit: $candidates}) YIELD node, score
			  RETURN node, score
			  UNION ALL
			  CALL db.index.fulltext.queryNodes('publication_text', $q, {limit: $candidates}) YIELD node, score
			  RETURN node, score
			}
			RETURN node.id AS id, labels(node) AS labels, properties(node) AS props, score
			ORDER BY score DESC, node.id
			LIMIT $limit""";

	// The labels search answers with; hits of other labels the service leaves out.
	private static final Set<String> SEARCHABLE = Set.of("Chain", "Segment", "Enterprise", "University",
			"Institute", "Consortium", "Expert", "Technology", "Challenge", "PartyOrganization", "Department", "City",
			"Publication");

	private Workload() {
	}

	/**
	 * Arguments picked from the graph.
	 */
	record Arguments(String chain, String technology, String technologyName, String challenge, String expert) {

	}

	static Arguments pick(RawCypher cypher, ApplicationContext service) {
		Map<String, Object> target = cypher.rows("""
				MATCH (t:Technology)-[:BOTTLENECK_OF]->(c:Chain)
				OPTIONAL MATCH (x:Expert)-[:EXPERT_IN]->(t)
				WITH c, t, count(x) AS experts, count(x.academician) AS academicians
				ORDER BY academicians DESC, experts DESC, c.id, t.id LIMIT 1
				RETURN c.id AS chain, t.id AS technology, t.name AS name, coalesce(t.nameEn, '') AS nameEn""", Map.of())
			.get(0);
		String chain = (String) target.get("chain");
		String technology = (String) target.get("technology");
		String expert = (String) cypher.rows("""
				MATCH (x:Expert)-[:EXPERT_IN]->(:Technology {id: $technology})
				RETURN x.id AS id ORDER BY x.academician IS NULL, x.id LIMIT 1""", Map.of("technology", technology))
			.get(0)
			.get("id");
		TeamProposals teams = service.getBean(TeamProposals.class);
		String challenge = cypher.rows("""
				MATCH (ch:Challenge {status: 'OPEN'})-[:TARGETS]->(t:Technology)
				WHERE ch.deadline IS NULL OR ch.deadline >= $today
				WITH ch, count(t) AS targets ORDER BY targets DESC, ch.id LIMIT 20
				RETURN ch.id AS id""", Map.of("today", java.time.LocalDate.now(java.time.ZoneOffset.UTC)))
			.stream()
			.map((row) -> (String) row.get("id"))
			// Only a challenge open for applications gets proposals.
			.filter((id) -> !teams.propose(id, 1).isEmpty())
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No challenge with a team proposal in the graph"));
		String name = target.get("name") + " " + target.get("nameEn");
		return new Arguments(chain, technology, name.strip(), challenge, expert);
	}

	static List<NamedQuery> queries(Arguments args, RawCypher cypher, ApplicationContext service) {
		ExpertRanking ranking = service.getBean(ExpertRanking.class);
		TeamProposals teams = service.getBean(TeamProposals.class);
		CypherQueries files = service.getBean(CypherQueries.class);
		List<NamedQuery> queries = new ArrayList<>();
		Map<String, Object> academicians = new LinkedHashMap<>();
		academicians.put("chain", args.chain());
		academicians.put("technology", args.technology());
		academicians.put("academicianOnly", true);
		queries.add(new NamedQuery("expertsFor", EXPERTS_FOR, academicians, Workload::expertIds,
				() -> ranking.rank(args.chain(), args.technology(), null, true, null, 10)
					.matches()
					.stream()
					.map((match) -> (String) match.expert().get("id"))
					.collect(Collectors.joining(","))));
		// The flagship question in words, as a coordinator would type it: the same experts as
		// the expertsFor row, and its latency beyond that row's is the reading.
		Map<String, Object> names = cypher.rows("""
				MATCH (c:Chain {id: $chain}), (t:Technology {id: $technology})
				RETURN c.name AS chain, t.name AS technology""",
				Map.of("chain", args.chain(), "technology", args.technology())).get(0);
		String question = "哪些院士能帮助%s突破%s？".formatted(names.get("chain"), names.get("technology"));
		queries.add(new NamedQuery(ASK_NAME, ASK, Map.of("question", question), (data) -> {
			JsonNode answer = data.get("ask");
			JsonNode result = answer.get("result");
			return (result == null || result.isNull()) ? "not answered: " + answer.get("status").asString()
					: expertIds(result);
		}, () -> ranking.rank(args.chain(), args.technology(), null, true, null, 10)
			.matches()
			.stream()
			.map((match) -> (String) match.expert().get("id"))
			.collect(Collectors.joining(","))));
		Map<String, Object> text = new LinkedHashMap<>();
		text.put("chain", args.chain());
		text.put("query", args.technologyName());
		queries.add(new NamedQuery("expertsFor text", EXPERTS_FOR, text, Workload::expertIds,
				() -> ranking.rank(args.chain(), null, args.technologyName(), false, null, 10)
					.matches()
					.stream()
					.map((match) -> (String) match.expert().get("id"))
					.collect(Collectors.joining(","))));
		queries.add(new NamedQuery("teamsFor", TEAMS_FOR, Map.of("challenge", args.challenge()), (data) -> teams(
				elements(data.get("teamsFor")).stream().map((team) -> elements(team.get("members")).stream()
					.map((member) -> member.get("expert").get("id").asString())
					.toList()).toList()),
				() -> teams(teams.propose(args.challenge(), 3)
					.stream()
					.map((team) -> team.members()
						.stream()
						.map((member) -> (String) member.expert().get("id"))
						.toList())
					.toList())));
		queries.add(new NamedQuery("chainMap", CHAIN_MAP, Map.of("chain", args.chain()), (data) -> {
			JsonNode map = data.get("chainMap");
			int enterprises = elements(map.get("segments")).stream().mapToInt((s) -> s.get("enterprises").size()).sum();
			return chainMap(map.get("segments").size(), enterprises, map.get("consortia").size());
		}, () -> {
			Map<String, Object> row = cypher.rows(files.get("chain-map"), Map.of("chain", args.chain())).get(0);
			List<?> segments = RawCypher.list(row.get("segments"));
			int enterprises = segments.stream()
				.mapToInt((segment) -> RawCypher.list(RawCypher.map(segment).get("enterprises")).size())
				.sum();
			return chainMap(segments.size(), enterprises, RawCypher.list(row.get("consortia")).size());
		}));
		queries.add(new NamedQuery("search", SEARCH, Map.of("text", args.technologyName()),
				(data) -> elements(data.get("search")).stream()
					.map((hit) -> hit.get("node").get("id").asString())
					.collect(Collectors.joining(",")),
				() -> searchIds(cypher, args.technologyName())));
		queries.add(new NamedQuery("nested 3 levels", NESTED, Map.of(), (data) -> {
			List<JsonNode> chains = elements(data.get("chains").get("edges"));
			List<JsonNode> leaders = chains.stream()
				.flatMap((c) -> elements(c.get("node").get("leaders").get("edges")).stream())
				.toList();
			int experts = leaders.stream().mapToInt((e) -> e.get("node").get("experts").get("edges").size()).sum();
			return nested(chains.size(), leaders.size(), experts);
		}, () -> {
			List<Map<String, Object>> rows = cypher.rows(NESTED_CYPHER, Map.of());
			int leaders = rows.stream().mapToInt((row) -> RawCypher.list(row.get("leaders")).size()).sum();
			int experts = rows.stream()
				.flatMap((row) -> RawCypher.list(row.get("leaders")).stream())
				.mapToInt((leader) -> RawCypher.list(RawCypher.map(leader).get("experts")).size())
				.sum();
			return nested(rows.size(), leaders, experts);
		}));
		queries.add(new NamedQuery("connection 4 hops", CONNECTION, Map.of("from", args.expert(), "to", args.chain()),
				(data) -> elements(data.get("connection")).stream()
					.map((path) -> String.valueOf(path.get("length").asInt()))
					.collect(Collectors.joining(",")),
				() -> cypher.rows(connectionCypher(), Map.of("from", args.expert(), "to", args.chain()))
					.stream()
					.map((row) -> String.valueOf(RawCypher.list(row.get("rels")).size()))
					.collect(Collectors.joining(","))));
		queries.add(new NamedQuery("statistics", STATISTICS, Map.of(), (data) -> {
			JsonNode s = data.get("statistics");
			return statistics(s.get("enterprises").asLong(), s.get("experts").asLong(),
					s.get("academicians").asLong());
		}, () -> {
			Map<String, Object> params = new HashMap<>();
			params.put("chain", null);
			params.put("consortium", null);
			Map<String, Object> row = cypher.rows(files.get("programme-statistics"), params).get(0);
			return statistics(((Number) row.get("enterprises")).longValue(), ((Number) row.get("experts")).longValue(),
					((Number) row.get("academicians")).longValue());
		}));
		queries.add(new NamedQuery(FLOOR_NAME, FLOOR, Map.of(), (data) -> data.get("__typename").asString(),
				() -> "Query"));
		return queries;
	}

	/**
	 * A realistic mix for the constant-arrival run, as weights over the named queries:
	 * mostly expert and text look-ups, some maps and lists, few team searches.
	 */
	static Map<String, Integer> mix() {
		Map<String, Integer> mix = new LinkedHashMap<>();
		mix.put("expertsFor", 25);
		mix.put("expertsFor text", 10);
		mix.put("search", 25);
		mix.put("chainMap", 15);
		mix.put("nested 3 levels", 10);
		mix.put("statistics", 8);
		mix.put("connection 4 hops", 5);
		mix.put("teamsFor", 2);
		return mix;
	}

	// The statement the service sends for connection; the raw side knows both labels.
	private static String connectionCypher() {
		String types = Arrays.stream(RelType.values())
			.filter((type) -> type != RelType.SOURCED_FROM && type != RelType.REPORTED_FOR)
			.map((type) -> "`" + type.name() + "`")
			.collect(Collectors.joining("|"));
		return """
				MATCH (a:Expert {id: $from}), (b:Chain {id: $to})
				MATCH p = SHORTEST 3 (a)-[:%s]-{1,4}(b)
				RETURN [x IN nodes(p) | {id: x.id, name: x.name}] AS nodes,
				       [r IN relationships(p) | {type: type(r), from: startNode(r).id, to: endNode(r).id}] AS rels
				""".formatted(types);
	}

	private static String searchIds(RawCypher cypher, String text) {
		Map<String, Object> params = Map.of("q", FullText.query(text, 500), "candidates", 20 * 5L + 20, "limit", 20);
		return cypher.rows(SEARCH_CYPHER, params)
			.stream()
			.filter((row) -> RawCypher.list(row.get("labels")).stream().anyMatch(SEARCHABLE::contains))
			.map((row) -> (String) row.get("id"))
			.collect(Collectors.joining(","));
	}

	private static String expertIds(JsonNode data) {
		return elements(data.get("expertsFor").get("matches")).stream()
			.map((match) -> match.get("expert").get("id").asString())
			.collect(Collectors.joining(","));
	}

	private static String teams(List<List<String>> teams) {
		return teams.stream().map((members) -> String.join("+", members)).collect(Collectors.joining(";"));
	}

	private static String chainMap(int segments, int enterprises, int consortia) {
		return "segments=%d enterprises=%d consortia=%d".formatted(segments, enterprises, consortia);
	}

	private static String nested(int chains, int enterprises, int experts) {
		return "chains=%d enterprises=%d experts=%d".formatted(chains, enterprises, experts);
	}

	private static String statistics(long enterprises, long experts, long academicians) {
		return "enterprises=%d experts=%d academicians=%d".formatted(enterprises, experts, academicians);
	}

	static List<JsonNode> elements(JsonNode array) {
		return StreamSupport.stream(array.spliterator(), false).toList();
	}

}
