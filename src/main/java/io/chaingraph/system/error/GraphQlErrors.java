package io.chaingraph.system.error;

import io.chaingraph.system.error.DatabaseFailures;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import graphql.ErrorClassification;
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
 * The one place where exceptions become GraphQL errors. Clients see a classification, a
 * stable {@code code} with its {@code arguments}, and a message written for them in the
 * request's {@link Language}, never a stack trace, a class name or Cypher; an unexpected
 * failure is logged with an id that the response carries.
 */
@Component
public class GraphQlErrors extends DataFetcherExceptionResolverAdapter {

	private static final Log logger = LogFactory.getLog(GraphQlErrors.class);

	@Override
	protected @Nullable GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
		if (DatabaseFailures.isUnavailable(ex)) {
			return error(env, ErrorKind.UNAVAILABLE, ErrorText.of(SystemErrors.DATABASE_UNAVAILABLE));
		}
		if (ex instanceof LocalisedException localised) {
			ErrorClassification type = classification(localised);
			if (type != null) {
				Map<String, Object> more = (ex instanceof TooManyRequestsException tooMany)
						? Map.of("retryAfterSeconds", tooMany.retryAfterSeconds()) : Map.of();
				return error(env, type, localised.text(), more);
			}
		}
		String id = UUID.randomUUID().toString();
		logger.error("Internal error " + id + " at " + env.getExecutionStepInfo().getPath(), ex);
		return error(env, ErrorType.INTERNAL_ERROR, ErrorText.of(SystemErrors.INTERNAL, id), Map.of("errorId", id));
	}

	private static @Nullable ErrorClassification classification(LocalisedException ex) {
		if (ex instanceof NotFoundException) {
			return ErrorType.NOT_FOUND;
		}
		if (ex instanceof UnauthorizedException) {
			return ErrorType.UNAUTHORIZED;
		}
		if (ex instanceof ForbiddenException) {
			return ErrorType.FORBIDDEN;
		}
		if (ex instanceof TooManyRequestsException) {
			return ErrorKind.TOO_MANY_REQUESTS;
		}
		if (ex instanceof TimeLimitException) {
			return ErrorKind.TIMEOUT;
		}
		if (ex instanceof BadRequestException) {
			return ErrorType.BAD_REQUEST;
		}
		return null;
	}

	public static GraphQLError error(DataFetchingEnvironment env, ErrorClassification type, ErrorText text) {
		return error(env, type, text, Map.of());
	}

	private static GraphQLError error(DataFetchingEnvironment env, ErrorClassification type, ErrorText text,
			Map<String, Object> more) {
		return GraphqlErrorBuilder.newError(env)
			.errorType(type)
			.message(text.render(Language.of(env.getGraphQlContext())))
			.extensions(extensions(text, more))
			.build();
	}

	private static Map<String, Object> extensions(ErrorText text, Map<String, Object> more) {
		Map<String, Object> extensions = new LinkedHashMap<>(more);
		extensions.putAll(text.extensions());
		return extensions;
	}

}
