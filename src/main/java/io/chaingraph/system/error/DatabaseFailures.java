package io.chaingraph.system.error;

import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Which failures mean the database is away, so that every door answers them as
 * UNAVAILABLE rather than as an internal error.
 */
public final class DatabaseFailures {

	private DatabaseFailures() {
	}

	public static boolean isUnavailable(Throwable ex) {
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
