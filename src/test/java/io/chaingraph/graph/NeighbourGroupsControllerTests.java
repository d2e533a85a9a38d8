package io.chaingraph.graph;

import java.util.List;
import java.util.Map;

import io.chaingraph.ChainGraphTest;
import io.chaingraph.GraphAssertions;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Query.neighbourGroups: every relationship of a node counted per type and direction,
 * with only the first few neighbours listed, whatever the node's label.
 */
@ChainGraphTest
class NeighbourGroupsControllerTests {

	private static final ParameterizedTypeReference<Map<String, Object>> GROUP = new ParameterizedTypeReference<>() {
	};

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Driver driver;

	@Test // issue 18: a details panel for any node
	void groupsAnExpertsNeighboursByRelationshipAndDirectionWithTheirCounts() {
		List<Map<String, Object>> groups = groups("person_jiang_fengyi", 5);
		List<Record> expected = new GraphAssertions(this.driver).rows("""
				MATCH (n:Node {id: $id})-[r]-(m:Node)
				RETURN type(r) AS type, CASE WHEN startNode(r) = n THEN 'OUT' ELSE 'IN' END AS direction, count(*) AS n
				""", "id", "person_jiang_fengyi");
		assertThat(groups)
			.extracting(
					(group) -> group.get("relationship") + " " + group.get("direction") + " " + group.get("totalCount"))
			.containsExactlyInAnyOrderElementsOf(expected.stream()
				.map((row) -> row.get("type").asString() + " " + row.get("direction").asString() + " "
						+ row.get("n").asLong())
				.toList());
		assertThat(groups).extracting((group) -> group.get("relationship") + " " + group.get("direction"))
			.contains("AFFILIATED_WITH OUT", "SOURCED_FROM OUT");
		Map<String, Object> sources = groups.stream()
			.filter((group) -> "SOURCED_FROM".equals(group.get("relationship")))
			.findFirst()
			.orElseThrow();
		assertThat(nodes(sources)).allSatisfy((node) -> assertThat(node).containsKey("kind"));
	}

	@Test
	void listsGroupsInTheModelsOrderOfRelationshipTypesOutBeforeIn() {
		List<String> order = groups("chain_led", 1).stream()
			.map((group) -> group.get("relationship") + " " + group.get("direction"))
			.toList();
		assertThat(order).isSortedAccordingTo((a, b) -> {
			int byType = RelType.valueOf(a.split(" ")[0]).compareTo(RelType.valueOf(b.split(" ")[0]));
			return (byType != 0) ? byType : b.split(" ")[1].compareTo(a.split(" ")[1]);
		});
	}

	@Test // a hub answers with counts and a short page, never with every neighbour
	void aHubListsAtMostFirstNeighboursPerGroupAndCountsAllOfThem() {
		Record hub = new GraphAssertions(this.driver).one("""
				MATCH (c:Node)-[r]-(m:Node)
				WITH c, type(r) AS type, count(*) AS n
				ORDER BY n DESC, c.id
				LIMIT 1
				RETURN c.id AS id, type, n
				""");
		long biggest = hub.get("n").asLong();
		assertThat(biggest).as("the seed has a chain with many neighbours of one type").isGreaterThan(20);
		List<Map<String, Object>> groups = groups(hub.get("id").asString(), 3);
		assertThat(groups).allSatisfy((group) -> assertThat(nodes(group)).hasSizeLessThanOrEqualTo(3));
		assertThat(groups).anySatisfy((group) -> {
			assertThat(group.get("relationship")).isEqualTo(hub.get("type").asString());
			assertThat(((Number) group.get("totalCount")).longValue()).isEqualTo(biggest);
			assertThat(nodes(group)).hasSize(3);
		});
		this.graphQl.documentName("neighbourGroups")
			.variable("id", hub.get("id").asString())
			.variable("first", NeighbourGroupsController.MAX_FIRST + 1)
			.execute()
			.errors()
			.expect((error) -> error.getErrorType() == ErrorType.BAD_REQUEST && error.getMessage().contains("'first'"));
	}

	@Test
	void recordsTakenFromASourceComeBeforeGeneratedOnes() {
		Record group = new GraphAssertions(this.driver).one("""
				MATCH (n:Node)<-[r]-(m:Node)
				WITH n, type(r) AS type, count(CASE WHEN m.synthetic THEN 1 END) AS generated,
				  count(CASE WHEN NOT coalesce(m.synthetic, false) THEN 1 END) AS real
				WHERE generated > 0 AND real > 0 AND generated + real <= 50
				RETURN n.id AS id, type, real ORDER BY id, type LIMIT 1
				""");
		Map<String, Object> operating = this.graphQl.documentName("neighbourGroups")
			.variable("id", group.get("id").asString())
			.variable("first", NeighbourGroupsController.MAX_FIRST)
			.variable("relationship", group.get("type").asString())
			.variable("direction", "IN")
			.execute()
			.path("neighbourGroups")
			.entityList(GROUP)
			.hasSize(1)
			.get()
			.get(0);
		List<Boolean> synthetic = nodes(operating).stream().map((node) -> (Boolean) node.get("synthetic")).toList();
		assertThat(synthetic).contains(true, false);
		assertThat(synthetic.indexOf(true)).isEqualTo(group.get("real").asInt());
	}

	@Test
	void anUnknownIdIsNotFound() {
		this.graphQl.documentName("neighbourGroups")
			.variable("id", "node_nope")
			.variable("first", 5)
			.execute()
			.errors()
			.expect((error) -> error.getErrorType() == ErrorType.NOT_FOUND);
	}

	private List<Map<String, Object>> groups(String id, int first) {
		return this.graphQl.documentName("neighbourGroups")
			.variable("id", id)
			.variable("first", first)
			.execute()
			.path("neighbourGroups")
			.entityList(GROUP)
			.get();
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> nodes(Map<String, Object> group) {
		return (List<Map<String, Object>>) group.get("nodes");
	}

}
