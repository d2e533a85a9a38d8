package io.chaingraph.system.graphql;

import java.util.List;

import graphql.ExecutionInput;
import graphql.GraphqlErrorBuilder;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.language.OperationDefinition;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.WebSocketGraphQlRequest;

/**
 * Subscriptions are served over the WebSocket only. Sent by POST, graphql-java answered a
 * subscription with its event stream as data, which Spring wrote out as the stream
 * object's properties ({@code {"upstreamPublisher":{"prefetch":-1}}}) after the
 * subscription's resolver had run; over server-sent events it ran as well, outside the
 * socket's checks. This marks each request that did not come over the socket, and
 * {@link #refusal} turns a subscription among them into a request error before anything
 * runs: 400 with {@code application/graphql-response+json}, 200 with
 * {@code application/json}, as for any request error.
 */
class HttpSubscriptions implements WebGraphQlInterceptor {

	/** Holds, in the GraphQL context of a request not sent over the socket, its path. */
	private static final String OVER_HTTP = HttpSubscriptions.class.getName() + ".overHttp";

	private final String webSocketPath;

	HttpSubscriptions(String webSocketPath) {
		this.webSocketPath = webSocketPath;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		if (!(request instanceof WebSocketGraphQlRequest)) {
			request.configureExecutionInput((input, builder) -> {
				input.getGraphQLContext().put(OVER_HTTP, this.webSocketPath);
				return input;
			});
		}
		return chain.next(request);
	}

	/**
	 * A refusal in place of the parsed document when the request selects a subscription
	 * and did not come over the socket; null otherwise. An operation name the document
	 * does not have is left to graphql-java, which reports it.
	 */
	static @Nullable PreparsedDocumentEntry refusal(ExecutionInput input, PreparsedDocumentEntry entry) {
		String webSocketPath = input.getGraphQLContext().get(OVER_HTTP);
		if (webSocketPath == null || entry.hasErrors() || !isSubscription(input, entry)) {
			return null;
		}
		return new PreparsedDocumentEntry(List.of(GraphqlErrorBuilder.newError()
			.errorType(ErrorType.BAD_REQUEST)
			.message("Subscriptions are served over the WebSocket at %s (graphql-transport-ws), not over HTTP."
				.formatted(webSocketPath))
			.build()));
	}

	private static boolean isSubscription(ExecutionInput input, PreparsedDocumentEntry entry) {
		String name = input.getOperationName();
		List<OperationDefinition> operations = entry.getDocument().getDefinitionsOfType(OperationDefinition.class);
		return operations.stream()
			.filter((operation) -> (name == null) ? operations.size() == 1 : name.equals(operation.getName()))
			.anyMatch((operation) -> operation.getOperation() == OperationDefinition.Operation.SUBSCRIPTION);
	}

}
