package io.chaingraph.search;

import java.util.List;
import java.util.Map;

import io.chaingraph.ChainGraphTest;
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

	// Each text with Lucene's syntax in it finds exactly what the same words find without
	// it: a wildcard, a field, a required or excluded term, a phrase, a fuzzy or boolean
	// operator read as syntax would find other nodes, or none (the words are chosen so
	// that their hits differ).
	@ParameterizedTest
	@org.junit.jupiter.params.provider.CsvSource(delimiter = '|',
			value = { "铜*|铜", "title:铜|title 铜", "铜 AND 钨|铜 and 钨", "NOT 铜|not 铜", "+铜 -钨|铜 钨", "\"铜 钨\"|铜 钨", "铜~|铜",
					"铜 AND (钨 OR|铜 and 钨 or", "LED^10 铜|LED 10 铜" })
	void syntaxFindsWhatItsWordsFind(String withSyntax, String words) {
		List<Object> literal = hitIds(withSyntax);
		assertThat(literal).as(withSyntax).isNotEmpty().isEqualTo(hitIds(words));
	}

	private List<Object> hitIds(String text) {
		return this.graphQl.documentName("search")
			.variable("text", text)
			.variable("first", 50)
			.execute()
			.path("search[*].node.id")
			.entityList(Object.class)
			.get();
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

}
