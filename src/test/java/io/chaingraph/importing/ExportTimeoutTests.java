package io.chaingraph.importing;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.EnumSet;

import io.chaingraph.ChainGraphApplication;
import io.chaingraph.GraphAssertions;
import io.chaingraph.security.ApiKeys;
import io.chaingraph.security.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The time budget: a service of its own with the seed and a budget of 20 ms, less than
 * any export of it takes (its first statement alone is planned on a cold database). The
 * download is cut off, not ended: status 200, then a connection closed before the end of
 * the archive; the database transaction ends with it, the key's slot is free again, and
 * the query is refused with the setting's name.
 */
class ExportTimeoutTests {

	static ConfigurableApplicationContext service;

	static HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	static int port;

	@BeforeAll
	static void startServiceWithATinyBudget() {
		service = new SpringApplicationBuilder(ChainGraphApplication.class).run("--server.address=127.0.0.1",
				"--server.port=0", "--chaingraph.database.uri=", "--chaingraph.database.embedded.ephemeral=true",
				"--chaingraph.database.embedded.bolt-port=0", "--chaingraph.warm-up=false",
				"--chaingraph.limits.read-timeout=60s", "--chaingraph.export.timeout=20ms",
				"--spring.main.banner-mode=off");
		port = Integer.parseInt(service.getEnvironment().getProperty("local.server.port", "0"));
	}

	@AfterAll
	static void stopService() {
		if (service != null) {
			service.close();
		}
	}

	@Test
	void theBudgetCutsTheDownloadOffAndEndsItsTransaction() throws Exception {
		String key = service.getBean(ApiKeys.class)
			.issue("export budget", EnumSet.of(Role.COORDINATOR), null, null, null, "test")
			.key();
		assertThat(graphQl(key, "{ exportGraph { name } }")).contains("\"classification\":\"BAD_REQUEST\"",
				"The export took longer than chaingraph.export.timeout (20ms) allows");

		for (int attempt = 0; attempt < 2; attempt++) {
			long started = System.nanoTime();
			HttpResponse<InputStream> response = client.send(get("/export", key),
					HttpResponse.BodyHandlers.ofInputStream());
			// A second download by the same key starts: the first freed its slot.
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.headers().firstValue("Content-Type")).hasValue("application/zip");
			try (InputStream body = response.body()) {
				assertThatExceptionOfType(IOException.class).as("a download cut off").isThrownBy(body::readAllBytes);
			}
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(20));
		}

		GraphAssertions graph = new GraphAssertions(service.getBean(Driver.class));
		long open = -1;
		for (int attempt = 0; attempt < 50 && open != 0; attempt++) {
			open = graph.count("""
					SHOW TRANSACTIONS YIELD currentQuery
					WHERE NOT currentQuery STARTS WITH 'SHOW TRANSACTIONS'
					RETURN count(*) AS n""");
			Thread.sleep(100);
		}
		assertThat(open).as("transactions left open").isZero();
		assertThat(graphQl(key, "{ viewer { roles } }")).contains("COORDINATOR");
	}

	private static String graphQl(String key, String query) throws IOException, InterruptedException {
		return KeyedRequests.graphQl(client, port, key, query);
	}

	private static HttpRequest get(String path, String key) {
		return KeyedRequests.get(port, path, key, Duration.ofSeconds(60));
	}

}
