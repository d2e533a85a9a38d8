package io.chaingraph.security;

import java.util.EnumSet;
import java.util.Map;

import io.chaingraph.ChainGraphTest;
import io.chaingraph.GraphAssertions;
import io.chaingraph.GraphQlSocket;
import io.chaingraph.TestKeys;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GraphQL over WebSocket with API keys: the key comes in {@code connection_init} (or the
 * upgrade request's header), the access policy applies to every operation on the socket,
 * and the key is checked again for each one, so a key revoked while its socket is open
 * stops working there at its next operation.
 */
@ChainGraphTest
class WebSocketKeyTests {

	private static final String CREATE_CITY = """
			mutation ($id: ID!) { createCity(input: {id: $id, name: "套接字测试市"}) { city { id } } }""";

	@LocalServerPort
	int port;

	@Autowired
	ApiKeys keys;

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Driver driver;

	@AfterEach
	void removeTestCities() {
		new GraphAssertions(this.driver).run("MATCH (c:City) WHERE c.id STARTS WITH 'city_test_ws_' DETACH DELETE c");
	}

	@Test
	void aKeyInConnectionInitMayMutate() {
		String key = TestKeys.key(this.keys, EnumSet.of(Role.COORDINATOR), null, null);
		try (GraphQlSocket socket = GraphQlSocket.open(this.port)) {
			assertThat(socket.init(Map.of("Authorization", "Bearer " + key)).path("type").asString())
				.isEqualTo("connection_ack");
			JsonNode result = socket.execute(CREATE_CITY, Map.of("id", "city_test_ws_init"));
			assertThat(result.path("errors").isMissingNode()).as(result.toString()).isTrue();
			assertThat(result.at("/data/createCity/city/id").asString()).isEqualTo("city_test_ws_init");
			assertThat(socket.execute("{ viewer { roles } }", Map.of()).at("/data/viewer/roles/0").asString())
				.isEqualTo("COORDINATOR");
		}
	}

	@Test
	void theKeyNameInConnectionInitIsCaseInsensitive() {
		String key = TestKeys.key(this.keys, EnumSet.of(Role.COORDINATOR), null, null);
		try (GraphQlSocket socket = GraphQlSocket.open(this.port)) {
			socket.init(Map.of("authorization", "bearer " + key));
			assertThat(socket.execute("{ viewer { roles } }", Map.of()).at("/data/viewer/roles/0").asString())
				.isEqualTo("COORDINATOR");
		}
	}

	@Test
	void aWrongKeyInConnectionInitClosesTheSocketWith4403() {
		for (Object wrong : new Object[] { "Bearer cg_000000000000_" + "x".repeat(43), "Bearer nonsense",
				"cg_000000000000_" + "x".repeat(43), 42 }) {
			try (GraphQlSocket socket = GraphQlSocket.open(this.port)) {
				assertThat(socket.init(Map.of("Authorization", wrong))).as(wrong.toString()).isNull();
				assertThat(socket.closeCode()).as(wrong.toString()).isEqualTo(4403);
			}
		}
	}

	@Test
	void aRevokedKeyInConnectionInitClosesTheSocketWith4403() {
		ApiKeys.Issued issued = this.keys.issue("ws revoked before init", EnumSet.of(Role.VIEWER), null, null, null,
				"test");
		revoke(issued);
		try (GraphQlSocket socket = GraphQlSocket.open(this.port)) {
			assertThat(socket.init(Map.of("Authorization", "Bearer " + issued.key()))).isNull();
			assertThat(socket.closeCode()).isEqualTo(4403);
		}
	}

	@Test
	void aKeyRevokedWhileItsSocketIsOpenIsRefusedAtItsNextOperation() {
		ApiKeys.Issued issued = this.keys.issue("ws revoked mid-socket", EnumSet.of(Role.COORDINATOR), null, null, null,
				"test");
		try (GraphQlSocket socket = GraphQlSocket.open(this.port)) {
			socket.init(Map.of("Authorization", "Bearer " + issued.key()));
			assertThat(socket.execute(CREATE_CITY, Map.of("id", "city_test_ws_before"))
				.at("/data/createCity/city/id")
				.asString()).isEqualTo("city_test_ws_before");
			assertThat(socket.execute("{ changes(first: 1) { id } }", Map.of()).path("errors").isMissingNode())
				.isTrue();

			revoke(issued);

			assertRefused(socket.execute(CREATE_CITY, Map.of("id", "city_test_ws_after")));
			assertRefused(socket.execute("{ changes(first: 1) { id } }", Map.of()));
		}
		assertThat(cities("city_test_ws_after")).isZero();
	}

	@Test
	void aKeyInTheUpgradeHeaderIsCheckedAgainForEveryOperation() {
		ApiKeys.Issued issued = this.keys.issue("ws header revoked", EnumSet.of(Role.COORDINATOR), null, null, null,
				"test");
		try (GraphQlSocket socket = GraphQlSocket.openWithHeader(this.port, issued.key())) {
			socket.init(Map.of());
			assertThat(socket.execute(CREATE_CITY, Map.of("id", "city_test_ws_header"))
				.at("/data/createCity/city/id")
				.asString()).isEqualTo("city_test_ws_header");

			revoke(issued);

			assertRefused(socket.execute(CREATE_CITY, Map.of("id", "city_test_ws_header_after")));
		}
		assertThat(cities("city_test_ws_header_after")).isZero();
	}

	@Test
	void anAnonymousSocketMayReadButNotMutate() {
		try (GraphQlSocket socket = GraphQlSocket.open(this.port)) {
			socket.init(Map.of());
			assertThat(socket.execute("{ viewer { name } }", Map.of()).at("/data/viewer/name").asString())
				.isEqualTo("anonymous");
			JsonNode result = socket.execute(CREATE_CITY, Map.of("id", "city_test_ws_anonymous"));
			assertThat(result.at("/errors/0/extensions/classification").asString()).isEqualTo("UNAUTHORIZED");
		}
		assertThat(cities("city_test_ws_anonymous")).isZero();
	}

	@Test
	void aKeyOfTheWrongRoleIsForbiddenOnTheSocketAsOverHttp() {
		String key = TestKeys.key(this.keys, EnumSet.of(Role.VIEWER), null, null);
		try (GraphQlSocket socket = GraphQlSocket.open(this.port)) {
			socket.init(Map.of("Authorization", "Bearer " + key));
			JsonNode result = socket.execute(CREATE_CITY, Map.of("id", "city_test_ws_viewer"));
			assertThat(result.at("/errors/0/extensions/classification").asString()).isEqualTo("FORBIDDEN");
		}
		assertThat(cities("city_test_ws_viewer")).isZero();
	}

	private static void assertRefused(JsonNode result) {
		assertThat(result.at("/errors/0/extensions/classification").asString()).as(result.toString())
			.isEqualTo("UNAUTHORIZED");
		assertThat(result.at("/errors/0/message").asString()).contains("no longer valid");
	}

	private void revoke(ApiKeys.Issued issued) {
		TestKeys.admin(this.graphQl, this.keys)
			.document("mutation ($id: ID!) { revokeApiKey(id: $id) { id } }")
			.variable("id", issued.id())
			.execute()
			.path("revokeApiKey.id")
			.entity(String.class)
			.isEqualTo(issued.id());
	}

	private long cities(String id) {
		return new GraphAssertions(this.driver).count("MATCH (c:City {id: $id}) RETURN count(c) AS n", "id", id);
	}

}
