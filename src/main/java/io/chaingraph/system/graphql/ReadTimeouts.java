package io.chaingraph.system.graphql;

import io.chaingraph.system.error.ErrorKind;
import io.chaingraph.system.error.ErrorText;
import io.chaingraph.system.error.GraphQlErrors;
import io.chaingraph.system.error.SystemErrors;
import io.chaingraph.system.error.TimeLimitException;
import io.chaingraph.system.graphql.QueryLimitsProperties;
import java.time.Duration;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.exceptions.Neo4jException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.stereotype.Component;

/**
 * A read the database stopped at its transaction timeout is answered as what it is, a
 * {@link ErrorKind#TIMEOUT} that names the setting: neither an internal error nor a
 * BAD_REQUEST, since the same request can succeed a moment later (a plan compiled, a busy
 * machine). Runs before {@link GraphQlErrors}, which would otherwise report it as
 * unexpected.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ReadTimeouts extends DataFetcherExceptionResolverAdapter {

	private final QueryLimitsProperties limits;

	ReadTimeouts(QueryLimitsProperties limits) {
		this.limits = limits;
	}

	@Override
	protected @Nullable GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
		// A limit of its own names its own setting (GraphQlErrors answers it).
		if (ex instanceof TimeLimitException || !isTimeout(ex)) {
			return null;
		}
		return GraphQlErrors.error(env, ErrorKind.TIMEOUT,
				ErrorText.of(SystemErrors.READ_TIMED_OUT, text(this.limits.readTimeout())));
	}

	private static String text(Duration duration) {
		long millis = duration.toMillis();
		return (millis % 1000 == 0) ? (millis / 1000) + "s" : millis + "ms";
	}

	static boolean isTimeout(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			// Neo.ClientError.Transaction.TransactionTimedOut, and
			// TransactionTimedOutClientConfiguration when the client set the timeout.
			if (cause instanceof Neo4jException neo4j && neo4j.code() != null
					&& neo4j.code().startsWith("Neo.ClientError.Transaction.TransactionTimedOut")) {
				return true;
			}
		}
		return false;
	}

}
