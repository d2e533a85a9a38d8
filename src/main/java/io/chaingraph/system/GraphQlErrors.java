package io.chaingraph.system;

import java.util.UUID;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;

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
		if (isUnavailable(ex)) {
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

	static boolean isUnavailable(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof ServiceUnavailableException || cause instanceof SessionExpiredException
					|| cause instanceof DataAccessResourceFailureException
					|| cause instanceof CannotCreateTransactionException || isDatabaseUnavailable(cause)) {
				return true;
			}
		}
		return false;
	}

	// A server that is shutting down or starting answers Bolt but refuses transactions;
	// under load some requests meet it in that state rather than as a closed port.
	private static boolean isDatabaseUnavailable(Throwable ex) {
		return ex instanceof TransientException transientException
				&& "Neo.TransientError.General.DatabaseUnavailable".equals(transientException.code());
	}

}
