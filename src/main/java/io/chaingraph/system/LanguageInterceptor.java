package io.chaingraph.system;

import reactor.core.publisher.Mono;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * Puts the request's {@link Language} into the GraphQL context, where every error message
 * is written: the request's {@code Accept-Language}, or a WebSocket's from its
 * {@code connection_init} ({@link Language#remember}).
 */
@Component
class LanguageInterceptor implements WebGraphQlInterceptor {

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		Language language = Language.of(request);
		request.configureExecutionInput((input,
				builder) -> builder.graphQLContext((context) -> context.put(Language.CONTEXT_KEY, language)).build());
		return chain.next(request);
	}

}
