package io.chaingraph.system.error;

import graphql.ErrorClassification;

/**
 * Error classifications beyond Spring's
 * {@link org.springframework.graphql.execution.ErrorType}.
 */
public enum ErrorKind implements ErrorClassification {

	/** The database cannot be reached; the request may succeed when retried. */
	UNAVAILABLE,

	/**
	 * A read ran past its time limit ({@code chaingraph.limits.read-timeout}) and the
	 * database stopped it: the service was too slow for this request at this moment, not
	 * the request malformed; retrying later, or asking for less, may succeed.
	 */
	TIMEOUT,

	/**
	 * The caller runs as many of something bounded (exports) as it may; the request may
	 * succeed once one has finished.
	 */
	TOO_MANY_REQUESTS

}
