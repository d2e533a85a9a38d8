package io.chaingraph.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.chaingraph.ChainGraphTest;
import io.chaingraph.GraphAssertions;
import io.chaingraph.system.database.EmbeddedDatabase;
import io.chaingraph.system.graphql.QueryLimitsProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Relay's {@code last} and {@code before} on a top-level list and on a relationship, and
 * the embedded read path held to the same answers as the statements a server runs. The
 * test chain has 21 segments whose positions are a permutation of their ids' order, so
 * that a page in segment order is not a page in id order.
 */
@ChainGraphTest
class RelayPagesTests {

	private static final String CHAIN = "test_relay_chain";

	private static final String NAME = "合成Relay测试环节";

	private static final int SEGMENTS = 21;

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Driver driver;

	@Autowired
	GraphReads reads;

	@Autowired
	QueryLimitsProperties limits;

	GraphAssertions graph;

	@BeforeEach
	void createChain() {
		this.graph = new GraphAssertions(this.driver);
		this.graph.run(
				"""
						CREATE (c:Chain {id: $chain, name: '合成Relay测试产业链', nameEn: 'Synthetic Relay test chain', synthetic: true})
						WITH c
						UNWIND range(0, $n - 1) AS i
						CREATE (c)-[:HAS_SEGMENT]->(:Segment {id: $chain + '_seg_' + right('0' + toString(i), 2),
						  name: $name + right('0' + toString(i), 2), nameEn: 'Synthetic Relay test segment ' + toString(i),
						  position: (i * 8) % $n, synthetic: true})
						WITH DISTINCT c
						CREATE (c)-[:HAS_STATUS_CHANGE]->(:StatusChange {id: $chain + '_h2', name: 'h2', synthetic: true,
						  at: datetime('2026-01-02T00:00:00Z'), status: 'OPEN'})
						CREATE (c)-[:HAS_STATUS_CHANGE]->(:StatusChange {id: $chain + '_h1', name: 'h1', synthetic: true,
						  at: datetime('2026-01-02T00:00:00Z'), status: 'OPEN'})
						CREATE (c)-[:HAS_STATUS_CHANGE]->(:StatusChange {id: $chain + '_h0', name: 'h0', synthetic: true,
						  at: datetime('2026-01-03T00:00:00.5Z'), status: 'CLOSED'})""",
				"chain", CHAIN, "n", SEGMENTS, "name", NAME);
	}

	@AfterEach
	void removeChain() {
		this.graph.run("MATCH (n) WHERE n.id STARTS WITH $chain DETACH DELETE n", "chain", CHAIN);
	}

	@Test
	void neitherFirstNorLastServesTheFirstTwentyInSegmentOrder() {
		Map<String, Object> page = segments(null, null, null, null);
		assertThat(positions(page)).hasSize(20).isSorted().startsWith(0L, 1L, 2L);
		assertThat(info(page, "hasNextPage")).isTrue();
		assertThat(info(page, "hasPreviousPage")).isFalse();
		assertThat(page.get("totalCount")).isEqualTo(SEGMENTS);
	}

	@Test
	void lastOnARelationshipTakesTheEdgesJustBeforeTheCursorInSegmentOrder() {
		List<String> cursors = cursors(segments(SEGMENTS, null, null, null));

		Map<String, Object> tail = segments(null, null, 3, null);
		assertThat(positions(tail)).containsExactly(18L, 19L, 20L);
		assertThat(info(tail, "hasPreviousPage")).as("more edges precede").isTrue();
		assertThat(info(tail, "hasNextPage")).as("no before was given").isFalse();

		Map<String, Object> beforeFive = segments(null, null, 2, cursors.get(5));
		assertThat(positions(beforeFive)).containsExactly(3L, 4L);
		assertThat(info(beforeFive, "hasPreviousPage")).isTrue();
		assertThat(info(beforeFive, "hasNextPage")).isTrue();

		Map<String, Object> all = segments(null, null, 10, cursors.get(2));
		assertThat(positions(all)).containsExactly(0L, 1L);
		assertThat(info(all, "hasPreviousPage")).as("nothing precedes position 0").isFalse();
		assertThat(cursors(all)).containsExactlyElementsOf(cursors.subList(0, 2));
	}

	@Test
	void afterAndBeforeTogetherPageAWindowBetweenTwoCursors() {
		List<String> cursors = cursors(segments(SEGMENTS, null, null, null));

		Map<String, Object> window = segments(null, cursors.get(3), null, cursors.get(8));
		assertThat(positions(window)).containsExactly(4L, 5L, 6L, 7L);
		assertThat(info(window, "hasNextPage")).as("nothing more inside the window").isFalse();
		assertThat(info(window, "hasPreviousPage")).as("after was given").isTrue();

		Map<String, Object> head = segments(2, cursors.get(3), null, cursors.get(8));
		assertThat(positions(head)).containsExactly(4L, 5L);
		assertThat(info(head, "hasNextPage")).isTrue();

		Map<String, Object> tail = segments(null, cursors.get(3), 3, cursors.get(8));
		assertThat(positions(tail)).containsExactly(5L, 6L, 7L);
		assertThat(info(tail, "hasPreviousPage")).isTrue();
		assertThat(info(tail, "hasNextPage")).isTrue();

		Map<String, Object> whole = segments(null, cursors.get(3), 100, cursors.get(8));
		assertThat(positions(whole)).containsExactly(4L, 5L, 6L, 7L);
		assertThat(info(whole, "hasPreviousPage")).isFalse();
	}

	@Test
	void lastOnATopLevelListPagesBackwardsInTheListsOrder() {
		Map<String, Object> where = Map.of("name_startsWith", NAME);
		List<Map<String, Object>> descending = List.of(Map.of("field", "position", "direction", "DESC"));
		Map<String, Object> all = list(where, descending, SEGMENTS, null, null, null);
		assertThat(positions(all)).hasSize(SEGMENTS).isSortedAccordingTo((a, b) -> Long.compare(b, a));
		List<String> cursors = cursors(all);

		Map<String, Object> tail = list(where, descending, null, null, 2, null);
		assertThat(positions(tail)).containsExactly(1L, 0L);
		assertThat(info(tail, "hasPreviousPage")).isTrue();
		assertThat(info(tail, "hasNextPage")).isFalse();
		assertThat(tail.get("totalCount")).isEqualTo(SEGMENTS);

		Map<String, Object> window = list(where, descending, null, cursors.get(2), 3, cursors.get(10));
		assertThat(positions(window)).containsExactly(13L, 12L, 11L);
		assertThat(info(window, "hasPreviousPage")).isTrue();
		assertThat(info(window, "hasNextPage")).isTrue();

		Map<String, Object> lastById = list(where, null, null, null, 1, null);
		assertThat(ids(lastById)).containsExactly(CHAIN + "_seg_20");
	}

	@Test
	void firstWithLastAndBadSizesOrCursorsAreBadRequestsNamingTheArguments() {
		for (GraphQlTester.Request<?> request : List.of(
				this.graphQl.documentName("relayChainSegments")
					.variable("id", CHAIN)
					.variable("first", 2)
					.variable("last", 2),
				this.graphQl.documentName("relaySegments").variable("first", 2).variable("last", 2))) {
			request.execute().errors().satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
				assertThat(error.getMessage()).contains("'first'").contains("'last'");
			}));
		}
		this.graphQl.documentName("relaySegments")
			.variable("last", 101)
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
				assertThat(error.getMessage()).contains("'last'").contains("101");
			}));
		this.graphQl.documentName("relayChainSegments")
			.variable("id", CHAIN)
			.variable("before", "not-a-cursor")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
				assertThat(error.getMessage()).contains("'before'");
			}));
	}

	@Test
	void theEmbeddedReadsAnswerAsTheStatementsOverBoltDo() {
		GraphReads bolt = new GraphReads(this.driver,
				new StaticListableBeanFactory().getBeanProvider(EmbeddedDatabase.class), this.limits);
		RelatedNodes embeddedRelated = new RelatedNodes(this.reads);
		RelatedNodes boltRelated = new RelatedNodes(bolt);
		NodePages embeddedPages = new NodePages(this.reads);
		NodePages boltPages = new NodePages(bolt);
		List<String> cursors = cursors(segments(SEGMENTS, null, null, null));
		String expert = this.graph.one("MATCH (x:Expert)-[:EXPERT_IN]->() RETURN x.id AS id ORDER BY x.id LIMIT 1")
			.get("id")
			.asString();
		String technology = this.graph
			.one("MATCH (t:Technology)<-[:EXPERT_IN]-() RETURN t.id AS id ORDER BY t.id LIMIT 1")
			.get("id")
			.asString();

		List<RelatedNodes.Key> keys = new ArrayList<>();
		for (PageRequest page : List.of(PageRequest.of(null, null, null, null), PageRequest.of(5, null, null, null),
				PageRequest.of(null, null, 3, cursors.get(7)), PageRequest.of(2, cursors.get(1), null, cursors.get(9)),
				PageRequest.of(null, cursors.get(1), 0, cursors.get(9)))) {
			keys.add(new RelatedNodes.Key(NodeLabel.Chain, RelType.HAS_SEGMENT, true, page, CHAIN));
			keys.add(new RelatedNodes.Key(NodeLabel.Chain, RelType.HAS_STATUS_CHANGE, true, page, CHAIN));
			keys.add(new RelatedNodes.Key(NodeLabel.Expert, RelType.EXPERT_IN, true, page, expert));
			keys.add(new RelatedNodes.Key(NodeLabel.Technology, RelType.EXPERT_IN, false, page, technology));
			keys.add(new RelatedNodes.Key(NodeLabel.Chain, RelType.SUB_CHAIN_OF, true, page, "chain_pv"));
			keys.add(new RelatedNodes.Key(NodeLabel.Chain, RelType.HAS_SEGMENT, true, page, "no_such_chain"));
		}
		Map<RelatedNodes.Key, Map<String, Object>> embedded = embeddedRelated.load(Set.copyOf(keys));
		assertThat(embedded).isEqualTo(boltRelated.load(Set.copyOf(keys)));
		assertThat(embedded.values()).anySatisfy((page) -> assertThat((List<?>) page.get("edges")).isNotEmpty());

		Map<String, Object> where = Map.of("name_startsWith", NAME);
		List<Map<String, Object>> byName = List.of(Map.of("field", "name", "direction", "DESC"));
		for (PageRequest page : List.of(PageRequest.of(null, null, null, null), PageRequest.of(null, null, 4, null),
				PageRequest.of(3, cursors.get(2), null, null))) {
			assertThat(embeddedPages.page(NodeLabel.Segment, where, byName, page, true))
				.isEqualTo(boltPages.page(NodeLabel.Segment, where, byName, page, true));
			assertThat(embeddedPages.page(NodeLabel.Expert, null, null, page, false))
				.isEqualTo(boltPages.page(NodeLabel.Expert, null, null, page, false));
		}
		assertThat(embeddedPages.byId(NodeLabel.Expert, expert)).isEqualTo(boltPages.byId(NodeLabel.Expert, expert))
			.containsKey("labels");
	}

	private Map<String, Object> segments(Integer first, String after, Integer last, String before) {
		return this.graphQl.documentName("relayChainSegments")
			.variable("id", CHAIN)
			.variable("first", first)
			.variable("after", after)
			.variable("last", last)
			.variable("before", before)
			.execute()
			.path("chain.segments")
			.entity(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
	}

	private Map<String, Object> list(Map<String, Object> where, List<Map<String, Object>> orderBy, Integer first,
			String after, Integer last, String before) {
		return this.graphQl.documentName("relaySegments")
			.variable("where", where)
			.variable("orderBy", orderBy)
			.variable("first", first)
			.variable("after", after)
			.variable("last", last)
			.variable("before", before)
			.execute()
			.path("segments")
			.entity(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> edges(Map<String, Object> page) {
		return (List<Map<String, Object>>) page.get("edges");
	}

	@SuppressWarnings("unchecked")
	private static List<Long> positions(Map<String, Object> page) {
		return edges(page).stream()
			.map((edge) -> ((Number) ((Map<String, Object>) edge.get("node")).get("position")).longValue())
			.toList();
	}

	@SuppressWarnings("unchecked")
	private static List<String> ids(Map<String, Object> page) {
		return edges(page).stream().map((edge) -> (String) ((Map<String, Object>) edge.get("node")).get("id")).toList();
	}

	private static List<String> cursors(Map<String, Object> page) {
		return edges(page).stream().map((edge) -> (String) edge.get("cursor")).toList();
	}

	@SuppressWarnings("unchecked")
	private static boolean info(Map<String, Object> page, String flag) {
		return (Boolean) ((Map<String, Object>) page.get("pageInfo")).get(flag);
	}

}
