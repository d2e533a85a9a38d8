package io.chaingraph.expert;

import java.util.List;
import java.util.Map;

import io.chaingraph.ChainGraphTest;
import io.chaingraph.GraphAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Free text asked the way people ask is linked to the graph's technologies and chains, so
 * declared expertise counts as it does for a technology; the answer says what the text
 * was read as, can be told otherwise, and explains an empty or off-chain list (issue 15,
 * findings 1 and 5).
 */
@ChainGraphTest
class TextLinkedMatchingTests {

	private static final String JIANG = "person_jiang_fengyi";

	@Autowired
	HttpGraphQlTester graphQl;

	@Test // issue 15 finding 1: Jiang was 16th
	void chineseFreeTextCountsDeclaredExpertise() {
		Map<String, Object> result = result(Map.of("query", "硅衬底LED", "first", 10));
		assertThat(ids(result).subList(0, 3)).contains(JIANG);
		Map<String, Object> technology = technologies(result).get(0);
		assertThat(technology).containsEntry("id", "tech_led_si_substrate")
			.containsEntry("matched", "硅衬底LED")
			.containsEntry("how", "EXACT")
			.containsEntry("confidence", 1.0);
		assertThat(chains(result)).extracting((chain) -> chain.get("id")).contains("chain_led");
		assertThat(codes(result)).contains("CHAIN_FROM_TEXT");
	}

	@Test // issue 15 finding 1: Jiang was 11th
	void englishFreeTextCountsDeclaredExpertise() {
		Map<String, Object> result = result(Map.of("query", "silicon substrate LED", "first", 10));
		assertThat(ids(result).subList(0, 3)).contains(JIANG);
		assertThat(technologies(result).get(0)).containsEntry("id", "tech_led_si_substrate")
			.containsEntry("matched", "silicon substrate LED");
	}

	@Test // issue 15 finding 1: Jiang was 15th with the chain
	void freeTextOnTheChainCountsDeclaredExpertise() {
		for (String text : List.of("硅衬底LED", "silicon substrate LED")) {
			Map<String, Object> result = result(Map.of("query", text, "chain", "chain_led", "first", 10));
			assertThat(ids(result).subList(0, 3)).as(text).contains(JIANG);
			assertThat(codes(result)).as(text).doesNotContain("TEXT_OFF_CHAIN", "CHAIN_FROM_TEXT");
		}
	}

	@Test // issue 15 finding 1: copper experts first with chain ties 0.00 and no warning
	void tungstenTextOnTheTungstenChainRanksTungstenExpertsFirstOrWarns() {
		Map<String, Object> result = result(Map.of("query", "硬质合金涂层刀片", "chain", "chain_tungsten", "first", 5));
		assertThat(technologies(result).get(0)).containsEntry("id", "tech_w_tools").containsEntry("how", "PART");
		List<Map<String, Object>> matches = matches(result);
		// The seed has no expert in any tungsten technology and no consortium on the
		// chain.
		if (matches.isEmpty()) {
			assertThat(codes(result)).contains("NO_EXPERT_IN_TECHNOLOGY", "CHAIN_HAS_NO_ADVISERS");
		}
		else if (chainScore(matches.get(0)) == 0) {
			assertThat(codes(result)).contains("TOP_MATCHES_OFF_CHAIN");
		}
	}

	@Test
	void textAboutAnotherChainSaysSo() {
		Map<String, Object> result = result(Map.of("query", "硅衬底LED", "chain", "chain_tungsten", "first", 5));
		assertThat(notes(result)).filteredOn((note) -> note.get("code").equals("TEXT_OFF_CHAIN"))
			.singleElement()
			.satisfies((note) -> assertThat((String) note.get("message")).contains("tech_led_si_substrate",
					"chain_tungsten", "chain_led"));
	}

	@Test
	void theInterpretationCanBeTurnedOffOrReplaced() {
		Map<String, Object> off = result(Map.of("query", "硅衬底LED", "interpret", false, "first", 30));
		assertThat(off.get("interpretation")).isNull();
		assertThat(matches(off)).allSatisfy((match) -> assertThat(component(match, "EXPERTISE")).isZero());
		Map<String, Object> replaced = result(
				Map.of("query", "硅衬底LED", "interpretAs", List.of("tech_w_tools"), "first", 30));
		assertThat(technologies(replaced).get(0)).containsEntry("id", "tech_w_tools").containsEntry("how", "GIVEN");
		assertThat(technologies(replaced)).extracting((t) -> t.get("id")).doesNotContain("tech_led_si_substrate");
		assertThat(matches(replaced)).filteredOn((match) -> id(match).equals(JIANG))
			.allSatisfy((match) -> assertThat(component(match, "EXPERTISE")).isZero());
		this.graphQl.documentName("expertsFor")
			.variable("query", "硅衬底LED")
			.variable("interpretAs", List.of("no_such_technology"))
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getErrorType().toString()).isEqualTo("NOT_FOUND");
				assertThat(error.getMessage()).contains("no_such_technology");
			}));
		this.graphQl.documentName("expertsFor")
			.variable("query", "硅衬底LED")
			.variable("interpretAs", java.util.Collections.nCopies(51, "tech_w_tools"))
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
				assertThat(error.getMessage()).contains("'interpretAs'", "50");
			}));
	}

	@Test // issue 15 finding 5: matches [] and nothing else
	void anEmptyAnswerForATechnologyNoOneWorksInSaysSo() {
		for (String technology : List.of("tech_w_carbide", "tech_fur_waterborne")) {
			Map<String, Object> result = result(Map.of("technology", technology, "first", 5));
			assertThat(matches(result)).as(technology).isEmpty();
			assertThat(notes(result)).as(technology)
				.filteredOn((note) -> note.get("code").equals("NO_EXPERT_IN_TECHNOLOGY"))
				.singleElement()
				.satisfies((note) -> assertThat((String) note.get("message")).contains(technology));
		}
		for (String text : List.of("水性漆", "tungsten carbide", "waterborne furniture paint")) {
			Map<String, Object> result = result(Map.of("query", text, "first", 5));
			assertThat(technologies(result)).as(text)
				.extracting((t) -> t.get("id"))
				.containsAnyOf("tech_w_carbide", "tech_fur_waterborne");
			assertThat(codes(result)).as(text).contains("NO_EXPERT_IN_TECHNOLOGY");
		}
	}

	@Test
	void textThatNamesNoTechnologySaysSo() {
		Map<String, Object> result = result(Map.of("query", "xylophone zeppelin quarterback", "first", 5));
		assertThat(technologies(result)).isEmpty();
		assertThat(codes(result)).contains("TEXT_MATCHED_NO_TECHNOLOGY");
	}

	@Test
	void aChainWithoutAdvisersSaysSo() {
		Map<String, Object> result = result(
				Map.of("technology", "tech_led_si_substrate", "chain", "chain_tungsten", "first", 5));
		assertThat(matches(result)).isNotEmpty();
		assertThat(codes(result)).contains("CHAIN_HAS_NO_ADVISERS", "TOP_MATCHES_OFF_CHAIN");
		assertThat(codes(result(Map.of("technology", "tech_led_si_substrate", "chain", "chain_led", "first", 5))))
			.doesNotContain("CHAIN_HAS_NO_ADVISERS", "TOP_MATCHES_OFF_CHAIN");
	}

	@Test
	void anAnswerEmptiedByConflictsSaysHowMany() {
		Map<String, Object> result = result(
				Map.of("technology", "tlink_tech", "excludeConflictsWith", "tlink_ent", "first", 5));
		assertThat(matches(result)).isEmpty();
		assertThat(result.get("excluded")).isEqualTo(2);
		assertThat(notes(result)).filteredOn((note) -> note.get("code").equals("ALL_EXCLUDED_BY_CONFLICTS"))
			.singleElement()
			.satisfies((note) -> assertThat((String) note.get("message")).contains("2"));
		assertThat(codes(result)).doesNotContain("NO_EXPERT_IN_TECHNOLOGY");
	}

	@BeforeAll
	static void twoExpertsOfOneEnterprise(@Autowired Driver driver) {
		new GraphAssertions(driver).run("""
				CREATE (t:Technology {id: 'tlink_tech', name: '合成链接测试技术', nameEn: 'Synthetic linking test technology',
				  synthetic: true})
				CREATE (e:Enterprise {id: 'tlink_ent', name: '合成链接测试企业', synthetic: true})
				CREATE (a:Expert {id: 'tlink_x1', name: '合成链接测试专家一', synthetic: true})
				CREATE (b:Expert {id: 'tlink_x2', name: '合成链接测试专家二', synthetic: true})
				CREATE (a)-[:EXPERT_IN {level: 4}]->(t), (b)-[:EXPERT_IN {level: 3}]->(t)
				CREATE (a)-[:AFFILIATED_WITH]->(e), (b)-[:AFFILIATED_WITH]->(e)""");
	}

	@AfterAll
	static void removeThem(@Autowired Driver driver) {
		new GraphAssertions(driver).run("MATCH (n) WHERE n.id STARTS WITH 'tlink_' DETACH DELETE n");
	}

	private Map<String, Object> result(Map<String, Object> variables) {
		var request = this.graphQl.documentName("expertsFor");
		for (Map.Entry<String, Object> variable : variables.entrySet()) {
			request = request.variable(variable.getKey(), variable.getValue());
		}
		return request.execute().path("expertsFor").entity(Map.class).get();
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> matches(Map<String, Object> result) {
		return (List<Map<String, Object>>) result.get("matches");
	}

	private static List<String> ids(Map<String, Object> result) {
		return matches(result).stream().map(TextLinkedMatchingTests::id).toList();
	}

	private static String id(Map<String, Object> match) {
		return (String) ((Map<?, ?>) match.get("expert")).get("id");
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> technologies(Map<String, Object> result) {
		return (List<Map<String, Object>>) ((Map<String, Object>) result.get("interpretation")).get("technologies");
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> chains(Map<String, Object> result) {
		return (List<Map<String, Object>>) ((Map<String, Object>) result.get("interpretation")).get("chains");
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> notes(Map<String, Object> result) {
		return (List<Map<String, Object>>) result.get("notes");
	}

	private static List<Object> codes(Map<String, Object> result) {
		return notes(result).stream().map((note) -> note.get("code")).toList();
	}

	private static double chainScore(Map<String, Object> match) {
		return component(match, "CHAIN");
	}

	@SuppressWarnings("unchecked")
	private static double component(Map<String, Object> match, String name) {
		return ((List<Map<String, Object>>) match.get("components")).stream()
			.filter((c) -> c.get("name").equals(name))
			.mapToDouble((c) -> ((Number) c.get("score")).doubleValue())
			.findFirst()
			.orElseThrow();
	}

}
