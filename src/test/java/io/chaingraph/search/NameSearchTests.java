package io.chaingraph.search;

import java.util.List;
import java.util.Map;

import io.chaingraph.ChainGraphTest;
import io.chaingraph.GraphAssertions;
import io.chaingraph.TestKeys;
import io.chaingraph.security.ApiKeys;
import io.chaingraph.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search puts a node whose name the text is first, then names that start with it, then
 * full-text hits, then names one character off (issue 15, finding 7).
 */
@ChainGraphTest
class NameSearchTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	ApiKeys keys;

	@Autowired
	Driver driver;

	@AfterEach
	void removeCuratedNodes() {
		new GraphAssertions(this.driver).run("MATCH (n:Enterprise) WHERE n.id STARTS WITH 'nsearch_' DETACH DELETE n");
	}

	@Test // issue 15 finding 7: Jiangxi Copper was 7th (not in the first 6)
	void theShortNameOfAnEnterpriseFindsItFirst() {
		assertThat(ids("江铜")).first().isEqualTo("ent_jcc");
		assertThat(ids("江铜")).contains("ent_jcc_shangrao", "ent_jcc_yinshan");
	}

	@Test // issue 15 finding 7: 4th
	void theEnglishNameFindsItFirstInAnyCase() {
		assertThat(ids("Jiangxi Copper")).first().isEqualTo("ent_jcc");
		assertThat(ids("jiangxi copper corporation")).first().isEqualTo("ent_jcc");
		assertThat(ids("ＪＩＡＮＧＸＩ　ＣＯＰＰＥＲ")).first().isEqualTo("ent_jcc");
	}

	@Test // issue 15 finding 7: found nothing
	void aCommonVariantOfANameFindsThePerson() {
		assertThat(ids("江凤益")).first().isEqualTo("person_jiang_fengyi");
		assertThat(ids("江風益")).first().isEqualTo("person_jiang_fengyi");
	}

	@Test
	void aNameOneCharacterOffStillFindsThePersonLast() {
		List<Map<String, Object>> hits = hits("江丰益", null);
		assertThat(hits).extracting((hit) -> (Object) ((Map<?, ?>) hit.get("node")).get("id"))
			.contains("person_jiang_fengyi");
		assertThat(hits).extracting((hit) -> ((Number) hit.get("score")).doubleValue())
			.isSortedAccordingTo((a, b) -> Double.compare(b, a));
	}

	@Test
	void tiersComeBeforeFullTextAndKeepTheTypeFilter() {
		List<Map<String, Object>> hits = hits("硅衬底LED", List.of("TECHNOLOGY"));
		assertThat(hits.get(0)).extracting((hit) -> ((Map<?, ?>) hit.get("node")).get("id"))
			.isEqualTo("tech_led_si_substrate");
		assertThat(((Number) hits.get(0).get("score")).doubleValue()).isGreaterThan(3);
		assertThat(hits).extracting((hit) -> hit.get("type")).containsOnly("TECHNOLOGY");
		assertThat(ids("江铜", List.of("EXPERT"))).doesNotContain("ent_jcc");
	}

	@Test
	void aNodeCreatedThroughCurationIsFoundByNameRightAfter() {
		HttpGraphQlTester coordinator = TestKeys.as(this.graphQl, this.keys, Role.COORDINATOR);
		assertThat(ids("合成名称检索测试企业")).doesNotContain("nsearch_ent");
		coordinator.documentName("curateEnterprise")
			.operationName("createEnterprise")
			.variable("input",
					Map.of("id", "nsearch_ent", "name", "合成名称检索测试企业", "aliases", List.of("合成检索简称"), "synthetic", true))
			.execute()
			.path("createEnterprise.changed")
			.entity(Boolean.class)
			.isEqualTo(true);
		assertThat(ids("合成名称检索测试企业")).first().isEqualTo("nsearch_ent");
		assertThat(ids("合成检索简称")).first().isEqualTo("nsearch_ent");
		coordinator.documentName("curateEnterprise")
			.operationName("updateEnterprise")
			.variable("id", "nsearch_ent")
			.variable("input", Map.of("aliases", List.of("合成检索新简称")))
			.execute()
			.path("updateEnterprise.changed")
			.entity(Boolean.class)
			.isEqualTo(true);
		assertThat(ids("合成检索新简称")).first().isEqualTo("nsearch_ent");
		assertThat(hits("合成检索简称", null)).filteredOn((hit) -> ((Number) hit.get("score")).doubleValue() > 2)
			.extracting((hit) -> (Object) ((Map<?, ?>) hit.get("node")).get("id"))
			.doesNotContain("nsearch_ent");
	}

	private List<String> ids(String text) {
		return ids(text, null);
	}

	private List<String> ids(String text, List<String> types) {
		return hits(text, types).stream().map((hit) -> (String) ((Map<?, ?>) hit.get("node")).get("id")).toList();
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> hits(String text, List<String> types) {
		var request = this.graphQl.documentName("search").variable("text", text).variable("first", 10);
		if (types != null) {
			request = request.variable("types", types);
		}
		return (List<Map<String, Object>>) (List<?>) request.execute().path("search").entityList(Map.class).get();
	}

}
