package io.chaingraph.system.error;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * The caller already holds as much of a bounded resource as it may, or everyone together
 * does; answered as a TOO_MANY_REQUESTS error (HTTP 429) that says when to try again.
 */
public class TooManyRequestsException extends LocalisedException {

	private final Duration retryAfter;

	public TooManyRequestsException(Duration retryAfter, ErrorMessage message, @Nullable Object... arguments) {
		super(ErrorText.of(message, arguments), null);
		this.retryAfter = retryAfter;
	}

	/**
	 * How long until trying again may succeed, in whole seconds, at least one.
	 */
	public long retryAfterSeconds() {
		return Math.max(1, (this.retryAfter.toMillis() + 999) / 1000);
	}

}
