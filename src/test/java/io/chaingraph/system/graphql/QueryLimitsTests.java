package io.chaingraph.system.graphql;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import graphql.execution.instrumentation.ChainedInstrumentation;
import io.chaingraph.ChainGraphTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.observation.GraphQlObservationInstrumentation;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile documents over real HTTP: each is refused with a BAD_REQUEST that says which
 * limit it broke, without a trace of the service's insides, and the service answers the
 * next ordinary request.
 */
@ChainGraphTest
class QueryLimitsTests {

	@Autowired
	WebTestClient http;

	@Autowired
	GraphQlSource source;

	@AfterEach
	void serviceShouldStillAnswer() {
		answered(Map.of("query", "{ statistics { nodeCounts { label count } } }"))
			.jsonPath("$.data.statistics.nodeCounts[0].label")
			.isEqualTo("Chain");
	}

	// The limits act on the operation: a chain would call them for every field too.
	@Test
	void limitsAndObservationRunAsOneInstrumentation() {
		assertThat(this.source.graphQl().getInstrumentation())
			.isInstanceOfSatisfying(LeanInstrumentation.OperationFirst.class, (instrumentation) -> {
				// The limits first, then the other instrumentations of the operation (the
				// one-pass reads), none of which watches fields.
				assertThat(instrumentation.operation()).isInstanceOfSatisfying(ChainedInstrumentation.class,
						(chained) -> {
							assertThat(chained.getInstrumentations().get(0))
								.isInstanceOf(QueryLimits.OperationLimits.class);
							assertThat(chained.getInstrumentations()).hasSizeGreaterThan(1)
								.allMatch(OperationInstrumentation.class::isInstance);
						});
				assertThat(instrumentation.fields()).isInstanceOf(GraphQlObservationInstrumentation.class);
			});
	}

	@Test
	void shouldAnswerGraphiqlIntrospectionWithinTheLimits() throws IOException {
		String query = new ClassPathResource("graphql-test/introspection.graphql")
			.getContentAsString(StandardCharsets.UTF_8);
		// The whole schema is larger than the client's default buffer.
		this.http.mutate()
			.codecs((codecs) -> codecs.defaultCodecs().maxInMemorySize(16 * 1024 * 1024))
			.build()
			.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("query", query))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.errors")
			.doesNotExist()
			.jsonPath("$.data.__schema.queryType.name")
			.isEqualTo("Query");
	}

	@Test
	void shouldRefuseNestingHundredDeep() {
		String hop = "parents(first: 1) { edges { node { ... on Technology { ";
		int hops = 34;
		String query = "{ technology(id: \"tech_led_si_substrate\") { " + hop.repeat(hops) + "id"
				+ " } } } }".repeat(hops) + " } }";
		String message = refused(Map.of("query", query));
		assertThat(message).matches("Query depth 10\\d exceeds the limit of 15 \\(chaingraph.limits.max-depth\\)");
	}

	@Test
	void shouldRefuseComplexityOfNestedPages() {
		String query = "{ experts(first: 100) { edges { node { ... on Expert { expertise(first: 100) "
				+ "{ edges { node { id } } } } } } } }";
		String message = refused(Map.of("query", query));
		assertThat(message)
			.matches("Query complexity \\d+ exceeds the limit of 5000 \\(chaingraph.limits.max-complexity\\)");
	}

	// Issue 13, finding 2: a null first was counted as one element while the pager served
	// its default page of 20, so a document refused at first: 20 ran with first: null.
	@Test
	void shouldCountNullOrOmittedFirstAsThePageServed() {
		String hops = "{ experts(first: %1$s) { edges { node { ... on Expert { expertise(first: %1$s) { edges { node "
				+ "{ ... on Technology { experts(first: %1$s) { edges { node { id" + " }".repeat(12);
		String atTwenty = refused(Map.of("query", hops.formatted("20")));
		assertThat(refused(Map.of("query", hops.formatted("null")))).isEqualTo(atTwenty);
		assertThat(refused(Map.of("query", hops.replace("(first: %1$s)", "")))).isEqualTo(atTwenty);
		String variables = "query ($n: Int) " + hops.formatted("$n");
		assertThat(refused(Map.of("query", variables))).isEqualTo(atTwenty);
		assertThat(atTwenty)
			.matches("Query complexity \\d+ exceeds the limit of 5000 \\(chaingraph.limits.max-complexity\\)");
	}

	// Verdicts are remembered per document and variables: a document that passed with
	// small pages, or with its expensive part skipped, is checked again when they change.
	@Test
	void shouldCheckAgainWhenVariablesChangeTheVerdict() {
		String query = "query pages($outer: Int, $inner: Int, $deep: Boolean!) { experts(first: $outer) { edges { node "
				+ "{ ... on Expert { expertise(first: $inner) { edges { node { id } } } "
				+ "a1: id @include(if: $deep) a2: id @include(if: $deep) } } } } }";
		for (int round = 0; round < 2; round++) {
			answered(Map.of("query", query, "variables", Map.of("outer", 2, "inner", 2, "deep", false)));
			assertThat(refused(Map.of("query", query, "variables", Map.of("outer", 100, "inner", 100, "deep", false))))
				.startsWith("Query complexity");
		}
		String aliases = "query aliased($deep: Boolean!) { " + IntStream.range(0, 101)
			.mapToObj((i) -> "a" + i + ": __typename @include(if: $deep)")
			.collect(Collectors.joining(" ")) + " }";
		answered(Map.of("query", aliases, "variables", Map.of("deep", false)));
		assertThat(refused(Map.of("query", aliases, "variables", Map.of("deep", true))))
			.startsWith("Query has 101 aliases");
	}

	@Test
	void shouldRefuseThousandAliases() {
		String query = IntStream.range(0, 1000)
			.mapToObj((i) -> "a" + i + ": __typename")
			.collect(Collectors.joining(" ", "{ ", " }"));
		String message = refused(Map.of("query", query));
		assertThat(message)
			.isEqualTo("Query has 1000 aliases, more than the limit of 100 (chaingraph.limits.max-aliases)");
	}

	@Test
	void shouldRefuseTenThousandTokens() {
		String query = "{ statistics { nodeCounts { " + "label ".repeat(10_000) + "} } }";
		String message = refused(Map.of("query", query));
		assertThat(message).isEqualTo("Query has more tokens than the limit of 5000 (chaingraph.limits.max-tokens)");
	}

	@Test
	void shouldRefuseHundredThousandTokens() {
		String query = "{ statistics { nodeCounts { " + "label ".repeat(100_000) + "} } }";
		String message = refused(Map.of("query", query));
		// The parser may meet either limit first; both are the client's to fix.
		assertThat(message).containsAnyOf("(chaingraph.limits.max-tokens)", "(chaingraph.limits.max-characters)");
	}

	@Test
	void shouldRefuseMegabyteStringLiteral() {
		String query = "{ search(text: \"" + "x".repeat(1024 * 1024) + "\") { hits { score } } }";
		String message = refused(Map.of("query", query));
		assertThat(message)
			.isEqualTo("Query of %d characters exceeds the limit of 100000 (chaingraph.limits.max-characters)"
				.formatted(query.length()));
	}

	@Test
	void shouldRefuseWhitespaceFlood() {
		String query = "{" + " ,".repeat(30_000) + " __typename }";
		String message = refused(Map.of("query", query));
		assertThat(message).isEqualTo(
				"Query has more whitespace tokens than the limit of 20000 (chaingraph.limits.max-whitespace-tokens)");
	}

	@Test
	void shouldRefuseFragmentCycle() {
		String query = "query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }";
		String message = refused(Map.of("query", query));
		assertThat(message).contains("Fragment cycles not allowed");
	}

	@Test
	void shouldRefuseVariableOfWrongType() {
		String query = "query ($first: Int) { experts(first: $first) { totalCount } }";
		String message = refused(Map.of("query", query, "variables", Map.of("first", "many")));
		assertThat(message).contains("first");
	}

	@Test
	void shouldRefuseTenThousandElementList() {
		String ids = IntStream.range(0, 10_000).mapToObj(Integer::toString).collect(Collectors.joining(", ", "[", "]"));
		String query = "{ experts(where: { id_in: " + ids + " }) { totalCount } }";
		String message = refused(Map.of("query", query));
		assertThat(message).isEqualTo("Query has more tokens than the limit of 5000 (chaingraph.limits.max-tokens)");
	}

	/**
	 * Sends the request as a GraphQL-over-HTTP client would, and returns the first
	 * error's message after checking the status, classification and that nothing internal
	 * leaks.
	 */
	private WebTestClient.BodyContentSpec answered(Map<String, Object> body) {
		return this.http.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.errors")
			.doesNotExist();
	}

	private String refused(Map<String, Object> body) {
		EntityExchangeResult<byte[]> result = this.http.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_GRAPHQL_RESPONSE)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.data")
			.doesNotExist()
			.jsonPath("$.errors[*].extensions.classification")
			.value((classifications) -> assertThat((java.util.List<?>) classifications).isNotEmpty()
				.allMatch("BAD_REQUEST"::equals))
			.returnResult();
		String text = new String(result.getResponseBodyContent(), StandardCharsets.UTF_8);
		assertThat(text).doesNotContain("Exception", "at io.", "at graphql.", "MATCH ");
		assertThat(text.length()).as("the answer does not echo the document").isLessThan(2_000);
		return (String) com.jayway.jsonpath.JsonPath.read(text, "$.errors[0].message");
	}

}
