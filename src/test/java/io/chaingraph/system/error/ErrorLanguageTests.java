package io.chaingraph.system.error;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import io.chaingraph.ChainGraphTest;
import io.chaingraph.GraphQlSocket;
import io.chaingraph.security.ApiKeys;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same refusal, over real HTTP and over the WebSocket, in Chinese when the client
 * asks for it with Accept-Language and in English, word for word as before, when it does
 * not; always with its classification, a stable code and the request's values as named
 * arguments (issue 18, finding 2).
 */
@ChainGraphTest
class ErrorLanguageTests {

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	private static final String UNKNOWN_NODE = "{ node(id: \\\"chain_nope\\\") { id } }";

	private static final String CLOSE = "mutation { closeChallenge(challenge: \\\"challenge_nope\\\") { challenge { id } } }";

	@LocalServerPort
	int port;

	@Autowired
	ApiKeys keys;

	@Test
	void aNotFoundComesInTheLanguageTheRequestAsksFor() throws Exception {
		JsonNode english = error(post(UNKNOWN_NODE, null, null));
		assertThat(english.path("message").asString()).isEqualTo("No node with id 'chain_nope'");
		assertThat(english.path("extensions").path("classification").asString()).isEqualTo("NOT_FOUND");
		assertThat(english.path("extensions").path("code").asString()).isEqualTo("NO_NODE");
		assertThat(english.path("extensions").path("arguments").path("id").asString()).isEqualTo("chain_nope");

		for (String chinese : new String[] { "zh-CN", "zh", "zh-Hans-CN,zh;q=0.9,en;q=0.8" }) {
			JsonNode error = error(post(UNKNOWN_NODE, chinese, null));
			assertThat(error.path("message").asString()).as(chinese).isEqualTo("没有 id 为“chain_nope”的节点");
			assertThat(error.path("extensions").path("classification").asString()).isEqualTo("NOT_FOUND");
			assertThat(error.path("extensions").path("code").asString()).isEqualTo("NO_NODE");
			assertThat(error.path("extensions").path("arguments").path("id").asString()).isEqualTo("chain_nope");
		}
		assertThat(error(post(UNKNOWN_NODE, "en-US,zh;q=0.5", null)).path("message").asString())
			.isEqualTo("No node with id 'chain_nope'");
		assertThat(error(post(UNKNOWN_NODE, "fr", null)).path("message").asString())
			.isEqualTo("No node with id 'chain_nope'");
	}

	@Test
	void aRefusedMutationNamesTheFieldAndTheRolesInEitherLanguage() throws Exception {
		JsonNode english = error(post(CLOSE, null, null));
		assertThat(english.path("message").asString()).isEqualTo(
				"The mutation 'closeChallenge' needs an API key with one of the roles [ORGANIZER, ADMIN]: send 'Authorization: Bearer <key>'");
		assertThat(english.path("extensions").path("classification").asString()).isEqualTo("UNAUTHORIZED");
		assertThat(english.path("extensions").path("code").asString()).isEqualTo("MUTATION_NEEDS_KEY");
		JsonNode arguments = english.path("extensions").path("arguments");
		assertThat(arguments.path("field").asString()).isEqualTo("closeChallenge");
		assertThat(arguments.path("roles").isArray()).isTrue();
		assertThat(arguments.path("roles").get(1).asString()).isEqualTo("ADMIN");

		JsonNode chinese = error(post(CLOSE, "zh-CN", null));
		assertThat(chinese.path("message").asString())
			.isEqualTo("变更操作“closeChallenge”需要具有以下角色之一的 API 密钥：[ORGANIZER, ADMIN]；请发送 'Authorization: Bearer <key>'");
		assertThat(chinese.path("extensions").path("code").asString()).isEqualTo("MUTATION_NEEDS_KEY");
	}

	@Test
	void aRuleOfTheModelIsWrittenInChineseWithTheFieldItIsAbout() throws Exception {
		String key = this.keys.devKey().orElseThrow().key();
		String raise = "mutation { raiseDemand(input: {enterprise: \\\"ent_zhaochi\\\", kind: TECHNOLOGY, name: \\\""
				+ "x".repeat(201) + "\\\", technologies: []}) { demand { id } } }";
		JsonNode english = error(post(raise, null, key));
		assertThat(english.path("message").asString())
			.isEqualTo("Argument 'name': the value is 201 characters long; at most 200 are allowed");
		assertThat(english.path("extensions").path("classification").asString()).isEqualTo("BAD_REQUEST");
		assertThat(english.path("extensions").path("code").asString()).isEqualTo("VALUE_PROBLEM");
		assertThat(english.path("extensions").path("arguments").path("what").asString()).isEqualTo("name");

		assertThat(error(post(raise, "zh-CN", key)).path("message").asString())
			.isEqualTo("参数 'name'：该值长 201 个字符；最多允许 200 个");

		String noTechnology = "mutation { raiseDemand(input: {enterprise: \\\"ent_zhaochi\\\", kind: TECHNOLOGY, "
				+ "name: \\\"测试\\\", technologies: []}) { demand { id } } }";
		assertThat(error(post(noTechnology, "zh", key)).path("message").asString())
			.isEqualTo("TECHNOLOGY（技术）类需求须在 'technologies' 中至少指定一项技术");
		assertThat(error(post(noTechnology, null, key)).path("extensions").path("code").asString())
			.isEqualTo("TECHNOLOGY_DEMAND_WITHOUT_TECHNOLOGY");
	}

	@Test
	void aLimitThatRefusesTheWholeDocumentIsWrittenInTheRequestsLanguageToo() throws Exception {
		String aliases = "{ " + "a: __typename ".repeat(101) + "}";
		JsonNode english = error(post(aliases, null, null));
		assertThat(english.path("message").asString())
			.isEqualTo("Query has 101 aliases, more than the limit of 100 (chaingraph.limits.max-aliases)");
		assertThat(english.path("extensions").path("classification").asString()).isEqualTo("BAD_REQUEST");
		assertThat(english.path("extensions").path("code").asString()).isEqualTo("TOO_MANY_ALIASES");
		assertThat(english.path("extensions").path("arguments").path("aliases").asInt()).isEqualTo(101);
		JsonNode chinese = error(post(aliases, "zh-CN", null));
		assertThat(chinese.path("message").asString())
			.isEqualTo("查询有 101 个别名，超过了上限 100（chaingraph.limits.max-aliases）");
		assertThat(chinese.path("extensions").path("code").asString()).isEqualTo("TOO_MANY_ALIASES");
	}

	@Test
	void aWrongKeyIsRefusedAtTheDoorInTheRequestsLanguage() throws Exception {
		JsonNode english = error(post(UNKNOWN_NODE, null, "not-a-key"));
		assertThat(english.path("message").asString()).startsWith("The API key is not valid, or was revoked");
		assertThat(english.path("extensions").path("classification").asString()).isEqualTo("UNAUTHORIZED");
		assertThat(english.path("extensions").path("code").asString()).isEqualTo("KEY_NOT_VALID");
		assertThat(error(post(UNKNOWN_NODE, "zh-CN", "not-a-key")).path("message").asString())
			.startsWith("API 密钥无效或已被吊销");
	}

	@Test
	void aWebSocketKeepsTheLanguageItsConnectionInitAsksFor() {
		try (GraphQlSocket socket = GraphQlSocket.open(this.port)) {
			assertThat(socket.init(Map.of("Accept-Language", "zh-CN"))).isNotNull();
			JsonNode payload = socket.execute("{ node(id: \"chain_nope\") { id } }", Map.of());
			JsonNode error = payload.path("errors").get(0);
			assertThat(error.path("message").asString()).isEqualTo("没有 id 为“chain_nope”的节点");
			assertThat(error.path("extensions").path("code").asString()).isEqualTo("NO_NODE");
		}
		try (GraphQlSocket socket = GraphQlSocket.open(this.port)) {
			assertThat(socket.init(Map.of())).isNotNull();
			JsonNode payload = socket.execute("{ node(id: \"chain_nope\") { id } }", Map.of());
			assertThat(payload.path("errors").get(0).path("message").asString())
				.isEqualTo("No node with id 'chain_nope'");
		}
	}

	private String post(String query, @Nullable String language, @Nullable String key)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:%d/graphql".formatted(this.port)))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"query\": \"%s\"}".formatted(query)))
			.timeout(Duration.ofSeconds(60));
		if (language != null) {
			request.header("Accept-Language", language);
		}
		if (key != null) {
			request.header("Authorization", "Bearer " + key);
		}
		return client.send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
	}

	private static JsonNode error(String body) {
		JsonNode errors = json.readTree(body).path("errors");
		assertThat(errors.isArray()).as(body).isTrue();
		return errors.get(0);
	}

}
