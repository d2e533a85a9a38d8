package io.chaingraph.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * POSTs GraphQL documents to the service with the JDK's HTTP client, as any client would.
 */
final class GraphQlClient {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final URI endpoint;

	// Per client thread: the Server-Timing figure of the thread's last answer.
	private final ThreadLocal<Double> serverMillis = ThreadLocal.withInitial(() -> Double.NaN);

	GraphQlClient(int port) {
		this.endpoint = URI.create("http://127.0.0.1:%d/graphql".formatted(port));
	}

	/**
	 * The request body, built once per query so that the client's own JSON work is not
	 * timed.
	 */
	static String body(String document, Map<String, Object> variables) {
		return JSON.writeValueAsString(Map.of("query", document, "variables", variables));
	}

	/**
	 * The answer's {@code data}; a failure when the status is not 200 or the answer carries
	 * errors.
	 */
	JsonNode post(String body) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(this.endpoint)
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/json")
			.header("Accept", "application/graphql-response+json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
		this.serverMillis.set(response.headers().firstValue("Server-Timing").map(GraphQlClient::duration).orElse(Double.NaN));
		if (response.statusCode() != 200) {
			throw new IOException("HTTP %d: %s".formatted(response.statusCode(), abbreviate(response.body())));
		}
		JsonNode answer = JSON.readTree(response.body());
		if (answer.has("errors") && !answer.get("errors").isEmpty()) {
			throw new IOException("GraphQL errors: " + abbreviate(answer.get("errors").toString()));
		}
		return answer.get("data");
	}

	/**
	 * How long the service said it spent executing this thread's last answer, in
	 * milliseconds; NaN when it did not say.
	 */
	double lastServerMillis() {
		return this.serverMillis.get();
	}

	// "graphql;dur=1.234"
	static double duration(String header) {
		int at = header.indexOf("dur=");
		if (at < 0) {
			return Double.NaN;
		}
		int end = header.indexOf(';', at);
		try {
			return Double.parseDouble(header.substring(at + 4, (end < 0) ? header.length() : end).trim());
		}
		catch (NumberFormatException ex) {
			return Double.NaN;
		}
	}

	private static String abbreviate(String text) {
		return (text.length() > 300) ? text.substring(0, 300) + "..." : text;
	}

}
