package io.chaingraph.system.error;

import java.util.List;
import java.util.regex.Pattern;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * Gives the errors graphql-java raises itself, before any field runs (a document that
 * does not parse, an unknown field, an argument of the wrong type or an unknown enum
 * value), the one classification clients see for a request they must fix: BAD_REQUEST.
 * The messages already name the argument or field; a wrong enum value's message is
 * completed with the values the enum allows ({@link EnumValueErrors}).
 */
@Component
public class ErrorClassifications implements WebGraphQlInterceptor {

	// Greedy, so that a value holding the words that follow cannot end it early.
	private static final Pattern WRONG_ARGUMENT_VALUE = Pattern
		.compile("^(Validation error \\(WrongType@\\[[^\\]]*\\]\\) : argument '[^']*') with value '.*'"
				+ " (is not a valid|must not be null|must be an object type|is missing required fields"
				+ "|contains a field not in)", Pattern.DOTALL);

	private final ObjectProvider<GraphQlSource> source;

	ErrorClassifications(ObjectProvider<GraphQlSource> source) {
		this.source = source;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		return chain.next(request).map((response) -> {
			if (response.getErrors().stream().noneMatch(ErrorClassifications::isRequestError)) {
				return response;
			}
			List<GraphQLError> errors = response.getErrors()
				.stream()
				.map((error) -> (GraphQLError) GraphqlErrorBuilder.newError()
					.message(isRequestError(error) ? message(error.getMessage(), request.getDocument())
							: error.getMessage())
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

	private String message(String message, String document) {
		String plain = withoutSyntaxTree(message);
		GraphQlSource graphQl = this.source.getIfAvailable();
		return (graphQl != null) ? EnumValueErrors.explain(plain, graphQl.schema(), document) : plain;
	}

	/**
	 * graphql-java names a wrong argument value by its syntax tree ({@code with value
	 * 'BooleanValue{value=true}'}): parser internals, not what the client wrote. The
	 * argument's name and what was expected stay.
	 */
	public static String withoutSyntaxTree(String message) {
		return WRONG_ARGUMENT_VALUE.matcher(message).replaceFirst("$1 $2");
	}

	private static boolean isRequestError(org.springframework.graphql.ResponseError error) {
		ErrorClassification type = error.getErrorType();
		return type == ErrorType.ValidationError || type == ErrorType.InvalidSyntax
				|| type == ErrorType.OperationNotSupported;
	}

}
