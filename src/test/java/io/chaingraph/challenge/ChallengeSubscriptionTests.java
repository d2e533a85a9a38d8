package io.chaingraph.challenge;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.chaingraph.ChainGraphTest;
import io.chaingraph.GraphAssertions;
import io.chaingraph.GraphQlSocket;
import io.chaingraph.security.ApiKeys;
import io.chaingraph.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.WebSocketGraphQlTester;
import org.springframework.web.reactive.socket.client.StandardWebSocketClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * challengeMatches pushes, over GraphQL on WebSocket, the newly posted challenges that
 * target a technology the expert knows, and only those.
 */
@ChainGraphTest
class ChallengeSubscriptionTests {

	@LocalServerPort
	int port;

	@Autowired
	ChallengeWorkflow workflow;

	@Autowired
	Driver driver;

	@Autowired
	ApiKeys keys;

	@AfterEach
	void removeTestChallenges() {
		new GraphAssertions(this.driver).run("""
				MATCH (c:Challenge) WHERE c.id STARTS WITH 'test_sub_'
				OPTIONAL MATCH (c)-[:HAS_STATUS_CHANGE]->(s)
				DETACH DELETE c, s""");
	}

	@Test
	void subscriberHearsOfMatchingChallengesOnly() {
		String expert = new GraphAssertions(this.driver)
			.strings(
					"""
							MATCH (x:Expert)-[:EXPERT_IN]->(:Technology {id: 'tech_led_micro'})
							WHERE NOT EXISTS { (x)-[:EXPERT_IN]->(:Technology)-[:PART_OF*0..]->(:Technology {id: 'tech_cu_cunisi'}) }
							WITH x ORDER BY x.id LIMIT 1 RETURN collect(x.id) AS values""")
			.get(0);
		WebSocketGraphQlTester tester = WebSocketGraphQlTester
			.builder("ws://localhost:%d/graphql-ws".formatted(this.port), new StandardWebSocketClient())
			.build();
		AtomicInteger round = new AtomicInteger();
		ScheduledExecutorService poster = Executors.newSingleThreadScheduledExecutor();
		try {
			// The subscription registers asynchronously, so challenges keep coming until
			// two arrive.
			poster.scheduleWithFixedDelay(() -> {
				int n = round.incrementAndGet();
				this.workflow.post(posting("test_sub_other_" + n, "tech_cu_cunisi", "chain_copper"), "test");
				this.workflow.post(posting("test_sub_match_" + n, "tech_led_micro", "chain_led"), "test");
			}, 500, 300, TimeUnit.MILLISECONDS);

			List<String> received = tester
				.document("subscription ($x: ID!) { challengeMatches(expert: $x) { id status } }")
				.variable("x", expert)
				.executeSubscription()
				.toFlux("challengeMatches.id", String.class)
				.take(2)
				.collectList()
				.block(Duration.ofSeconds(60));

			assertThat(received).hasSize(2).allMatch((id) -> id.startsWith("test_sub_match_"));
		}
		finally {
			poster.shutdownNow();
			tester.stop().block(Duration.ofSeconds(5));
		}
	}

	@Test
	void aSubscriptionStopsOnceItsKeyIsRevoked() {
		ApiKeys.Issued issued = this.keys.issue("ws subscription revoked", EnumSet.of(Role.VIEWER), null, null, null,
				"test");
		String expert = matchingExpert();
		try (GraphQlSocket socket = GraphQlSocket.open(this.port)) {
			socket.init(Map.of("Authorization", "Bearer " + issued.key()));
			String id = socket.subscribe("subscription ($x: ID!) { challengeMatches(expert: $x) { id } }",
					Map.of("x", expert));
			// The subscription registers asynchronously: post until the first event
			// arrives.
			JsonNode first = null;
			for (int n = 1; first == null && n <= 60; n++) {
				this.workflow.post(posting("test_sub_revoke_before_" + n, "tech_led_micro", "chain_led"), "test");
				first = socket.poll(Duration.ofMillis(500));
			}
			assertThat(first).isNotNull();
			assertThat(first.path("type").asString()).isEqualTo("next");
			assertThat(first.at("/payload/data/challengeMatches/id").asString()).startsWith("test_sub_revoke_before_");
			drain(socket);

			this.keys.revoke(issued.id(), "test");
			this.workflow.post(posting("test_sub_revoke_after", "tech_led_micro", "chain_led"), "test");

			JsonNode last = socket.next();
			assertThat(last.path("type").asString()).as(last.toString()).isEqualTo("error");
			assertThat(last.path("id").asString()).isEqualTo(id);
			assertThat(last.at("/payload/0/extensions/classification").asString()).isEqualTo("UNAUTHORIZED");
			assertThat(last.at("/payload/0/message").asString()).contains("no longer valid");
			// Nothing follows the error: the event posted after the revocation was not
			// delivered.
			this.workflow.post(posting("test_sub_revoke_later", "tech_led_micro", "chain_led"), "test");
			assertThat(socket.poll(Duration.ofSeconds(2))).isNull();
		}
	}

	// Events of the warm-up rounds that were already on their way, until half a second
	// passes without one.
	private static void drain(GraphQlSocket socket) {
		JsonNode message;
		do {
			message = socket.poll(Duration.ofMillis(500));
			assertThat((message == null) ? "next" : message.path("type").asString()).isEqualTo("next");
		}
		while (message != null);
	}

	private String matchingExpert() {
		return new GraphAssertions(this.driver)
			.strings(
					"""
							MATCH (x:Expert)-[:EXPERT_IN]->(:Technology {id: 'tech_led_micro'})
							WHERE NOT EXISTS { (x)-[:EXPERT_IN]->(:Technology)-[:PART_OF*0..]->(:Technology {id: 'tech_cu_cunisi'}) }
							WITH x ORDER BY x.id LIMIT 1 RETURN collect(x.id) AS values""")
			.get(0);
	}

	private static ChallengeWorkflow.Posting posting(String id, String technology, String chain) {
		return new ChallengeWorkflow.Posting(id, "订阅测试", null, null, "cons_led", List.of(technology), chain, 1000,
				"2099-01-01", "OPEN_COMPETITION", 4, true);
	}

}
