package io.chaingraph.importing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Requests with an API key to a service the test started itself, on loopback.
 */
final class KeyedRequests {

	private KeyedRequests() {
	}

	static String graphQl(HttpClient client, int port, String key, String query)
			throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:%d/graphql".formatted(port)))
			.header("Authorization", "Bearer " + key)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"query\": \"%s\"}".formatted(query)))
			.timeout(Duration.ofSeconds(60))
			.build();
		return client.send(request, HttpResponse.BodyHandlers.ofString()).body();
	}

	static HttpRequest get(int port, String path, String key, Duration timeout) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:%d%s".formatted(port, path)))
			.header("Authorization", "Bearer " + key)
			.timeout(timeout)
			.build();
	}

}
