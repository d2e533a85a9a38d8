package io.chaingraph.expert;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.chaingraph.ChainGraphTest;
import io.chaingraph.GraphAssertions;
import io.chaingraph.TestKeys;
import io.chaingraph.security.ApiKeys;
import io.chaingraph.security.Role;
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

	@Autowired
	ApiKeys keys;

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
	void aChainAloneRanksTheExpertsForItsBottleneckTechnologies() {
		GraphAssertions graph = new GraphAssertions(this.driver);
		Set<String> bottlenecks = bottlenecks(graph, "chain_led");
		// Taxonomy neighbours count as near a bottleneck, as they do near a technology
		// asked for (chaingraph.matching.max-distance, 2 by default).
		Set<String> near = new HashSet<>(graph.strings("""
				MATCH (t:Technology)-[:PART_OF*0..2]-(b:Technology) WHERE b.id IN $bottlenecks
				RETURN collect(DISTINCT t.id) AS values""", "bottlenecks", List.copyOf(bottlenecks)));
		Map<String, Object> result = result(Map.of("chain", "chain_led", "first", 10));
		List<Map<String, Object>> matches = (List<Map<String, Object>>) result.get("matches");
		assertThat(result.get("interpretation")).isNull();
		assertThat(matches).hasSize(10);
		for (Map<String, Object> match : matches) {
			List<Map<String, Object>> evidence = (List<Map<String, Object>>) match.get("evidence");
			evidence.forEach((path) -> assertPathExists(graph, path));
			assertThat(evidence).as("evidence of %s", match.get("expert"))
				.anySatisfy((path) -> assertThat(nodeIds(path)).containsAnyElementsOf(near));
		}
		// 江风益 declares level-5 expertise in 硅衬底LED, the chain's worst bottleneck: his
		// expertise path ends at it.
		Map<String, Object> jiang = matches.stream()
			.filter((match) -> ((Map<?, ?>) match.get("expert")).get("id").equals("person_jiang_fengyi"))
			.findFirst()
			.orElseThrow();
		List<Map<String, Object>> expertise = ((List<Map<String, Object>>) jiang.get("evidence")).stream()
			.filter((path) -> path.get("component").equals("EXPERTISE"))
			.toList();
		assertThat(expertise).isNotEmpty()
			.allSatisfy((path) -> assertThat(nodeIds(path).get(nodeIds(path).size() - 1)).isIn(bottlenecks));
	}

	@Test
	void aChainAloneWithAcademicianOnlyGivesOnlyAcademicians() {
		List<Map<String, Object>> matches = matches(Map.of("chain", "chain_led", "academicianOnly", true, "first", 5));
		assertThat(matches).isNotEmpty()
			.allSatisfy((match) -> assertThat(((Map<?, ?>) match.get("expert")).get("academician")).isNotNull());
		assertThat(matches.get(0).get("expert")).extracting((expert) -> ((Map<?, ?>) expert).get("id"))
			.isEqualTo("person_jiang_fengyi");
	}

	@Test
	void aChainWithoutBottlenecksGivesNoMatchesAndSaysWhy() {
		HttpGraphQlTester coordinator = TestKeys.as(this.graphQl, this.keys, Role.COORDINATOR);
		String chain = "emct_chain_without_bottlenecks";
		String segment = chain + "_seg";
		curate(coordinator, "createChain", Map.of("input", Map.of("id", chain, "name", "无瓶颈测试产业链")));
		try {
			curate(coordinator, "createSegment", Map.of("input", Map.of("id", segment, "name", "无瓶颈测试环节")));
			curate(coordinator, "createRelationship",
					Map.of("input", Map.of("type", "HAS_SEGMENT", "from", chain, "to", segment)));
			assertThat(bottlenecks(new GraphAssertions(this.driver), chain)).isEmpty();
			Map<String, Object> result = result(Map.of("chain", chain));
			assertThat((List<?>) result.get("matches")).isEmpty();
			assertThat((List<Map<String, Object>>) result.get("notes")).anySatisfy((note) -> {
				assertThat(note.get("code")).isEqualTo("CHAIN_HAS_NO_BOTTLENECKS");
				assertThat((String) note.get("message")).contains(chain);
			});
		}
		finally {
			delete(coordinator, "deleteSegment", segment);
			delete(coordinator, "deleteChain", chain);
		}
	}

	@Test
	void cityKeepsOnlyExpertsWorkingThereAndFirstCountsAfterTheFilter() {
		HttpGraphQlTester coordinator = TestKeys.as(this.graphQl, this.keys, Role.COORDINATOR);
		GraphAssertions graph = new GraphAssertions(this.driver);
		String city = "emct_city";
		Map<String, Object> question = Map.of("chain", "chain_led", "first", 40);
		List<Object> overall = expertIds(result(question));
		curate(coordinator, "createCity", Map.of("input", Map.of("id", city, "name", "专家测试市")));
		try {
			// The city holds employers of experts ranked below the third, none of whom
			// employs one of the three best: the overall top three are then not the
			// city's,
			// and a filter applied after first would leave nobody.
			List<Object> top = overall.subList(0, 3);
			List<String> located = new ArrayList<>();
			for (Object expert : overall.subList(3, overall.size())) {
				for (String organisation : employers(graph, expert)) {
					if (!located.contains(organisation) && graph.strings("""
							MATCH (x:Expert)-[:AFFILIATED_WITH]->(o {id: $o})
							RETURN collect(x.id) AS values""", "o", organisation).stream().noneMatch(top::contains)) {
						curate(coordinator, "createRelationship",
								Map.of("input", Map.of("type", "LOCATED_IN", "from", organisation, "to", city)));
						located.add(organisation);
					}
				}
				if (located.size() >= 3) {
					break;
				}
			}
			// The truth, read from the graph.
			Set<String> working = new HashSet<>(graph.strings("""
					MATCH (x:Expert)-[:AFFILIATED_WITH]->(o)-[:LOCATED_IN]->(:City {id: $city})
					WHERE o:Enterprise OR o:University OR o:Institute
					RETURN collect(DISTINCT x.id) AS values""", "city", city));
			List<Object> expected = overall.stream().filter(working::contains).toList();
			assertThat(expected).as("experts of the overall ranking working in the city").hasSizeGreaterThan(3);
			assertThat(top).doesNotContainAnyElementsOf(working);

			Map<String, Object> inCity = new HashMap<>(question);
			inCity.put("city", city);
			List<Object> all = expertIds(result(inCity));
			assertThat(all).isNotEmpty().allSatisfy((expert) -> assertThat(working).contains((String) expert));
			assertThat(all).containsAll(expected);
			inCity.put("first", 3);
			assertThat(expertIds(result(inCity))).containsExactlyElementsOf(all.subList(0, 3));
		}
		finally {
			delete(coordinator, "deleteCity", city);
		}
	}

	private static Set<String> bottlenecks(GraphAssertions graph, String chain) {
		return new HashSet<>(graph.strings("""
				MATCH (c:Chain {id: $chain})
				OPTIONAL MATCH (t:Technology)-[:BOTTLENECK_OF]->(x)
				WHERE x = c OR (c)-[:HAS_SEGMENT]->(x)
				RETURN collect(DISTINCT t.id) AS values""", "chain", chain));
	}

	private static List<String> employers(GraphAssertions graph, Object expert) {
		return graph.strings("""
				MATCH (:Expert {id: $expert})-[:AFFILIATED_WITH]->(o)
				WHERE o:Enterprise OR o:University OR o:Institute
				WITH o ORDER BY o.id
				RETURN collect(o.id) AS values""", "expert", expert);
	}

	private static List<Object> nodeIds(Map<String, Object> path) {
		return ((List<Map<?, ?>>) path.get("nodes")).stream().map((node) -> (Object) node.get("id")).toList();
	}

	private static void curate(HttpGraphQlTester tester, String operation, Map<String, Object> variables) {
		var request = tester.documentName("expertsForCuration").operationName(operation);
		for (Map.Entry<String, Object> variable : variables.entrySet()) {
			request = request.variable(variable.getKey(), variable.getValue());
		}
		request.execute().path(operation + ".changed").entity(Boolean.class).isEqualTo(true);
	}

	private static void delete(HttpGraphQlTester tester, String operation, String id) {
		tester.documentName("expertsForCuration")
			.operationName(operation)
			.variable("id", id)
			.execute()
			.path(operation + ".id")
			.entity(String.class)
			.isEqualTo(id);
	}

	@Test
	void badRequestsNameWhatIsWrong() {
		assertError(Map.of(), "BAD_REQUEST", "a chain, a technology, a query");
		assertError(Map.of("city", "no_such_city", "chain", "chain_led"), "NOT_FOUND", "no_such_city");
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
