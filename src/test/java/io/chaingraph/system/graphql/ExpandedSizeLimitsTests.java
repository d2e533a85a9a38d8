package io.chaingraph.system.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import io.chaingraph.ChainGraphTest;
import io.chaingraph.GraphQlSocket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Documents that are small as text and huge once their fragments are expanded (issue 13,
 * finding 1), by POST and by GET: each is refused as a BAD_REQUEST naming the limit
 * before anything expands it, and the service answers the next request. Before the limit,
 * the document at k = 20 took seconds and at k = 30 minutes and the whole heap, so the
 * test client's timeout fails them.
 */
@ChainGraphTest
class ExpandedSizeLimitsTests {

	@Autowired
	WebTestClient http;

	@LocalServerPort
	int port;

	@AfterEach
	void serviceShouldStillAnswer() {
		this.http.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("query", "{ statistics { pilotChains } }"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.data.statistics.pilotChains")
			.isEqualTo(8);
	}

	@ParameterizedTest
	@ValueSource(ints = { 20, 30, 60 })
	void shouldRefuseDoublingFragmentsByPost(int k) {
		String message = message(post(Doubling.document(k)));
		assertThat(message).matches("The operation has [0-9,a-z ]+ fields once its fragments are expanded, "
				+ "more than the limit of 5000 \\(chaingraph.limits.max-fields\\)");
	}

	@ParameterizedTest
	@ValueSource(ints = { 20, 30, 60 })
	void shouldRefuseDoublingFragmentsByGet(int k) {
		String message = message(get(Doubling.document(k)));
		assertThat(message).contains("(chaingraph.limits.max-fields)");
	}

	@ParameterizedTest
	@ValueSource(ints = { 20, 30 })
	void shouldRefuseDoublingFragmentsOverTheWebSocket(int k) {
		try (GraphQlSocket socket = GraphQlSocket.open(this.port)) {
			assertThat(socket.init(Map.of()).path("type").asString()).isEqualTo("connection_ack");
			JsonNode result = socket.execute(Doubling.document(k), Map.of());
			// An answer without data may come as a next or as an error message.
			JsonNode errors = result.path("errors").isMissingNode() ? result.path("payload") : result.path("errors");
			assertThat(errors.at("/0/extensions/classification").asString()).as(result.toString())
				.isEqualTo("BAD_REQUEST");
			assertThat(errors.at("/0/message").asString()).contains("(chaingraph.limits.max-fields)");
			assertThat(socket.execute("{ statistics { pilotChains } }", Map.of())
				.at("/data/statistics/pilotChains")
				.asInt()).isEqualTo(8);
		}
	}

	// At k = 10 the operation holds 4,096 fields, within the field limit, but 2,047
	// spreads.
	@ParameterizedTest
	@ValueSource(strings = { "POST", "GET" })
	void shouldRefuseTenLevelsBySpreads(String method) {
		String document = Doubling.document(10);
		String message = message(method.equals("GET") ? get(document) : post(document));
		assertThat(message).isEqualTo("The operation spreads fragments 2,047 times once they are expanded, "
				+ "more than the limit of 1000 (chaingraph.limits.max-fragment-spreads)");
	}

	@ParameterizedTest
	@ValueSource(strings = { "query huge { ...F2 } query small { statistics { pilotChains } }", "{ ...F2 }" })
	void shouldNameTheOperationThatIsTooLarge(String operations) {
		String document = operations + " fragment F0 on Query { statistics { pilotChains consortia } } "
				+ "fragment F1 on Query { " + "...F0 ".repeat(60) + "} fragment F2 on Query { " + "...F1 ".repeat(60)
				+ "}";
		String message = message(post(document));
		assertThat(message).startsWith(operations.startsWith("query huge") ? "Operation 'huge' has 10,800 fields"
				: "The operation has 10,800 fields");
	}

	private WebTestClient.ResponseSpec post(String document) {
		return this.http.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_GRAPHQL_RESPONSE)
			.bodyValue(Map.of("query", document))
			.exchange();
	}

	private WebTestClient.ResponseSpec get(String document) {
		return this.http.get()
			.uri((uri) -> uri.path("/graphql").queryParam("query", "{query}").build(document))
			.accept(MediaType.APPLICATION_GRAPHQL_RESPONSE)
			.exchange();
	}

	private static String message(WebTestClient.ResponseSpec response) {
		EntityExchangeResult<byte[]> result = response.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.data")
			.doesNotExist()
			.jsonPath("$.errors[0].extensions.classification")
			.isEqualTo("BAD_REQUEST")
			.returnResult();
		String text = new String(result.getResponseBodyContent(), StandardCharsets.UTF_8);
		assertThat(text).doesNotContain("Exception", "at io.", "at graphql.");
		return (String) com.jayway.jsonpath.JsonPath.read(text, "$.errors[0].message");
	}

}
