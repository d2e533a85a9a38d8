package io.chaingraph.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.chaingraph.ChainGraphTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generic read API over the seed: nodes by id, pages with filters, orderings and
 * cursors, and relationship fields in both directions, batched so that a request runs one
 * statement per level.
 */
@ChainGraphTest
class GraphReadsTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	GraphReads reads;

	@Test
	void deepNestingIsReadInOneTransaction() {
		long before = this.reads.statements();

		List<String> chains = this.graphQl.documentName("deepNesting")
			.execute()
			.path("enterprises.edges[*].node.experts.edges[*].node.expertise.edges[*].node.bottleneckOf.edges[*].node.name")
			.entityList(String.class)
			.get();

		// One pass, in one read transaction (OnePassReadsTests holds graphql-java's own
		// execution to one statement per level).
		assertThat(this.reads.statements() - before).as("reads for 4 levels").isEqualTo(1);
		assertThat(chains).as("the query reached the fourth level").isNotEmpty();
		this.graphQl.documentName("deepNesting")
			.execute()
			.path("enterprises.edges")
			.entityList(Object.class)
			.hasSize(20)
			.path("enterprises.edges[*].node.experts.edges[*].node.name")
			.entityList(String.class)
			.hasSizeGreaterThan(10);
	}

	@Test
	void shouldFindChainWithSegmentsInOrderAndBothDirections() {
		this.graphQl.documentName("chain")
			.variable("id", "chain_pv")
			.execute()
			.path("chain.labels")
			.entityList(String.class)
			.containsExactly("Chain")
			.path("chain.segments.totalCount")
			.entity(Integer.class)
			.isEqualTo(5)
			.path("chain.segments.edges[*].node.name")
			.entityList(String.class)
			.containsExactly("硅片", "电池片", "辅材", "组件", "应用")
			.path("chain.leaders.edges[0].node.name")
			.entity(String.class)
			.isEqualTo("晶科能源股份有限公司")
			.path("chain.parentChains.edges[0].node.id")
			.entity(String.class)
			.isEqualTo("c1269_newenergy");
	}

	@Test
	void unknownIdGivesNullWithNotFoundAtItsPath() {
		this.graphQl.documentName("chain")
			.variable("id", "no_such_chain")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getErrorType().toString()).isEqualTo("NOT_FOUND");
				assertThat(error.getPath()).isEqualTo("chain");
				assertThat(error.getMessage()).contains("no_such_chain");
			}))
			.path("chain")
			.valueIsNull();
	}

	@Test
	void pagesFollowCursorsToTheEndWithoutRepeats() {
		List<String> ids = new ArrayList<>();
		String after = null;
		boolean hasNext = true;
		while (hasNext) {
			Map<String, Object> page = this.graphQl.documentName("experts")
				.variable("first", 40)
				.variable("after", after)
				.variable("orderBy", List.of(Map.of("field", "name", "direction", "DESC")))
				.execute()
				.path("experts")
				.entity(Map.class)
				.get();
			@SuppressWarnings("unchecked")
			List<Map<String, Map<String, Object>>> edges = (List<Map<String, Map<String, Object>>>) page.get("edges");
			edges.forEach((edge) -> ids.add((String) edge.get("node").get("id")));
			@SuppressWarnings("unchecked")
			Map<String, Object> info = (Map<String, Object>) page.get("pageInfo");
			hasNext = (Boolean) info.get("hasNextPage");
			after = (String) info.get("endCursor");
			assertThat(page.get("totalCount")).isEqualTo(157);
		}
		assertThat(ids).hasSize(157).doesNotHaveDuplicates();
	}

	@Test
	void filtersOnFlagsNamesAndRelationships() {
		this.graphQl.documentName("experts")
			.variable("first", 100)
			.variable("where", Map.of("academician_in", List.of("CAS", "CAE")))
			.execute()
			.path("experts.totalCount")
			.entity(Integer.class)
			.isEqualTo(13);
		this.graphQl.documentName("experts")
			.variable("first", 5)
			.variable("where", Map.of("name_startsWith", "江", "synthetic", false))
			.execute()
			.path("experts.edges[*].node.name")
			.entityList(String.class)
			.containsExactly("江风益");
		this.graphQl.documentName("experts")
			.variable("first", 100)
			.variable("where",
					Map.of("related",
							List.of(Map.of("relationship", "EXPERT_IN", "id", "tech_led_si_substrate", "withNarrower",
									true)),
							"academician_in", List.of("CAS", "CAE")))
			.execute()
			.path("experts.edges[*].node.name")
			.entityList(String.class)
			.contains("江风益");
		this.graphQl.document(
				"{ enterprises(first: 100, where: {onChain: \"chain_pv\", chainLeader: true}) { edges { node { id } } } }")
			.execute()
			.path("enterprises.edges[*].node.id")
			.entityList(String.class)
			.containsExactly("ent_jinko");
		this.graphQl.documentName("enterprisesOnSegment")
			.variable("segment", "seg_pv_a3")
			.execute()
			.path("enterprises.edges[*].node.name")
			.entityList(String.class)
			.contains("江西彩虹光伏有限公司");
	}

	@Test
	void widenToNarrowerNodesOnlyWhereTheRelationshipReachesATaxonomy() {
		// AFFILIATED_WITH reaches organisations, which have no taxonomy: the old engine
		// read any relationship as reaching technologies and silently found nothing.
		this.graphQl.document(
				"{ experts(where: {related: [{relationship: AFFILIATED_WITH, id: \"org_ncu\", withNarrower: true}]}) { totalCount } }")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
				assertThat(error.getMessage()).contains("withNarrower").contains("AFFILIATED_WITH");
			}));
	}

	@Test
	void argumentsOutOfRangeAreBadRequestsNamingTheArgument() {
		this.graphQl.documentName("experts")
			.variable("first", 101)
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
				assertThat(error.getMessage()).contains("'first'");
			}));
		this.graphQl.document("{ challenges(where: {deadline_gte: \"tomorrow\"}) { totalCount } }")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
				assertThat(error.getMessage()).contains("deadline_gte");
			}));
		this.graphQl.documentName("experts")
			.variable("after", "not-a-cursor")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getMessage()).contains("'after'")));
		this.graphQl.document("{ experts(orderBy: [{field: colour}]) { totalCount } }")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getMessage()).contains("colour").contains("orderBy");
				assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
			}));
	}

}
