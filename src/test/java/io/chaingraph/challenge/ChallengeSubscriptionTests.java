package io.chaingraph.challenge;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.chaingraph.ChainGraphTest;
import io.chaingraph.GraphAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

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

	private static ChallengeWorkflow.Posting posting(String id, String technology, String chain) {
		return new ChallengeWorkflow.Posting(id, "订阅测试", null, null, "cons_led", List.of(technology), chain, 1000,
				"2099-01-01", "OPEN_COMPETITION", 4, true);
	}

}
