package io.chaingraph.expert;

import java.util.List;
import java.util.Map;

import io.chaingraph.ChainGraphTest;
import io.chaingraph.GraphAssertions;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * expertsFor answers the question the service exists for, with evidence that is real
 * graph data.
 */
@ChainGraphTest
class ExpertMatchControllerTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Driver driver;

	@Test
	void jiangFengyiLeadsTheAcademiciansForSiliconSubstrateLedOnTheLightingChain() {
		List<Map<String, Object>> matches = matches(Map.of("chain", "chain_led", "technology", "tech_led_si_substrate",
				"academicianOnly", true, "first", 5));
		assertThat(matches).isNotEmpty();
		assertThat(matches.get(0).get("expert")).extracting((expert) -> ((Map<?, ?>) expert).get("name"))
			.isEqualTo("江风益");
		assertThat(matches)
			.allSatisfy((match) -> assertThat(((Map<?, ?>) match.get("expert")).get("academician")).isNotNull());
		assertThat(matches).extracting((match) -> ((Number) match.get("score")).doubleValue())
			.isSortedAccordingTo((a, b) -> Double.compare(b, a));
		Map<String, Object> best = matches.get(0);
		List<Map<String, Object>> components = (List<Map<String, Object>>) best.get("components");
		assertThat(components).extracting((component) -> component.get("name"))
			.containsExactly("EXPERTISE", "EVIDENCE", "PROPAGATION", "CHAIN", "TRACK_RECORD");
		double total = components.stream()
			.mapToDouble((c) -> ((Number) c.get("score")).doubleValue() * ((Number) c.get("weight")).doubleValue())
			.sum();
		assertThat(((Number) best.get("score")).doubleValue()).isCloseTo(total,
				org.assertj.core.data.Offset.offset(1e-9));
	}

	@Test
	void everyEvidencePathExistsInTheGraph() {
		List<Map<String, Object>> matches = matches(
				Map.of("chain", "chain_led", "technology", "tech_led_si_substrate", "first", 20));
		GraphAssertions graph = new GraphAssertions(this.driver);
		int paths = 0;
		java.util.Set<Object> components = new java.util.HashSet<>();
		for (Map<String, Object> match : matches) {
			for (Map<String, Object> path : (List<Map<String, Object>>) match.get("evidence")) {
				assertPathExists(graph, path);
				components.add(path.get("component"));
				paths++;
			}
		}
		assertThat(paths).isGreaterThan(20);
		assertThat(components).contains("EXPERTISE", "EVIDENCE", "PROPAGATION", "CHAIN");
	}

	@Test
	void conflictsOfInterestAreRemovedAndExplained() {
		Map<String, Object> result = result(
				Map.of("technology", "tech_led_si_substrate", "excludeConflictsWith", "org_ncu", "first", 20));
		List<Map<String, Object>> exclusions = (List<Map<String, Object>>) result.get("exclusions");
		assertThat(result.get("excluded")).isEqualTo(exclusions.size());
		assertThat(exclusions).extracting((exclusion) -> (Object) ((Map<?, ?>) exclusion.get("expert")).get("id"))
			.contains("person_jiang_fengyi");
		assertThat(exclusions).extracting((exclusion) -> exclusion.get("reason")).isSubsetOf("AFFILIATED", "COAUTHOR");
		exclusions.forEach((exclusion) -> assertPathExists(new GraphAssertions(this.driver),
				(Map<String, Object>) exclusion.get("path")));
		assertThat((List<Map<String, Object>>) result.get("matches"))
			.extracting((match) -> (Object) ((Map<?, ?>) match.get("expert")).get("id"))
			.doesNotContain("person_jiang_fengyi");
	}

	@Test
	void freeTextWorksAloneOrBesideATechnology() {
		GraphAssertions graph = new GraphAssertions(this.driver);
		// The text names the technology by its alias; its one level-5 expert is among the
		// first five.
		Map<String, Object> led = result(Map.of("query", "硅衬底 LED 外延片的可靠性问题", "first", 5));
		assertThat(linkedTechnologies(led)).contains("tech_led_si_substrate");
		assertThat(expertIds(led)).contains("person_jiang_fengyi");

		// In English, on the copper chain: the best-ranked expert declares expertise in
		// the
		// technology the words name.
		Map<String, Object> copper = result(
				Map.of("query", "reliability of copper-silver alloy wire", "chain", "chain_copper", "first", 5));
		assertThat(linkedTechnologies(copper)).contains("tech_cu_agwire");
		assertThat(declaresExpertise(graph, expertIds(copper).get(0), "tech_cu_agwire")).isTrue();

		// Beside a technology, a long text still ranks that technology's experts first.
		Map<String, Object> beside = result(
				Map.of("technology", "tech_cu_agwire", "query", "铜银合金 微细线 " + "拉丝工艺 ".repeat(1500), "first", 5));
		assertThat(expertIds(beside)).hasSize(5);
		assertThat(declaresExpertise(graph, expertIds(beside).get(0), "tech_cu_agwire")).isTrue();
	}

	private static List<Object> linkedTechnologies(Map<String, Object> result) {
		Map<?, ?> interpretation = (Map<?, ?>) result.get("interpretation");
		return ((List<Map<?, ?>>) interpretation.get("technologies")).stream()
			.map((technology) -> (Object) technology.get("id"))
			.toList();
	}

	private static List<Object> expertIds(Map<String, Object> result) {
		return ((List<Map<?, ?>>) result.get("matches")).stream()
			.map((match) -> (Object) ((Map<?, ?>) match.get("expert")).get("id"))
			.toList();
	}

	private static boolean declaresExpertise(GraphAssertions graph, Object expert, String technology) {
		return graph.count(
				"MATCH (:Expert {id: $expert})-[:EXPERT_IN]->(:Technology {id: $technology}) RETURN count(*) AS n",
				"expert", expert, "technology", technology) > 0;
	}

	@Test
	void badRequestsNameWhatIsWrong() {
		assertError(Map.of("chain", "chain_led"), "BAD_REQUEST", "technology, a query");
		assertError(Map.of("query", "铜".repeat(10_001)), "BAD_REQUEST", "'query'");
		assertError(Map.of("technology", "no_such_technology"), "NOT_FOUND", "no_such_technology");
		assertError(Map.of("technology", "tech_led_micro", "excludeConflictsWith", "nobody"), "NOT_FOUND", "nobody");
	}

	private void assertError(Map<String, Object> variables, String classification, String text) {
		var request = this.graphQl.documentName("expertsFor");
		for (Map.Entry<String, Object> variable : variables.entrySet()) {
			request = request.variable(variable.getKey(), variable.getValue());
		}
		request.execute().errors().satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
			assertThat(error.getErrorType().toString()).isEqualTo(classification);
			assertThat(error.getMessage()).contains(text);
		}));
	}

	private static void assertPathExists(GraphAssertions graph, Map<String, Object> path) {
		List<Map<String, Object>> nodes = (List<Map<String, Object>>) path.get("nodes");
		List<Map<String, Object>> rels = (List<Map<String, Object>>) path.get("relationships");
		assertThat(rels).hasSize(nodes.size() - 1);
		for (int i = 0; i < rels.size(); i++) {
			Map<String, Object> rel = rels.get(i);
			List<Object> ends = List.of(rel.get("from"), rel.get("to"));
			assertThat(ends).as("relationship %d joins nodes %d and %d of %s", i, i, i + 1, path)
				.containsExactlyInAnyOrder(nodes.get(i).get("id"), nodes.get(i + 1).get("id"));
			assertThat(graph.count("MATCH ({id: $from})-[r:$($type)]->({id: $to}) RETURN count(r) AS n", "from",
					rel.get("from"), "to", rel.get("to"), "type", rel.get("type")))
				.as("%s exists", rel)
				.isPositive();
		}
	}

	private List<Map<String, Object>> matches(Map<String, Object> variables) {
		return (List<Map<String, Object>>) result(variables).get("matches");
	}

	private Map<String, Object> result(Map<String, Object> variables) {
		var request = this.graphQl.documentName("expertsFor");
		for (Map.Entry<String, Object> variable : variables.entrySet()) {
			request = request.variable(variable.getKey(), variable.getValue());
		}
		return request.execute().path("expertsFor").entity(Map.class).get();
	}

}
