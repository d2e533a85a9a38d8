package io.chaingraph.affiliation;

import java.util.List;
import java.util.Map;

import io.chaingraph.ChainGraphTest;
import io.chaingraph.graph.GraphReads;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every match and every search hit says who it is beside a namesake (issue 15, finding
 * 6): an expert's title and employers, an enterprise's or organisation's consortia, a
 * segment's chains; loaded for all of a request's matches or hits by one statement.
 */
@ChainGraphTest
class AffiliationControllerTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	GraphReads reads;

	@Test // GH-15
	void everyMatchCarriesTitleAndEmployers() {
		List<Map<String, Object>> matches = maps(this.graphQl.documentName("expertsForAffiliations")
			.variable("chain", "chain_led")
			.variable("technology", "tech_led_si_substrate")
			.variable("first", 20)
			.execute()
			.path("expertsFor.matches")
			.entityList(Map.class)
			.get());
		assertThat(matches).hasSizeGreaterThan(3);
		Map<String, Object> jiang = matches.stream()
			.filter((match) -> "person_jiang_fengyi".equals(((Map<?, ?>) match.get("expert")).get("id")))
			.findFirst()
			.orElseThrow();
		assertThat(jiang.get("title")).isEqualTo("教授、中国科学院院士");
		assertThat(ids(jiang.get("affiliations"))).containsExactly("org_ncu", "org_nerc_si_led");
		// Every seeded expert has an employer and a title.
		assertThat(matches).allSatisfy((match) -> {
			assertThat(match.get("title")).isNotNull();
			assertThat(ids(match.get("affiliations"))).isNotEmpty();
		});
	}

	@Test // GH-15
	void searchHitsCarryWhatPlacesThem() {
		Map<?, ?> jiang = this.graphQl.documentName("searchAffiliations")
			.variable("text", "Jiang Fengyi")
			.variable("types", List.of("EXPERT"))
			.execute()
			.path("search[0]")
			.entity(Map.class)
			.get();
		assertThat(((Map<?, ?>) jiang.get("node")).get("id")).isEqualTo("person_jiang_fengyi");
		assertThat(jiang.get("title")).isEqualTo("教授、中国科学院院士");
		assertThat(ids(jiang.get("affiliations"))).containsExactly("org_ncu", "org_nerc_si_led");

		List<Map<String, Object>> enterprises = maps(this.graphQl.documentName("searchAffiliations")
			.variable("text", "江西铜业集团有限公司")
			.variable("types", List.of("ENTERPRISE"))
			.execute()
			.path("search")
			.entityList(Map.class)
			.get());
		Map<String, Object> jcc = enterprises.stream()
			.filter((hit) -> "ent_jcc".equals(((Map<?, ?>) hit.get("node")).get("id")))
			.findFirst()
			.orElseThrow();
		assertThat(jcc.get("title")).isNull();
		assertThat(ids(jcc.get("affiliations"))).contains("cons_copper");

		this.graphQl.documentName("searchAffiliations")
			.variable("text", "铜银合金线")
			.variable("types", List.of("TECHNOLOGY"))
			.execute()
			.path("search[*].node.id")
			.entityList(String.class)
			.contains("tech_cu_agwire")
			.path("search[*].affiliations[*]")
			.entityList(Object.class)
			.hasSize(0);
	}

	@Test // GH-15
	void affiliationsOfAllHitsOrMatchesTakeOneStatement() {
		long before = this.reads.statements();
		this.graphQl.documentName("search").variable("text", "合成").variable("first", 50).execute();
		long plain = this.reads.statements() - before;
		before = this.reads.statements();
		this.graphQl.documentName("searchAffiliations")
			.variable("text", "合成")
			.variable("first", 50)
			.execute()
			.path("search")
			.entityList(Object.class)
			.hasSize(50);
		assertThat(this.reads.statements() - before).as("statements with affiliations").isEqualTo(plain + 1);

		before = this.reads.statements();
		this.graphQl.documentName("expertsFor")
			.variable("technology", "tech_led_si_substrate")
			.variable("first", 30)
			.execute();
		plain = this.reads.statements() - before;
		before = this.reads.statements();
		this.graphQl.documentName("expertsForAffiliations")
			.variable("technology", "tech_led_si_substrate")
			.variable("first", 30)
			.execute()
			.path("expertsFor.matches")
			.entityList(Object.class)
			.hasSizeGreaterThan(3);
		assertThat(this.reads.statements() - before).as("statements with affiliations").isEqualTo(plain + 1);
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static List<Map<String, Object>> maps(List<Map> rows) {
		return rows.stream().map((row) -> (Map<String, Object>) row).toList();
	}

	private static List<String> ids(Object affiliations) {
		return ((List<?>) affiliations).stream()
			.map((affiliation) -> String.valueOf(((Map<?, ?>) affiliation).get("id")))
			.toList();
	}

}
