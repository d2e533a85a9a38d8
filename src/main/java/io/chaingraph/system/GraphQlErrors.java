package io.chaingraph.system;

import java.util.UUID;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * The one place where exceptions become GraphQL errors. Clients see a classification and
 * a message written for them, never a stack trace, a class name or Cypher; an unexpected
 * failure is logged with an id that the response carries.
 */
@Component
class GraphQlErrors extends DataFetcherExceptionResolverAdapter {

	private static final Log logger = LogFactory.getLog(GraphQlErrors.class);

	@Override
	protected @Nullable GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
		if (DatabaseFailures.isUnavailable(ex)) {
			return GraphqlErrorBuilder.newError(env)
				.errorType(ErrorKind.UNAVAILABLE)
				.message("The graph database is unavailable; try again shortly.")
				.build();
		}
		if (ex instanceof NotFoundException) {
			return GraphqlErrorBuilder.newError(env).errorType(ErrorType.NOT_FOUND).message(ex.getMessage()).build();
		}
		if (ex instanceof UnauthorizedException) {
			return GraphqlErrorBuilder.newError(env).errorType(ErrorType.UNAUTHORIZED).message(ex.getMessage()).build();
		}
		if (ex instanceof ForbiddenException) {
			return GraphqlErrorBuilder.newError(env).errorType(ErrorType.FORBIDDEN).message(ex.getMessage()).build();
		}
		if (ex instanceof TooManyRequestsException tooMany) {
			return GraphqlErrorBuilder.newError(env)
				.errorType(ErrorKind.TOO_MANY_REQUESTS)
				.message(ex.getMessage())
				.extensions(java.util.Map.of("retryAfterSeconds", tooMany.retryAfterSeconds()))
				.build();
		}
		if (ex instanceof TimeLimitException) {
			return GraphqlErrorBuilder.newError(env).errorType(ErrorKind.TIMEOUT).message(ex.getMessage()).build();
		}
		if (ex instanceof BadRequestException) {
			return GraphqlErrorBuilder.newError(env).errorType(ErrorType.BAD_REQUEST).message(ex.getMessage()).build();
		}
		String id = UUID.randomUUID().toString();
		logger.error("Internal error " + id + " at " + env.getExecutionStepInfo().getPath(), ex);
		return GraphqlErrorBuilder.newError(env)
			.errorType(ErrorType.INTERNAL_ERROR)
			.message("Internal error; reference " + id + ".")
			.extensions(java.util.Map.of("errorId", id))
			.build();
	}

}
