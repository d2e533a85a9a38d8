package io.chaingraph.system;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;

import io.chaingraph.ChainGraphApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.unit.DataSize;

import static org.awaitility.Awaitility.await;

/**
 * An external database that is away when the service starts: the service starts anyway,
 * says DOWN and UNAVAILABLE while it is away, and recovers by itself when it appears.
 */
class DatabaseOutageTests {

	@TempDir
	Path storeDir;

	@Test
	void serviceShouldStartWithoutDatabaseAndRecoverWhenItAppears() throws Exception {
		int port;
		try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
			port = probe.getLocalPort();
		}
		try (ConfigurableApplicationContext service = new SpringApplicationBuilder(ChainGraphApplication.class).run(
				"--server.port=0", "--chaingraph.database.uri=bolt://127.0.0.1:" + port,
				"--spring.neo4j.connection-timeout=1s")) {
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

			EmbeddedDatabase database = EmbeddedDatabase.start(
					new DatabaseProperties.Embedded(this.storeDir, false, "127.0.0.1", port, DataSize.ofMegabytes(32)));
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
