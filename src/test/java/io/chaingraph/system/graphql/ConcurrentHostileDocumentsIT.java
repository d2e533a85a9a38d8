package io.chaingraph.system.graphql;

import io.chaingraph.system.ServiceProcess;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Twenty doubling documents at once (issue 13, finding 1) against the service in a JVM of
 * its own with a 512 MB heap, as a user runs it: before the expanded-size limit, one of
 * them took minutes and the whole heap, and the JVM that also hosts Neo4j died of it.
 * Every one is refused, the heap held while they are stays well under the maximum, and
 * the service answers next.
 */
class ConcurrentHostileDocumentsIT {

	@TempDir
	Path storeDir;

	@Test
	void twentyConcurrentDoublingDocumentsShouldLeaveTheServiceServing() throws Exception {
		try (ServiceProcess service = ServiceProcess.start(this.storeDir)) {
			String base = service.awaitReady(Duration.ofSeconds(120));
			HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
			String document = Doubling.document(30);
			List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
			for (int i = 0; i < 20; i++) {
				HttpRequest request = (i % 2 == 0) ? post(base, document)
						: HttpRequest.newBuilder(URI.create(base + "/graphql?query=" + encode(document)))
							.header("Accept", "application/graphql-response+json")
							.timeout(Duration.ofSeconds(60))
							.GET()
							.build();
				answers.add(client.sendAsync(request, HttpResponse.BodyHandlers.ofString()));
			}
			long peak = 0;
			while (!CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).isDone()) {
				peak = Math.max(peak, service.heapRetainedBytes());
			}
			peak = Math.max(peak, service.heapRetainedBytes());
			System.out.printf("Heap held while 20 doubling documents were refused: at most %d MB%n", peak >> 20);
			// The service runs with -Xmx512m and holds about 100 MB when idle; before the
			// limit one document alone filled the heap.
			assertThat(peak).isLessThan(256L << 20);
			for (CompletableFuture<HttpResponse<String>> answer : answers) {
				HttpResponse<String> response = answer.join();
				assertThat(response.statusCode()).isEqualTo(400);
				assertThat(response.body()).contains("\"classification\":\"BAD_REQUEST\"",
						"chaingraph.limits.max-fields");
			}
			HttpResponse<String> ordinary = client.send(post(base, "{ statistics { pilotChains } }"),
					HttpResponse.BodyHandlers.ofString());
			assertThat(ordinary.statusCode()).isEqualTo(200);
			assertThat(ordinary.body()).isEqualTo("{\"data\":{\"statistics\":{\"pilotChains\":8}}}");
			assertThat(service.output()).doesNotContain("OutOfMemoryError");
		}
	}

	private static HttpRequest post(String base, String document) {
		return HttpRequest.newBuilder(URI.create(base + "/graphql"))
			.header("Content-Type", "application/json")
			.header("Accept", "application/graphql-response+json")
			.timeout(Duration.ofSeconds(60))
			.POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"" + document + "\"}"))
			.build();
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
