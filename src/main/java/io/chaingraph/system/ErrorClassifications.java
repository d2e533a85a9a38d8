package io.chaingraph.system;

import java.util.List;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import reactor.core.publisher.Mono;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * Gives the errors graphql-java raises itself, before any field runs (a document that
 * does not parse, an unknown field, an argument of the wrong type or an unknown enum
 * value), the one classification clients see for a request they must fix: BAD_REQUEST.
 * The messages already name the argument or field.
 */
@Component
class ErrorClassifications implements WebGraphQlInterceptor {

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		return chain.next(request).map((response) -> {
			if (response.getErrors().stream().noneMatch(ErrorClassifications::isRequestError)) {
				return response;
			}
			List<GraphQLError> errors = response.getErrors()
				.stream()
				.map((error) -> (GraphQLError) GraphqlErrorBuilder.newError()
					.message(error.getMessage())
					.locations(error.getLocations())
					.path(error.getParsedPath().isEmpty() ? null : error.getParsedPath())
					.errorType(isRequestError(error) ? org.springframework.graphql.execution.ErrorType.BAD_REQUEST
							: error.getErrorType())
					.extensions(error.getExtensions())
					.build())
				.toList();
			return response.transform((builder) -> builder.errors(errors));
		});
	}

	private static boolean isRequestError(org.springframework.graphql.ResponseError error) {
		ErrorClassification type = error.getErrorType();
		return type == ErrorType.ValidationError || type == ErrorType.InvalidSyntax
				|| type == ErrorType.OperationNotSupported;
	}

}
