package io.chaingraph;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A graphql-transport-ws client written against the protocol text, with nothing of
 * Spring's in between, so that tests see the messages and close codes a browser would:
 * {@code connection_init}, {@code subscribe}, then {@code next}, {@code error} and
 * {@code complete} per operation id.
 */
public final class GraphQlSocket implements AutoCloseable {

	private static final JsonMapper json = JsonMapper.builder().build();

	private final WebSocket socket;

	private final BlockingQueue<JsonNode> messages = new LinkedBlockingQueue<>();

	private final CompletableFuture<Integer> closed = new CompletableFuture<>();

	private int nextId;

	private GraphQlSocket(int port, @Nullable String authorizationHeader) {
		WebSocket.Builder builder = HttpClient.newHttpClient()
			.newWebSocketBuilder()
			.subprotocols("graphql-transport-ws")
			.connectTimeout(Duration.ofSeconds(10));
		if (authorizationHeader != null) {
			builder.header("Authorization", authorizationHeader);
		}
		this.socket = builder.buildAsync(URI.create("ws://localhost:%d/graphql-ws".formatted(port)), new Listener())
			.join();
	}

	/**
	 * Opens a socket, without a header on the upgrade request.
	 */
	public static GraphQlSocket open(int port) {
		return new GraphQlSocket(port, null);
	}

	/**
	 * Opens a socket whose upgrade request carries {@code Authorization: Bearer <key>}.
	 */
	public static GraphQlSocket openWithHeader(int port, String key) {
		return new GraphQlSocket(port, "Bearer " + key);
	}

	/**
	 * Sends {@code connection_init} with this payload and waits for the answer: the
	 * {@code connection_ack}, or null when the server closed the socket instead.
	 */
	public @Nullable JsonNode init(Map<String, Object> payload) {
		send(Map.of("type", "connection_init", "payload", payload));
		return next();
	}

	/**
	 * Sends a {@code subscribe} message for this document and returns its id.
	 */
	public String subscribe(String document, Map<String, Object> variables) {
		String id = String.valueOf(++this.nextId);
		send(Map.of("id", id, "type", "subscribe", "payload", Map.of("query", document, "variables", variables)));
		return id;
	}

	/**
	 * Runs a query or mutation and returns its one {@code next} payload (or the
	 * {@code error} message), having read the {@code complete} that follows a result.
	 */
	public JsonNode execute(String document, Map<String, Object> variables) {
		String id = subscribe(document, variables);
		JsonNode message = next();
		if (message == null || !id.equals(message.path("id").asString())) {
			throw new AssertionError("Expected an answer to operation " + id + ", got " + message);
		}
		if (message.path("type").asString().equals("next")) {
			JsonNode complete = next();
			if (complete == null || !complete.path("type").asString().equals("complete")) {
				throw new AssertionError("Expected complete after next, got " + complete);
			}
			return message.path("payload");
		}
		return message;
	}

	/**
	 * The next message, waiting up to 30 seconds; null once the socket is closed.
	 */
	public @Nullable JsonNode next() {
		return next(Duration.ofSeconds(30));
	}

	public @Nullable JsonNode next(Duration timeout) {
		try {
			long deadline = System.nanoTime() + timeout.toNanos();
			while (System.nanoTime() < deadline) {
				JsonNode message = this.messages.poll(100, TimeUnit.MILLISECONDS);
				if (message != null) {
					return message;
				}
				if (this.closed.isDone() && this.messages.isEmpty()) {
					return null;
				}
			}
			throw new AssertionError("No message in " + timeout);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError(ex);
		}
	}

	/**
	 * The next message if one comes within this time, else null.
	 */
	public @Nullable JsonNode poll(Duration timeout) {
		try {
			return this.messages.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError(ex);
		}
	}

	/**
	 * The close code the server sent, waiting up to ten seconds for it.
	 */
	public int closeCode() {
		return this.closed.orTimeout(10, TimeUnit.SECONDS).join();
	}

	private void send(Map<String, Object> message) {
		this.socket.sendText(json.writeValueAsString(new LinkedHashMap<>(message)), true).join();
	}

	@Override
	public void close() {
		if (!this.socket.isOutputClosed()) {
			this.socket.sendClose(WebSocket.NORMAL_CLOSURE, "").exceptionally((ex) -> null).join();
		}
		this.socket.abort();
	}

	private final class Listener implements WebSocket.Listener {

		private final StringBuilder text = new StringBuilder();

		@Override
		public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
			this.text.append(data);
			if (last) {
				GraphQlSocket.this.messages.add(json.readTree(this.text.toString()));
				this.text.setLength(0);
			}
			webSocket.request(1);
			return null;
		}

		@Override
		public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
			GraphQlSocket.this.closed.complete(statusCode);
			return null;
		}

		@Override
		public void onError(WebSocket webSocket, Throwable error) {
			GraphQlSocket.this.closed.completeExceptionally(error);
		}

	}

}
