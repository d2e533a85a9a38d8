package io.chaingraph.security;

import reactor.core.publisher.Mono;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Puts the request's viewer into the GraphQL context, where {@link AccessPolicy} and the
 * controllers find it without depending on which thread a data fetcher runs on.
 */
@Component
class ViewerInterceptor implements WebGraphQlInterceptor {

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		Viewer viewer = (authentication instanceof ApiKeyAuthenticationFilter.KeyAuthentication key)
				? key.getPrincipal() : Viewer.ANONYMOUS;
		request.configureExecutionInput((input,
				builder) -> builder.graphQLContext((context) -> context.put(Viewer.CONTEXT_KEY, viewer)).build());
		return chain.next(request);
	}

}
