package io.chaingraph.system.database;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import io.chaingraph.ChainGraphApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An external database that is away when the service starts: the service starts anyway,
 * says DOWN and UNAVAILABLE while it is away, and recovers by itself when it appears.
 */
class DatabaseOutageIT {

	// Build machines are shared: a first, cold statistics query may take longer than the
	// production read timeout, which is not what these tests are about.
	private static final String COLD_PLANS = "--chaingraph.limits.read-timeout=60s";

	@TempDir
	Path storeDir;

	// The embedded database the test starts later on this store keeps its password in
	// the store's file; it is written now, before the service is given it.
	private String password() {
		return "--chaingraph.database.password=" + BoltPassword.ofStore(this.storeDir);
	}

	@Test
	void serviceShouldStartWithoutDatabaseAndRecoverWhenItAppears() throws Exception {
		int port;
		try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
			port = probe.getLocalPort();
		}
		try (ConfigurableApplicationContext service = new SpringApplicationBuilder(ChainGraphApplication.class).run(
				"--server.port=0", "--chaingraph.database.uri=bolt://127.0.0.1:" + port, password(),
				"--spring.neo4j.connection-timeout=1s", COLD_PLANS)) {
			int httpPort = ((WebServerApplicationContext) service).getWebServer().getPort();
			WebTestClient http = WebTestClient.bindToServer()
				.baseUrl("http://localhost:" + httpPort)
				.responseTimeout(Duration.ofSeconds(30))
				.build();

			http.get().uri("/actuator/health").exchange().expectStatus().isEqualTo(503);
			statistics(http).jsonPath("$.errors[0].extensions.classification")
				.isEqualTo("UNAVAILABLE")
				.jsonPath("$.errors[0].message")
				.isEqualTo("The graph database is unavailable; try again shortly.");
			// A key cannot be checked while the database is away: the answer says so,
			// rather than the servlet's error page.
			http.post()
				.uri("/graphql")
				.header("Authorization", "Bearer cg_000000000000_" + "A".repeat(43))
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue("{\"query\": \"{ statistics { nodeCounts { label count } } }\"}")
				.exchange()
				.expectStatus()
				.isEqualTo(503)
				.expectBody()
				.jsonPath("$.errors[0].extensions.classification")
				.isEqualTo("UNAVAILABLE");

			EmbeddedDatabase database = EmbeddedDatabase.start(new DatabaseProperties.Embedded(this.storeDir, false,
					"127.0.0.1", port, DataSize.ofMegabytes(32), true, List.of(), ""));
			try {
				database.awaitStarted();
				await().atMost(Duration.ofSeconds(60))
					.pollInterval(Duration.ofSeconds(1))
					.untilAsserted(() -> http.get().uri("/actuator/health").exchange().expectStatus().isOk());
				statistics(http).jsonPath("$.errors").doesNotExist().jsonPath("$.data.statistics.nodeCounts").isArray();
			}
			finally {
				database.close();
			}
		}
	}

	/**
	 * Eight clients keep asking while the database goes away and comes back: while it is
	 * away they get UNAVAILABLE, never a trace or an internal error, health says DOWN,
	 * and both recover without a restart of the service.
	 */
	@Test
	void serviceShouldAnswerUnavailableUnderLoadWhileDatabaseIsAwayAndRecover() throws Exception {
		int port = freePort();
		DatabaseProperties.Embedded settings = new DatabaseProperties.Embedded(this.storeDir, false, "127.0.0.1", port,
				DataSize.ofMegabytes(32), true, List.of(), "");
		EmbeddedDatabase database = EmbeddedDatabase.start(settings);
		database.awaitStarted();
		ExecutorService clients = Executors.newFixedThreadPool(8);
		AtomicBoolean running = new AtomicBoolean(true);
		Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
		List<String> unexpected = new CopyOnWriteArrayList<>();
		try (ConfigurableApplicationContext service = new SpringApplicationBuilder(ChainGraphApplication.class).run(
				"--server.port=0", "--chaingraph.database.uri=bolt://127.0.0.1:" + port, password(),
				"--spring.neo4j.connection-timeout=1s", "--spring.neo4j.max-transaction-retry-time=1s", COLD_PLANS)) {
			int httpPort = ((WebServerApplicationContext) service).getWebServer().getPort();
			WebTestClient http = WebTestClient.bindToServer()
				.baseUrl("http://localhost:" + httpPort)
				.responseTimeout(Duration.ofSeconds(30))
				.build();
			await().atMost(Duration.ofSeconds(60))
				.untilAsserted(() -> http.get().uri("/actuator/health").exchange().expectStatus().isOk());

			for (int i = 0; i < 8; i++) {
				clients.submit(() -> {
					while (running.get()) {
						String outcome = outcome(http, unexpected);
						outcomes.computeIfAbsent(outcome, (key) -> new AtomicInteger()).incrementAndGet();
					}
				});
			}
			await().atMost(Duration.ofSeconds(90)).until(() -> count(outcomes, "ok") >= 8);

			database.close();
			await().atMost(Duration.ofSeconds(60)).until(() -> count(outcomes, "UNAVAILABLE") >= 8);
			http.get().uri("/actuator/health").exchange().expectStatus().isEqualTo(503);
			int okWhileAway = count(outcomes, "ok");

			database = EmbeddedDatabase.start(settings);
			database.awaitStarted();
			await().atMost(Duration.ofSeconds(60))
				.pollInterval(Duration.ofSeconds(1))
				.untilAsserted(() -> http.get().uri("/actuator/health").exchange().expectStatus().isOk());
			await().atMost(Duration.ofSeconds(90)).until(() -> count(outcomes, "ok") >= okWhileAway + 8);
			running.set(false);
			clients.shutdown();
			assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

			assertThat(unexpected).as("answers other than data or UNAVAILABLE").isEmpty();
			assertThat(outcomes.keySet()).containsOnly("ok", "UNAVAILABLE");
		}
		finally {
			running.set(false);
			clients.shutdownNow();
			database.close();
		}
	}

	private static String outcome(WebTestClient http, List<String> unexpected) {
		try {
			byte[] body = statistics(http).returnResult().getResponseBodyContent();
			String text = new String(body, StandardCharsets.UTF_8);
			if (text.contains("Exception") || text.contains("at io.") || text.contains("MATCH ")) {
				unexpected.add(text);
				return "leak";
			}
			if (!text.contains("\"errors\"") && text.contains("\"nodeCounts\"")) {
				return "ok";
			}
			if (text.contains("\"classification\":\"UNAVAILABLE\"") && !text.contains("INTERNAL_ERROR")) {
				return "UNAVAILABLE";
			}
			unexpected.add(text);
			return "other";
		}
		catch (Throwable ex) {
			unexpected.add(String.valueOf(ex));
			return "failed";
		}
	}

	private static int count(Map<String, AtomicInteger> outcomes, String outcome) {
		AtomicInteger count = outcomes.get(outcome);
		return (count != null) ? count.get() : 0;
	}

	private static int freePort() throws IOException {
		try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
			return probe.getLocalPort();
		}
	}

	private static WebTestClient.BodyContentSpec statistics(WebTestClient http) {
		return http.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"query\": \"{ statistics { nodeCounts { label count } } }\"}")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody();
	}

}
