package io.chaingraph.system;

import java.time.Duration;

/**
 * The caller already holds as much of a bounded resource as it may, or everyone together
 * does; answered as a TOO_MANY_REQUESTS error (HTTP 429) that says when to try again.
 */
public class TooManyRequestsException extends RuntimeException {

	private final Duration retryAfter;

	public TooManyRequestsException(String message, Duration retryAfter) {
		super(message);
		this.retryAfter = retryAfter;
	}

	/**
	 * How long until trying again may succeed, in whole seconds, at least one.
	 */
	public long retryAfterSeconds() {
		return Math.max(1, (this.retryAfter.toMillis() + 999) / 1000);
	}

}
