package io.chaingraph.system.graphql;

import io.chaingraph.system.error.ErrorText;
import io.chaingraph.system.error.Language;
import io.chaingraph.system.error.SystemErrors;
import java.util.List;
import java.util.Map;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * Puts the request's {@link Language} into the GraphQL context, where every error message
 * is written: the request's {@code Accept-Language}, or a WebSocket's from its
 * {@code connection_init} ({@link Language#remember}). The limits refuse a document
 * before any field runs, where the context is not at hand, in English with their code and
 * arguments; run first, this interceptor sees the response last and writes those again in
 * the request's language.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class LanguageInterceptor implements WebGraphQlInterceptor {

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		Language language = Language.of(request);
		request.configureExecutionInput((input,
				builder) -> builder.graphQLContext((context) -> context.put(Language.CONTEXT_KEY, language)).build());
		Mono<WebGraphQlResponse> response = chain.next(request);
		if (language == Language.EN) {
			return response;
		}
		return response.map((answer) -> answer.getErrors().stream().anyMatch((error) -> written(error) != null)
				? answer.transform((builder) -> builder
					.errors(answer.getErrors().stream().map((error) -> translated(error, language)).toList()))
				: answer);
	}

	private static GraphQLError translated(ResponseError error, Language language) {
		ErrorText text = written(error);
		return GraphqlErrorBuilder.newError()
			.message((text != null) ? text.render(language) : error.getMessage())
			.locations(error.getLocations())
			.path(error.getParsedPath().isEmpty() ? null : error.getParsedPath())
			.errorType(error.getErrorType())
			.extensions(error.getExtensions())
			.build();
	}

	// A message of the transport still in English: its code is one of ours and its text
	// what the English template makes of its arguments.
	private static @org.jspecify.annotations.Nullable ErrorText written(ResponseError error) {
		Object code = error.getExtensions().get("code");
		if (!(code instanceof String name)
				|| !(error.getExtensions().get("arguments") instanceof Map<?, ?> arguments)) {
			return null;
		}
		for (SystemErrors message : SystemErrors.values()) {
			if (message.name().equals(name)) {
				@SuppressWarnings("unchecked")
				ErrorText text = ErrorText.ofArguments(message, (Map<String, ?>) arguments);
				return text.render(Language.EN).equals(error.getMessage()) ? text : null;
			}
		}
		return null;
	}

}
