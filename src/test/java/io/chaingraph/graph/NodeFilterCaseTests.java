package io.chaingraph.graph;

import java.util.Map;

import io.chaingraph.ChainGraphTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text filters ignore case (issue 15, finding 7: {@code nameEn_contains: "copper"} found
 * 0 enterprises where "Copper" found 30); equality stays exact.
 */
@ChainGraphTest
class NodeFilterCaseTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@Test // GH-15
	void containsOnEnglishNamesIgnoresCase() {
		long capital = enterprises(Map.of("nameEn_contains", "Copper"));
		assertThat(capital).isGreaterThanOrEqualTo(30);
		assertThat(enterprises(Map.of("nameEn_contains", "copper"))).isEqualTo(capital);
		assertThat(enterprises(Map.of("nameEn_contains", "COPPER"))).isEqualTo(capital);
	}

	@Test // GH-15
	void startsWithIgnoresCase() {
		this.graphQl.documentName("enterprises")
			.variable("first", 100)
			.variable("where", Map.of("nameEn_startsWith", "jiangxi copper corp"))
			.execute()
			.path("enterprises.edges[*].node.id")
			.entityList(String.class)
			.contains("ent_jcc");
		this.graphQl.documentName("enterprises")
			.variable("first", 100)
			.variable("where", Map.of("name_startsWith", "江西铜业"))
			.execute()
			.path("enterprises.edges[*].node.id")
			.entityList(String.class)
			.contains("ent_jcc");
	}

	@Test // GH-15
	void aliasMembershipIgnoresCaseAndMatchesWholeAliases() {
		for (String alias : new String[] { "GaN-on-Si LED", "gan-on-si led", "硅基LED", "硅基led" }) {
			this.graphQl.documentName("technologies")
				.variable("first", 10)
				.variable("where", Map.of("aliases_contains", alias))
				.execute()
				.path("technologies.edges[*].node.id")
				.entityList(String.class)
				.containsExactly("tech_led_si_substrate");
		}
		this.graphQl.documentName("technologies")
			.variable("first", 10)
			.variable("where", Map.of("aliases_contains", "gan-on-si"))
			.execute()
			.path("technologies.totalCount")
			.entity(Long.class)
			.isEqualTo(0L);
	}

	@Test // GH-15
	void equalityStaysExact() {
		assertThat(enterprises(Map.of("nameEn", "Jiangxi Copper Corporation (JCC)"))).isEqualTo(1);
		assertThat(enterprises(Map.of("nameEn", "jiangxi copper corporation (jcc)"))).isZero();
	}

	private long enterprises(Map<String, Object> where) {
		return this.graphQl.documentName("enterprises")
			.variable("first", 1)
			.variable("where", where)
			.execute()
			.path("enterprises.totalCount")
			.entity(Long.class)
			.get();
	}

}
