package io.chaingraph.system.graphql;

import reactor.core.publisher.Mono;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.Ordered;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * Says in a {@code Server-Timing} header how long the service spent executing the
 * request, from the first interceptor to the result: what a client's latency holds beyond
 * the transport (reading the request, writing the JSON, the network), so that a benchmark
 * measuring over HTTP can tell the two apart on the same requests. Off by default: the
 * figure says something about the machine a caller need not know.
 */
@Component
@ConditionalOnBooleanProperty("chaingraph.server-timing")
class ServerTiming implements WebGraphQlInterceptor, Ordered {

	static final String HEADER = "Server-Timing";

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		long start = System.nanoTime();
		return chain.next(request).map((response) -> {
			long nanos = System.nanoTime() - start;
			response.getResponseHeaders()
				.add(HEADER, "graphql;dur=%d.%03d".formatted(nanos / 1_000_000, (nanos / 1_000) % 1_000));
			return response;
		});
	}

	@Override
	public int getOrder() {
		// Outermost, so that every other interceptor's work is inside the figure.
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
