package io.chaingraph.system.graphql;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.chaingraph.ChainGraphTest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A corpus of requests an attacker or a broken client sends to {@code /graphql}, each
 * with the status the GraphQL-over-HTTP specification gives it. Every refusal is a
 * GraphQL response with one BAD_REQUEST error whose message is ours (no class name, no
 * parser internals), and the service answers a normal query after each.
 */
@ChainGraphTest
class HostileHttpRequestsTests {

	private static final String JSON = MediaType.APPLICATION_JSON_VALUE;

	private static final String GRAPHQL_RESPONSE = MediaType.APPLICATION_GRAPHQL_RESPONSE_VALUE;

	private static final String SUBSCRIPTION = "subscription { challengeMatches(expert: \\\"x\\\") { id } }";

	private static final String CHAIN_MAP = "query ($id: ID!) { chainMap(chain: $id) { chain { id } } }";

	/** Words that only leak from inside: Java, Jackson and graphql-java's AST. */
	private static final List<String> INTERNALS = List.of("java.", "tools.jackson", "Exception", "Value{", "line: ",
			"column: ", "Source:", "LinkedHashMap", "ArrayList");

	@Autowired
	WebTestClient http;

	@Autowired
	JsonMapper json;

	/**
	 * One hostile request and what it must get.
	 *
	 * @param name what the request is
	 * @param method GET or POST
	 * @param query the parameter {@code query}, for GET
	 * @param contentType the request's Content-Type, if any
	 * @param accept the request's Accept, if any
	 * @param body the bytes sent, for POST
	 * @param status the status the specification gives
	 * @param responseType the media type of the answer
	 * @param message a part of the error's message that says what was wrong
	 */
	record Hostile(String name, HttpMethod method, @Nullable String query, @Nullable String contentType,
			@Nullable String accept, byte[] body, int status, String responseType, String message) {

		@Override
		public String toString() {
			return this.name;
		}

	}

	static Stream<Hostile> corpus() {
		return Stream.of(post("a body of null", JSON, JSON, "null", 400, "must be a JSON object"),
				post("a body of null, GraphQL response accepted", JSON, GRAPHQL_RESPONSE, "null", 400,
						"must be a JSON object"),
				post("a batch", JSON, JSON, "[{\"query\": \"{ __typename }\"}]", 400, "Batches"),
				post("a body of a number", JSON, JSON, "1", 400, "must be a JSON object"),
				post("an empty body", JSON, JSON, "", 400, "empty"),
				post("a body of blanks", JSON, JSON, "  \n ", 400, "empty"),
				post("a body that is not JSON", JSON, JSON, "NONSENSE", 400, "not valid JSON"),
				post("a body cut short", JSON, GRAPHQL_RESPONSE, "{\"query\":", 400, "not valid JSON"),
				new Hostile("a body that is not UTF-8", HttpMethod.POST, null, JSON, JSON,
						bytes("{\"query\": \"{ __typename }\", \"operationName\": \"", new byte[] { (byte) 0xC3, 0x28 },
								"\"}"),
						400, JSON, "UTF-8"),
				new Hostile("a body in UTF-16", HttpMethod.POST, null, JSON, JSON,
						"{\"query\": \"{ __typename }\"}".getBytes(StandardCharsets.UTF_16BE), 400, JSON, "UTF-8"),
				post("JSON nested 1,000 deep", JSON, JSON, nested(1_000), 400, "deeper than"),
				post("JSON nested 1,000 deep, GraphQL response accepted", JSON, GRAPHQL_RESPONSE, nested(1_000), 400,
						"deeper than"),
				post("no query", JSON, JSON, "{\"variables\": {}}", 400, "'query'"),
				post("Accept: application/xml", JSON, MediaType.APPLICATION_XML_VALUE,
						"{\"query\": \"{ __typename }\"}", 406, "application/json"),
				post("Accept: text/event-stream", JSON, MediaType.TEXT_EVENT_STREAM_VALUE,
						"{\"query\": \"" + SUBSCRIPTION + "\"}", 406, "/graphql-ws"),
				post("a body of text/plain", MediaType.TEXT_PLAIN_VALUE, JSON, "{\"query\": \"{ __typename }\"}", 415,
						"application/json"),
				post("a charset other than UTF-8", "application/json; charset=ISO-8859-1", JSON,
						"{\"query\": \"{ __typename }\"}", 415, "UTF-8"),
				post("a form", MediaType.APPLICATION_FORM_URLENCODED_VALUE, JSON, "query=%7B__typename%7D", 415,
						"application/json"),
				post("a subscription by POST", JSON, JSON, "{\"query\": \"" + SUBSCRIPTION + "\"}", 200, "/graphql-ws"),
				post("a subscription by POST, GraphQL response accepted", JSON, GRAPHQL_RESPONSE,
						"{\"query\": \"" + SUBSCRIPTION + "\"}", 400, "/graphql-ws"),
				get("a subscription by GET", SUBSCRIPTION.replace("\\\"", "\""), JSON, 405, "/graphql-ws"),
				get("Accept: application/xml by GET", "{ __typename }", MediaType.APPLICATION_XML_VALUE, 406,
						"application/json"),
				idVariable("{\"a\": 1}", JSON, 200), idVariable("[\"a\"]", JSON, 200), idVariable("true", JSON, 200),
				idVariable("1.5", JSON, 200), idVariable("{\"a\": 1}", GRAPHQL_RESPONSE, 400),
				idVariable("1.5", GRAPHQL_RESPONSE, 400), idLiteral("{a: 1}"), idLiteral("[\\\"a\\\"]"),
				idLiteral("true"), idLiteral("1.5"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("corpus")
	void shouldRefuseAsClassifiedClientError(Hostile hostile) throws Exception {
		WebTestClient.RequestBodySpec request = this.http.method(hostile.method())
			.uri((uri) -> (hostile.query() != null)
					? uri.path("/graphql").queryParam("query", "{query}").build(hostile.query())
					: uri.path("/graphql").build());
		if (hostile.contentType() != null) {
			request.header(HttpHeaders.CONTENT_TYPE, hostile.contentType());
		}
		if (hostile.accept() != null) {
			request.header(HttpHeaders.ACCEPT, hostile.accept());
		}
		WebTestClient.RequestHeadersSpec<?> sent = (hostile.method() == HttpMethod.POST)
				? request.bodyValue(hostile.body()) : request;
		EntityExchangeResult<byte[]> result = sent.exchange().expectBody().returnResult();

		assertThat(result.getStatus().value()).as("status").isEqualTo(hostile.status());
		assertThat(result.getResponseHeaders().getContentType()).as("content type")
			.satisfies((type) -> assertThat(type.isCompatibleWith(MediaType.parseMediaType(hostile.responseType())))
				.isTrue());
		String text = new String(result.getResponseBody(), StandardCharsets.UTF_8);
		JsonNode body = this.json.readTree(text);
		assertThat(body.has("data")).as("no data in " + text).isFalse();
		assertThat(body.path("errors")).as("errors of " + text).hasSize(1);
		JsonNode error = body.path("errors").path(0);
		assertThat(error.path("extensions").path("classification").asString()).as(text).isEqualTo("BAD_REQUEST");
		assertThat(error.path("message").asString()).contains(hostile.message());
		for (String internal : INTERNALS) {
			assertThat(text).doesNotContain(internal);
		}
	}

	@AfterEach
	void shouldStillAnswerANormalQuery() {
		this.http.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("query", "{ statistics { nodeCounts { label count } } }"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.data.statistics.nodeCounts[0].label")
			.isEqualTo("Chain");
	}

	private static Hostile post(String name, String contentType, String accept, String body, int status,
			String message) {
		String responseType = (status == 406 || !GRAPHQL_RESPONSE.equals(accept)) ? JSON : GRAPHQL_RESPONSE;
		return new Hostile(name, HttpMethod.POST, null, contentType, accept, body.getBytes(StandardCharsets.UTF_8),
				status, responseType, message);
	}

	private static Hostile get(String name, String query, String accept, int status, String message) {
		return new Hostile(name, HttpMethod.GET, query, null, accept, new byte[0], status, JSON, message);
	}

	private static Hostile idVariable(String value, String accept, int status) {
		return post("ID variable " + value + " accepting " + accept, JSON, accept,
				"{\"query\": \"" + CHAIN_MAP + "\", \"variables\": {\"id\": " + value + "}}", status, "'id'");
	}

	private static Hostile idLiteral(String value) {
		return post("ID literal " + value.replace("\\\"", "\""), JSON, JSON,
				"{\"query\": \"{ chainMap(chain: " + value + ") { chain { id } } }\"}", 200, "'chain'");
	}

	/** A document whose variables hold an array nested {@code depth} deep. */
	private static String nested(int depth) {
		return "{\"query\": \"{ __typename }\", \"variables\": {\"deep\": " + "[".repeat(depth) + "]".repeat(depth)
				+ "}}";
	}

	private static byte[] bytes(String before, byte[] middle, String after) {
		byte[] head = before.getBytes(StandardCharsets.UTF_8);
		byte[] tail = after.getBytes(StandardCharsets.UTF_8);
		byte[] all = new byte[head.length + middle.length + tail.length];
		System.arraycopy(head, 0, all, 0, head.length);
		System.arraycopy(middle, 0, all, head.length, middle.length);
		System.arraycopy(tail, 0, all, head.length + middle.length, tail.length);
		return all;
	}

}
