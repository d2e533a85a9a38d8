package io.chaingraph.system;

import graphql.ErrorClassification;

/**
 * Error classifications beyond Spring's
 * {@link org.springframework.graphql.execution.ErrorType}.
 */
public enum ErrorKind implements ErrorClassification {

	/** The database cannot be reached; the request may succeed when retried. */
	UNAVAILABLE,

	/**
	 * The caller runs as many of something bounded (exports) as it may; the request may
	 * succeed once one has finished.
	 */
	TOO_MANY_REQUESTS

}
