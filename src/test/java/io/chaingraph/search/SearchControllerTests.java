package io.chaingraph.search;

import java.util.List;
import java.util.Map;

import io.chaingraph.ChainGraphTest;
import io.chaingraph.GraphAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

@ChainGraphTest
class SearchControllerTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Driver driver;

	@Test
	void chineseTextFindsByBigrams() {
		this.graphQl.documentName("search")
			.variable("text", "合金")
			.variable("types", List.of("TECHNOLOGY"))
			.execute()
			.path("search[*].node.id")
			.entityList(String.class)
			.contains("tech_cu_agwire", "tech_w_wcu")
			.path("search[*].type")
			.entityList(String.class)
			.satisfies((values) -> assertThat(values).containsOnly("TECHNOLOGY"));
	}

	@Test
	void englishTextFindsRankedBestFirst() {
		List<Map<String, Object>> hits = this.graphQl.documentName("search")
			.variable("text", "silicon substrate LED")
			.variable("first", 20)
			.execute()
			.path("search")
			.entityList(Map.class)
			.get()
			.stream()
			.map((hit) -> (Map<String, Object>) hit)
			.toList();
		assertThat(hits).extracting((hit) -> (Object) ((Map<?, ?>) hit.get("node")).get("id"))
			.contains("tech_led_si_substrate");
		assertThat(hits).extracting((hit) -> ((Number) hit.get("score")).doubleValue())
			.isSortedAccordingTo((a, b) -> Double.compare(b, a));
	}

	@ParameterizedTest
	@ValueSource(strings = { "AND (", "OR", "NOT", "铜 AND (银 OR", "+ - ! ( ) { } [ ] ^ \" ~ * ? : \\ /", "title:铜",
			"\"unclosed", "a*", "\\" })
	void operatorsAndSpecialCharactersAreTakenLiterally(String text) {
		this.graphQl.documentName("search").variable("text", text).execute().errors().verify();
	}

	@Test
	void blankAndOverlongTextAreBadRequests() {
		for (String text : List.of("", "   ", "铜".repeat(10_000))) {
			this.graphQl.documentName("search")
				.variable("text", text)
				.execute()
				.errors()
				.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
					assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
					assertThat(error.getMessage()).contains("'text'");
				}));
		}
		this.graphQl.documentName("search").variable("text", "铜".repeat(500)).execute().errors().verify();
	}

	@Test
	void connectionReturnsShortestPathsThatExistInTheGraph() {
		List<Map<String, Object>> paths = this.graphQl.documentName("connection")
			.variable("from", "person_jiang_fengyi")
			.variable("to", "ent_zhaochi")
			.execute()
			.path("connection")
			.entityList(Map.class)
			.get()
			.stream()
			.map((path) -> (Map<String, Object>) path)
			.toList();
		assertThat(paths).isNotEmpty().hasSizeLessThanOrEqualTo(3);
		assertThat(paths.get(0).get("length")).isEqualTo(2);
		GraphAssertions graph = new GraphAssertions(this.driver);
		for (Map<String, Object> path : paths) {
			List<Map<String, String>> rels = (List<Map<String, String>>) path.get("relationships");
			assertThat(rels).extracting((rel) -> rel.get("type")).doesNotContain("SOURCED_FROM");
			for (Map<String, String> rel : rels) {
				assertThat(graph.count("MATCH ({id: $from})-[r:$($type)]->({id: $to}) RETURN count(r) AS n", "from",
						rel.get("from"), "to", rel.get("to"), "type", rel.get("type")))
					.as("%s exists", rel)
					.isPositive();
			}
		}
	}

	@Test
	void connectionArgumentsAreChecked() {
		this.graphQl.documentName("connection")
			.variable("from", "person_jiang_fengyi")
			.variable("to", "ent_zhaochi")
			.variable("maxHops", 7)
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getMessage()).contains("'maxHops'")));
		this.graphQl.documentName("connection")
			.variable("from", "nobody")
			.variable("to", "ent_zhaochi")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getErrorType().toString()).isEqualTo("NOT_FOUND")));
		this.graphQl.documentName("connection")
			.variable("from", "person_jiang_fengyi")
			.variable("to", "ent_zhaochi")
			.variable("via", List.of("ADVISES", "MEMBER_OF"))
			.execute()
			.path("connection[*].relationships[*].type")
			.entityList(String.class)
			.satisfies((values) -> assertThat(values).containsOnly("ADVISES", "MEMBER_OF"));
	}

}
